// English themes against key phrases a reader would name, on invented articles (tests/data/keyphrases:
// NAME.txt and NAME.keys, one key phrase per line), scored as keyphrase benchmarks score: lower case,
// every word Porter-stemmed, exact match, F1 of the first ten themes, averaged over the articles.
// Also: people are no themes, inflections are one theme, capitalised names are one theme.
#include "extractor.h"
#include "golden.h"
#include "porter.h"

#include <QDir>
#include <QFile>
#include <QHashSeed>
#include <QRegularExpression>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/keyphrases");
}

Document extract(const QString &name)
{
    return Golden::extractOrFail(dataDir() + u'/' + name);
}

// "Streaming Services" -> "stream servic"
QString stemmed(const QString &phrase)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QStringList words;
    for (const QString &word : phrase.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        words.append(porterStem(word));
    }
    return words.join(u' ');
}

QStringList themeNames(const Document &doc)
{
    QStringList names;
    for (const Theme &theme : doc.themes) {
        names.append(theme.name);
    }
    return names;
}

} // namespace

class TestKeyPhrases final : public QObject
{
    Q_OBJECT

private slots:
    void porterStemmer_data();
    void porterStemmer();
    void themesMatchReadersKeyPhrases();
    void peopleAreNoThemes();
    void inflectionsAreOneTheme();
    void capitalisedNamesAreOneTheme();
    void wordsThatAreNoThemes();
    void themesDoNotDependOnHashOrder();
};

void TestKeyPhrases::porterStemmer_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    // Porter's own examples (1980) and the ones the benchmarks rely on.
    const char *const pairs[][2] = {
        {"caresses", "caress"},    {"ponies", "poni"},       {"cats", "cat"},          {"agreed", "agre"},
        {"plastered", "plaster"},  {"motoring", "motor"},    {"conflated", "conflat"}, {"hopping", "hop"},
        {"falling", "fall"},       {"filing", "file"},       {"happy", "happi"},       {"relational", "relat"},
        {"conditional", "condit"}, {"digitizer", "digit"},   {"operator", "oper"},     {"hopefulness", "hope"},
        {"formalize", "formal"},   {"electrical", "electr"}, {"adjustment", "adjust"}, {"adoption", "adopt"},
        {"controll", "control"},   {"streaming", "stream"},  {"streams", "stream"},    {"arms", "arm"},
    };
    for (const auto &pair : pairs) {
        QTest::newRow(pair[0]) << QString::fromLatin1(pair[0]) << QString::fromLatin1(pair[1]);
    }
}

void TestKeyPhrases::porterStemmer()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(porterStem(word), stem);
}

void TestKeyPhrases::themesMatchReadersKeyPhrases()
{
    const QStringList articles = QDir(dataDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(articles.size() >= 5);
    double sum = 0.0;
    for (const QString &article : articles) {
        QFile keys(dataDir() + u'/' + QString(article).replace(u".txt"_qs, u".keys"_qs));
        QVERIFY(keys.open(QIODevice::ReadOnly));
        QSet<QString> gold;
        for (const QString &line : QString::fromUtf8(keys.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            gold.insert(stemmed(line));
        }
        const QStringList names = themeNames(extract(article)).mid(0, 10);
        QSet<QString> found;
        for (const QString &name : names) {
            found.insert(stemmed(name));
        }
        const double hits = double((found & gold).size());
        const double precision = hits / 10.0;
        const double recall = hits / double(gold.size());
        const double f1 = hits > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        qInfo("%s F1@10 %.2f: %s", qPrintable(article), f1, qPrintable(names.join(u", ")));
        sum += f1;
    }
    const double mean = sum / double(articles.size());
    qInfo("mean F1@10 %.3f", mean);
    // The engine before these themes scored 0.236 here; this one 0.382.
    QVERIFY2(mean >= 0.33, qPrintable(QString::number(mean)));
}

void TestKeyPhrases::peopleAreNoThemes()
{
    for (const QString &article :
         {u"streaming.txt"_qs, u"wildfire.txt"_qs, u"transit.txt"_qs, u"chipmaker.txt"_qs, u"vaccine.txt"_qs}) {
        const QStringList names = themeNames(extract(article));
        for (const QString &person : {u"Lopez"_qs, u"Maria"_qs, u"Papadakis"_qs, u"Okafor"_qs, u"Daniel"_qs, u"Park"_qs,
                                      u"Helen Park"_qs, u"Hassan"_qs, u"Amina Hassan"_qs}) {
            QVERIFY2(!names.contains(person), qPrintable(article + u": " + names.join(u", ")));
        }
    }
}

void TestKeyPhrases::inflectionsAreOneTheme()
{
    const QStringList names = themeNames(extract(u"streaming.txt"_qs));
    QStringList stems;
    for (const QString &name : names) {
        stems.append(stemmed(name));
    }
    QVERIFY2(stems.count(u"stream"_qs) <= 1, qPrintable(names.join(u", ")));
    QCOMPARE(stems.removeDuplicates(), qsizetype(0));
}

void TestKeyPhrases::capitalisedNamesAreOneTheme()
{
    const QStringList streaming = themeNames(extract(u"streaming.txt"_qs));
    QVERIFY2(streaming.contains(u"San Francisco"_qs), qPrintable(streaming.join(u", ")));
    QVERIFY2(!streaming.contains(u"San"_qs) && !streaming.contains(u"Francisco"_qs), qPrintable(streaming.join(u", ")));
    const QStringList chips = themeNames(extract(u"chipmaker.txt"_qs));
    QVERIFY2(!chips.contains(u"States"_qs), qPrintable(chips.join(u", ")));
}

void TestKeyPhrases::wordsThatAreNoThemes()
{
    for (const QString &article : {u"streaming.txt"_qs, u"transit.txt"_qs, u"vaccine.txt"_qs}) {
        for (const QString &name : themeNames(extract(article))) {
            const QString lower = name.toLower();
            QVERIFY2(!lower.contains(u'\'') && !lower.contains(u'’'), qPrintable(name)); // shouldn't, we're
            for (const QString &generic : {u"said"_qs, u"added"_qs, u"expected"_qs, u"early"_qs, u"about"_qs}) {
                QVERIFY2(lower != generic, qPrintable(article + u": " + name));
            }
        }
    }
}

// QHash's order changes with its seed, which differs between runs of the program: the themes and the
// forms each matches must not.
void TestKeyPhrases::themesDoNotDependOnHashOrder()
{
    const auto themesOf = [](const QString &article) {
        QStringList themes;
        for (const Theme &theme : extract(article).themes) {
            themes.append(theme.name + u" = " + theme.terms.join(u" | "));
        }
        return themes;
    };
    // Every article of the check, and one whose theme is written in forms that cover one another
    // (design, designer, designers: a plural is matched with its singular).
    QStringList articles = QDir(dataDir()).entryList({u"*.txt"_qs}, QDir::Files, QDir::Name);
    QVERIFY(!articles.isEmpty());
    articles.append(u"../keyphrase-forms/design_school.txt"_qs);
    for (const QString &article : articles) {
        QHashSeed::setDeterministicGlobalSeed();
        const QStringList first = themesOf(article);
        for (int run = 0; run < 8; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            QCOMPARE(themesOf(article), first);
        }
    }
    QHashSeed::resetRandomGlobalSeed();
}

QTEST_GUILESS_MAIN(TestKeyPhrases)
#include "tst_keyphrases.moc"
