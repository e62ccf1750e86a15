// The shared reading of an article that every attribution rule works on: its paragraphs, the
// quotation marks in them, the quotes found so far (candidates) and one speaker registry.
//
// Attribution is a reading followed by an ordered list of named rules (sieves, after CoreNLP's
// quote attribution): a language's reading finds the cues, the subjects before them and the
// quotes they introduce; each rule then gives speakers to the candidates no earlier rule could
// attribute, and stamps its name on them; one finishing stage turns candidates into quotes.
#pragma once

#include "attribution/speakers.h"
#include "document.h"

#include <QLatin1StringView>

namespace QuoteReader::Attribution {

// One paragraph of the article body. Noise (captions, teasers) never reaches attribution.
struct Paragraph {
    TextRange range;
    int block = -1; // index into Document::blocks
};

// Words between quotation marks, matched once for every rule.
struct Quotation {
    TextRange inner;       // the words, without the marks
    TextRange outer;       // with the marks (a quotation left open runs to its paragraph's end)
    int paragraph = 0;     // where it opens, index into Context::paragraphs
    int lastParagraph = 0; // where it closes: a quotation may run over paragraphs
    bool speech = false;   // words someone said, not a scare quote, a name or a title
};

// A quote being attributed. Readings create candidates; rules give them speakers.
struct Candidate {
    TextRange range; // the quoted words
    QuoteKind kind = QuoteKind::Direct;
    int paragraph = 0;  // index into Context::paragraphs
    int quotation = -1; // for a direct quote: index into Context::quotations
    int cue = -1;       // the reading's own index of the cue that introduces it, -1 if none
    QString cueText;    // the cue as written
    TextRange cueRange;
    TextRange subjectRange; // where the reading found the subject of the cue
    int speaker = -1;       // index into Document::speakers once attributed
    QString rule;           // the rule that attributed it
    bool dropped = false;   // a rule found it is no quote after all

    bool attributed() const { return speaker >= 0; }
};

class Context
{
public:
    explicit Context(Document &doc);
    virtual ~Context() = default;
    Q_DISABLE_COPY_MOVE(Context)

    Document &doc;
    const QStringView text;
    QList<Paragraph> paragraphs;
    QList<Quotation> quotations; // in text order
    QList<Candidate> candidates;
    SpeakerRegistry speakers;

    QStringView view(TextRange range) const { return text.mid(range.start, range.length()); }
    // The paragraph holding `pos`, -1 if it lies outside every paragraph.
    int paragraphAt(qsizetype pos) const;
    // The quotation whose opening mark stands at `outerStart`, -1 if none.
    int quotationOpeningAt(qsizetype outerStart) const;
    // The quotation whose closing mark ends at `outerEnd`, -1 if none.
    int quotationClosingAt(qsizetype outerEnd) const;
    // The quotation whose marks enclose `pos`, -1 if none.
    int quotationAt(qsizetype pos) const;
    // Inside the words of a speech quotation.
    bool insideSpeech(qsizetype pos) const;

    // Gives `candidate` its speaker and the rule's name.
    void attribute(Candidate &candidate, int speaker, QLatin1StringView rule) const;

    // A reading may read a long text a stretch at a time, so that what it holds per word stays
    // bounded: the rules run over one stretch, then this reads the next (false when none is left).
    // Candidates of earlier stretches that no rule attributed may be let go.
    virtual bool readNext() { return false; }
};

// One attribution rule: a small named unit that attributes candidates no earlier rule did.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QLatin1StringView name() const = 0;
    virtual void apply(Context &context) const = 0;
};

// Quotation marks matched with nesting in every paragraph; a quotation left open at a paragraph's
// end goes on in the next paragraph when that one opens with the same mark (the convention for
// quotes over paragraphs), and otherwise runs to the end of its paragraph. `speech` is left false.
QList<Quotation> findQuotations(QStringView text, const QList<Paragraph> &paragraphs);

} // namespace QuoteReader::Attribution
