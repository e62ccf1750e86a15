// The Chinese reading on its own: how a subject is read by its position, what a noun phrase
// names, where reported speech ends. One or two invented sentences a row.
#include "attribution/zh/reading.h"

#include <QTest>

using namespace QuoteReader;
using namespace QuoteReader::Attribution;

namespace {

// A one-paragraph document of `text`, as the structure stage would hand it on.
Document paragraphOf(const QString &text)
{
    Document doc;
    doc.language = QStringLiteral("zh-Hant");
    doc.text = text;
    doc.sections.append(Section{});
    doc.blocks.append(Block{BlockKind::Paragraph, {0, text.size()}, 0, 0});
    return doc;
}

QString kindName(Zh::SubjectKind kind)
{
    switch (kind) {
    case Zh::SubjectKind::None:
        return QStringLiteral("none");
    case Zh::SubjectKind::Name:
        return QStringLiteral("name");
    case Zh::SubjectKind::Source:
        return QStringLiteral("source");
    case Zh::SubjectKind::ShortForm:
        return QStringLiteral("short");
    case Zh::SubjectKind::Pronoun:
        return QStringLiteral("pronoun");
    case Zh::SubjectKind::Anaphor:
        return QStringLiteral("anaphor");
    }
    return {};
}

// "kind:name" or "kind:role|name" for a subject.
QString describe(const Zh::Reading &reading, const Zh::Subject &subject)
{
    if (subject.kind == Zh::SubjectKind::None) {
        return QStringLiteral("none");
    }
    QString out = kindName(subject.kind) + u':';
    if (!subject.role.isEmpty()) {
        out += reading.view(subject.role) + u'|';
    }
    return out + reading.view(subject.name) + (subject.inherited ? QStringLiteral(" (shared)") : QString());
}

} // namespace

class TestZhReading final : public QObject
{
    Q_OBJECT

private slots:
    void subjectOfCue_data();
    void subjectOfCue();
    void headOfSentence_data();
    void headOfSentence();
    void classifyPhrase_data();
    void classifyPhrase();
    void reportedSpeech_data();
    void reportedSpeech();
};

void TestZhReading::subjectOfCue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the subject of the first cue

    QTest::newRow("role and transliterated name")
        << u"庫克群島總理、「太平洋島國論壇」輪值主席布朗表示，決定獲科學支持。"_qs
        << u"name:庫克群島總理、「太平洋島國論壇」輪值主席|布朗"_qs;
    QTest::newRow("original name in parentheses, time and setting")
        << u"斐濟總理拉布卡（Sitiveni Rabuka）21日在談話中表示，他支持排放。"_qs << u"name:斐濟總理|拉布卡"_qs;
    QTest::newRow("double surname before time word")
        << u"林鄭月娥昨兩次向傳媒澄清，指說法純屬謠言。"_qs << u"name:林鄭月娥"_qs;
    QTest::newRow("addressee between subject and verb")
        << u"該市宣傳部有關負責人對本報記者表示，事故原因正在調查。"_qs << u"anaphor:市宣傳部有關負責人"_qs;
    QTest::newRow("surname with a verb is a short form") << u"陳指，政府沒有這樣的計劃。"_qs << u"short:陳"_qs;
    QTest::newRow("surname and title") << u"王教授說，這是第一次。"_qs << u"short:王教授"_qs;
    QTest::newRow("name then title") << u"蔡英文總統表示，會盡快處理。"_qs << u"name:總統|蔡英文"_qs;
    QTest::newRow("pronoun with adverbs") << u"他進一步表示，效率必須提高。"_qs << u"pronoun:他"_qs;
    QTest::newRow("group source") << u"警方表示，案件仍在調查中。"_qs << u"source:警方"_qs;
    QTest::newRow("body by its ending") << u"市規劃委表示，方案將在下月公布。"_qs << u"source:市規劃委"_qs;
    QTest::newRow("given name alone, by its place") << u"宇佐說，這場比賽很難打。"_qs << u"name:宇佐"_qs;
    QTest::newRow("manner before the verb") << u"他不無擔心地說，風險仍然很大。"_qs << u"pronoun:他"_qs;
    QTest::newRow("clause with no subject shares the sentence's")
        << u"鄉議局主席劉皇發則繼續聲討對方，指她動搖市民的信心。"_qs << u"name:鄉議局主席|劉皇發 (shared)"_qs;
    QTest::newRow("a phrase before the verb names nobody")
        << u"這也顯示市場仍然認為投了就能高枕無憂。"_qs << u"none"_qs;
    QTest::newRow("verbs before the speech verb: the sentence's subject")
        << u"特首張月華突然提出新措施，更一邊笑一邊說：「戴咗都要即刻除返落嚟。」"_qs
        << u"name:特首|張月華 (shared)"_qs;
    QTest::newRow("a document is no speaker") << u"調查指出，七成受訪者支持。"_qs << u"none"_qs;
    QTest::newRow("the asker after 被") << u"當被媒體問及是否道歉，他拍桌子。"_qs << u"source:媒體"_qs;
    QTest::newRow("a body by its ending, before a clause with a preposition")
        << u"總統府表示，對王大同不當言論表達嚴正譴責，認為他應道歉。"_qs << u"source:總統府"_qs;
    QTest::newRow("adverb after a name") << u"立法會議員黃家麗則批評：「政府講了很多年。」"_qs
                                         << u"name:立法會議員|黃家麗"_qs;
    QTest::newRow("director and name") << u"勞動局局長陳志明表示，方案首年預計媒合兩千個職缺。"_qs
                                       << u"name:勞動局局長|陳志明"_qs;
    QTest::newRow("quoted term after name")
        << u"北湖大學社會學院副教授梁慧君指出，“慢就業”並不等於不就業。"_qs << u"name:北湖大學社會學院副教授|梁慧君"_qs;
    QTest::newRow("a clause inside a report shares the reporter")
        << u"審理此案的法官蔡明哲在判決理由中指出，被告在集團中負責招募車手，地位核心，且犯後始終否認犯行。"_qs
        << u"name:法官|蔡明哲"_qs;
    QTest::newRow("names with separators in the role and the name")
        << u"美國布魯金斯學會約翰·桑頓中國中心訪問學者、曾任白宮助理丹尼斯·威爾德撰文指出，對話的含意在於延續。"_qs
        << u"name:美國布魯金斯學會約翰·桑頓中國中心訪問學者、曾任白宮助理|丹尼斯·威爾德"_qs;
    QTest::newRow("as someone said") << u"正如許多觀察家所言，政府顯得更為團結。"_qs << u"source:許多觀察家"_qs;
    QTest::newRow("a clause of adverbs only, after a clause of time")
        << u"2014年5月，歐盟發布新規時，同時表示，2015年1月1日前投放市場的食品可繼續銷售。"_qs
        << u"source:歐盟 (shared)"_qs;
    QTest::newRow("a name opening with a preposition's character")
        << u"中信證券的首席策略分析師于軍認為：優惠政策對地產產生了比較大的影響。"_qs << u"name:首席策略分析師|于軍"_qs;
    QTest::newRow("one cited after 援引") << u"新華社援引中國海關總署關稅徵管負責人稱，對等關稅反制已經開始。"_qs
                                          << u"source:中國海關總署關稅徵管負責人"_qs;
    QTest::newRow("the subject after a copula")
        << u"原因是歐盟也宣稱，將對美國施以同等規模關稅報復。"_qs << u"source:歐盟"_qs;
    QTest::newRow("view: between 在 and 看來") << u"在朱云來看來，大模型的出現確實帶來了轟動。"_qs << u"name:朱云來"_qs;
}

void TestZhReading::subjectOfCue()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Document doc = paragraphOf(text);
    const Zh::Reading reading(doc);
    QVERIFY2(!reading.cues.isEmpty(), "no cue found");
    if (qEnvironmentVariableIsSet("QUOTEREADER_DEBUG")) {
        for (const Zh::Cue &cue : reading.cues) {
            qDebug() << reading.view(cue.verb) << describe(reading, cue.subject);
        }
    }
    QCOMPARE(describe(reading, reading.cues.first().subject), expected);
}

void TestZhReading::headOfSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("an abstract noun is nobody") << u"人工智能不是泡沫，是機會。"_qs << u"none"_qs;
    QTest::newRow("a conditional opens no subject") << u"如果算力成為發展的限制，就要尋找突破。"_qs << u"none"_qs;
    QTest::newRow("a person in narration") << u"侯友宜昨天也到金門酒廠參訪。"_qs << u"name:侯友宜"_qs;
    QTest::newRow("a title and a name") << u"特首張月華突然提出新措施"_qs << u"name:特首|張月華"_qs;
    QTest::newRow("a place in narration") << u"美國在1940年代於太平洋進行核試驗。"_qs << u"source:美國"_qs;
}

void TestZhReading::headOfSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Document doc = paragraphOf(text);
    const Zh::Reading reading(doc);
    QCOMPARE(describe(reading, reading.subjectAtHead(0, text.size())), expected);
}

void TestZhReading::classifyPhrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asSubject");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title and name, narration") << u"特首張月華"_qs << false << u"name:特首|張月華"_qs;
    QTest::newRow("title and name, subject") << u"特首張月華"_qs << true << u"name:特首|張月華"_qs;
    QTest::newRow("separator name after a title")
        << u"白宮助理丹尼斯·威爾德"_qs << true << u"name:白宮助理|丹尼斯·威爾德"_qs;
    QTest::newRow("separator names in role and name")
        << u"美國布魯金斯學會約翰·桑頓中國中心訪問學者、曾任白宮助理丹尼斯·威爾德"_qs << true
        << u"name:美國布魯金斯學會約翰·桑頓中國中心訪問學者、曾任白宮助理|丹尼斯·威爾德"_qs;
    QTest::newRow("a verb and its object is no name") << u"下令禁止公務員戴口罩"_qs << false << u"none"_qs;
}

void TestZhReading::classifyPhrase()
{
    QFETCH(QString, text);
    QFETCH(bool, asSubject);
    QFETCH(QString, expected);
    Document doc = paragraphOf(text);
    const Zh::Reading reading(doc);
    QCOMPARE(describe(reading, reading.classify({0, text.size()}, asSubject)), expected);
}

void TestZhReading::reportedSpeech_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the words of the first reported-speech candidate

    QTest::newRow("runs on through sentences that continue it")
        << u"張三表示，2000年互聯網公司的泡沫破裂,但互聯網本身不是泡沫。人工智能不是泡沫,是機會。\n李四在會上發言。"_qs
        << u"2000年互聯網公司的泡沫破裂,但互聯網本身不是泡沫。人工智能不是泡沫,是機會。"_qs;
    QTest::newRow("stops at narration about someone else")
        << u"布朗表示，這是一項複雜的議題。美國在1940年代於太平洋進行了核試驗。\n第二段。"_qs
        << u"這是一項複雜的議題。"_qs;
    QTest::newRow("stops at the next cue's clause")
        << u"拉布卡表示，他支持排放，並認為這是在散佈恐懼。\n第二段。"_qs << u"他支持排放"_qs;
    QTest::newRow("a report that opens with 據 holds the source's words")
        << u"負責人對記者表示，據現場搜救人員介紹，又發現一具遺體。\n第二段。"_qs
        << u"據現場搜救人員介紹，又發現一具遺體。"_qs;
    QTest::newRow("sentences of what must be done go on with the speaker's")
        << u"部長強調，創建是一個過程，既要注重結果，更要注重過程。要堅持圍繞中心，著眼全局目標，把活動與發展統籌起來。\n第二段。"_qs
        << u"創建是一個過程，既要注重結果，更要注重過程。要堅持圍繞中心，著眼全局目標，把活動與發展統籌起來。"_qs;
    QTest::newRow("a sentence in the speaker's first person goes on with the report")
        << u"校長認為，學校的改革已經開始。我們認為學生的選擇更重要。\n第二段。"_qs
        << u"學校的改革已經開始。我們認為學生的選擇更重要。"_qs;
    QTest::newRow("a clause that opens with a condition has no subject of its own")
        << u"院長表示，醫院會增加病床。如果在人手方面有困難，會向政府求助。\n第二段。"_qs
        << u"醫院會增加病床。如果在人手方面有困難，會向政府求助。"_qs;
}

void TestZhReading::reportedSpeech()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Document doc;
    doc.language = QStringLiteral("zh-Hant");
    doc.text = text;
    doc.sections.append(Section{});
    qsizetype start = 0;
    int paragraph = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        doc.blocks.append(Block{BlockKind::Paragraph, {start, start + line.size()}, 0, paragraph++});
        start += line.size() + 1;
    }
    const Zh::Reading reading(doc);
    for (int i = 0; i < reading.candidates.size(); ++i) {
        if (reading.links.at(i) == Zh::Link::Reported) {
            QCOMPARE(reading.view(reading.candidates.at(i).range).toString(), expected);
            return;
        }
    }
    QFAIL("no reported speech");
}

QTEST_GUILESS_MAIN(TestZhReading)
#include "tst_zh_reading.moc"
