// What users of a desktop reader expect, as issue 9 lists it: zoom, the language chosen in the window,
// print and PDF of the article and of the quotes, find in the text with F3, reopening the last article.
#include "articlesession.h"
#include "exporter.h"
#include "filterbar.h"
#include "guitest.h"
#include "languages.h"
#include "printing.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>

using namespace QuoteReader;
using namespace QuoteReader::GuiTest;

class TestFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"QuoteReaderTest"_qs);
        QApplication::setApplicationName(u"tst_features"_qs);
    }

    void init()
    {
        forgetEverything();
        Languages::install(u"en"_qs);
        m_window.reset(open(kSeed));
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        Languages::install(u"en"_qs);
    }

    void zoomInOutAndActualSizeByKeyAndKept()
    {
        ReaderView *reader = m_window->reader();
        const qreal base = reader->font().pointSizeF();
        activate();
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(reader, Qt::Key_Equal, Qt::ControlModifier); // Ctrl+= too: + needs Shift on most keyboards
        QCOMPARE(reader->zoom(), 2);
        QVERIFY(reader->font().pointSizeF() > base * 1.2);
        // The shown text takes the size (headings keep theirs in proportion) and quotes stay highlighted.
        QCOMPARE(reader->document()->defaultFont().pointSizeF(), reader->font().pointSizeF());
        reader->scrollToQuote(0);
        QVERIFY(reader->visibleHighlights().contains(0));
        QTest::keyClick(reader, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(reader->zoom(), 1);
        QTest::keyClick(reader, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(reader->zoom(), 0);
        QCOMPARE(reader->font().pointSizeF(), base);
        QTest::keyClick(reader, Qt::Key_Plus, Qt::ControlModifier);
        m_window->close(); // the size is kept for next time
        QCOMPARE(QSettings().value(u"view/zoom"_qs).toInt(), 1);
        MainWindow second;
        QCOMPARE(second.reader()->zoom(), 1);
    }

    void languageChosenInTheWindowKeepsTheWork()
    {
        // Work in progress: a correction (with its undo), a filter, a quote current.
        QVERIFY(m_window->session()->setKind({0}, QuoteKind::Indirect));
        m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs)->setText(u"模型"_qs);
        const int shown = m_window->quoteTable()->model()->rowCount();
        QSignalSpy replaced(m_window.get(), &MainWindow::replaced);
        m_window->findChild<QAction *>(u"language-zh_TW"_qs)->trigger();
        QTRY_COMPARE(replaced.size(), 1);
        m_window.release()->deleteLater(); // it closed; it goes with the event loop
        m_window.reset(replaced.at(0).at(0).value<MainWindow *>());
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(Languages::chosen(), u"zh_TW"_qs);
        QCOMPARE(m_window->menuBar()->actions().first()->text(), u"檔案(&F)"_qs);
        QCOMPARE(m_window->quoteTable()->model()->headerData(0, Qt::Horizontal).toString(), u"發言者"_qs);
        QCOMPARE(m_window->quoteTable()->model()->rowCount(), shown);
        QCOMPARE(m_window->currentPath(), QFileInfo(kSeed).absoluteFilePath());
        QVERIFY(m_window->session()->undoStack()->canUndo());
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"修改類型"_qs);
        m_window->session()->undoStack()->undo();
        QVERIFY(m_window->session()->corrections().isEmpty());
        // And back to English, through the same menu.
        QSignalSpy again(m_window.get(), &MainWindow::replaced);
        m_window->findChild<QAction *>(u"language-en"_qs)->trigger();
        QTRY_COMPARE(again.size(), 1);
        m_window.release()->deleteLater();
        m_window.reset(again.at(0).at(0).value<MainWindow *>());
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_qs);
    }

    void articleAndQuotesAsPdf()
    {
        QTemporaryDir dir;
        QString error;
        const QString article = dir.filePath(u"article.pdf"_qs);
        QVERIFY2(m_window->exporter()->exportArticlePdf(article, &error), qPrintable(error));
        QVERIFY(readAll(article).startsWith("%PDF-"));
        QVERIFY(readAll(article).size() > 10000); // the text, with its Chinese font, is in it
        const QString quotes = dir.filePath(u"quotes.pdf"_qs);
        m_window->quoteTable()->selectRow(0);
        QVERIFY2(m_window->exporter()->exportQuotesPdf(quotes, &error), qPrintable(error));
        QVERIFY(readAll(quotes).startsWith("%PDF-"));
        // A folder where the file should go: refused, naming it, and nothing replaced.
        QVERIFY(!m_window->exporter()->exportArticlePdf(dir.path(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())) && error.contains(u"folder"_qs),
                 qPrintable(error));
    }

    void printedArticleCarriesTheHighlightsOfTheQuotesShown()
    {
        const ReaderDocumentPtr document = m_window->currentDocument();
        const QList<int> shown = {0, 4};
        const std::unique_ptr<QTextDocument> paper = printableArticle(document, shown, Script::AsWritten, false,
                                                                      m_window->reader()->font());
        const auto backgroundAt = [&paper](const QString &words) {
            const qsizetype at = paper->toPlainText().indexOf(words);
            QTextCursor cursor(paper.get());
            cursor.setPosition(int(at + 1));
            return cursor.charFormat().background().style() != Qt::NoBrush;
        };
        const Document &doc = document->document;
        QVERIFY(backgroundAt(doc.quoteText(doc.quotes.at(0)).left(8)));
        QVERIFY(backgroundAt(doc.quoteText(doc.quotes.at(4)).left(8)));
        QVERIFY(!backgroundAt(doc.quoteText(doc.quotes.at(1)).left(8))); // filtered out: not highlighted
        // The quote list: the quotes of the selection, grouped by speaker.
        const std::unique_ptr<QTextDocument> list = printableQuotes(QuoteSelection{&doc, {0, 4}}, m_window->font());
        QVERIFY(list->toPlainText().contains(u"張亞勤"_qs));
        QVERIFY(list->toPlainText().contains(doc.quoteText(doc.quotes.at(4)).left(10)));
        QVERIFY(!list->toPlainText().contains(doc.quoteText(doc.quotes.at(1)).left(10)));
    }

    void findMarksTheTextAndF3StepsThroughIt()
    {
        ReaderView *reader = m_window->reader();
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs);
        auto *findLabel = m_window->filterBar()->findChild<QLabel *>(u"findLabel"_qs);
        search->setText(u"算力"_qs);
        const QString shown = reader->document()->toPlainText();
        const qsizetype count = shown.count(u"算力"_qs);
        QVERIFY(count > 3);
        QCOMPARE(reader->findHitCount(), count);
        QVERIFY(findLabel->isVisible());
        QCOMPARE(findLabel->text(), u"%1 in the text"_qs.arg(count));
        activate();
        reader->setFocus();
        reader->moveCursor(QTextCursor::Start);
        QTest::keyClick(reader, Qt::Key_F3);
        const qsizetype first = shown.indexOf(u"算力"_qs);
        QCOMPARE(reader->textCursor().position(), int(first));
        QCOMPARE(findLabel->text(), u"1 of %1 in the text"_qs.arg(count));
        QTest::keyClick(reader, Qt::Key_F3);
        QCOMPARE(reader->textCursor().position(), int(shown.indexOf(u"算力"_qs, first + 1)));
        QTest::keyClick(reader, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(reader->textCursor().position(), int(first));
        QTest::keyClick(reader, Qt::Key_F3, Qt::ShiftModifier); // wraps round to the last
        QCOMPARE(reader->textCursor().position(), int(shown.lastIndexOf(u"算力"_qs)));
        // The marks are drawn where the words are, over the highlights.
        int marks = 0;
        for (const QTextEdit::ExtraSelection &selection : reader->extraSelections()) {
            marks += selection.cursor.selectedText() == u"算力" ? 1 : 0;
        }
        QVERIFY(marks > 0);
        // Simplified characters find the Traditional text; a word not there says so.
        search->setText(u"计算"_qs);
        QVERIFY(reader->findHitCount() > 0);
        search->setText(u"不存在的詞"_qs);
        QCOMPARE(reader->findHitCount(), 0);
        QCOMPARE(findLabel->text(), u"not in the text"_qs);
        search->clear();
        QVERIFY(!findLabel->isVisible());
    }

    void reopensTheLastArticleAtStartWhenAsked()
    {
        QVERIFY(!m_window->findChild<QAction *>(u"reopenLastAction"_qs)->isChecked()); // off unless chosen
        {
            MainWindow next;
            QVERIFY(!next.reopenLastArticle());
        }
        m_window->findChild<QAction *>(u"reopenLastAction"_qs)->setChecked(true);
        m_window.reset();
        MainWindow next;
        QVERIFY(next.findChild<QAction *>(u"reopenLastAction"_qs)->isChecked());
        QVERIFY(next.reopenLastArticle());
        QVERIFY(waitForLoad(&next));
        QCOMPARE(next.currentPath(), QFileInfo(kSeed).absoluteFilePath());
    }

private:
    static MainWindow *open(const QString &path)
    {
        auto *window = new MainWindow;
        window->resize(1300, 850);
        window->show();
        if (!QTest::qWaitForWindowExposed(window)) {
            delete window;
            return nullptr;
        }
        window->openFile(path);
        if (!waitForLoad(window)) {
            delete window;
            return nullptr;
        }
        return window;
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestFeatures)
#include "tst_features.moc"
