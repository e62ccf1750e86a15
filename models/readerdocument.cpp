#include "readerdocument.h"

#include "collation.h"
#include "textfold.h"

namespace QuoteReader {

void computeKeys(ReaderDocument &prepared)
{
    const Document &doc = prepared.document;
    // Folded once here so that filtering 100,000 quotes is plain substring search.
    QStringList speakerSearch;
    speakerSearch.reserve(doc.speakers.size());
    prepared.speakerKeys.clear();
    prepared.speakerKeys.reserve(doc.speakers.size());
    for (const Speaker &speaker : doc.speakers) {
        const QString pinyin = toPinyin(speaker.name);
        QString key = foldForSearch(speaker.name) + u' ' + foldForSearch(speaker.role) + u' ' + pinyin + u' '
            + QString(pinyin).remove(u' ');
        for (const QString &alias : speaker.aliases) {
            key += u' ' + foldForSearch(alias);
        }
        speakerSearch.append(key);
        prepared.speakerKeys.append(collationKey(speaker.name));
    }
    const bool haveSimplified = prepared.simplified.size() == doc.text.size();
    prepared.searchKeys.clear();
    prepared.searchKeys.reserve(doc.quotes.size());
    for (const Quote &quote : doc.quotes) {
        QString key = haveSimplified
            ? QStringView(prepared.simplified).mid(quote.range.start, quote.range.length()).toString().toCaseFolded()
            : foldForSearch(doc.quoteText(quote));
        key += u'\n' + foldForSearch(quote.cue) + u'\n';
        if (quote.speaker >= 0 && quote.speaker < speakerSearch.size()) {
            key += speakerSearch.at(quote.speaker);
        }
        key += u'\n' + foldForSearch(quote.themes.join(u' '));
        prepared.searchKeys.append(key);
    }
}

ReaderDocumentPtr prepareDocument(Document document, const PrepareOptions &options)
{
    auto prepared = std::make_shared<ReaderDocument>();
    prepared->simplified = convertScript(document.text, Script::Simplified);
    if (options.traditional) {
        prepared->traditional = convertScript(document.text, Script::Traditional);
    }
    prepared->document = std::move(document);
    computeKeys(*prepared);
    return prepared;
}

ReaderDocumentPtr reprepareDocument(const ReaderDocument &previous, Document document)
{
    auto prepared = std::make_shared<ReaderDocument>();
    prepared->simplified = previous.simplified;
    prepared->traditional = previous.traditional;
    prepared->document = std::move(document);
    computeKeys(*prepared);
    return prepared;
}

} // namespace QuoteReader
