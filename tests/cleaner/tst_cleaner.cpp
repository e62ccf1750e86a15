// The cleaner: pinyin glosses out and kept for display, real parentheticals kept, garbled spans
// found (and repaired where the repair is certain), Unicode normalised, lines never joined.
#include "cleaner.h"

#include <QTest>

using namespace QuoteReader;

class TestCleaner final : public QObject
{
    Q_OBJECT

private slots:
    void glossesRemovedParentheticalsKept_data();
    void glossesRemovedParentheticalsKept();
    void removedGlossesAreKeptWithTheirPlace();
    void garbledHanIsMarked_data();
    void garbledHanIsMarked();
    void utf8ReadAsWindows1252IsRepaired();
    void normalisesToNfc();
    void keepsEveryLine();
};

void TestCleaner::glossesRemovedParentheticalsKept_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gloss after a character") << u"今天的熱點(diǎn)新聞"_qs << u"今天的熱點新聞"_qs;
    QTest::newRow("several glosses") << u"發展(zhǎn)進(jìn)度"_qs << u"發展進度"_qs;
    QTest::newRow("full-width parentheses") << u"環節（jié）結束"_qs << u"環節結束"_qs;
    QTest::newRow("acronym stays") << u"人工智能(AI)大模型"_qs << u"人工智能(AI)大模型"_qs;
    QTest::newRow("Chinese parenthetical stays") << u"GPU(圖形處理器)很貴"_qs << u"GPU(圖形處理器)很貴"_qs;
    QTest::newRow("plain lowercase word stays") << u"這個詞(ok)可以"_qs << u"這個詞(ok)可以"_qs;
    QTest::newRow("pinyin after Latin stays") << u"word(diǎn) here"_qs << u"word(diǎn) here"_qs;
    QTest::newRow("indentation trimmed") << u"\u3000\u3000第一段。  "_qs << u"第一段。"_qs;
}

void TestCleaner::glossesRemovedParentheticalsKept()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cleanText(input).text, expected);
}

void TestCleaner::removedGlossesAreKeptWithTheirPlace()
{
    const CleanedText cleaned = cleanText(u"熱點(diǎn)和環節(jié)"_qs);
    QCOMPARE(cleaned.text, u"熱點和環節"_qs);
    QCOMPARE(cleaned.removed.size(), 2);
    QCOMPARE(cleaned.removed.at(0).cleanOffset, 2);
    QCOMPARE(cleaned.removed.at(0).text, u"(diǎn)"_qs);
    QCOMPARE(cleaned.removed.at(1).cleanOffset, 5);
    QCOMPARE(cleaned.removed.at(1).text, u"(jié)"_qs);
}

void TestCleaner::garbledHanIsMarked_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("garbled");
    // UTF-8 bytes of 因为用户本身就具备创意 read as GBK, with '?' for the bytes that had no mapping.
    QTest::newRow("utf-8 read as gbk") << u"他說鍥犱负鐢ㄦ埛鏈?韬?灏卞叿澶囧垱鎰?，大家都同意。"_qs
                                       << u"鍥犱负鐢ㄦ埛鏈?韬?灏卞叿澶囧垱鎰?"_qs;
    // A converter's damage: marks where bytes were lost, broken glosses and rare characters.
    QTest::newRow("lost bytes and broken gloss")
        << u"他認為因?yàn)橛脩舯旧砭途邆鋭?chuàng)意是好事。"_qs << u"?yàn)橛脩舯旧砭途邆鋭?chuàng)"_qs;
}

void TestCleaner::garbledHanIsMarked()
{
    QFETCH(QString, input);
    QFETCH(QString, garbled);
    const CleanedText cleaned = cleanText(input);
    QCOMPARE(cleaned.garbled.size(), 1);
    const Noise &noise = cleaned.garbled.first();
    QCOMPARE(toString(noise.kind), u"garbled"_qs);
    QCOMPARE(QStringView(cleaned.text).mid(noise.range.start, noise.range.length()).toString(), garbled);
}

void TestCleaner::utf8ReadAsWindows1252IsRepaired()
{
    const CleanedText cleaned = cleanText(u"We donâ€™t know, said the cafÃ© owner."_qs);
    QCOMPARE(cleaned.text, u"We don’t know, said the café owner."_qs);
    QCOMPARE(cleaned.garbled.size(), 2);
    QCOMPARE(cleaned.garbled.first().original, u"â€™"_qs);
    QCOMPARE(cleaned.text.mid(cleaned.garbled.first().range.start, cleaned.garbled.first().range.length()), u"’"_qs);
}

void TestCleaner::normalisesToNfc()
{
    // e + combining acute accent becomes é.
    QCOMPARE(cleanText(u"cafe\u0301"_qs).text, u"café"_qs);
}

void TestCleaner::keepsEveryLine()
{
    const QString input = u"第一行\n\n第三行(háng)\n"_qs;
    QCOMPARE(cleanText(input).text.count(u'\n'), input.count(u'\n'));
}

QTEST_GUILESS_MAIN(TestCleaner)
#include "tst_cleaner.moc"
