// The rules of Chinese attribution one at a time: each row is an invented sentence or two, the
// quote a rule must take from it, the rule's name and the speaker; and, for every rule, a near miss
// it must leave alone (a scare quote, a title, a blocked cue, a speaker nothing names). Run through
// attribution alone, on a document of one paragraph per line, so that a failure points at a rule.
#include "attribution/attribution.h"
#include "golden.h"
#include "language.h"
#include "paragraphs.h"

#include <QTest>

using namespace QuoteReader;
using namespace Qt::StringLiterals;

namespace {

// A document of one paragraph per line, in the script its text is written in, attributed with
// every rule of the Chinese profile.
Document attributed(const QString &text)
{
    Document doc = Test::paragraphsOf(text, detectLanguage(text));
    attributeQuotes(doc);
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

// The quote that shares at least one character with `words` where they stand in the text.
const Quote *quoteOverlapping(const Document &doc, const QString &words)
{
    const qsizetype at = doc.text.indexOf(words);
    if (at < 0) {
        return nullptr;
    }
    const TextRange range{at, at + words.size()};
    for (const Quote &quote : doc.quotes) {
        if (quote.range.overlaps(range)) {
            return &quote;
        }
    }
    return nullptr;
}

struct RuleCase {
    QString rule;
    QString name; // what the row shows, for the test's output
    QString text; // one paragraph per line
    QString words;
    QString speaker;
};

// Every rule's pattern, in invented sentences, in both scripts and both kinds of quotation marks.
QList<RuleCase> ruleCases()
{
    return {
        {u"colon"_s, u"interview turn"_s, u"記者：新車站何時啟用？\n林志遠：我們希望明年三月就能開始試運行。"_s,
         u"我們希望明年三月就能開始試運行。"_s, u"林志遠"_s},
        {u"colon"_s, u"quotation after a colon, no speech verb"_s,
         u"林志遠在留言簿上寫下：「這座城市值得更好的公車。」"_s, u"這座城市值得更好的公車。"_s, u"林志遠"_s},
        {u"colon"_s, u"a statement given after a colon that ends its paragraph"_s,
         u"交通局昨天發表聲明：\n新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s, u"交通局"_s},
        {u"cue-before"_s, u"verb and colon before the quotation"_s,
         u"交通局長林志遠表示：「新車站明年三月就會啟用。」"_s, u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"cue-before"_s, u"Simplified, curly marks"_s, u"交通局长林志远表示：“新车站明年三月就会启用。”"_s,
         u"新车站明年三月就会启用。"_s, u"林志远"_s},
        {u"cue-after"_s, u"verb after the quotation"_s, u"「新車站明年三月就會啟用。」交通局長林志遠昨天表示。"_s,
         u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"reported"_s, u"reported speech after the verb"_s, u"交通局長林志遠表示，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"reported"_s, u"a foreign name's last part stands for the name given in full"_s,
         u"約翰·克里斯托弗表示，新車站明年三月就會啟用。\n會議在下午結束。克里斯托弗又說，票價不會調整。"_s,
         u"票價不會調整。"_s, u"約翰·克里斯托弗"_s},
        {u"reported"_s, u"adverbs in a row between the speaker and the verb"_s,
         u"鐵路公司人士也都紛紛表示，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s, u"鐵路公司人士"_s},
        {u"reported"_s, u"what one asks another to say is the asker's"_s,
         u"市議員要求林志遠承諾，新車站明年三月就會啟用。"_s, u"林志遠承諾，新車站明年三月就會啟用。"_s, u"市議員"_s},
        {u"short-form"_s, u"a surname for a person a role introduced"_s,
         u"一名車站居民林先生昨晚趕到現場。林說，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s,
         u"林先生"_s},
        {u"short-form"_s, u"a long description before 的 and the person it describes"_s,
         u"有十二年年資、去年被調往負責新界西北各區巴士路線規劃工作小組（Route Team）的交通局工程師的林先生表示，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"林先生"_s},
        {u"uncued-continuation"_s, u"after narration that brings in no one"_s,
         u"交通局長林志遠表示，新車站明年三月就會啟用。\n由於工程進度良好，附近一帶都很熱鬧。「我們一定會準時完成。」"_s,
         u"我們一定會準時完成。"_s, u"林志遠"_s},
        {u"uncued-continuation"_s, u"short quotations in a row after a colon"_s,
         u"林志遠反覆稱：「我冇責任答你」、「今日唔答」；他更一度伸手擋鏡頭。"_s, u"今日唔答"_s, u"林志遠"_s},
        {u"uncued-continuation"_s, u"a cue without a subject right after the speaker's quote"_s,
         u"林志遠說：「呢個係假設性問題，我唔答呀！」接着激動說：「我要求你唔好再拍我呀！」"_s,
         u"我要求你唔好再拍我呀！"_s, u"林志遠"_s},
        {u"cue-before"_s, u"a prepositional phrase with 的 before the speaker, a foreign name after a role"_s,
         u"正如在香港的英國建築師約翰·克里斯托弗所言，「新車站明年三月就會啟用。」"_s, u"新車站明年三月就會啟用。"_s,
         u"約翰·克里斯托弗"_s},
        {u"cue-before"_s, u"a verb of telling, a named addressee and a colon"_s,
         u"交通局副局長林凱博士告訴海濱時報記者：「新車站明年三月就會啟用。」"_s, u"新車站明年三月就會啟用。"_s,
         u"林凱"_s},
        {u"reported"_s, u"the speaker publishes a statement that says it"_s,
         u"交通局長林志遠晚間發表聲明指出，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"reported"_s, u"a response made, then words said"_s, u"對此，交通局做出回應稱，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"交通局"_s},
        {u"reported"_s, u"a body as the speaker"_s, u"市政府交通局指出，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"市政府交通局"_s},
        {u"according-to"_s, u"據 X 透露"_s, u"據交通局長林志遠透露，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"according-to"_s, u"根據 X 的說法"_s, u"根據交通局長林志遠的說法，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"view"_s, u"在 X 看來"_s, u"在交通局長林志遠看來，新車站的設計並不合理。"_s, u"新車站的設計並不合理。"_s,
         u"林志遠"_s},
        {u"shared-subject"_s, u"a clause with no subject of its own"_s,
         u"交通局長林志遠昨天發表聲明，指新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s, u"林志遠"_s},
        {u"short-form"_s, u"a surname and a verb"_s,
         u"交通局長林志遠昨天到新車站視察。\n林指，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s,
         u"林志遠"_s},
        {u"anaphor"_s, u"該 and a role"_s,
         u"市政府交通局一位官員表示，工程進度比預期慢。\n該官員又指出，新車站明年三月才會啟用。"_s,
         u"新車站明年三月才會啟用。"_s, u"市政府交通局一位官員"_s},
        {u"pronoun"_s, u"他 for the person named before"_s,
         u"交通局長林志遠昨天到新車站視察。他表示，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用。"_s,
         u"林志遠"_s},
        {u"uncued-continuation"_s, u"a second quotation with no cue"_s,
         u"交通局長林志遠表示：「新車站明年三月就會啟用。」「我們也會增加公車班次。」"_s, u"我們也會增加公車班次。"_s,
         u"林志遠"_s},
        {u"uncued-continuation"_s, u"a paragraph that opens with a quotation"_s,
         u"交通局長林志遠表示：「新車站明年三月就會啟用。」\n「我們也會增加公車班次。」"_s, u"我們也會增加公車班次。"_s,
         u"林志遠"_s},
        {u"sentence-subject"_s, u"a person opens the sentence, no cue"_s,
         u"交通局長林志遠指著地圖上的新路線，「這條路線明年就會通車。」"_s, u"這條路線明年就會通車。"_s, u"林志遠"_s},
    };
}

// What a rule must not take, as a minimal pair: `hit` is the rule's pattern and gives a quote of the
// rule's holding `words`; `miss` changes the one thing that makes it no such quote (a scare quote, a
// title, a cue blocked or negated, a speaker nothing names), and then no quote at all holds `words`.
// A pair whose miss the engine still takes names the gap in `knownGap`: the row is an expected
// failure, and passes the day the engine learns it (then the mark is taken off).
struct NearMiss {
    QString rule;
    QString name;
    QString hit;
    QString miss;
    QString words;
    const char *knownGap = nullptr;
};

QList<NearMiss> nearMisses()
{
    const QString opening = u"交通局長林志遠表示：「新車站明年三月就會啟用。」"_s;
    return {
        {u"colon"_s, u"a byline is no interview turn"_s,
         u"記者：新車站何時啟用？\n林志遠：我們希望明年三月就能開始試運行。"_s,
         u"記者：林志遠\n我們希望明年三月就能開始試運行。"_s, u"我們希望明年三月就能開始試運行"_s},
        {u"cue-before"_s, u"a title in quotation marks"_s, u"交通局長林志遠昨天在論壇上說：「城市交通要以人為本。」"_s,
         u"交通局長林志遠昨天在「城市交通要以人為本」論壇上發言。"_s, u"城市交通要以人為本"_s},
        {u"cue-before"_s, u"a scare quote"_s, u"交通局長林志遠說：「智慧車站很快就會推廣到全市。」"_s,
         u"交通局長林志遠昨天提出「智慧車站」計劃。"_s, u"智慧車站"_s},
        {u"cue-after"_s, u"the verb after the quotation is negated"_s,
         u"「新車站明年三月就會啟用。」交通局長林志遠說明。"_s,
         u"「新車站明年三月就會啟用。」交通局長林志遠沒有說明。"_s, u"新車站明年三月就會啟用"_s},
        {u"reported"_s, u"a verb that is done: 表示過"_s, u"交通局長林志遠表示新車站明年三月就會啟用。"_s,
         u"交通局長林志遠表示過新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"reported"_s, u"a verb held by a longer word: 是指"_s, u"交通局長林志遠指新車站明年三月就會啟用。"_s,
         u"交通局長林志遠是指新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"reported"_s, u"a verb that names, not reports: 稱…為"_s, u"林志遠稱，這項計劃叫做智慧車站。"_s,
         u"林志遠稱這項計劃為「智慧車站」。"_s, u"這項計劃"_s},
        {u"reported"_s, u"a verb in a relative clause: 說的"_s, u"交通局長林志遠說，智慧車站很快就會推廣到全市。"_s,
         u"交通局長林志遠說的「智慧車站」很快就會推廣到全市。"_s, u"很快就會推廣到全市"_s},
        {u"according-to"_s, u"據了解 is the writer's own"_s, u"據林志遠了解，新車站明年三月就會啟用。"_s,
         u"據了解，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"according-to"_s, u"據記者了解 is the writer's own"_s, u"據林志遠了解，新車站明年三月就會啟用。"_s,
         u"據記者了解，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"view"_s, u"no one between 在 and 看來"_s, u"在林志遠看來，新車站明年三月就會啟用。"_s,
         u"在今年看來，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"shared-subject"_s, u"the subject is in the sentence before"_s,
         u"交通局長林志遠昨天發表聲明，指新車站明年三月就會啟用。"_s,
         u"交通局長林志遠昨天發表聲明。指新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"short-form"_s, u"a surname the article never named in full"_s,
         u"交通局長林志遠昨天到新車站視察。\n林指，新車站明年三月就會啟用。"_s,
         u"交通局長周佩君昨天到新車站視察。\n林指，新車站明年三月就會啟用。"_s, u"新車站明年三月就會啟用"_s},
        {u"anaphor"_s, u"對方 is the other side, no source"_s,
         u"市政府交通局一位官員表示，工程進度比預期慢。\n該官員又指出，新車站明年三月才會啟用。"_s,
         u"市政府交通局一位官員表示，工程進度比預期慢。\n對方又指出，新車站明年三月才會啟用。"_s,
         u"新車站明年三月才會啟用"_s},
        {u"pronoun"_s, u"他 with nobody named before"_s,
         u"交通局長林志遠昨天到新車站視察。他表示，新車站明年三月就會啟用。"_s, u"他表示，新車站明年三月就會啟用。"_s,
         u"新車站明年三月就會啟用"_s},
        {u"uncued-continuation"_s, u"a new cue in between"_s, opening + u"「工程一直在延誤。」"_s,
         opening + u"議員周佩君則不同意。「工程一直在延誤。」"_s, u"工程一直在延誤"_s},
        {u"uncued-continuation"_s, u"a new person heading a paragraph in between"_s,
         opening + u"\n「我們也會增加公車班次。」"_s,
         opening + u"\n議員周佩君昨天到車站視察。\n「我們也會增加公車班次。」"_s, u"我們也會增加公車班次"_s},
        {u"sentence-subject"_s, u"no person opens the sentence"_s,
         u"交通局長林志遠指著地圖上的新路線，「這條路線明年就會通車。」"_s,
         u"指著地圖上的新路線，「這條路線明年就會通車。」"_s, u"這條路線明年就會通車"_s},
    };
}

} // namespace

class TestZhRules final : public QObject
{
    Q_OBJECT

private slots:
    void ruleTakesItsPattern_data();
    void ruleTakesItsPattern();
    void ruleLeavesNearMiss_data();
    void ruleLeavesNearMiss();
    void everyRuleIsTested();
};

void TestZhRules::ruleTakesItsPattern_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("speaker");
    for (const RuleCase &c : ruleCases()) {
        QTest::newRow(qPrintable(c.rule + u": "_s + c.name)) << c.rule << c.text << c.words << c.speaker;
    }
}

void TestZhRules::ruleTakesItsPattern()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, speaker);

    const Document doc = attributed(text);
    const Quote *quote = quoteOf(doc, words);
    QVERIFY2(quote, qPrintable(Golden::describeQuotes(doc)));
    QCOMPARE(quote->rule, rule);
    QVERIFY2(doc.speakerOf(*quote), qPrintable(Golden::describeQuotes(doc)));
    QCOMPARE(doc.speakerOf(*quote)->name, speaker);
}

void TestZhRules::ruleLeavesNearMiss_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("hit");
    QTest::addColumn<QString>("miss");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("knownGap");
    for (const NearMiss &c : nearMisses()) {
        QTest::newRow(qPrintable(c.rule + u": "_s + c.name))
            << c.rule << c.hit << c.miss << c.words << QString::fromUtf8(c.knownGap);
    }
}

void TestZhRules::ruleLeavesNearMiss()
{
    QFETCH(QString, rule);
    QFETCH(QString, hit);
    QFETCH(QString, miss);
    QFETCH(QString, words);
    QFETCH(QString, knownGap);

    QVERIFY2(hit.contains(words) && miss.contains(words), "the row's words are not in both of its texts");
    const Document taken = attributed(hit);
    const Quote *quote = quoteOverlapping(taken, words);
    QVERIFY2(quote && quote->rule == rule,
             qPrintable(u"the pattern itself is not the rule's:\n"_s + Golden::describeQuotes(taken)));

    const Document left = attributed(miss);
    if (!knownGap.isEmpty()) {
        QEXPECT_FAIL("", qPrintable(knownGap), Continue);
    }
    QVERIFY2(!quoteOverlapping(left, words), qPrintable(Golden::describeQuotes(left)));
}

// The list of rules comes from the engine's profile: a rule added there without a row here, or a
// row naming a rule the engine no longer has, fails.
void TestZhRules::everyRuleIsTested()
{
    const QStringList rules = attributionRules(u"zh-Hant"_s);
    QVERIFY(!rules.isEmpty());
    QCOMPARE(attributionRules(u"zh-Hans"_s), rules);
    QStringList taken;
    for (const RuleCase &c : ruleCases()) {
        QVERIFY2(rules.contains(c.rule), qPrintable(u"no rule named "_s + c.rule));
        taken.append(c.rule);
    }
    QStringList missed;
    for (const NearMiss &c : nearMisses()) {
        QVERIFY2(rules.contains(c.rule), qPrintable(u"no rule named "_s + c.rule));
        missed.append(c.rule);
    }
    for (const QString &rule : rules) {
        QVERIFY2(taken.contains(rule), qPrintable(u"no row shows the rule "_s + rule + u" taking its pattern"_s));
        QVERIFY2(missed.contains(rule), qPrintable(u"no row shows the rule "_s + rule + u" leaving a near miss"_s));
    }
}

QTEST_GUILESS_MAIN(TestZhRules)
#include "tst_zh_rules.moc"
