// The English reading of an article: its paragraphs as tokens and sentences, the quotations in
// them, the sentences that hold a speech verb, the names met in the narration, and the people
// behind them. It reads a stretch at a time (a paragraph, or several that one quotation runs
// over): what it holds per word stays bounded however long the text, and the rules run over each
// stretch in turn, looking back at what earlier stretches gave.
#pragma once

#include "attribution/context.h"
#include "attribution/en/mentions.h"
#include "attribution/en/people.h"

#include <optional>

namespace QuoteReader::Attribution::English {

// A cue a rule found: the speech verb (or source phrase, dash, colon) and the speaker's mention.
struct Cue {
    int verb = -1; // first token of the cue in its passage
    int verbLen = 0;
    int end = -1; // last token of the cue with its speaker
    Mention mention;
    int runsTo = -1;         // "“…” to drive up the price, she said": the quote runs on to this token
    bool quotedOnly = false; // "… a “lawful source,” as the memo put it": the cue names the quoted words alone

    bool found() const { return verb >= 0; }
};

// One paragraph of the current stretch, read.
struct ReadParagraph {
    ReadParagraph(int index, Passage read)
        : paragraph(index)
        , passage(std::move(read))
    {
    }

    int paragraph = -1; // index into Context::paragraphs
    Passage passage;
    QList<Span> spans;
    QList<std::pair<int, int>> units; // sentences outside quotation marks, by token
    bool transcript = false;          // an interview turn "SMITH: words"
    bool headline = false;            // the article's title: only the headline rule reads it
    // "Smith continued:": a sentence with no quotation ending on a colon introduces the quotation
    // opening the next paragraph.
    Mention introduction;
    // A named subject closing the paragraph ("Jane Roe visited the plant."), for a quotation
    // opening the next one.
    Mention closingSubject;
};

// Where a candidate stands in the reading.
struct Site {
    enum Kind : quint8 {
        Quotation, // words in quotation marks
        Sentence,  // a sentence with a speech verb outside quotation marks: reported speech, maybe
        Turn,      // an interview turn
        Headline,  // the article's title ("Smith Says Plan Will Fail")
        Block,     // a paragraph without quotation marks after one introducing it ("Smith added:")
    };
    Kind kind = Quotation;
    int read = 0;       // index into Reading::reads
    int unit = 0;       // its sentence
    int span = -1;      // a Quotation's index into the read's spans
    int order = 0;      // how many quotations of its sentence come before it
    bool leads = true;  // no word between the sentence's start (or the last quotation) and it
    bool piece = false; // continues a quotation from the paragraph before
    // A quote even without a cue, given a speaker: a piece, or a quotation leading its sentence
    // with a sentence's worth of words.
    bool standalone = false;
    // Tokens around a quotation where its cue may stand: [beforeFrom, beforeTo) and [afterFrom, afterTo).
    int beforeFrom = 0, beforeTo = 0, afterFrom = 0, afterTo = 0;
    int cueEnd = -1; // the last token of the cue that a rule found after the quotation
    // A Sentence's tokens that no quote taken before it covers, once settled (settleSentence()).
    int from = -1, to = -1;
};

class Reading final : public Context
{
public:
    explicit Reading(Document &doc);

    QList<ReadParagraph> reads; // the paragraphs of the current stretch
    People people;

    bool readNext() override;

    // The cues found in the current stretch: Candidate::cue indexes them.
    QList<Cue> cues;

    // The candidates of the current stretch: [firstCandidate(), candidates.size()).
    int firstCandidate() const { return m_first; }
    Site &site(int candidate) { return m_sites[candidate - m_first]; }
    const Site &site(int candidate) const { return m_sites[candidate - m_first]; }
    const ReadParagraph &readOf(int candidate) const { return reads.at(site(candidate).read); }
    const Passage &passageOf(int candidate) const { return readOf(candidate).passage; }
    // A rule may find a second quote in a candidate's words (a sentence interrupted by its cue).
    int addCandidate(const Candidate &candidate, const Site &site);

    // Records a cue found for a candidate; a named or group subject attributes it now with `rule`,
    // a pronoun waits for the pronoun rule. False when no cue was given.
    bool attributeCue(int candidate, const Cue &cue, QLatin1StringView rule);
    // The speaker of a mention in `read`, resolved where it stands.
    int resolve(const ReadParagraph &read, const Mention &m);
    // The candidate before `candidate` in text order that has a speaker, -1 if none.
    int previousAttributed(int candidate) const;
    // Whether a sentence of the stretch gave (or is to give) a quote: attributed, cued or standalone.
    bool quoted(int read, int unit) const;
    // Whether the paragraph before the read one gave a quote, and its read facts if still held.
    bool previousParagraphQuoted(int read) const;
    const ReadParagraph *previousRead(int read) const;
    // Settles which tokens of a Sentence candidate reported speech may still be read in: those no
    // quotation taken for a quote covers, with its cue and speaker. Each further stretch of the
    // sentence becomes a candidate of its own; a stretch too short to report anything is dropped.
    // False when nothing is left.
    bool settleSentence(int candidate);
    // A quote's words trimmed of spaces and of the comma, colon or dash that joins it to its cue.
    TextRange trimmedQuote(qsizetype start, qsizetype end) const;

private:
    void readStretch();
    ReadParagraph readParagraph(int paragraph) const;
    void addCandidates(int readIndex, bool continuing);
    void rememberNames(const ReadParagraph &read);
    bool transcriptTurn(int readIndex);
    void compact();

    QList<Site> m_sites; // parallel to the stretch's candidates
    int m_first = 0;
    int m_next = 0;                        // the next paragraph to read
    std::optional<ReadParagraph> m_ahead;  // read to see whether it continues the stretch
    std::optional<ReadParagraph> m_before; // the last paragraph of the stretch before
    bool m_beforeQuoted = false;
};

// "SMITH: words": an interview turn, its speaker's name in capitals before a colon.
std::optional<Cue> transcriptCue(const Passage &p);
// The name [from, mark) before a colon or dash at `mark` as a cue, if it is a name.
Cue nameBeforeMark(const Passage &p, int from, int mark);

inline Reading &english(Context &context)
{
    return static_cast<Reading &>(context);
}

} // namespace QuoteReader::Attribution::English
