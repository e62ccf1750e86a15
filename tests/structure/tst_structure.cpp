// Structure: title, headings, paragraphs, captions, bylines and the teaser tail, for Chinese and
// English articles in plain text and Markdown. Golden files hold the classified blocks.
#include "extractor.h"
#include "golden.h"

#include <QDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/structure");
}

Document extract(const QString &name)
{
    return Golden::extractOrFail(dataDir() + u'/' + name);
}

QStringList sectionTitles(const Document &doc)
{
    QStringList titles;
    for (const Section &section : doc.sections) {
        titles.append(section.title);
    }
    return titles;
}

QStringList linesOfKind(const Document &doc, BlockKind kind)
{
    QStringList lines;
    for (const Block &block : doc.blocks) {
        if (block.kind == kind) {
            lines.append(doc.textOf(block.range).toString());
        }
    }
    return lines;
}

} // namespace

class TestStructure final : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void questionLineIsHeading();
    void captionIsNoiseNotParagraph();
    void tailOfTeasersIsRelatedNoise();
    void gluedHeadlineIsSplitOff();
    void englishHeadlineIsTitle();
    void numberedMarkersStartSections();
    void markdownHeadingsStartSections();
    void closingCreditIsBylineNotTail_data();
    void closingCreditIsBylineNotTail();
    void teasersNeedEvidence();
};

void TestStructure::matchesGolden_data()
{
    QTest::addColumn<QString>("article");
    const QStringList articles = QDir(dataDir()).entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                                           QDir::Files, QDir::Name);
    QVERIFY(!articles.isEmpty());
    for (const QString &name : articles) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestStructure::matchesGolden()
{
    QFETCH(QString, article);
    const Document doc = extract(article);
    const QString mismatch = Golden::compare(Golden::describeStructure(doc),
                                             Golden::withSuffix(dataDir() + u'/' + article,
                                                                QStringLiteral(".expected")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestStructure::questionLineIsHeading()
{
    const Document doc = extract(QStringLiteral("headings_zh.txt"));
    QCOMPARE(sectionTitles(doc), (QStringList{QString(), u"招生人數創新高"_qs, u"宿舍是否足夠？"_qs}));
}

void TestStructure::captionIsNoiseNotParagraph()
{
    const Document doc = extract(QStringLiteral("headings_zh.txt"));
    QCOMPARE(toString(doc.blocks.at(1).kind), toString(BlockKind::Caption));
    QCOMPARE(doc.sections.first().paragraphs, 1);
    QCOMPARE(doc.noise.size(), 1);
    QCOMPARE(toString(doc.noise.first().kind), toString(NoiseKind::Caption));
}

void TestStructure::tailOfTeasersIsRelatedNoise()
{
    const Document doc = extract(QStringLiteral("noise_tail_zh.txt"));
    QCOMPARE(doc.blocks.size(), 6);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(toString(doc.blocks.at(i).kind), toString(BlockKind::Paragraph));
    }
    for (int i = 3; i < 6; ++i) {
        QCOMPARE(toString(doc.blocks.at(i).kind), toString(BlockKind::Related));
        QCOMPARE(doc.blocks.at(i).section, -1);
    }
}

void TestStructure::gluedHeadlineIsSplitOff()
{
    const Document doc = extract(QStringLiteral("glued_headline_zh.txt"));
    QCOMPARE(doc.title, u"城市公园改造工程完工 市民周末踏青"_qs);
    QCOMPARE(doc.blocks.size(), 2);
    QVERIFY(doc.textOf(doc.blocks.at(1).range).startsWith(u"新华社"_qs));
}

void TestStructure::englishHeadlineIsTitle()
{
    const Document doc = extract(QStringLiteral("headline_en.txt"));
    QCOMPARE(doc.title, u"City Council Approves New Bike Lanes Downtown"_qs);
    QCOMPARE(toString(doc.blocks.first().kind), toString(BlockKind::Title));
    QCOMPARE(toString(doc.blocks.last().kind), toString(BlockKind::Boilerplate));
    QCOMPARE(sectionTitles(doc), QStringList{QString()});
}

void TestStructure::numberedMarkersStartSections()
{
    const Document doc = extract(QStringLiteral("numbered_sections_zh.txt"));
    QCOMPARE(sectionTitles(doc), (QStringList{QString(), u"一、改善交通"_qs, u"二、照顧長者"_qs}));
    QCOMPARE(toString(doc.blocks.last().kind), toString(BlockKind::Byline));
}

void TestStructure::markdownHeadingsStartSections()
{
    const Document doc = extract(QStringLiteral("sections.md"));
    QCOMPARE(doc.title, u"Harbour Festival Returns"_qs);
    QCOMPARE(sectionTitles(doc), (QStringList{QString(), u"Food and music"_qs, u"Getting there"_qs}));
}

void TestStructure::closingCreditIsBylineNotTail_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<QString>("credit");
    QTest::newRow("agency after a dash") << u"credit_tail_en.txt"_qs << 3 << u"– Bloomberg"_qs;
    QTest::newRow("the article's only paragraph, a name in capitals")
        << u"one_paragraph_en.txt"_qs << 1 << u"JON BREAM"_qs;
    QTest::newRow("paragraphs without a full stop, then an ad label")
        << u"unfinished_lines_en.txt"_qs << 3 << QString();
}

// A headline without a full stop and a credit at the end are no run of teasers: the article stays whole.
void TestStructure::closingCreditIsBylineNotTail()
{
    QFETCH(QString, article);
    QFETCH(int, paragraphs);
    QFETCH(QString, credit);
    const Document doc = extract(article);
    QCOMPARE(toString(doc.blocks.first().kind), toString(BlockKind::Title));
    int found = 0;
    for (const Block &block : doc.blocks) {
        QVERIFY2(block.kind != BlockKind::Related, qPrintable(doc.textOf(block.range).toString()));
        found += block.kind == BlockKind::Paragraph;
    }
    QCOMPARE(found, paragraphs);
    const Block &last = doc.blocks.last();
    if (!credit.isEmpty()) {
        QCOMPARE(doc.textOf(last.range).toString(), credit);
        QCOMPARE(toString(last.kind), toString(BlockKind::Byline));
    } else {
        QCOMPARE(toString(last.kind), toString(BlockKind::Boilerplate));
    }
}

// Headlines of other articles after the article's end are a tail; the article's own lines are not.
void TestStructure::teasersNeedEvidence()
{
    const Document doc = extract(QStringLiteral("teaser_tail_en.txt"));
    QCOMPARE(linesOfKind(doc, BlockKind::Related).size(), 3);
    QCOMPARE(linesOfKind(doc, BlockKind::Paragraph).size(), 3);
}

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
