#include "extractor.h"

#include "attribution/attribution.h"
#include "cleaner.h"
#include "language.h"
#include "structure.h"
#include "themes.h"

#include <algorithm>

namespace QuoteReader {

namespace {

bool proceed(const ExtractOptions &options, Stage stage)
{
    return !options.progress || options.progress(stage);
}

// Text outside the article (captions, teasers, boilerplate) must never yield a quote, whatever a
// stage got wrong: the last word on that belongs here, where the blocks and the quotes meet.
void dropQuotesOutsideArticle(Document &doc)
{
    QList<TextRange> article;
    for (const Block &block : std::as_const(doc.blocks)) {
        if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::Heading || block.kind == BlockKind::Title) {
            article.append(block.range);
        }
    }
    // A big document has tens of thousands of blocks and of quotes: a binary search, not a scan per
    // quote. With the ranges by start and the furthest end reached so far, a position lies in some
    // range exactly when a range starting at or before it reaches past it (overlaps included).
    std::sort(article.begin(), article.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<qsizetype> reach(article.size());
    qsizetype furthest = 0;
    for (qsizetype i = 0; i < article.size(); ++i) {
        furthest = i == 0 ? article.at(i).end : std::max(furthest, article.at(i).end);
        reach[i] = furthest;
    }
    doc.quotes.removeIf([&](const Quote &quote) {
        const qsizetype pos = quote.range.start;
        const auto after = std::upper_bound(article.cbegin(), article.cend(), pos,
                                            [](qsizetype p, const TextRange &range) { return p < range.start; });
        return after == article.cbegin() || reach.at(after - article.cbegin() - 1) <= pos;
    });
}

// Quotes in reading order; speakers counted, and those left without a quote (a name met before a
// verb whose words turned out to be noise, say) dropped: the speaker list is of people quoted.
void countQuotes(Document &doc)
{
    std::sort(doc.quotes.begin(), doc.quotes.end(),
              [](const Quote &a, const Quote &b) { return a.range.start < b.range.start; });
    countSpeakerQuotes(doc);
}

} // namespace

ExtractResult extractFile(const QString &path, const ExtractOptions &options)
{
    if (!proceed(options, Stage::Loading)) {
        return {std::nullopt, {}, true};
    }
    LoadResult load = loadArticle(path, options.load);
    if (!load.ok()) {
        return {std::nullopt, load.error, false};
    }
    return processLoaded(std::move(*load.loaded), options);
}

ExtractResult processLoaded(LoadedText loaded, const ExtractOptions &options)
{
    Document doc;
    doc.source = loaded.source;

    if (!proceed(options, Stage::Cleaning)) {
        return {std::nullopt, {}, true};
    }
    CleanedText cleaned = cleanText(loaded.text);
    loaded.text.clear(); // the decoded copy is no longer needed; big files should not be held twice
    doc.text = std::move(cleaned.text);
    doc.removed = std::move(cleaned.removed);
    doc.noise = std::move(cleaned.garbled);
    doc.language = detectLanguage(doc.text);

    if (!proceed(options, Stage::Structure)) {
        return {std::nullopt, {}, true};
    }
    buildStructure(doc, loaded.hints);

    if (!proceed(options, Stage::Attribution)) {
        return {std::nullopt, {}, true};
    }
    attributeQuotes(doc);
    dropQuotesOutsideArticle(doc);
    countQuotes(doc);

    if (!proceed(options, Stage::Themes)) {
        return {std::nullopt, {}, true};
    }
    findThemes(doc, options.userThemes);
    std::sort(doc.noise.begin(), doc.noise.end(),
              [](const Noise &a, const Noise &b) { return a.range.start < b.range.start; });

    proceed(options, Stage::Done);
    return {std::move(doc), {}, false};
}

} // namespace QuoteReader
