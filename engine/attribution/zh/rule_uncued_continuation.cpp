// A quotation with no cue of its own takes the speaker of the words beside it: the quote before
// it in its paragraph, the quote its cue closes right after it (「…」，「…」張三說), or the last
// speaker of the paragraph before when it opens its own. It is carried no further than that: a
// cue in between, even one whose subject was not understood, or a person the narration puts at
// the head of a clause, ends what a speaker said.
#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"
#include "textutil.h"

namespace QuoteReader::Attribution::Zh {

namespace {

// A cue or a person at the head of a clause between `from` and `to` interrupts the speaker.
bool interrupted(const Reading &reading, qsizetype from, qsizetype to)
{
    const auto cue = std::lower_bound(reading.cues.cbegin(), reading.cues.cend(), from,
                                      [](const Cue &c, qsizetype pos) { return c.verb.start < pos; });
    if (cue != reading.cues.cend() && cue->verb.start < to) {
        return true;
    }
    for (int m = reading.mentionBefore(to); m >= 0 && reading.mentions.at(m).pos >= from; --m) {
        if (reading.mentions.at(m).clauseHead) {
            return true;
        }
    }
    return false;
}

bool onlyMarksBetween(const Reading &reading, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = reading.text[i];
        if (!c.isSpace() && !isClausePunctuation(c) && !isClosingQuote(c) && !isOpeningQuote(c) && c != u'"') {
            return false;
        }
    }
    return true;
}

} // namespace

void UncuedContinuationRule::run(Reading &reading) const
{
    for (qsizetype i = 0; i < reading.candidates.size(); ++i) {
        const Candidate &candidate = reading.candidates.at(i);
        // A cue whose subject was not read (…」接着激動說：「…」) says no more than that someone
        // went on: it is read like no cue, up to the cue itself.
        const bool subjectless = candidate.cue >= 0 && reading.cues.at(candidate.cue).subject.kind == SubjectKind::None;
        if (candidate.attributed() || (candidate.cue >= 0 && !subjectless) || candidate.quotation < 0) {
            continue;
        }
        const Quotation &quotation = reading.quotations.at(candidate.quotation);
        const TextRange paragraph = reading.paragraphs.at(candidate.paragraph).range;
        const qsizetype upTo = subjectless ? std::min(quotation.outer.start, reading.cues.at(candidate.cue).verb.start)
                                           : quotation.outer.start;
        int speaker = -1;
        // The quote before it in its paragraph.
        const int before = attributedBefore(reading, quotation.outer.start, false);
        if (before >= 0) {
            const Candidate &previous = reading.candidates.at(before);
            const bool sameParagraph = previous.range.end > paragraph.start;
            // (A subjectless cue goes on only right after the quote: 」接着激動說, not 」…正如…所言.)
            const bool near = !subjectless || upTo - previous.range.end <= 8;
            if (sameParagraph && near && !interrupted(reading, previous.range.end, upTo)) {
                speaker = previous.speaker;
            } else if (!sameParagraph && previous.paragraph == candidate.paragraph - 1
                       && !interrupted(reading, previous.range.end, quotation.outer.start)) {
                // A paragraph that opens with a quotation, or with narration that brings in no one
                // (由於病毒可能經空氣傳染，…。「…」), goes on from the speaker of the one before.
                speaker = previous.speaker;
            }
        }
        // The quote right after it whose cue follows: 「…」，「…」張三說.
        if (speaker < 0) {
            for (qsizetype j = i + 1; j < reading.candidates.size(); ++j) {
                const Candidate &next = reading.candidates.at(j);
                if (next.quotation < 0
                    || !onlyMarksBetween(reading, quotation.outer.end,
                                         reading.quotations.at(next.quotation).outer.start)) {
                    break;
                }
                if (next.attributed() && next.cue >= 0 && reading.links.at(j) == Link::CueAfter) {
                    speaker = next.speaker;
                    break;
                }
            }
        }
        if (speaker >= 0) {
            reading.attribute(reading.candidates[i], speaker, name());
        }
    }
}

} // namespace QuoteReader::Attribution::Zh
