#include "attribution/finish.h"

#include "textutil.h"

#include <algorithm>

namespace QuoteReader::Attribution {

namespace {

bool isTrimmed(QChar c)
{
    return c.isSpace() || c == u'，' || c == u',' || c == u'、' || c == u'：' || c == u':' || c == u'\u3000';
}

TextRange trimmed(QStringView text, TextRange range)
{
    while (range.start < range.end && isTrimmed(text[range.start])) {
        ++range.start;
    }
    while (range.end > range.start && isTrimmed(text[range.end - 1])) {
        --range.end;
    }
    return range;
}

qsizetype letters(QStringView words)
{
    return std::count_if(words.cbegin(), words.cend(),
                         [](QChar c) { return isHanOrSurrogate(c) || c.isLetterOrNumber(); });
}

} // namespace

void finish(Context &context, const FinishOptions &options, const QStringList &ruleOrder)
{
    QList<const Candidate *> kept;
    for (Candidate &candidate : context.candidates) {
        if (candidate.dropped || !candidate.attributed()) {
            continue;
        }
        candidate.range = trimmed(context.text, candidate.range);
        if (letters(context.view(candidate.range)) < options.minimumLetters) {
            continue;
        }
        kept.append(&candidate);
    }
    // One quote per stretch of text: where two overlap, the earlier rule's stays (rules run from
    // the most certain to the least), and between two of one rule the longer.
    auto rank = [&ruleOrder](const Candidate *c) { return ruleOrder.indexOf(c->rule); };
    std::sort(kept.begin(), kept.end(), [&](const Candidate *a, const Candidate *b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        return a->range.length() > b->range.length();
    });
    QList<const Candidate *> placed; // sorted by start, none overlapping
    for (const Candidate *candidate : std::as_const(kept)) {
        const auto after = std::lower_bound(placed.begin(), placed.end(), candidate->range.start,
                                            [](const Candidate *c, qsizetype pos) { return c->range.start < pos; });
        const bool clashesAfter = after != placed.end() && (*after)->range.overlaps(candidate->range);
        const bool clashesBefore = after != placed.begin() && (*(after - 1))->range.overlaps(candidate->range);
        if (!clashesAfter && !clashesBefore) {
            placed.insert(after, candidate);
        }
    }

    Document &doc = context.doc;
    doc.quotes.clear();
    doc.quotes.reserve(placed.size());
    for (const Candidate *candidate : std::as_const(placed)) {
        const Block &block = doc.blocks.at(context.paragraphs.at(candidate->paragraph).block);
        Quote quote;
        quote.speaker = candidate->speaker;
        quote.kind = candidate->kind;
        quote.cue = candidate->cueText;
        quote.rule = candidate->rule;
        quote.range = candidate->range;
        quote.cueRange = candidate->cueRange;
        quote.subjectRange = candidate->subjectRange;
        quote.section = std::max(0, block.section);
        quote.paragraph = block.paragraph;
        doc.quotes.append(quote);
    }
}

} // namespace QuoteReader::Attribution
