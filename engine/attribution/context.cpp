#include "attribution/context.h"

#include "textutil.h"

#include <algorithm>

namespace QuoteReader::Attribution {

Context::Context(Document &document)
    : doc(document)
    , text(document.text)
    , speakers(document.speakers)
{
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const Block &block = doc.blocks.at(i);
        if (block.kind == BlockKind::Paragraph) {
            paragraphs.append(Paragraph{block.range, i});
        }
    }
}

int Context::paragraphAt(qsizetype pos) const
{
    const auto after = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), pos,
                                        [](qsizetype p, const Paragraph &para) { return p < para.range.start; });
    if (after == paragraphs.cbegin()) {
        return -1;
    }
    const auto here = after - 1;
    return pos < here->range.end ? int(here - paragraphs.cbegin()) : -1;
}

int Context::quotationOpeningAt(qsizetype outerStart) const
{
    const auto it = std::lower_bound(quotations.cbegin(), quotations.cend(), outerStart,
                                     [](const Quotation &q, qsizetype pos) { return q.outer.start < pos; });
    return it != quotations.cend() && it->outer.start == outerStart ? int(it - quotations.cbegin()) : -1;
}

int Context::quotationClosingAt(qsizetype outerEnd) const
{
    // Quotations do not overlap: the one ending there is the last one opening before it.
    const auto it = std::lower_bound(quotations.cbegin(), quotations.cend(), outerEnd,
                                     [](const Quotation &q, qsizetype pos) { return q.outer.start < pos; });
    if (it == quotations.cbegin()) {
        return -1;
    }
    return (it - 1)->outer.end == outerEnd ? int(it - 1 - quotations.cbegin()) : -1;
}

int Context::quotationAt(qsizetype pos) const
{
    const auto it = std::upper_bound(quotations.cbegin(), quotations.cend(), pos,
                                     [](qsizetype p, const Quotation &q) { return p < q.outer.start; });
    return it != quotations.cbegin() && (it - 1)->outer.contains(pos) ? int(it - 1 - quotations.cbegin()) : -1;
}

bool Context::insideSpeech(qsizetype pos) const
{
    const int q = quotationAt(pos);
    return q >= 0 && quotations.at(q).speech && quotations.at(q).inner.contains(pos);
}

void Context::attribute(Candidate &candidate, int speaker, QLatin1StringView rule) const
{
    candidate.speaker = speaker;
    candidate.rule = rule;
}

QList<Quotation> findQuotations(QStringView text, const QList<Paragraph> &paragraphs)
{
    QList<Quotation> found;
    int p = 0;
    qsizetype i = paragraphs.isEmpty() ? 0 : paragraphs.first().range.start;
    while (p < paragraphs.size()) {
        const TextRange para = paragraphs.at(p).range;
        if (i >= para.end) {
            if (++p < paragraphs.size()) {
                i = paragraphs.at(p).range.start;
            }
            continue;
        }
        const QChar open = text[i];
        if (!isOpeningQuote(open) && open != u'"') {
            ++i;
            continue;
        }
        const QChar close = closingFor(open);
        int depth = 0;
        int endParagraph = p;
        TextRange current = para;
        qsizetype j = i + 1;
        qsizetype end = -1;
        while (true) {
            if (j >= current.end) {
                // Open at the paragraph's end: go on if the next paragraph opens with the same mark.
                if (endParagraph + 1 < paragraphs.size() && text[paragraphs.at(endParagraph + 1).range.start] == open) {
                    ++endParagraph;
                    current = paragraphs.at(endParagraph).range;
                    j = current.start + 1;
                    continue;
                }
                break;
            }
            const QChar c = text[j];
            if (c == close && (depth == 0 || open == u'"')) {
                end = j;
                break;
            }
            if (c == open && open != u'"') {
                ++depth;
            } else if (c == close) {
                --depth;
            }
            ++j;
        }
        if (end < 0) {
            // Never closed: the quotation runs to the end of its paragraph, as a reader takes it.
            endParagraph = p;
            end = para.end;
        }
        Quotation q;
        q.inner = {i + 1, end};
        q.outer = {i, std::min(end + 1, paragraphs.at(endParagraph).range.end)};
        q.paragraph = p;
        q.lastParagraph = endParagraph;
        found.append(q);
        p = endParagraph;
        i = q.outer.end;
    }
    return found;
}

} // namespace QuoteReader::Attribution
