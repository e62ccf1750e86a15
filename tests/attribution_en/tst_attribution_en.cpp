// English quotes and speakers: one small article of our own per phenomenon, run through the whole
// pipeline and compared with a golden file of compact lines. QUOTEREADER_REGENERATE=1 rewrites them.
#include "attribution/attribution.h"
#include "extractor.h"
#include "golden.h"
#include "paragraphs.h"

#include <QDir>
#include <QTest>

using namespace QuoteReader;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/attribution_en");
}

// An English document of one paragraph per line (the first the headline when `titled`),
// attributed with some rules left out.
Document attributed(const QString &text, const QStringList &disabledRules = {}, bool titled = false)
{
    Document doc = Test::paragraphsOf(text, QStringLiteral("en"));
    if (titled && !doc.blocks.isEmpty()) {
        // The first line is the headline: a title block, outside the section's paragraphs.
        doc.blocks.first() = Block{BlockKind::Title, doc.blocks.first().range, -1, -1};
        for (qsizetype b = 1; b < doc.blocks.size(); ++b) {
            --doc.blocks[b].paragraph;
        }
        --doc.sections.first().paragraphs;
    }
    attributeQuotes(doc, AttributionOptions{disabledRules});
    return doc;
}

const Quote *quoteOf(const Document &doc, const QString &words)
{
    for (const Quote &quote : doc.quotes) {
        if (doc.quoteText(quote) == words) {
            return &quote;
        }
    }
    return nullptr;
}

} // namespace

class TestAttributionEn final : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void apostrophesAreNotQuoteMarks();
    void pronounCarriesLastSpeaker();
    void scareQuotesAreNotQuotes();
    void quotesOnlyComeFromParagraphs();
    void ruleTakesItsPattern_data();
    void ruleTakesItsPattern();
    void everyRuleIsTested();
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
                                             Golden::withSuffix(dataDir() + u'/' + article,
                                                                QStringLiteral(".expected")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestAttributionEn::apostrophesAreNotQuoteMarks()
{
    const ExtractResult result = extractFile(dataDir() + QStringLiteral("/apostrophes.txt"));
    QVERIFY(result.ok());
    const Document &doc = *result.document;
    QCOMPARE(doc.quotes.size(), 2);
    QCOMPARE(doc.quoteText(doc.quotes.at(0)),
             QStringLiteral("We didn’t play our best game, but the players didn’t give up"));
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
    // A characterisation with its speaker ("The organisers called the weekend a “great
    // success”") is reported speech, as the annotated news corpora count it; the name, the title
    // and the so-called phrase on their own are not quotes.
    const ExtractResult result = extractFile(dataDir() + QStringLiteral("/scare_quotes.txt"));
    QVERIFY(result.ok());
    const Document &doc = *result.document;
    for (const Quote &quote : doc.quotes) {
        const QString words = doc.quoteText(quote);
        QVERIFY2(!words.contains(u"summer of music"_s) && !words.contains(u"Northern Lights"_s), qPrintable(words));
    }
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

namespace {

// One or two invented sentences per rule, with the quote the rule takes from them and the rules
// that would take the pattern first (left out so that the rule under test is reached).
struct RuleCase {
    QString rule;
    QString text; // one paragraph per line
    QString words;
    QString speaker;
    QStringList disabled;
    bool titled = false; // the first line is the headline
};

QList<RuleCase> ruleCases()
{
    const QString harbour = u"The harbour will reopen next week"_s;
    const QString ferries = u"The harbour will reopen next week, and the ferries will run again."_s;
    return {
        {u"headline"_s,
         u"Harbour Will Reopen Next Week, Mayor Tom Baker Says\nThe ferries are ready."_s,
         u"Harbour Will Reopen Next Week"_s,
         u"Tom Baker"_s,
         {},
         true},
        {u"transcript"_s, u"BAKER: The harbour will reopen next week."_s, harbour + u'.', u"BAKER"_s, {}},
        {u"signature"_s,
         u"“The new bridge has changed my commute.” ― Maria Lopez"_s,
         u"The new bridge has changed my commute."_s,
         u"Maria Lopez"_s,
         {}},
        {u"cue-after"_s,
         u"“The harbour will reopen next week,” said Tom Baker, the port director."_s,
         harbour,
         u"Tom Baker"_s,
         {}},
        {u"cue-before"_s,
         u"Tom Baker told reporters: “The harbour will reopen next week.”"_s,
         harbour + u'.',
         u"Tom Baker"_s,
         {}},
        {u"name-colon"_s, u"Tom Baker: “The harbour will reopen next week.”"_s, harbour + u'.', u"Tom Baker"_s, {}},
        {u"according-to"_s,
         u"According to the port authority, the harbour will reopen next week."_s,
         u"the harbour will reopen next week"_s,
         u"port authority"_s,
         {}},
        {u"adding"_s,
         u"“We are ready,” Tom Baker said, adding that the ferries would run again."_s,
         u"the ferries would run again"_s,
         u"Tom Baker"_s,
         {}},
        {u"interrupted"_s,
         u"The harbour, Tom Baker said, will reopen next week after the repairs."_s,
         u"will reopen next week after the repairs"_s,
         u"Tom Baker"_s,
         {}},
        {u"reported-before-cue"_s,
         u"The harbour will reopen next week, Tom Baker said."_s,
         harbour,
         u"Tom Baker"_s,
         {}},
        {u"reported"_s,
         u"Tom Baker said the harbour would reopen next week."_s,
         u"the harbour would reopen next week"_s,
         u"Tom Baker"_s,
         {}},
        {u"participle"_s,
         u"Tom Baker visited the quay on Monday, saying the harbour would reopen."_s,
         u"the harbour would reopen"_s,
         u"Tom Baker"_s,
         {u"reported"_s}},
        {u"pronoun"_s,
         u"Tom Baker walked along the quay. “The harbour will reopen next week,” he said."_s,
         harbour,
         u"Tom Baker"_s,
         {}},
        {u"continued-quotation"_s,
         u"“"_s + ferries + u"\n“We expect the first ships on Monday,” Tom Baker said."_s,
         ferries,
         u"Tom Baker"_s,
         {}},
        {u"introduction"_s, u"Tom Baker told the crowd:\n“"_s + ferries + u"”"_s, ferries, u"Tom Baker"_s, {}},
        {u"sentence-subject"_s,
         u"Tom Baker pointed to the empty quay. “The harbour will reopen next week.”"_s,
         harbour + u'.',
         u"Tom Baker"_s,
         {}},
        {u"paragraph-end"_s,
         u"Tom Baker walked along the empty quay on Monday.\n“The harbour will reopen next week.”"_s,
         harbour + u'.',
         u"Tom Baker"_s,
         {}},
        {u"uncued-continuation"_s,
         u"“We are ready,” Tom Baker said.\n“"_s + ferries + u"”"_s,
         ferries,
         u"Tom Baker"_s,
         {}},
    };
}

} // namespace

void TestAttributionEn::ruleTakesItsPattern_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QStringList>("disabled");
    QTest::addColumn<bool>("titled");
    for (const RuleCase &c : ruleCases()) {
        QTest::newRow(qPrintable(c.rule)) << c.rule << c.text << c.words << c.speaker << c.disabled << c.titled;
    }
}

// Each rule takes its own pattern, and only that rule: left out, the quote is not its.
void TestAttributionEn::ruleTakesItsPattern()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, speaker);
    QFETCH(QStringList, disabled);
    QFETCH(bool, titled);

    const Document doc = attributed(text, disabled, titled);
    const Quote *quote = quoteOf(doc, words);
    QVERIFY2(quote, qPrintable(Golden::describeQuotes(doc)));
    QCOMPARE(quote->rule, rule);
    QVERIFY(doc.speakerOf(*quote));
    QCOMPARE(doc.speakerOf(*quote)->name, speaker);

    const Document without = attributed(text, disabled + QStringList{rule}, titled);
    const Quote *other = quoteOf(without, words);
    QVERIFY2(!other || other->rule != rule, qPrintable(Golden::describeQuotes(without)));
}

void TestAttributionEn::everyRuleIsTested()
{
    QStringList tested;
    for (const RuleCase &c : ruleCases()) {
        tested.append(c.rule);
    }
    QCOMPARE(tested, attributionRules(u"en"_s));
}

QTEST_GUILESS_MAIN(TestAttributionEn)
#include "tst_attribution_en.moc"
