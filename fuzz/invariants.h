// What every Document the pipeline produces must satisfy, whatever the input. Shared by the fuzz
// targets (which trap on a violation) and tests/fuzz_regressions (which report it).
#pragma once

#include "cleaner.h"
#include "document.h"

#include <QSet>
#include <QString>
#include <algorithm>

namespace QuoteReader::Invariants {

inline bool within(const TextRange &range, qsizetype size)
{
    return range.start >= 0 && range.start <= range.end && range.end <= size;
}

inline QString where(const char *what, qsizetype index, const TextRange &range, qsizetype size)
{
    return QLatin1StringView(what) + u' ' + QString::number(index) + u" ["_qs + QString::number(range.start) + u", "_qs
           + QString::number(range.end) + u") against text of "_qs + QString::number(size);
}

// "" when the document is sound, else the first broken rule.
inline QString checkDocument(const Document &doc)
{
    const qsizetype size = doc.text.size();
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < doc.blocks.size(); ++i) {
        const Block &block = doc.blocks.at(i);
        if (!within(block.range, size)) {
            return where("block range out of text:", i, block.range, size);
        }
        if (block.range.start < previousEnd) {
            return where("blocks overlap or are out of order:", i, block.range, size);
        }
        previousEnd = block.range.end;
        if (block.section < -1 || block.section >= doc.sections.size()) {
            return u"block "_qs + QString::number(i) + u" names section "_qs + QString::number(block.section);
        }
    }
    for (qsizetype i = 0; i < doc.sections.size(); ++i) {
        const Section &section = doc.sections.at(i);
        if (!within(section.range, size)) {
            return where("section range out of text:", i, section.range, size);
        }
        if (section.headingBlock < -1 || section.headingBlock >= doc.blocks.size()) {
            return u"section "_qs + QString::number(i) + u" names heading block "_qs
                   + QString::number(section.headingBlock);
        }
    }
    for (qsizetype i = 0; i < doc.noise.size(); ++i) {
        const Noise &noise = doc.noise.at(i);
        if (!within(noise.range, size)) {
            return where("noise range out of text:", i, noise.range, size);
        }
        if (i > 0 && noise.range.start < doc.noise.at(i - 1).range.start) {
            return where("noise not sorted:", i, noise.range, size);
        }
    }
    for (qsizetype i = 0; i < doc.removed.size(); ++i) {
        const qsizetype offset = doc.removed.at(i).cleanOffset;
        if (offset < 0 || offset > size) {
            return u"removed span "_qs + QString::number(i) + u" at "_qs + QString::number(offset)
                   + u" outside text of "_qs + QString::number(size);
        }
    }
    QSet<QString> themeNames;
    for (const Theme &theme : doc.themes) {
        themeNames.insert(theme.name);
    }
    QList<int> perSpeaker(doc.speakers.size(), 0);
    for (qsizetype i = 0; i < doc.quotes.size(); ++i) {
        const Quote &quote = doc.quotes.at(i);
        if (!within(quote.range, size)) {
            return where("quote range out of text:", i, quote.range, size);
        }
        if (!quote.cueRange.isEmpty() && !within(quote.cueRange, size)) {
            return where("quote cue range out of text:", i, quote.cueRange, size);
        }
        if (i > 0 && quote.range.start < doc.quotes.at(i - 1).range.start) {
            return where("quotes not sorted:", i, quote.range, size);
        }
        if (quote.speaker < -1 || quote.speaker >= doc.speakers.size()) {
            return u"quote "_qs + QString::number(i) + u" names speaker "_qs + QString::number(quote.speaker);
        }
        if (quote.speaker >= 0) {
            ++perSpeaker[quote.speaker];
        }
        if (quote.section < 0 || (quote.section >= doc.sections.size() && !doc.sections.isEmpty())) {
            return u"quote "_qs + QString::number(i) + u" names section "_qs + QString::number(quote.section);
        }
        // A quote starts in the article: in a Paragraph, Heading or Title block (a headline that
        // reports speech is read by its own rule), never in noise.
        // Blocks are sorted and disjoint (checked above): the last one starting at or before it.
        const auto after = std::upper_bound(doc.blocks.cbegin(), doc.blocks.cend(), quote.range.start,
                                            [](qsizetype p, const Block &b) { return p < b.range.start; });
        const bool inArticle = after != doc.blocks.cbegin() && (after - 1)->range.contains(quote.range.start)
                               && ((after - 1)->kind == BlockKind::Paragraph || (after - 1)->kind == BlockKind::Heading
                                   || (after - 1)->kind == BlockKind::Title);
        if (!inArticle) {
            return where("quote does not start in a paragraph, heading or title:", i, quote.range, size);
        }
        for (const Noise &noise : doc.noise) {
            if (noise.kind != NoiseKind::Garbled && noise.range.contains(quote.range.start)) {
                return where("quote starts inside noise:", i, quote.range, size);
            }
        }
        for (const QString &theme : quote.themes) {
            if (!themeNames.contains(theme)) {
                return u"quote "_qs + QString::number(i) + u" names an unknown theme"_qs;
            }
        }
    }
    for (qsizetype i = 0; i < doc.speakers.size(); ++i) {
        if (doc.speakers.at(i).quotes != perSpeaker.at(i)) {
            return u"speaker "_qs + QString::number(i) + u" counts "_qs + QString::number(doc.speakers.at(i).quotes)
                   + u" quotes but has "_qs + QString::number(perSpeaker.at(i));
        }
    }
    return {};
}

// "" when the cleaner kept its promises about `input`, else the first broken one.
inline QString checkCleaned(QStringView input, const CleanedText &cleaned)
{
    const qsizetype size = cleaned.text.size();
    if (input.count(u'\n') != QStringView(cleaned.text).count(u'\n')) {
        return u"cleaning changed the number of lines"_qs;
    }
    for (qsizetype i = 0; i < cleaned.garbled.size(); ++i) {
        if (!within(cleaned.garbled.at(i).range, size)) {
            return where("garbled range out of text:", i, cleaned.garbled.at(i).range, size);
        }
    }
    for (qsizetype i = 0; i < cleaned.removed.size(); ++i) {
        const qsizetype offset = cleaned.removed.at(i).cleanOffset;
        if (offset < 0 || offset > size || (i > 0 && offset < cleaned.removed.at(i - 1).cleanOffset)) {
            return u"removed span "_qs + QString::number(i) + u" misplaced at "_qs + QString::number(offset);
        }
    }
    return {};
}

} // namespace QuoteReader::Invariants
