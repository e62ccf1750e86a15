#include "readerdocument.h"

#include "collation.h"
#include "palette.h"
#include "textfold.h"

#include <optional>

namespace QuoteReader {

namespace {

bool hasHan(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) || c.isSurrogate(); });
}

// What a quote's speaker adds to its search key: name, role, pinyin with and without spaces,
// initials (朱云來: zhu yun lai, zhuyunlai, zyl), aliases.
QString speakerSearchKey(const Speaker &speaker)
{
    const QString pinyin = toPinyin(speaker.name);
    QString key = foldForSearch(speaker.name) + u' ' + foldForSearch(speaker.role) + u' ' + pinyin + u' '
                  + QString(pinyin).remove(u' ');
    const QString initials = pinyinInitials(speaker.name);
    if (!initials.isEmpty()) {
        key += u' ' + initials;
    }
    for (const QString &alias : speaker.aliases) {
        key += u' ' + foldForSearch(alias);
    }
    return key;
}

QString quoteSearchKey(const ReaderDocument &prepared, const Quote &quote, const QString &speakerKey)
{
    const Document &doc = prepared.document;
    const QStringView words = doc.textOf(quote.range);
    QString key =
        prepared.simplified.size() == doc.text.size()
            ? QStringView(prepared.simplified).mid(quote.range.start, quote.range.length()).toString().toCaseFolded()
            : foldForSearch(words.toString());
    // Pinyin of the words themselves: "suanfa" finds 算法 in what was said, not only in names.
    if (hasHan(words)) {
        key += u'\n' + pinyinKey(words);
    }
    key += u'\n' + foldForSearch(quote.cue) + u'\n' + speakerKey + u'\n' + foldForSearch(quote.themes.join(u' '));
    return key;
}

bool sameSpeaker(const Speaker &a, const Speaker &b)
{
    return a.name == b.name && a.role == b.role && a.aliases == b.aliases;
}

} // namespace

QHash<QString, int> ReaderDocument::colorSlotsByName() const
{
    QHash<QString, int> byName;
    for (qsizetype i = 0; i < document.speakers.size() && i < colorSlots.size(); ++i) {
        byName.insert(document.speakers.at(i).name, colorSlots.at(i));
    }
    return byName;
}

void computeKeys(ReaderDocument &prepared, const QHash<QString, int> &previousColors)
{
    const Document &doc = prepared.document;
    // Folded once here so that filtering 100,000 quotes is plain substring search.
    QStringList speakerSearch;
    speakerSearch.reserve(doc.speakers.size());
    prepared.speakerKeys.clear();
    prepared.speakerKeys.reserve(doc.speakers.size());
    for (const Speaker &speaker : doc.speakers) {
        speakerSearch.append(speakerSearchKey(speaker));
        prepared.speakerKeys.append(collationKey(speaker.name));
    }
    prepared.colorSlots = assignColorSlots(doc.speakers, previousColors);
    prepared.searchKeys.clear();
    prepared.searchKeys.reserve(doc.quotes.size());
    for (const Quote &quote : doc.quotes) {
        const bool known = quote.speaker >= 0 && quote.speaker < speakerSearch.size();
        prepared.searchKeys.append(
            quoteSearchKey(prepared, quote, known ? speakerSearch.at(quote.speaker) : QString()));
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
    computeKeys(*prepared, options.previousColors);
    return prepared;
}

ReaderDocumentPtr reprepareDocument(const ReaderDocument &previous, Document document,
                                    const QHash<QString, int> &colors)
{
    auto prepared = std::make_shared<ReaderDocument>();
    prepared->simplified = previous.simplified;
    prepared->traditional = previous.traditional;
    prepared->document = std::move(document);
    const Document &doc = prepared->document;
    const Document &before = previous.document;
    const bool previousKeyed = previous.hasKeys();

    // Speakers: a name seen before with the same role and aliases keeps its keys.
    QHash<QString, qsizetype> speakerBefore;
    for (qsizetype i = 0; i < before.speakers.size(); ++i) {
        speakerBefore.insert(before.speakers.at(i).name, i);
    }
    QList<bool> speakerUnchanged;
    for (const Speaker &speaker : doc.speakers) {
        const qsizetype old = speakerBefore.value(speaker.name, -1);
        const bool unchanged = previousKeyed && old >= 0 && sameSpeaker(before.speakers.at(old), speaker);
        speakerUnchanged.append(unchanged);
        prepared->speakerKeys.append(old >= 0 && previousKeyed ? previous.speakerKeys.at(old)
                                                               : collationKey(speaker.name));
    }
    // A speaker's part of the search key (pinyin through ICU) only for the quotes that need a new key.
    QList<std::optional<QString>> speakerSearch(doc.speakers.size());
    const auto searchOf = [&](int speaker) -> QString {
        if (speaker < 0 || speaker >= speakerSearch.size()) {
            return {};
        }
        if (!speakerSearch.at(speaker)) {
            speakerSearch[speaker] = speakerSearchKey(doc.speakers.at(speaker));
        }
        return *speakerSearch.at(speaker);
    };
    QHash<QString, int> keep = previous.colorSlotsByName();
    keep.insert(colors);
    prepared->colorSlots = assignColorSlots(doc.speakers, keep);

    // Quotes: one at the same place with the same words, cue, themes and an unchanged speaker keeps its key.
    QHash<QPair<qsizetype, qsizetype>, qsizetype> quoteBefore;
    for (qsizetype i = 0; i < before.quotes.size(); ++i) {
        quoteBefore.insert({before.quotes.at(i).range.start, before.quotes.at(i).range.end}, i);
    }
    prepared->searchKeys.reserve(doc.quotes.size());
    for (const Quote &quote : doc.quotes) {
        const qsizetype old = quoteBefore.value({quote.range.start, quote.range.end}, -1);
        bool reuse = previousKeyed && old >= 0;
        if (reuse) {
            const Quote &was = before.quotes.at(old);
            const Speaker *speakerWas = before.speakerOf(was);
            const Speaker *speakerNow = doc.speakerOf(quote);
            reuse = was.cue == quote.cue && was.themes == quote.themes
                    && (speakerWas == nullptr) == (speakerNow == nullptr)
                    && (!speakerNow || (speakerWas->name == speakerNow->name && speakerUnchanged.at(quote.speaker)));
        }
        prepared->searchKeys.append(reuse ? previous.searchKeys.at(old)
                                          : quoteSearchKey(*prepared, quote, searchOf(quote.speaker)));
    }
    return prepared;
}

} // namespace QuoteReader
