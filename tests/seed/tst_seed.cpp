// The seed article (the bundled sample) end to end: the whole JSON document compared with a
// golden file, plus the properties the article is known for. QUOTEREADER_REGENERATE=1 rewrites it.
#include "export.h"
#include "extractor.h"
#include "golden.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTest>

using namespace QuoteReader;

namespace {

const QString samplePath = QStringLiteral(QUOTEREADER_SOURCE_DIR "/resources/sample-article.txt");

Document extractSample()
{
    ExtractResult result = extractFile(samplePath);
    if (!result.ok()) {
        qFatal("%s", qPrintable(result.error));
    }
    Document doc = std::move(*result.document);
    // The golden file must not depend on where the checkout lives.
    doc.source.path = QFileInfo(doc.source.path).fileName();
    return doc;
}

} // namespace

class TestSeed final : public QObject
{
    Q_OBJECT

private slots:
    void jsonMatchesGolden();
    void bothSpeakersWithTheirRoles();
    void noQuoteFromNoise();
    void scareQuotesAreNotQuotes();
    void glossesAreRemovedAndGarbledSpanMarked();
};

void TestSeed::jsonMatchesGolden()
{
    const Document doc = extractSample();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(makeWriter(ExportFormat::Json)->write(QuoteSelection::all(doc), &buffer));
    const QString mismatch = Golden::compare(QString::fromUtf8(buffer.data()),
                                             QStringLiteral(QUOTEREADER_TEST_DATA
                                                            "/seed/sample-article.expected.json"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestSeed::bothSpeakersWithTheirRoles()
{
    const Document doc = extractSample();
    QCOMPARE(doc.speakers.size(), 2);
    for (const Speaker &speaker : doc.speakers) {
        QVERIFY2(!speaker.role.isEmpty(), qPrintable(speaker.name));
        QVERIFY(speaker.quotes > 0);
    }
}

void TestSeed::noQuoteFromNoise()
{
    const Document doc = extractSample();
    for (const Noise &noise : doc.noise) {
        if (noise.kind == NoiseKind::Garbled) {
            continue; // a garbled span inside a quote may stay in it
        }
        for (const Quote &quote : doc.quotes) {
            QVERIFY2(!quote.range.overlaps(noise.range), qPrintable(doc.quoteText(quote)));
        }
    }
}

void TestSeed::scareQuotesAreNotQuotes()
{
    const Document doc = extractSample();
    for (const Quote &quote : doc.quotes) {
        // Every quote of the seed is at least a clause; terms in quotation marks are two or three characters.
        QVERIFY2(quote.range.length() > 8, qPrintable(doc.quoteText(quote)));
    }
}

void TestSeed::glossesAreRemovedAndGarbledSpanMarked()
{
    const Document doc = extractSample();
    QVERIFY(!doc.removed.isEmpty());
    for (const RemovedSpan &removed : doc.removed) {
        QVERIFY(removed.text.startsWith(u'(') && removed.text.endsWith(u')'));
    }
    QVERIFY(!doc.text.contains(u"(diǎn)"_qs));
    QVERIFY(doc.text.contains(u"(AI)"_qs));
    const bool garbled = std::any_of(doc.noise.cbegin(), doc.noise.cend(),
                                     [](const Noise &n) { return n.kind == NoiseKind::Garbled; });
    QVERIFY(garbled);
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
