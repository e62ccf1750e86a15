// The user's corrections: applied to articles of our own against golden files (the same files the CLI
// test runs through `--corrections`), anchors found again after the text moved, what cannot be anchored
// reported and left alone, and the corrections file read, checked and written.
#include "corrections.h"
#include "export.h"
#include "extractor.h"
#include "golden.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/corrections/") + name;
}

QByteArray json(const Document &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    makeWriter(ExportFormat::Json)->write(QuoteSelection::all(doc), &buffer);
    return bytes;
}

TextRange rangeOf(const QString &text, const QString &part)
{
    const qsizetype start = text.indexOf(part);
    Q_ASSERT(start >= 0);
    return {start, start + part.size()};
}

// Our own words: two paragraphs, three quotes of two people, one theme.
Document smallDocument(const QString &prefix = {})
{
    Document doc;
    doc.language = u"en"_qs;
    doc.text = prefix
               + u"Anna Berg said the harbour needs a new crane.\n"
                 u"\"Ships wait too long,\" Berg said.\n"
                 u"Carl Dunn said the budget is tight this year.\n"_qs;
    const QString &t = doc.text;
    const qsizetype second = t.indexOf(u"\"Ships");
    const qsizetype third = t.indexOf(u"Carl");
    doc.blocks = {Block{BlockKind::Paragraph, {0, second - 1}, 0, 0},
                  Block{BlockKind::Paragraph, {second, third - 1}, 0, 1},
                  Block{BlockKind::Paragraph, {third, t.size() - 1}, 0, 2}};
    doc.sections = {Section{QString(), -1, 3, {0, t.size()}}};
    doc.speakers = {Speaker{u"Anna Berg"_qs, QString(), {u"Berg"_qs}, false, 2},
                    Speaker{u"Carl Dunn"_qs, QString(), {}, false, 1}};
    Quote a;
    a.speaker = 0;
    a.kind = QuoteKind::Indirect;
    a.cue = u"said"_qs;
    a.rule = u"reported"_qs;
    a.range = rangeOf(t, u"the harbour needs a new crane."_qs);
    Quote b;
    b.speaker = 0;
    b.cue = u"said"_qs;
    b.rule = u"cue-after"_qs;
    b.range = rangeOf(t, u"Ships wait too long,"_qs);
    b.paragraph = 1;
    Quote c;
    c.speaker = 1;
    c.kind = QuoteKind::Indirect;
    c.cue = u"said"_qs;
    c.rule = u"reported"_qs;
    c.range = rangeOf(t, u"the budget is tight this year."_qs);
    c.paragraph = 2;
    doc.quotes = {a, b, c};
    doc.themes = {Theme{u"budget"_qs, {u"budget"_qs}, false, 1}};
    doc.quotes[2].themes = {u"budget"_qs};
    return doc;
}

// "speaker|kind|rule|corrected|text" per quote, then "name|role|quotes" per speaker.
QStringList describe(const Document &doc)
{
    QStringList lines;
    for (const Quote &q : doc.quotes) {
        const Speaker *speaker = doc.speakerOf(q);
        lines.append((speaker ? speaker->name : u"-"_qs) + u'|' + toString(q.kind) + u'|' + q.rule + u'|'
                     + (q.corrected ? u"corrected"_qs : u""_qs) + u'|' + doc.quoteText(q));
    }
    for (const Speaker &s : doc.speakers) {
        lines.append(s.name + u'|' + s.role + u'|' + QString::number(s.quotes));
    }
    return lines;
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void appliedToArticleMatchesGolden_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QList<int>>("unanchored");
        // Roles, boundaries, a rename, a speaker made then merged, a deletion and a kind, in English.
        QTest::newRow("council_english") << u"council.md"_qs << QList<int>{};
        // A quote added with a new speaker and a role (the engine has since learnt to find it: the user's
        // correction applies to its quote rather than adding the words twice), one taken from its
        // speaker, and one whose words are not in the article (reported, not applied).
        QTest::newRow("tea_chinese") << u"tea.txt"_qs << QList<int>{2};
    }

    void appliedToArticleMatchesGolden()
    {
        QFETCH(QString, article);
        QFETCH(QList<int>, unanchored);
        const QString base = QFileInfo(article).completeBaseName();
        ExtractResult extracted = extractFile(dataPath(article));
        QVERIFY2(extracted.ok(), qPrintable(extracted.error));
        Document doc = std::move(*extracted.document);
        doc.source.path = article; // as the CLI test runs it, from the data folder
        const CorrectionsReadResult file = readCorrectionsFile(dataPath(base + u".corrections.json"_qs));
        QVERIFY2(file.file, qPrintable(file.error));
        const CorrectionsReport report = applyCorrections(doc, file.file->corrections);
        QList<int> missed;
        for (const UnanchoredCorrection &u : report.unanchored) {
            missed.append(u.index);
            QVERIFY(!u.reason.isEmpty());
        }
        QCOMPARE(missed, unanchored);
        const QString diff = Golden::compare(QString::fromUtf8(json(doc)), dataPath(base + u".expected.json"_qs));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void everyActionChangesWhatItSays()
    {
        Document doc = smallDocument();
        const QString &t = doc.text;
        const QList<Correction> corrections = {
            Correction::setSpeaker(doc, 2, u"Eva Falk"_qs), // a new person
            Correction::setKind(doc, 1, QuoteKind::Indirect),
            Correction::setBoundaries(doc, 0, rangeOf(t, u"the harbour needs a new crane"_qs)),
            Correction::renameSpeaker(u"Anna Berg"_qs, u"Anna Berg-Holm"_qs),
            Correction::setRole(u"Eva Falk"_qs, u"treasurer"_qs),
        };
        QVERIFY(applyCorrections(doc, corrections).unanchored.isEmpty());
        QCOMPARE(describe(doc),
                 (QStringList{
                     u"Anna Berg-Holm|indirect|reported|corrected|the harbour needs a new crane"_qs,
                     u"Anna Berg-Holm|indirect|cue-after|corrected|Ships wait too long,"_qs,
                     u"Eva Falk|indirect|reported|corrected|the budget is tight this year."_qs, u"Anna Berg-Holm||2"_qs,
                     u"Eva Falk|treasurer|1"_qs, // Carl Dunn has no quote left: gone
                 }));
    }

    void deleteAddAndMergeKeepReadingOrderAndCounts()
    {
        Document doc = smallDocument();
        const QString &t = doc.text;
        QList<Correction> corrections = {
            Correction::deleteQuote(doc, 1),
            Correction::addQuote(doc, rangeOf(t, u"Anna Berg"_qs), std::nullopt, QuoteKind::Direct),
        };
        QVERIFY(applyCorrections(doc, corrections).unanchored.isEmpty());
        QCOMPARE(doc.quotes.size(), 3);
        QCOMPARE(doc.quoteText(doc.quotes.at(0)), u"Anna Berg"_qs); // first in reading order
        QCOMPARE(doc.quotes.at(0).rule, u"user"_qs);
        QCOMPARE(doc.quotes.at(0).speaker, -1);
        QCOMPARE(doc.speakers.at(0).quotes, 1);

        Document merged = smallDocument();
        QVERIFY(applyCorrections(merged, {Correction::mergeSpeakers(u"Carl Dunn"_qs, u"Anna Berg"_qs)})
                    .unanchored.isEmpty());
        QCOMPARE(merged.speakers.size(), 1);
        QCOMPARE(merged.speakers.at(0).quotes, 3);
        // The merged name becomes a way to refer to the person kept, so search still finds it.
        QVERIFY(merged.speakers.at(0).aliases.contains(u"Carl Dunn"_qs));
        QVERIFY(merged.quotes.at(2).corrected);
        QVERIFY(!merged.quotes.at(0).corrected);
    }

    void renamingOntoAQuotedNameMerges()
    {
        Document doc = smallDocument();
        QVERIFY(
            applyCorrections(doc, {Correction::renameSpeaker(u"Carl Dunn"_qs, u"Anna Berg"_qs)}).unanchored.isEmpty());
        QCOMPARE(doc.speakers.size(), 1);
        QCOMPARE(doc.speakers.at(0).quotes, 3);
    }

    void anchorsAreFoundAfterTheTextMoved()
    {
        // Made on one reading of the article, applied after the engine cleaned it differently: the text
        // before the quotes is longer now, so every offset is off by the prefix.
        const Document before = smallDocument();
        const QList<Correction> corrections = {
            Correction::setSpeaker(before, 2, u"Anna Berg"_qs),
            Correction::setBoundaries(before, 1, rangeOf(before.text, u"Ships wait too long"_qs)),
        };
        Document after = smallDocument(u"Harbour news, Monday.\n"_qs);
        QVERIFY(applyCorrections(after, corrections).unanchored.isEmpty());
        QCOMPARE(after.speakers.size(), 1);
        QCOMPARE(after.quoteText(after.quotes.at(1)), u"Ships wait too long"_qs);
    }

    void anchorsFollowABoundaryTheEngineMoved()
    {
        const Document before = smallDocument();
        const Correction c = Correction::setKind(before, 0, QuoteKind::Direct);
        Document after = smallDocument();
        after.quotes[0].range.end -= 1; // the engine now leaves the full stop out
        QVERIFY(applyCorrections(after, {c}).unanchored.isEmpty());
        QVERIFY(after.quotes.at(0).kind == QuoteKind::Direct);
    }

    void whatCannotBeAnchoredIsReportedAndNotAppliedElsewhere()
    {
        const Document before = smallDocument();
        QList<Correction> corrections = {
            Correction::setSpeaker(before, 0, u"Carl Dunn"_qs),
            Correction::deleteQuote(before, 2),
            Correction::renameSpeaker(u"Nobody Here"_qs, u"Someone"_qs),
        };
        Document after = smallDocument();
        after.text.replace(u"needs a new crane"_qs, u"needs two new cranes"_qs); // the article was edited
        after.quotes[0].range = rangeOf(after.text, u"the harbour needs two new cranes."_qs);
        after.quotes[1].range = rangeOf(after.text, u"Ships wait too long,"_qs);
        after.quotes[2].range = rangeOf(after.text, u"the budget is tight this year."_qs);
        const Document untouched = after;
        const CorrectionsReport report = applyCorrections(after, corrections);
        QCOMPARE(report.unanchored.size(), 2);
        QCOMPARE(report.unanchored.at(0).index, 0);
        QVERIFY2(report.unanchored.at(0).reason.contains(u"no longer in the article"_qs),
                 qPrintable(report.unanchored.at(0).reason));
        QCOMPARE(report.unanchored.at(1).index, 2);
        QVERIFY2(report.unanchored.at(1).reason.contains(u"Nobody Here"_qs),
                 qPrintable(report.unanchored.at(1).reason));
        QCOMPARE(after.quotes.size(), 2); // the deletion that could be anchored was applied
        QCOMPARE(after.quotes.at(0).speaker, untouched.quotes.at(0).speaker);
        QVERIFY(!after.quotes.at(0).corrected);
    }

    void addingAQuoteTheEngineNowFindsCorrectsItInstead()
    {
        const Document before = smallDocument();
        const Correction add = Correction::addQuote(before, rangeOf(before.text, u"Ships wait too long"_qs),
                                                    u"Carl Dunn"_qs, QuoteKind::Direct);
        Document doc = smallDocument();
        QVERIFY(applyCorrections(doc, {add}).unanchored.isEmpty());
        QCOMPARE(doc.quotes.size(), 3);
        QCOMPARE(doc.quoteText(doc.quotes.at(1)), u"Ships wait too long"_qs);
        QCOMPARE(doc.quotes.at(1).rule, u"cue-after"_qs); // the engine's quote, corrected
        QVERIFY(doc.quotes.at(1).corrected);
        QCOMPARE(doc.speakerOf(doc.quotes.at(1))->name, u"Carl Dunn"_qs);
    }

    void themesOfChangedQuotesAreMatchedAgain()
    {
        Document doc = smallDocument();
        const Correction add = Correction::addQuote(doc, rangeOf(doc.text, u"budget"_qs), u"Carl Dunn"_qs,
                                                    QuoteKind::Direct);
        const Correction remove = Correction::deleteQuote(doc, 2);
        QVERIFY(applyCorrections(doc, {remove, add}).unanchored.isEmpty());
        QCOMPARE(doc.quotes.last().themes, QStringList{u"budget"_qs});
        QCOMPARE(doc.themes.at(0).quotes, 1);
    }

    void noCorrectionsChangeNothing()
    {
        Document doc = smallDocument();
        doc.quotes.swapItemsAt(0, 2); // not even the order
        const QByteArray before = json(doc);
        QVERIFY(applyCorrections(doc, {}).unanchored.isEmpty());
        QCOMPARE(json(doc), before);
    }

    void correctedQuotesSayItInTheJson()
    {
        Document doc = smallDocument();
        applyCorrections(doc, {Correction::setKind(doc, 0, QuoteKind::Direct),
                               Correction::addQuote(doc, rangeOf(doc.text, u"Carl Dunn"_qs), std::nullopt,
                                                    QuoteKind::Indirect)});
        const QByteArray bytes = json(doc);
        QCOMPARE(bytes.count("\"corrected\": true"), 2);
        QCOMPARE(bytes.count("\"rule\": \"user\""), 1);
        QCOMPARE(bytes.count("\"rule\": \"reported\""), 2); // the corrected one keeps its rule
    }

    void trimQuoteRangeLeavesMarksAndSpaceOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chinese marks and full stop after") << u" 「天氣很好。」。"_qs << u"天氣很好。"_qs;
        QTest::newRow("colon before") << u"：“未來還有無限可能”，"_qs << u"未來還有無限可能"_qs;
        QTest::newRow("english") << u" \"We will,\" "_qs << u"We will"_qs;
        QTest::newRow("plain stays") << u"the plan works."_qs << u"the plan works."_qs;
        QTest::newRow("only marks") << u"「」"_qs << QString();
    }

    void trimQuoteRangeLeavesMarksAndSpaceOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const TextRange range = trimQuoteRange(text, {0, text.size()});
        QCOMPARE(text.mid(range.start, range.length()), expected);
    }

    void contentKeyFollowsTheWordsOnly()
    {
        QCOMPARE(contentKey(u"同一篇文章"), contentKey(QString(u"同一篇文章"_qs)));
        QVERIFY(contentKey(u"同一篇文章") != contentKey(u"另一篇文章"));
        QCOMPARE(contentKey(u"x").size(), 64);
    }

    void fileRoundTripsEveryAction()
    {
        const Document doc = smallDocument();
        CorrectionsFile file;
        file.article = ArticleId{contentKey(doc.text), u"harbour.txt"_qs};
        file.corrections = {
            Correction::setSpeaker(doc, 0, std::nullopt),
            Correction::setSpeaker(doc, 0, u"Eva Falk"_qs),
            Correction::setKind(doc, 1, QuoteKind::Indirect),
            Correction::setBoundaries(doc, 0, rangeOf(doc.text, u"harbour"_qs)),
            Correction::deleteQuote(doc, 2),
            Correction::addQuote(doc, rangeOf(doc.text, u"Carl Dunn"_qs), u"Eva Falk"_qs, QuoteKind::Indirect),
            Correction::renameSpeaker(u"Anna Berg"_qs, u"Anna"_qs),
            Correction::setRole(u"Anna"_qs, QString()),
            Correction::mergeSpeakers(u"Eva Falk"_qs, u"Anna"_qs),
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrections.json"_qs);
        QString error;
        QVERIFY2(writeCorrectionsFile(path, file, &error), qPrintable(error));
        const CorrectionsReadResult read = readCorrectionsFile(path);
        QVERIFY2(read.file, qPrintable(read.error));
        QCOMPARE(read.file->article.key, file.article.key);
        QCOMPARE(read.file->article.name, file.article.name);
        QCOMPARE(read.file->corrections.size(), file.corrections.size());
        for (qsizetype i = 0; i < file.corrections.size(); ++i) {
            QVERIFY2(read.file->corrections.at(i) == file.corrections.at(i), qPrintable(QString::number(i)));
        }
    }

    void badFilesAreRefusedNamingFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not valid JSON"_qs;
        QTest::newRow("other format") << QByteArray("{\"format\": \"quotereader/1\"}")
                                      << u"not a QuoteReader corrections"_qs;
        QTest::newRow("no list") << QByteArray("{\"format\": \"quotereader-corrections/1\"}") << u"corrections"_qs;
        QTest::newRow("unknown action") << QByteArray(
            "{\"format\": \"quotereader-corrections/1\", \"corrections\": [{\"action\": \"paint\"}]}")
                                        << u"correction 1 has the unknown action “paint”"_qs;
        QTest::newRow("quote missing") << QByteArray(
            "{\"format\": \"quotereader-corrections/1\", \"corrections\": [{\"action\": \"delete-quote\"}]}")
                                       << u"correction 1 has no valid “quote”"_qs;
        QTest::newRow("kind wrong") << QByteArray(
            "{\"format\": \"quotereader-corrections/1\", \"corrections\": [{\"action\": \"set-kind\", "
            "\"quote\": {\"text\": \"a\", \"start\": 0, \"end\": 1}, \"kind\": \"loud\"}]}")
                                    << u"correction 1 has no valid “kind”"_qs;
    }

    void badFilesAreRefusedNamingFileAndReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mine.json"_qs);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        const CorrectionsReadResult read = readCorrectionsFile(path);
        QVERIFY(!read.file);
        QVERIFY2(read.error.contains(u"mine.json"_qs) && read.error.contains(reason), qPrintable(read.error));
    }

    void missingFileAndUnwritableTargetNameTheFile()
    {
        QTemporaryDir dir;
        const CorrectionsReadResult missing = readCorrectionsFile(dir.filePath(u"gone.json"_qs));
        QVERIFY(!missing.file);
        QVERIFY2(missing.error.contains(u"gone.json"_qs) && missing.error.contains(u"does not exist"_qs),
                 qPrintable(missing.error));
        QString error;
        QVERIFY(!writeCorrectionsFile(dir.path(), CorrectionsFile{}, &error));
        QVERIFY2(error.contains(u"folder"_qs), qPrintable(error));
        // A failed write keeps what was there.
        const QString kept = dir.filePath(u"kept.json"_qs);
        QVERIFY(writeCorrectionsFile(kept, CorrectionsFile{}, &error));
        const QByteArray before = Golden::readUtf8(kept).toUtf8();
        QVERIFY(!writeCorrectionsFile(dir.filePath(u"no-such-folder/x.json"_qs), CorrectionsFile{}, &error));
        QVERIFY2(error.contains(u"x.json"_qs), qPrintable(error));
        QCOMPARE(Golden::readUtf8(kept).toUtf8(), before);
    }

    void describedForPeople()
    {
        const Document doc = smallDocument();
        QCOMPARE(describeCorrection(Correction::setSpeaker(doc, 2, u"Eva Falk"_qs)),
                 u"Speaker of “the budget is tight this…” → Eva Falk"_qs);
        QCOMPARE(describeCorrection(Correction::mergeSpeakers(u"Berg"_qs, u"Anna Berg"_qs)),
                 u"Speaker Berg merged into Anna Berg"_qs);
        QCOMPARE(correctionTitle(CorrectionAction::SetSpeaker), u"Change Speaker"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
