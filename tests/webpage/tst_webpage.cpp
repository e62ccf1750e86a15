// Web pages: the article found among menus, teasers, comments, captions and boilerplate; every
// line kept as the article's or as noise of a named kind; quotes only from the article; the text
// `--format article` writes. Golden files hold the classified blocks of small invented pages.
#include "articletext.h"
#include "extractor.h"
#include "golden.h"
#include "loader.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/webpage");
}

Document extract(const QString &name)
{
    return Golden::extractOrFail(dataDir() + u'/' + name);
}

QStringList linesOf(const Document &doc, BlockKind kind)
{
    QStringList lines;
    for (const Block &block : doc.blocks) {
        if (block.kind == kind) {
            lines.append(doc.textOf(block.range).toString());
        }
    }
    return lines;
}

bool articleContains(const Document &doc, QStringView words)
{
    return articleText(doc).contains(words);
}

} // namespace

class TestWebPage final : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void menusAndTeasersAreNamedNoise();
    void commentsAreNoiseAndYieldNoQuotes();
    void formIsTransparentAndListInArticleIsText();
    void figureIsCaptionHiddenIsBoilerplate();
    void embeddedPostStaysInArticle();
    void declaredBodyCorrectsTheChoice();
    void pageTitleIsNotABodyLine();
    void articleTextIsTitleHeadingsAndParagraphs();
    void pageOfLinksOnlyIsRefused();
    void deepNesting_staysBounded();
};

void TestWebPage::matchesGolden_data()
{
    QTest::addColumn<QString>("page");
    const QStringList pages = QDir(dataDir()).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY(!pages.isEmpty());
    for (const QString &name : pages) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestWebPage::matchesGolden()
{
    QFETCH(QString, page);
    const Document doc = extract(page);
    const QString mismatch = Golden::compare(Golden::describeStructure(doc),
                                             Golden::withSuffix(dataDir() + u'/' + page, QStringLiteral(".expected")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestWebPage::menusAndTeasersAreNamedNoise()
{
    const Document doc = extract(QStringLiteral("menus_and_teasers.html"));
    QCOMPARE(doc.title, u"Riverside library reopens after flood repairs"_qs);
    QVERIFY(linesOf(doc, BlockKind::Navigation).contains(u"Home › News › Local"_qs));
    QVERIFY(linesOf(doc, BlockKind::Related).contains(u"Ferry fares rise for the first time in a decade"_qs));
    QVERIFY(linesOf(doc, BlockKind::Related)
                .contains(u"Commuters will pay fifty cents more from July, the port authority said."_qs));
    QVERIFY(linesOf(doc, BlockKind::Boilerplate).contains(u"© 2023 The Valley Courier. All rights reserved."_qs));
    QCOMPARE(linesOf(doc, BlockKind::Paragraph).size(), 4);
    // The teaser's "said" is not a quote: it is noise.
    for (const Quote &quote : doc.quotes) {
        QVERIFY2(!doc.quoteText(quote).contains(u"fifty cents"), qPrintable(doc.quoteText(quote)));
    }
}

void TestWebPage::commentsAreNoiseAndYieldNoQuotes()
{
    const Document doc = extract(QStringLiteral("comments.html"));
    QVERIFY(linesOf(doc, BlockKind::Comments).size() >= 3);
    QVERIFY(!articleContains(doc, u"Finally"));
    QVERIFY(!doc.quotes.isEmpty());
    for (const Quote &quote : doc.quotes) {
        const QString text = doc.quoteText(quote);
        QVERIFY2(!text.contains(u"Finally") && !text.contains(u"stop driving"), qPrintable(text));
    }
    QVERIFY(std::any_of(doc.noise.cbegin(), doc.noise.cend(),
                        [](const Noise &n) { return n.kind == NoiseKind::Comments; }));
}

void TestWebPage::formIsTransparentAndListInArticleIsText()
{
    const Document doc = extract(QStringLiteral("form_wrapped.html"));
    const QString article = articleText(doc);
    QVERIFY2(article.contains(u"More than 12,000 visitors"), qPrintable(article));
    QVERIFY2(article.contains(u"Largest pumpkin: 412 kilograms, Oak Hollow farm"), qPrintable(article));
    QVERIFY2(!article.contains(u"Classifieds"), qPrintable(article));
}

void TestWebPage::figureIsCaptionHiddenIsBoilerplate()
{
    const Document doc = extract(QStringLiteral("figures_hidden_embed.html"));
    QVERIFY(linesOf(doc, BlockKind::Caption)
                .contains(u"The oldest lime tree on the square is about 250 years old. Photo: Town archive"_qs));
    const QStringList boilerplate = linesOf(doc, BlockKind::Boilerplate);
    QVERIFY(boilerplate.contains(
        u"Thank you for subscribing to our newsletter, we will be in touch with more stories soon."_qs));
    QVERIFY(boilerplate.contains(u"Advertisement"_qs));
    QVERIFY(linesOf(doc, BlockKind::Related).contains(u"Park benches get a fresh coat of paint"_qs));
    QVERIFY(!articleContains(doc, u"Share on Facebook"));
    QVERIFY(!articleContains(doc, u"cookies"));
    QVERIFY(!articleContains(doc, u"June 3, 2022"));
}

void TestWebPage::embeddedPostStaysInArticle()
{
    const Document doc = extract(QStringLiteral("figures_hidden_embed.html"));
    QVERIFY(articleContains(doc, u"Every single tree in the old town is now on our map."));
}

void TestWebPage::declaredBodyCorrectsTheChoice()
{
    const Document doc = extract(QStringLiteral("declared_body.html"));
    const QString article = articleText(doc);
    QVERIFY2(article.contains(u"The municipal ice rink opened two weeks early"), qPrintable(article));
    QVERIFY2(!article.contains(u"Letters to the editor"), qPrintable(article));
}

void TestWebPage::pageTitleIsNotABodyLine()
{
    // The <title> carries the site's name; the headline is the <h1>, and the <title> is no line of the text.
    const Document menus = extract(QStringLiteral("menus_and_teasers.html"));
    QVERIFY(!menus.text.contains(u"| The Valley Courier"));
    // Without a headline in the page, the <title> is the title, the site's name taken off.
    const Document form = extract(QStringLiteral("form_wrapped.html"));
    QCOMPARE(form.title, u"Harvest festival draws record crowd"_qs);
    QCOMPARE(linesOf(form, BlockKind::Title), QStringList{u"Harvest festival draws record crowd"_qs});
    QCOMPARE(linesOf(form, BlockKind::Paragraph).count(u"Harvest festival draws record crowd"_qs), 0);
}

void TestWebPage::articleTextIsTitleHeadingsAndParagraphs()
{
    const Document doc = extract(QStringLiteral("comments.html"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ArticleTextWriter().write(QuoteSelection::all(doc), &buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(u'\n');
    QCOMPARE(lines.first(), u"Night trains return to the coast line"_qs);
    QCOMPARE(lines.size(), 5); // the title, three paragraphs and the final line end
    QVERIFY(lines.last().isEmpty());
    QVERIFY(lines.at(3).startsWith(u"Tickets for a couchette"));
}

void TestWebPage::pageOfLinksOnlyIsRefused()
{
    const QByteArray page("<html><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a></nav>"
                          "<ul class='menu'><li><a href='/c'>Weather</a></li></ul></body></html>");
    const LoadResult result = decodeArticle(page, u"links.html"_qs);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"links.html: the page holds no article text"), qPrintable(result.error));
}

void TestWebPage::deepNesting_staysBounded()
{
    // Unclosed elements pile up: the tree is capped, closing tags look only a bounded way down.
    const int n = 200000;
    QByteArray page = QByteArray("<div class='a'><span>").repeated(n);
    page += QByteArray("<p>Text of the article, long enough to count, and with a comma.</p></span>").repeated(2000);
    LoadOptions options;
    options.maxLineLength = 64 * 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = decodeArticle(page, u"deep.html"_qs, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    QVERIFY(result.loaded->text.contains(u"Text of the article"));
}

QTEST_GUILESS_MAIN(TestWebPage)
#include "tst_webpage.moc"
