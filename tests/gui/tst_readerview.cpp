// The reader view on hand-made documents (our own sentences): tooltips on quotes and on text damaged
// by a wrong encoding, and the note shown over a preview while an article loads.
#include "readerview.h"

#include <QHelpEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace QuoteReader;

namespace {

TextRange rangeOf(const QString &text, const QString &part)
{
    const qsizetype start = text.indexOf(part);
    Q_ASSERT(start >= 0);
    return {start, start + part.size()};
}

// One quote holding a damaged span, one damaged span outside every quote (the second repaired, with
// what the file had), and a quote with nothing damaged.
ReaderDocumentPtr makeGarbledDocument()
{
    Document doc;
    doc.language = u"zh-Hant"_qs;
    doc.text = u"今天天氣很好。\n"
               u"王小明說，這座橋ㄚ怪字今年完工。\n"
               u"下方有一段亂碼ㄅㄆ文字。\n"
               u"陳美玲表示，明年會再檢查。\n"_qs;
    const QString &t = doc.text;
    doc.blocks = {Block{BlockKind::Paragraph, {0, t.size()}}};
    doc.sections = {Section{QString(), -1, 0, {0, t.size()}}};
    doc.speakers = {Speaker{u"王小明"_qs, u"工程師"_qs, {}, false, 1}, Speaker{u"陳美玲"_qs, {}, {}, false, 1}};
    Quote first;
    first.speaker = 0;
    first.kind = QuoteKind::Direct;
    first.cue = u"說"_qs;
    first.range = rangeOf(t, u"這座橋ㄚ怪字今年完工"_qs);
    first.cueRange = rangeOf(t, u"說"_qs);
    Quote second;
    second.speaker = 1;
    second.kind = QuoteKind::Indirect;
    second.cue = u"表示"_qs;
    second.range = rangeOf(t, u"明年會再檢查"_qs);
    second.cueRange = rangeOf(t, u"表示"_qs);
    doc.quotes = {first, second};
    doc.noise = {Noise{NoiseKind::Garbled, rangeOf(t, u"ㄚ怪字"_qs), {}},
                 Noise{NoiseKind::Garbled, rangeOf(t, u"ㄅㄆ"_qs), u"Ã¤Â¸"_qs}};
    return prepareDocument(std::move(doc));
}

} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT

private slots:
    void tooltipNamesDamagedText_data()
    {
        QTest::addColumn<QString>("at");       // the shown text's first occurrence of this
        QTest::addColumn<QString>("speaker");  // expected in the tooltip, "" for none
        QTest::addColumn<bool>("damaged");     // the wrong-encoding note expected
        QTest::addColumn<QString>("original"); // what the file had, when repaired

        QTest::newRow("damaged span inside a quote: the quote and the note")
            << u"怪字"_qs << u"王小明"_qs << true << QString();
        QTest::newRow("undamaged words of the same quote: the quote alone")
            << u"今年完工"_qs << u"王小明"_qs << false << QString();
        QTest::newRow("damaged span outside quotes: the note, with the file's text")
            << u"ㄆ"_qs << QString() << true << u"Ã¤Â¸"_qs;
        QTest::newRow("plain narration: no tooltip") << u"天氣"_qs << QString() << false << QString();
        QTest::newRow("clean quote: the quote alone") << u"再檢查"_qs << u"陳美玲"_qs << false << QString();
    }

    void tooltipNamesDamagedText()
    {
        QFETCH(QString, at);
        QFETCH(QString, speaker);
        QFETCH(bool, damaged);
        QFETCH(QString, original);

        ReaderView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(makeGarbledDocument());
        const qsizetype offset = view.document()->toPlainText().indexOf(at);
        QVERIFY(offset >= 0);

        const QString tip = view.toolTipAtDisplayOffset(offset);
        QCOMPARE(tip.contains(u"Text damaged by a wrong encoding in the source"_qs), damaged);
        if (speaker.isEmpty()) {
            QVERIFY2(!tip.contains(u"王小明"_qs) && !tip.contains(u"陳美玲"_qs), qPrintable(tip));
        } else {
            QVERIFY2(tip.contains(speaker), qPrintable(tip));
        }
        QCOMPARE(tip.contains(u"the file has"_qs), !original.isEmpty());
        if (!original.isEmpty()) {
            QVERIFY2(tip.contains(original.toHtmlEscaped()), qPrintable(tip));
        }
        QCOMPARE(tip.isEmpty(), !damaged && speaker.isEmpty());

        // The same through a real tooltip event over that character.
        QTextCursor cursor(view.document());
        cursor.setPosition(int(offset));
        const QPoint point = view.cursorRect(cursor).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, point, view.viewport()->mapToGlobal(point));
        QApplication::sendEvent(view.viewport(), &help);
        if (tip.isEmpty()) {
            QVERIFY(!QToolTip::isVisible() || QToolTip::text().isEmpty());
        } else {
            QTRY_VERIFY(QToolTip::isVisible());
            QCOMPARE(QToolTip::text(), tip);
        }
        QToolTip::hideText();
    }

    void garbledSpansStayShownAndGreyed()
    {
        ReaderView view;
        const ReaderDocumentPtr document = makeGarbledDocument();
        view.setDocument(document);
        for (int i = 0; i < document->document.noise.size(); ++i) {
            const qsizetype at = view.displayOffsetOfGarbled(i);
            QVERIFY(at >= 0);
            const QTextBlock block = view.document()->findBlock(int(at));
            const QTextLayout::FormatRange *found = nullptr;
            const auto formats = block.textFormats();
            for (const QTextLayout::FormatRange &range : formats) {
                if (range.start <= at - block.position() && at - block.position() < range.start + range.length) {
                    found = &range;
                }
            }
            QVERIFY(found);
            QCOMPARE(found->format.foreground().color(), view.displayStyle().greyColor);
        }
    }

    void loadingNoteShowsOverPreviewOnly()
    {
        ReaderView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QLabel *note = view.loadingNote();
        view.setLoadingNote(u"Reading"_qs);
        QVERIFY(!note->isVisible()); // nothing is being previewed
        view.showPreview(u"first lines of an article"_qs);
        QVERIFY(view.isPreview());
        QVERIFY(note->isVisible());
        view.setLoadingNote(u"Finding who said what"_qs);
        QCOMPARE(note->text(), u"Finding who said what"_qs);
        QVERIFY(view.viewport()->rect().contains(note->geometry()));
        view.setDocument(makeGarbledDocument());
        QVERIFY(!view.isPreview());
        QVERIFY(!note->isVisible());
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
