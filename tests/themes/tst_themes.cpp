// Themes: key terms found in the article's paragraphs, user theme files, and which quotes carry
// which theme. The articles here are sentences written for the tests, one Paragraph block a line.
#include "extractor.h"
#include "lexicon.h"
#include "themes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/themes/") + name;
}

// A document with one block per line; `noise` lines become Related blocks (teasers of other articles).
Document makeDocument(const QString &language, const QStringList &lines, const QStringList &noise = {})
{
    Document doc;
    doc.language = language;
    int paragraph = 0;
    const auto add = [&doc](const QString &line, BlockKind kind, int number) {
        if (!doc.text.isEmpty()) {
            doc.text += u'\n';
        }
        Block block;
        block.kind = kind;
        block.range = {doc.text.size(), doc.text.size() + line.size()};
        block.section = kind == BlockKind::Paragraph ? 0 : -1;
        block.paragraph = number;
        doc.text += line;
        doc.blocks.append(block);
    };
    for (const QString &line : lines) {
        add(line, BlockKind::Paragraph, paragraph++);
    }
    for (const QString &line : noise) {
        add(line, BlockKind::Related, -1);
    }
    return doc;
}

// Adds a quote over the first occurrence of `words` in the text.
void addQuote(Document &doc, const QString &words)
{
    const qsizetype at = doc.text.indexOf(words);
    QVERIFY2(at >= 0, qPrintable(words));
    Quote quote;
    quote.range = {at, at + words.size()};
    doc.quotes.append(quote);
}

QStringList keyTermNames(const Document &doc)
{
    QStringList names;
    for (const Theme &theme : doc.themes) {
        if (!theme.userDefined) {
            names.append(theme.name);
        }
    }
    return names;
}

Theme userTheme(const QString &name, const QStringList &terms)
{
    return Theme{name, terms, true, 0};
}

} // namespace

class TestThemes final : public QObject
{
    Q_OBJECT

private slots:
    void keyTerms_findTopicalWordNotStopWord_data();
    void keyTerms_findTopicalWordNotStopWord();
    void keyTerms_ignoreNoiseBlocks_data();
    void keyTerms_ignoreNoiseBlocks();
    void keyTerms_mergeEnglishPlural();
    void keyTerms_longDocumentTakesTermsFromItsWholeLength();
    void userThemes_loadInFileOrder();
    void userThemes_badFileNamesFileAndReason_data();
    void userThemes_badFileNamesFileAndReason();
    void userThemes_roundTripThroughJson();
    void quotes_carryMatchingThemes_data();
    void quotes_carryMatchingThemes();
    void seedArticle_keyTermsAreArticleWords();
};

void TestThemes::keyTerms_findTopicalWordNotStopWord_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("never");

    QTest::newRow("traditional") << QStringLiteral("zh-Hant")
                                 << QStringList{
                                        QStringLiteral("政府今天公布新的電動車補貼方案，希望推動電動車產業發展。"),
                                        QStringLiteral("業者表示，電動車的電池成本仍然偏高，但是充電站正在快速增加。"),
                                        QStringLiteral("專家認為，電動車市場明年可望成長，電池技術也會持續進步。"),
                                        QStringLiteral("他們表示，電池回收也是必須解決的問題。"),
                                    }
                                 << QStringLiteral("電池")
                                 << QStringList{QStringLiteral("表示"), QStringLiteral("認為"),
                                                QStringLiteral("他們")};
    QTest::newRow("simplified") << QStringLiteral("zh-Hans")
                                << QStringList{
                                       QStringLiteral("研究团队利用卫星图像监测森林火灾，发现火灾面积逐年扩大。"),
                                       QStringLiteral("他们表示，卫星可以在几分钟内发现新的火点。"),
                                       QStringLiteral("专家认为，卫星监测森林的成本已经大幅下降。"),
                                   }
                                << QStringLiteral("卫星")
                                << QStringList{QStringLiteral("表示"), QStringLiteral("他们"),
                                               QStringLiteral("已经")};
    QTest::newRow("english") << QStringLiteral("en")
                             << QStringList{
                                    QStringLiteral("The city council voted on Monday to expand the bicycle lanes downtown."),
                                    QStringLiteral("Supporters said the lanes would make cycling safer for commuters."),
                                    QStringLiteral("The council also asked engineers to study how the lanes affect buses."),
                                    QStringLiteral("Some shop owners said that they were worried about parking and the lanes."),
                                }
                             << QStringLiteral("lanes") // as the article writes it, not made singular
                             << QStringList{QStringLiteral("the"), QStringLiteral("said"), QStringLiteral("they")};
}

void TestThemes::keyTerms_findTopicalWordNotStopWord()
{
    QFETCH(QString, language);
    QFETCH(QStringList, lines);
    QFETCH(QString, expected);
    QFETCH(QStringList, never);

    Document doc = makeDocument(language, lines);
    findThemes(doc, {});
    const QStringList names = keyTermNames(doc);
    QVERIFY2(names.contains(expected), qPrintable(names.join(u", ")));
    for (const QString &word : std::as_const(never)) {
        QVERIFY2(!names.contains(word, Qt::CaseInsensitive), qPrintable(word + u" in " + names.join(u", ")));
    }
    QVERIFY(names.size() <= 12);
    for (const Theme &theme : std::as_const(doc.themes)) {
        QCOMPARE(theme.terms.first(), theme.name); // then the other ways the article writes it
        QVERIFY(!theme.userDefined);
        // Single characters and numbers are never terms.
        QVERIFY2(theme.name.size() > 1, qPrintable(theme.name));
        QVERIFY2(!theme.name.front().isDigit(), qPrintable(theme.name));
    }
}

void TestThemes::keyTerms_ignoreNoiseBlocks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("noise");
    QTest::addColumn<QString>("noiseWord");

    QTest::newRow("chinese") << QStringLiteral("zh-Hant")
                             << QStringList{QStringLiteral("市政府宣布捷運新路線將在明年通車，捷運票價維持不變。"),
                                            QStringLiteral("居民認為捷運通車後交通會更方便。")}
                             << QStringList{QStringLiteral("足球明星轉會足球俱樂部，足球迷關注足球賽事"),
                                            QStringLiteral("足球聯賽足球冠軍足球比賽")}
                             << QStringLiteral("足球");
    QTest::newRow("english") << QStringLiteral("en")
                             << QStringList{QStringLiteral("The museum reopened its painting gallery after repairs."),
                                            QStringLiteral(
                                                "Visitors praised the gallery and its restored painting collection.")}
                             << QStringList{QStringLiteral("Football scores: football league, football transfers"),
                                            QStringLiteral("More football: football highlights")}
                             << QStringLiteral("football");
}

void TestThemes::keyTerms_ignoreNoiseBlocks()
{
    QFETCH(QString, language);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, noise);
    QFETCH(QString, noiseWord);

    Document doc = makeDocument(language, lines, noise);
    findThemes(doc, {});
    const QStringList names = keyTermNames(doc);
    QVERIFY2(!names.isEmpty(), "the paragraphs have repeated topical words");
    QVERIFY2(!names.contains(noiseWord, Qt::CaseInsensitive), qPrintable(names.join(u", ")));

    // The same lines as paragraphs do make the word a theme: the test tells noise apart, not the word.
    Document asArticle = makeDocument(language, lines + noise);
    findThemes(asArticle, {});
    QVERIFY2(keyTermNames(asArticle).contains(noiseWord, Qt::CaseInsensitive),
             qPrintable(keyTermNames(asArticle).join(u", ")));
}

void TestThemes::keyTerms_mergeEnglishPlural()
{
    Document doc = makeDocument(QStringLiteral("en"),
                                {QStringLiteral("Farmers planted new orchards of apple trees this spring."),
                                 QStringLiteral("One orchard lost most of its trees to frost."),
                                 QStringLiteral("The orchards need bees, and the orchard owners rent hives.")});
    findThemes(doc, {});
    const QStringList names = keyTermNames(doc);
    QVERIFY2(names.contains(QStringLiteral("orchard")), qPrintable(names.join(u", ")));
    QVERIFY2(!names.contains(QStringLiteral("orchards")), qPrintable(names.join(u", ")));
}

void TestThemes::keyTerms_longDocumentTakesTermsFromItsWholeLength()
{
    // Two stories of about 300,000 characters each, one after the other: longer than the text that is
    // segmented whole, so the key terms come from a sample. It must be drawn from the whole length,
    // not the opening: both subjects are found, and a quote near the end carries its theme.
    const QStringList first = {
        u"The city council voted on Monday to expand the bicycle lanes downtown."_qs,
        u"Supporters said the lanes would make cycling safer for commuters."_qs,
        u"The council also asked engineers to study how the lanes affect buses."_qs,
    };
    const QStringList second = {
        u"The regional hospital hired forty nurses after a winter of long shifts."_qs,
        u"Union leaders said the nurses had asked for the hires for two years."_qs,
        u"The hospital board expects the new nurses to shorten waiting times."_qs,
    };
    QStringList lines;
    qsizetype chars = 0;
    for (const QStringList *story : {&first, &second}) {
        for (qsizetype written = 0; written < 300000;) {
            for (const QString &line : *story) {
                lines.append(line);
                written += line.size() + 1;
            }
        }
        chars += 300000;
    }
    Document doc = makeDocument(u"en"_qs, lines);
    QVERIFY(doc.text.size() >= chars);
    const qsizetype lastNurses = doc.text.lastIndexOf(u"the new nurses"_qs);
    Quote quote;
    quote.range = {lastNurses, lastNurses + 14};
    doc.quotes.append(quote);
    findThemes(doc, {});
    const QStringList names = keyTermNames(doc);
    QVERIFY2(names.contains(u"lanes"_qs), qPrintable(names.join(u", ")));
    QVERIFY2(names.contains(u"nurses"_qs), qPrintable(names.join(u", ")));
    QVERIFY2(doc.quotes.at(0).themes.contains(u"nurses"_qs), qPrintable(doc.quotes.at(0).themes.join(u", ")));
}

void TestThemes::userThemes_loadInFileOrder()
{
    const ThemeFileResult result = loadThemeFile(dataPath(QStringLiteral("ordered.json")));
    QVERIFY2(result.themes.has_value(), qPrintable(result.error));
    const QList<Theme> &themes = *result.themes;
    QStringList names;
    for (const Theme &theme : themes) {
        names.append(theme.name);
        QVERIFY(theme.userDefined);
    }
    // Not sorted: the order the user wrote them in.
    QCOMPARE(names, (QStringList{QStringLiteral("能源"), QStringLiteral("Zebra crossing"), QStringLiteral("算力"),
                                 QStringLiteral("Alpha \"quoted\" \u00e9")}));
    QCOMPARE(themes.at(0).terms, (QStringList{QStringLiteral("電池"), QStringLiteral("充電")}));
    QCOMPARE(themes.at(2).terms, (QStringList{QStringLiteral("算力"), QStringLiteral("GPU"), QStringLiteral("芯片")}));
    QVERIFY(themes.at(3).terms.isEmpty());
}

void TestThemes::userThemes_badFileNamesFileAndReason_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing") << dataPath(QStringLiteral("no-such-file.json")) << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral(QUOTEREADER_TEST_DATA "/themes") << QStringLiteral("is a folder");
    QTest::newRow("empty file") << dataPath(QStringLiteral("bad-empty-file.json")) << QStringLiteral("is empty");
    QTest::newRow("syntax") << dataPath(QStringLiteral("bad-syntax.json"))
                            << QStringLiteral("is not valid JSON: illegal value at byte 22");
    QTest::newRow("not an object") << dataPath(QStringLiteral("bad-not-object.json"))
                                   << QStringLiteral("does not hold a JSON object");
    QTest::newRow("value not array") << dataPath(QStringLiteral("bad-value-not-array.json"))
                                     << QStringLiteral("gives the theme \"能源\" something other than an array");
    QTest::newRow("term not string") << dataPath(QStringLiteral("bad-term-not-string.json"))
                                     << QStringLiteral("term of the theme \"能源\" that is not a string");
    QTest::newRow("empty name") << dataPath(QStringLiteral("bad-empty-name.json"))
                                << QStringLiteral("has a theme with an empty name");
    QTest::newRow("empty term") << dataPath(QStringLiteral("bad-empty-term.json"))
                                << QStringLiteral("lists an empty term in the theme \"能源\"");
    QTest::newRow("duplicate name") << dataPath(QStringLiteral("bad-duplicate-name.json"))
                                    << QStringLiteral("names the theme \"能源\" twice");
}

void TestThemes::userThemes_badFileNamesFileAndReason()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const ThemeFileResult result = loadThemeFile(path);
    QVERIFY(!result.themes.has_value());
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    // One sentence.
    QVERIFY2(result.error.endsWith(u'.'), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u'\n'), qPrintable(result.error));
}

void TestThemes::userThemes_roundTripThroughJson()
{
    const QList<Theme> themes{userTheme(QStringLiteral("氣候"), {QStringLiteral("暖化"), QStringLiteral("碳排放")}),
                              userTheme(QStringLiteral("A \"back\\slash\"\ttab"), {QStringLiteral("line\nbreak")}),
                              userTheme(QStringLiteral("Empty"), {}),
                              userTheme(QStringLiteral("Alpha"), {QStringLiteral("a")})};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("themes.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(themesToJson(themes));
    file.close();

    const ThemeFileResult loaded = loadThemeFile(path);
    QVERIFY2(loaded.themes.has_value(), qPrintable(loaded.error));
    QCOMPARE(loaded.themes->size(), themes.size());
    for (qsizetype i = 0; i < themes.size(); ++i) {
        QCOMPARE(loaded.themes->at(i).name, themes.at(i).name);
        QCOMPARE(loaded.themes->at(i).terms, themes.at(i).terms);
    }
    QCOMPARE(themesToJson({}), QByteArray("{}\n"));
}

void TestThemes::quotes_carryMatchingThemes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<QList<Theme>>("userThemes");
    QTest::addColumn<QStringList>("expected"); // per quote, its themes joined with '|'
    QTest::addColumn<QList<int>>("counts");    // per user theme, how many quotes carry it

    const QList<Theme> compute{userTheme(QStringLiteral("算力"), {QStringLiteral("算力"), QStringLiteral("数据")}),
                               userTheme(QStringLiteral("硬件"), {QStringLiteral("GPU"), QStringLiteral("芯片")})};
    QTest::newRow("simplified terms in traditional text")
        << QStringLiteral("zh-Hant")
        << QStringList{QStringLiteral("工程師說：「數據中心的算力還不夠。」"),
                       QStringLiteral("她說：「我們買了新的gpu。」"), QStringLiteral("他說：「晶片不是問題。」")}
        << QStringList{QStringLiteral("數據中心的算力還不夠。"), QStringLiteral("我們買了新的gpu。"),
                       QStringLiteral("晶片不是問題。")}
        << compute << QStringList{QStringLiteral("算力"), QStringLiteral("硬件"), QString()} << QList<int>{1, 1};
    QTest::newRow("traditional terms in simplified text")
        << QStringLiteral("zh-Hans") << QStringList{QStringLiteral("工程师说：“数据中心需要更多芯片。”")}
        << QStringList{QStringLiteral("数据中心需要更多芯片。")}
        << QList<Theme>{userTheme(QStringLiteral("數據"), {QStringLiteral("數據")}),
                        userTheme(QStringLiteral("晶片"), {QStringLiteral("晶片")})}
        << QStringList{QStringLiteral("數據")} << QList<int>{1, 0};
    QTest::newRow("english word boundaries")
        << QStringLiteral("en")
        << QStringList{QStringLiteral("\"The party was fun,\" she said."),
                       QStringLiteral("\"Modern Art matters,\" he said."),
                       QStringLiteral("\"Arts funding and new policies help,\" they said."),
                       QStringLiteral("\"Startups smart about policy win,\" he added.")}
        << QStringList{QStringLiteral("The party was fun,"), QStringLiteral("Modern Art matters,"),
                       QStringLiteral("Arts funding and new policies help,"),
                       QStringLiteral("Startups smart about policy win,")}
        << QList<Theme>{userTheme(QStringLiteral("Art"), {QStringLiteral("art")}),
                        userTheme(QStringLiteral("Policy"), {QStringLiteral("policy")}),
                        userTheme(QStringLiteral("Fun"), {QStringLiteral("FUN"), QStringLiteral("party")})}
        << QStringList{QStringLiteral("Fun"), QStringLiteral("Art"), QStringLiteral("Art|Policy"),
                       QStringLiteral("Policy")}
        << QList<int>{2, 2, 1};
    QTest::newRow("latin term beside chinese characters")
        << QStringLiteral("zh-Hant")
        << QStringList{QStringLiteral("他說：「GPU晶片很貴。」"), QStringLiteral("她說：「GPUs不夠。」"),
                       QStringLiteral("他說：「XGPU是另一回事。」")}
        << QStringList{QStringLiteral("GPU晶片很貴。"), QStringLiteral("GPUs不夠。"),
                       QStringLiteral("XGPU是另一回事。")}
        << QList<Theme>{userTheme(QStringLiteral("GPU"), {QStringLiteral("gpu")})}
        << QStringList{QStringLiteral("GPU"), QStringLiteral("GPU"), QString()} << QList<int>{2};
}

void TestThemes::quotes_carryMatchingThemes()
{
    QFETCH(QString, language);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, quotes);
    QFETCH(QList<Theme>, userThemes);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, counts);

    Document doc = makeDocument(language, lines);
    for (const QString &words : std::as_const(quotes)) {
        addQuote(doc, words);
    }
    findThemes(doc, userThemes);

    // User themes come first, in their order, marked as the user's.
    QVERIFY(doc.themes.size() >= userThemes.size());
    for (qsizetype i = 0; i < userThemes.size(); ++i) {
        QCOMPARE(doc.themes.at(i).name, userThemes.at(i).name);
        QVERIFY(doc.themes.at(i).userDefined);
        QCOMPARE(doc.themes.at(i).quotes, counts.at(i));
    }
    // Only the user themes are checked here: key terms of these short texts are not the point.
    QStringList carried;
    for (const Quote &quote : std::as_const(doc.quotes)) {
        QStringList names;
        for (const QString &name : quote.themes) {
            if (std::any_of(userThemes.cbegin(), userThemes.cend(),
                            [&name](const Theme &t) { return t.name == name; })) {
                names.append(name);
            }
        }
        carried.append(names.join(u'|'));
    }
    QCOMPARE(carried, expected);

    // Every theme's count is the number of quotes carrying it, key terms included.
    for (const Theme &theme : std::as_const(doc.themes)) {
        const auto carrying = std::count_if(doc.quotes.cbegin(), doc.quotes.cend(),
                                            [&theme](const Quote &q) { return q.themes.contains(theme.name); });
        QCOMPARE(theme.quotes, int(carrying));
    }
}

void TestThemes::seedArticle_keyTermsAreArticleWords()
{
    const QString path = QStringLiteral(QUOTEREADER_SHARED_DIR "/corpus/dev/000_2a36feb4131a6024.txt");
    if (!QFile::exists(path)) {
        QSKIP("the shared corpus is not beside the repository");
    }
    const ExtractResult result = extractFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document &doc = *result.document;
    const QStringList names = keyTermNames(doc);
    QVERIFY2(names.size() >= 5, qPrintable(names.join(u", ")));
    QVERIFY(names.size() <= 12);

    const WordList zhStop = WordList::fromResource(QStringLiteral("zh/stopwords.txt"));
    const WordList enStop = WordList::fromResource(QStringLiteral("en/stopwords.txt"));
    QVERIFY(!zhStop.isEmpty() && !enStop.isEmpty());
    for (const QString &name : names) {
        QVERIFY2(doc.text.contains(name), qPrintable(name));
        QVERIFY2(!zhStop.contains(name) && !enStop.contains(name.toLower()), qPrintable(name));
        QVERIFY2(name.size() > 1, qPrintable(name));
    }
    for (const Quote &quote : doc.quotes) {
        for (const QString &theme : quote.themes) {
            QVERIFY2(doc.quoteText(quote).contains(theme, Qt::CaseInsensitive), qPrintable(theme));
        }
    }
    qInfo() << "seed key terms:" << names.join(u", ");
}

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
