// English quotes and speakers: one small article of our own per phenomenon, run through the whole
// pipeline and compared with a golden file of compact lines. QUOTEREADER_REGENERATE=1 rewrites them.
#include "attribution/attribution.h"
#include "extractor.h"
#include "golden.h"

#include <QDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/attribution_en");
}

} // namespace

class TestAttributionEn final : public QObject {
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void apostrophesAreNotQuoteMarks();
    void pronounCarriesLastSpeaker();
    void scareQuotesAreNotQuotes();
    void quotesOnlyComeFromParagraphs();
};

void TestAttributionEn::matchesGolden_data()
{
    QTest::addColumn<QString>("article");
    const QStringList articles = QDir(dataDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!articles.isEmpty());
    for (const QString &name : articles) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestAttributionEn::matchesGolden()
{
    QFETCH(QString, article);
    const ExtractResult result = extractFile(dataDir() + u'/' + article);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString mismatch = Golden::compare(Golden::describeQuotes(*result.document),
                                             Golden::withSuffix(dataDir() + u'/' + article, QStringLiteral(".expected")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestAttributionEn::apostrophesAreNotQuoteMarks()
{
    const ExtractResult result = extractFile(dataDir() + QStringLiteral("/apostrophes.txt"));
    QVERIFY(result.ok());
    const Document &doc = *result.document;
    QCOMPARE(doc.quotes.size(), 2);
    QCOMPARE(doc.quoteText(doc.quotes.at(0)), QStringLiteral("We didn’t play our best game, but the players didn’t give up"));
    QCOMPARE(doc.quoteText(doc.quotes.at(1)), QStringLiteral("It’s the team’s first final in years"));
}

void TestAttributionEn::pronounCarriesLastSpeaker()
{
    const ExtractResult result = extractFile(dataDir() + QStringLiteral("/pronoun.txt"));
    QVERIFY(result.ok());
    const Document &doc = *result.document;
    QCOMPARE(doc.quotes.size(), 1);
    const Speaker *speaker = doc.speakerOf(doc.quotes.first());
    QVERIFY(speaker);
    QCOMPARE(speaker->name, QStringLiteral("Sarah Klein"));
    QVERIFY(speaker->aliases.contains(QStringLiteral("she")));
}

void TestAttributionEn::scareQuotesAreNotQuotes()
{
    const ExtractResult result = extractFile(dataDir() + QStringLiteral("/scare_quotes.txt"));
    QVERIFY(result.ok());
    QVERIFY(result.document->quotes.isEmpty());
}

void TestAttributionEn::quotesOnlyComeFromParagraphs()
{
    // Runs the English attribution directly on a document whose only block is a caption.
    Document doc;
    doc.language = QStringLiteral("en");
    doc.text = QStringLiteral("\"We will win this,\" Jane Roe said.");
    doc.sections.append(Section{});
    doc.blocks.append(Block{BlockKind::Caption, {0, doc.text.size()}, 0, -1});
    attributeQuotes(doc);
    QVERIFY(doc.quotes.isEmpty());
    doc.blocks.first().kind = BlockKind::Paragraph;
    doc.blocks.first().paragraph = 0;
    attributeQuotes(doc);
    QCOMPARE(doc.quotes.size(), 1);
}

QTEST_GUILESS_MAIN(TestAttributionEn)
#include "tst_attribution_en.moc"
