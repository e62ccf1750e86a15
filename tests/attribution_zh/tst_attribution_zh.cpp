// Chinese quotes and speakers: one small article of our own per phenomenon (Traditional and
// Simplified, “” and 「」, run-on one-line articles), run through the whole pipeline and compared
// with a golden file. QUOTEREADER_REGENERATE=1 rewrites the golden files.
#include "extractor.h"
#include "golden.h"

#include <QDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/attribution_zh");
}

Document extract(const QString &name)
{
    return Golden::extractOrFail(dataDir() + u'/' + name);
}

const Speaker *speakerNamed(const Document &doc, const QString &name)
{
    for (const Speaker &speaker : doc.speakers) {
        if (speaker.name == name) {
            return &speaker;
        }
    }
    return nullptr;
}

} // namespace

class TestAttributionZh final : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void pronounCarriesLastSpeaker();
    void roleGivenOnceInLede();
    void scareQuotesAndTitlesAreNotQuotes();
    void reportedSpeechRunsToParagraphEnd();
    void noiseTailNeverYieldsQuotes();
    void shortFormResolvesToFullName();
};

void TestAttributionZh::matchesGolden_data()
{
    QTest::addColumn<QString>("article");
    const QStringList articles = QDir(dataDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!articles.isEmpty());
    for (const QString &name : articles) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestAttributionZh::matchesGolden()
{
    QFETCH(QString, article);
    const Document doc = extract(article);
    const QString mismatch = Golden::compare(Golden::describeQuotes(doc),
                                             Golden::withSuffix(dataDir() + u'/' + article,
                                                                QStringLiteral(".expected")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestAttributionZh::pronounCarriesLastSpeaker()
{
    const Document doc = extract(QStringLiteral("pronoun_and_view.txt"));
    const Speaker *wang = speakerNamed(doc, u"王小明"_qs);
    QVERIFY(wang);
    QVERIFY(wang->aliases.contains(u"他"_qs));
    const auto further = std::find_if(doc.quotes.cbegin(), doc.quotes.cend(),
                                      [](const Quote &q) { return q.cue == u"進一步表示"_qs; });
    QVERIFY(further != doc.quotes.cend());
    QCOMPARE(doc.speakerOf(*further)->name, u"王小明"_qs);
}

void TestAttributionZh::roleGivenOnceInLede()
{
    const Document doc = extract(QStringLiteral("pronoun_and_view.txt"));
    QCOMPARE(speakerNamed(doc, u"王小明"_qs)->role, u"經濟學家"_qs);
    QCOMPARE(speakerNamed(doc, u"趙子健"_qs)->role, u"銀行總裁"_qs);
}

void TestAttributionZh::scareQuotesAndTitlesAreNotQuotes()
{
    const Document doc = extract(QStringLiteral("scare_quotes.txt"));
    for (const Quote &quote : doc.quotes) {
        QVERIFY2(quote.kind == QuoteKind::Indirect, qPrintable(doc.quoteText(quote)));
    }
    QCOMPARE(doc.quotes.size(), 1);
}

void TestAttributionZh::reportedSpeechRunsToParagraphEnd()
{
    const Document doc = extract(QStringLiteral("reported_speech.txt"));
    QCOMPARE(doc.quotes.size(), 1);
    QVERIFY(doc.quoteText(doc.quotes.first()).endsWith(u"民眾應提早做好防颱準備。"_qs));
}

void TestAttributionZh::noiseTailNeverYieldsQuotes()
{
    const Document doc = extract(QStringLiteral("noise_tail.txt"));
    QCOMPARE(doc.quotes.size(), 1);
    int related = 0;
    for (const Noise &noise : doc.noise) {
        related += noise.kind == NoiseKind::Related;
    }
    QCOMPARE(related, 3);
}

void TestAttributionZh::shortFormResolvesToFullName()
{
    const Document doc = extract(QStringLiteral("short_form.txt"));
    QCOMPARE(doc.speakers.size(), 1);
    QCOMPARE(doc.speakers.first().name, u"郑明德"_qs);
    QCOMPARE(doc.speakers.first().quotes, 2);
}

QTEST_GUILESS_MAIN(TestAttributionZh)
#include "tst_attribution_zh.moc"
