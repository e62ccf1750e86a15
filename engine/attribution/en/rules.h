// The rules of English attribution, in the order the profile runs them (profile.cpp). Each takes
// only the candidates of the current stretch that no earlier rule attributed, and stamps its name
// on those it attributes. Cue rules first (a cue next to the words, then reported speech), then
// the pronouns their cues left, then the rules for quotations without a cue of their own.
#pragma once

#include "attribution/context.h"
#include "attribution/en/clauses.h"
#include "attribution/en/reading.h"

namespace QuoteReader::Attribution::English {

// Calls fn(index) for each candidate of the current stretch of `kind` that no rule attributed,
// dropped or found a cue for yet.
template<typename Fn>
void forEachOpen(Reading &reading, Site::Kind kind, Fn &&fn)
{
    for (int i = reading.firstCandidate(); i < int(reading.candidates.size()); ++i) {
        const Candidate &c = reading.candidates.at(i);
        if (!c.attributed() && !c.dropped && c.cue < 0 && reading.site(i).kind == kind) {
            fn(i);
        }
    }
}

// A sentence outside quotation marks that a reported-speech rule reads: its candidate, its tokens
// [first, last] and the last of them that is not punctuation, and where the whole sentence starts
// (before `first` when a quote taken in it comes first): a subject may stand there.
struct OpenSentence {
    int candidate;
    const Passage &p;
    int first;
    int last;
    int endTok;
    int sentenceFirst;
};

// Calls fn(sentence) for each sentence candidate of the current stretch that a rule may still
// read (see openSentence()).
template<typename Fn>
void forEachOpenSentence(Reading &reading, Fn &&fn)
{
    forEachOpen(reading, Site::Sentence, [&](int i) {
        if (!openSentence(reading, i)) {
            return;
        }
        const Passage &p = reading.passageOf(i);
        const int first = reading.site(i).from;
        const int last = reading.site(i).to;
        const int sentenceFirst = reading.readOf(i).units.at(reading.site(i).unit).first;
        fn(OpenSentence{i, p, first, last, lastContentToken(p, first, last), sentenceFirst});
    });
}

#define QUOTEREADER_ENGLISH_RULE(Class, ruleName)                                                                      \
    class Class final : public Rule                                                                                    \
    {                                                                                                                  \
    public:                                                                                                            \
        QLatin1StringView name() const override { return QLatin1StringView(ruleName); }                                \
        void apply(Context &context) const override;                                                                   \
    };

// "Smith Says Plan Will Fail" / "Plan Will Fail, Smith Says": a headline reporting speech.
QUOTEREADER_ENGLISH_RULE(Headline, "headline")
// "SMITH: words": an interview turn is its speaker's.
QUOTEREADER_ENGLISH_RULE(Transcript, "transcript")
// “…” ― Jane Roe: a quotation signed with a dash and a name.
QUOTEREADER_ENGLISH_RULE(Signature, "signature")
// “…,” Smith said / “…,” said Smith, a fellow at X / “…,” Smith, who …, said.
QUOTEREADER_ENGLISH_RULE(CueAfter, "cue-after")
// Smith said: “…” / Smith told reporters, “…” / He said that “…”.
QUOTEREADER_ENGLISH_RULE(CueBefore, "cue-before")
// JANE DOE: “…” / Jane Doe ― “…”: a name alone before a colon or a dash.
QUOTEREADER_ENGLISH_RULE(NameColon, "name-colon")
// According to X: “…” / According to X, CLAUSE / CLAUSE, according to X.
QUOTEREADER_ENGLISH_RULE(AccordingTo, "according-to")
// “…,” Smith said, adding that CLAUSE: the participle's clause is the same speaker's.
QUOTEREADER_ENGLISH_RULE(Adding, "adding")
// PART, Smith said, PART: a reported sentence interrupted by its cue, both parts quotes.
QUOTEREADER_ENGLISH_RULE(Interrupted, "interrupted")
// CLAUSE, Smith said / CLAUSE, said Smith: the reported clause before its cue.
QUOTEREADER_ENGLISH_RULE(ReportedBeforeCue, "reported-before-cue")
// Smith said (that) CLAUSE: reported speech with its whole clause.
QUOTEREADER_ENGLISH_RULE(Reported, "reported")
// Smith tweeted on Monday, saying (that) CLAUSE: the sentence's subject speaks.
QUOTEREADER_ENGLISH_RULE(Participle, "participle")
// he said, they argued: the last speaker of the pronoun's kind mentioned before it.
QUOTEREADER_ENGLISH_RULE(Pronoun, "pronoun")
// A quotation running over paragraphs is one speaker's, whichever piece carries the cue.
QUOTEREADER_ENGLISH_RULE(ContinuedQuotation, "continued-quotation")
// Smith continued: ¶ “…”: a colon introduces the quotation opening the next paragraph.
QUOTEREADER_ENGLISH_RULE(Introduction, "introduction")
// Sen. Jane Roe pointed to the budget. “…”: a quotation after a sentence about a named person.
QUOTEREADER_ENGLISH_RULE(SentenceSubject, "sentence-subject")
// Jane Roe visited the plant. ¶ “…”: a paragraph opening with a quotation after one that ended on
// a named person and gave no quote.
QUOTEREADER_ENGLISH_RULE(ParagraphEnd, "paragraph-end")
// A quotation without a cue goes on with the last speaker while the article is still with them.
QUOTEREADER_ENGLISH_RULE(UncuedContinuation, "uncued-continuation")

#undef QUOTEREADER_ENGLISH_RULE

} // namespace QuoteReader::Attribution::English
