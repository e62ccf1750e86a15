// A small hand-made document (our own sentences, no corpus text): Traditional Chinese and English,
// two sections, three named speakers, one quote without a speaker, three themes.
#pragma once

#include "readerdocument.h"

namespace QuoteReader::Test {

inline TextRange rangeOf(const QString &text, const QString &part)
{
    const qsizetype start = text.indexOf(part);
    Q_ASSERT(start >= 0);
    return {start, start + part.size()};
}

inline Document makeDocument()
{
    Document doc;
    doc.language = u"zh-Hant"_qs;
    doc.text = u"Opening line\n"
               u"陳國強說，開發軟體很難。\n"
               u"Second part\n"
               u"Jane Smith said the network is slow.\n"
               u"李華表示，網絡安全重要。\n"
               u"Someone noted costs rise.\n"
               u"李華認為，軟體會更好。\n"_qs;
    const QString &t = doc.text;
    const qsizetype secondStart = t.indexOf(u"Second part");
    doc.sections = {
        Section{QString(), -1, 1, {0, secondStart}},
        Section{u"Second part"_qs, 2, 4, {secondStart, t.size()}},
    };
    doc.speakers = {
        Speaker{u"陳國強"_qs, u"工程師"_qs, {}, false, 1},
        Speaker{u"Jane Smith"_qs, u"Engineer"_qs, {u"Smith"_qs}, false, 1},
        Speaker{u"李華"_qs, QString(), {}, false, 2},
    };
    auto quote = [&t](int speaker, QuoteKind kind, const QString &cue, const QString &words, int section,
                      QStringList themes) {
        Quote q;
        q.speaker = speaker;
        q.kind = kind;
        q.cue = cue;
        q.range = rangeOf(t, words);
        q.cueRange = cue.isEmpty() ? TextRange{} : rangeOf(t, cue);
        q.section = section;
        q.themes = themes;
        return q;
    };
    doc.quotes = {
        quote(0, QuoteKind::Direct, u"說"_qs, u"開發軟體很難"_qs, 0, {u"軟體"_qs}),
        quote(1, QuoteKind::Indirect, u"said"_qs, u"the network is slow"_qs, 1, {u"network"_qs}),
        quote(2, QuoteKind::Direct, u"表示"_qs, u"網絡安全重要"_qs, 1, {u"network"_qs, u"安全"_qs}),
        quote(-1, QuoteKind::Indirect, u"noted"_qs, u"costs rise"_qs, 1, {}),
        quote(2, QuoteKind::Indirect, u"認為"_qs, u"軟體會更好"_qs, 1, {u"軟體"_qs}),
    };
    doc.themes = {
        Theme{u"軟體"_qs, {u"軟體"_qs}, false, 2},
        Theme{u"network"_qs, {u"network"_qs, u"網絡"_qs}, false, 2},
        Theme{u"安全"_qs, {u"安全"_qs}, false, 1},
    };
    return doc;
}

inline ReaderDocumentPtr makeReaderDocument()
{
    return prepareDocument(makeDocument());
}

// A large document of our own words: `count` one-line quotes over 50 speakers, each carrying one of
// 8 themes and naming two of the 8 words, the size issue 4 asks the reader and the proxy to handle.
// Quote i has speaker i % 50, is direct when i % 3 == 0, carries theme word i % 8, and holds words
// i % 8 and (i / 8) % 8.
inline QStringList largeDocumentWords()
{
    return {u"算力"_qs, u"模型"_qs, u"network"_qs, u"開發"_qs, u"市場"_qs, u"policy"_qs, u"軟體"_qs, u"晶片"_qs};
}

inline Document makeLargeDocument(int count)
{
    Document doc;
    const QStringList words = largeDocumentWords();
    for (int s = 0; s < 50; ++s) {
        doc.speakers.append(Speaker{u"講者"_qs + QString::number(s), u"職位"_qs, {}, false, 0});
    }
    QString text;
    for (int i = 0; i < count; ++i) {
        const QString sentence = u"第"_qs + QString::number(i) + u"句話說到" + words.at(i % 8) + u"與"
                                 + words.at((i / 8) % 8) + u"的發展。\n";
        Quote q;
        q.speaker = i % 50;
        q.kind = i % 3 ? QuoteKind::Indirect : QuoteKind::Direct;
        q.range = {text.size(), text.size() + sentence.size() - 1};
        q.themes = {words.at(i % 8)};
        text += sentence;
        doc.quotes.append(q);
        ++doc.speakers[q.speaker].quotes;
    }
    doc.text = text;
    return doc;
}

} // namespace QuoteReader::Test
