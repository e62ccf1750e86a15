// TermMatcher: every term of every theme found in one pass, with the word rules of a theme term
// (whole Latin words, plural endings). Checked on cases written by hand, and against the plain
// one-term-at-a-time search it replaces on random texts and terms.
#include "termmatcher.h"
#include "themes.h"

#include <QRandomGenerator>
#include <QTest>

using namespace QuoteReader;

namespace {

// The search the automaton replaced, kept as the reference: each occurrence of the term, at a word
// start when it starts with a Latin character, followed by nothing or a plural ending when it ends with one.
bool containsTerm(QStringView text, QStringView term)
{
    if (term.isEmpty()) {
        return false;
    }
    const bool wordStart = isLatinWordChar(term.front());
    const bool wordEnd = isLatinWordChar(term.back());
    const bool yWord = wordEnd && term.size() > 2 && term.endsWith(u'y');
    const QStringView needle = yWord ? term.chopped(1) : term;
    const auto wordEndsWith = [&text](qsizetype pos, QStringView tail) {
        qsizetype end = pos;
        while (end < text.size() && isLatinWordChar(text.at(end))) {
            ++end;
        }
        return end - pos == tail.size() && text.mid(pos, tail.size()) == tail;
    };
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (wordStart && at > 0 && isLatinWordChar(text.at(at - 1))) {
            continue;
        }
        const qsizetype after = at + needle.size();
        if (!wordEnd) {
            return true;
        }
        const bool found = yWord
                               ? (wordEndsWith(after, u"y") || wordEndsWith(after, u"ys")
                                  || wordEndsWith(after, u"ies"))
                               : (wordEndsWith(after, u"") || wordEndsWith(after, u"s") || wordEndsWith(after, u"es"));
        if (found) {
            return true;
        }
    }
    return false;
}

QList<int> oneTermAtATime(const QList<QStringList> &terms, QStringView text)
{
    QList<int> owners;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (std::any_of(terms.at(i).cbegin(), terms.at(i).cend(),
                        [&text](const QString &term) { return containsTerm(text, term); })) {
            owners.append(int(i));
        }
    }
    return owners;
}

} // namespace

class TestTermMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void findsTheOwnersOfTermsInText_data();
    void findsTheOwnersOfTermsInText();
    void agreesWithOneTermAtATime();
    void aHundredThousandOwnersOfTheSameTermAreAllFound();
    void emptyMatcherFindsNothing();
    void manyThemes_eachQuoteCarriesExactlyItsOwn();
};

void TestTermMatcher::findsTheOwnersOfTermsInText_data()
{
    QTest::addColumn<QList<QStringList>>("terms");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("owners");

    const QList<QStringList> classic = {{u"he"_qs}, {u"she"_qs}, {u"his"_qs}, {u"hers"_qs}};
    QTest::newRow("terms inside words are not Latin words") << classic << u"ushers"_qs << QList<int>{};
    QTest::newRow("whole words") << classic << u"she and hers"_qs << QList<int>{1, 3};
    QTest::newRow("plural endings") << QList<QStringList>{{u"market"_qs}, {u"tax"_qs}, {u"day"_qs}}
                                    << u"markets, taxes and days"_qs << QList<int>{0, 1, 2};
    QTest::newRow("y words") << QList<QStringList>{{u"policy"_qs}, {u"policy"_qs, u"zzz"_qs}, {u"polic"_qs}}
                             << u"new policies"_qs << QList<int>{0, 1};
    QTest::newRow("not a plural") << QList<QStringList>{{u"art"_qs}, {u"start"_qs}} << u"artist starts"_qs
                                  << QList<int>{1};
    QTest::newRow("Chinese terms anywhere, overlapping")
        << QList<QStringList>{{u"数据"_qs}, {u"据中心"_qs}, {u"中"_qs}} << u"数据中心"_qs << QList<int>{0, 1, 2};
    QTest::newRow("Latin term next to Han characters")
        << QList<QStringList>{{u"gpu"_qs}} << u"新的gpu晶片"_qs << QList<int>{0};
    QTest::newRow("a term is a suffix of another")
        << QList<QStringList>{{u"ab"_qs}, {u"cab"_qs}, {u"b c"_qs}} << u"x cab b c."_qs << QList<int>{1, 2};
    QTest::newRow("punctuation ends a word") << QList<QStringList>{{u"tea"_qs}} << u"(tea)."_qs << QList<int>{0};
    QTest::newRow("a term starting with punctuation")
        << QList<QStringList>{{u"#tag"_qs}} << u"x#tags"_qs << QList<int>{0};
}

void TestTermMatcher::findsTheOwnersOfTermsInText()
{
    QFETCH(QList<QStringList>, terms);
    QFETCH(QString, text);
    QFETCH(QList<int>, owners);
    QCOMPARE(TermMatcher(terms).ownersIn(text), owners);
    QCOMPARE(oneTermAtATime(terms, text), owners); // the reference agrees with the hand-made answer
}

void TestTermMatcher::agreesWithOneTermAtATime()
{
    // Small alphabets make overlaps, repeats, plural endings and word boundaries common.
    const QString alphabet = u"abesiy 中文.-"_qs;
    QRandomGenerator random(20261129);
    const auto randomText = [&](int maxLength) {
        QString s;
        const int length = int(random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            s += alphabet.at(random.bounded(int(alphabet.size())));
        }
        return s;
    };
    for (int trial = 0; trial < 3000; ++trial) {
        QList<QStringList> terms;
        const int owners = 1 + int(random.bounded(12));
        for (int o = 0; o < owners; ++o) {
            QStringList list;
            const int count = 1 + int(random.bounded(3));
            for (int t = 0; t < count; ++t) {
                list << randomText(5);
            }
            terms << list;
        }
        const TermMatcher matcher(terms);
        for (int t = 0; t < 5; ++t) {
            const QString text = randomText(40);
            const QList<int> expected = oneTermAtATime(terms, text);
            const QList<int> actual = matcher.ownersIn(text);
            if (actual != expected) {
                QString described;
                for (const QStringList &list : std::as_const(terms)) {
                    described += u"[" + list.join(u"|") + u"] ";
                }
                QFAIL(qPrintable(u"text \""_qs + text + u"\", terms "_qs + described));
            }
        }
    }
}

void TestTermMatcher::aHundredThousandOwnersOfTheSameTermAreAllFound()
{
    QList<QStringList> terms(100000, QStringList{u"tea"_qs});
    terms.append(QStringList{u"coffee"_qs});
    const QList<int> owners = TermMatcher(terms).ownersIn(u"green tea"_qs);
    QCOMPARE(owners.size(), 100000);
    QCOMPARE(owners.first(), 0);
    QCOMPARE(owners.last(), 99999);
}

void TestTermMatcher::emptyMatcherFindsNothing()
{
    QVERIFY(TermMatcher().ownersIn(u"anything"_qs).isEmpty());
    QVERIFY(TermMatcher({{}, {QString()}}).ownersIn(u"anything"_qs).isEmpty());
    QVERIFY(TermMatcher({{u"x"_qs}}).ownersIn(QStringView()).isEmpty());
}

// 4,000 quoted sentences of English; theme i is "zone<i>" and "w<i>x".
Document quotedSentences(int count)
{
    Document doc;
    doc.language = u"en"_qs;
    for (int i = 0; i < count; ++i) {
        const QString line = u"Officials said the plan for zone%1 would cost more than the city expected."_qs.arg(
            i % 997);
        Quote quote;
        quote.range = {doc.text.size(), doc.text.size() + line.size()};
        doc.quotes.append(quote);
        doc.text += line + u'\n';
    }
    return doc;
}

QList<Theme> numberedThemes(int count)
{
    QList<Theme> themes;
    for (int i = 0; i < count; ++i) {
        themes.append(Theme{u"theme %1"_qs.arg(i), {u"zone%1"_qs.arg(i), u"w%1x"_qs.arg(i)}, true, 0});
    }
    return themes;
}

void TestTermMatcher::manyThemes_eachQuoteCarriesExactlyItsOwn()
{
    // A hundred times the themes: searching each theme's terms in each quote took a hundred times as long
    // (75 s for 50,000 themes on these 4,000 quotes; minutes for 100,000 on a 12 MB article). What the
    // automaton costs is the benchmark's business (bench/: cli_themes, beside the CLI without themes);
    // here, the behaviour at that scale: every quote carries the themes its words hold, and only those.
    const auto carried = [](int themes) {
        Document doc = quotedSentences(4000);
        findThemes(doc, numberedThemes(themes));
        int count = 0;
        for (const Quote &quote : std::as_const(doc.quotes)) {
            count += int(quote.themes.size());
        }
        return count;
    };
    // Quote i names zone(i % 997) and no "w…x" term: with 500 themes the quotes of zones 0..499 carry
    // one theme each (4 × 500 of the first 3,988 quotes, and the last 12); with 50,000, every quote.
    QCOMPARE(carried(500), 2012);
    QCOMPARE(carried(50000), 4000);
}

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
