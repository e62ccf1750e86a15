// Corrections as a user makes them in the window, offscreen: every kind through its menu item, key or
// cell, each undone and redone through Edit; kept when the article is closed and opened again (renamed,
// edited); exported against golden files, and the exported corrections run through quotereader-cli to
// the very same JSON document.
// Golden files: QUOTEREADER_REGENERATE=1 ctest --test-dir build -R tst_correctionsgui (review the diff).
#include "articlesession.h"
#include "cli.h"
#include "correctioncontroller.h"
#include "corrections.h"
#include "correctionstore.h"
#include "filterbar.h"
#include "guitest.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"
#include "speakermodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace QuoteReader;
using namespace QuoteReader::GuiTest;

namespace {

int speakerNamed(const Document &doc, const QString &name)
{
    for (int i = 0; i < doc.speakers.size(); ++i) {
        if (doc.speakers.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

// "speaker|kind|mark|first words" of every row of the table, as the user sees it.
QStringList tableRows(const QTableView *table)
{
    QStringList rows;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const int mark = model->index(row, 0).data(CorrectionRole).toInt();
        rows.append(model->index(row, QuoteModel::SpeakerColumn).data().toString() + u'|'
                    + model->index(row, QuoteModel::KindColumn).data().toString() + u'|'
                    + (mark == int(QuoteCorrection::Added) ? u"added"_qs
                       : mark                              ? u"corrected"_qs
                                                           : QString())
                    + u'|' + model->index(row, QuoteModel::TextColumn).data().toString().left(12));
    }
    return rows;
}

int rowOfQuoteStarting(const QTableView *table, const QString &words)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, QuoteModel::TextColumn).data().toString().startsWith(words)) {
            return row;
        }
    }
    return -1;
}

// Selects `words` in the reader, as a mouse drag over them would.
bool selectInReader(ReaderView *reader, const QString &words)
{
    const qsizetype at = reader->document()->toPlainText().indexOf(words);
    if (at < 0) {
        return false;
    }
    QTextCursor cursor(reader->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(cursor);
    return true;
}

// The entries of the context menu `open` makes appear (the menu runs a loop of its own: a timer reads
// it and closes it).
QStringList contextMenuEntries(const std::function<void()> &open)
{
    QStringList entries;
    QTimer::singleShot(100, [&entries] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *item : menu->actions()) {
                if (!item->isSeparator()) {
                    entries.append(item->text().remove(u'&'));
                }
            }
            menu->close();
        }
    });
    open();
    return entries;
}

QAction *action(MainWindow *window, const QString &name)
{
    auto *found = window->findChild<QAction *>(name);
    if (!found) {
        qWarning() << "no action" << name;
    }
    return found;
}

} // namespace

class TestCorrectionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"QuoteReaderTest"_qs);
        QApplication::setApplicationName(u"tst_correctionsgui"_qs);
    }

    void init()
    {
        forgetEverything();
        m_window = openWindow(kSeed);
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        forgetEverything();
    }

    void changeSpeakerFromTheMenuThenUndoAndRedoByKey()
    {
        QTableView *table = m_window->quoteTable();
        const QStringList before = tableRows(table);
        const int row = rowOfQuoteStarting(table, u"大模型的出現確實"_qs); // 朱云來's
        QVERIFY(row >= 0);
        table->setFocus();
        table->selectRow(row);
        {
            DialogAnswerer answers({u"張亞勤"_qs});
            action(m_window.get(), u"changeSpeakerAction"_qs)->trigger();
            QCOMPARE(answers.answered(), 1);
            // The article's speakers are offered, most quoted first, and "no speaker".
            QCOMPARE(answers.items().first().mid(0, 2), (QStringList{u"張亞勤"_qs, u"朱云來"_qs}));
        }
        const int after = rowOfQuoteStarting(table, u"大模型的出現確實"_qs);
        QCOMPARE(tableRows(table).at(after).section(u'|', 0, 2), u"張亞勤|indirect|corrected"_qs);
        // The reader highlights it in 張亞勤's colour now.
        const Document &doc = m_window->currentDocument()->document;
        const int quote = table->model()->index(after, 0).data(QuoteIndexRole).toInt();
        QCOMPARE(m_window->currentDocument()->colorSlot(doc.quotes.at(quote).speaker),
                 m_window->currentDocument()->colorSlot(speakerNamed(doc, u"張亞勤"_qs)));
        QVERIFY(m_window->reader()
                    ->toolTipAtDisplayOffset(m_window->reader()->displayOffsetOfQuote(quote))
                    .contains(u"Corrected by you"_qs));
        // Edit > Undo names the edit; Ctrl+Z and Ctrl+Shift+Z work from the table.
        QCOMPARE(m_window->corrections()->undoAction()->text(), u"&Undo Change Speaker"_qs);
        activate();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tableRows(table), before);
        QCOMPARE(m_window->corrections()->redoAction()->text(), u"&Redo Change Speaker"_qs);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tableRows(table).at(after).section(u'|', 0, 2), u"張亞勤|indirect|corrected"_qs);
    }

    void changeSpeakerToANewNameInTheTableCell()
    {
        QTableView *table = m_window->quoteTable();
        const QModelIndex cell = table->model()->index(0, QuoteModel::SpeakerColumn);
        table->setCurrentIndex(cell);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2); // edit in place
        auto *editor = table->findChild<QComboBox *>(u"speakerEditor"_qs);
        QVERIFY(editor && editor->isVisible());
        QVERIFY(editor->findText(u"朱云來"_qs) >= 0);
        editor->setEditText(u"世界銀行"_qs);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(table->model()->index(0, QuoteModel::SpeakerColumn).data().toString(), u"世界銀行"_qs);
        // The new person is in the speakers pane and the filter's list.
        QVERIFY(
            m_window->speakerModel()->rowOfSpeaker(speakerNamed(m_window->currentDocument()->document, u"世界銀行"_qs))
            >= 0);
        auto *combo = m_window->filterBar()->findChild<QComboBox *>(u"speakerCombo"_qs);
        QVERIFY(combo->findText(u"世界銀行 (1)"_qs) >= 0);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Change Speaker"_qs);
        action(m_window.get(), u"undoAction"_qs)->trigger();
        QCOMPARE(table->model()->index(0, QuoteModel::SpeakerColumn).data().toString(), u"張亞勤"_qs);
        QCOMPARE(combo->findText(u"世界銀行 (1)"_qs), -1);
    }

    void kindFromTheMenuTheCellAndTheKeyboard()
    {
        activate();
        QTableView *table = m_window->quoteTable();
        table->setFocus();
        table->selectRow(0); // a direct quote
        QCOMPARE(table->model()->index(0, QuoteModel::KindColumn).data().toString(), u"direct"_qs);
        action(m_window.get(), u"indirectAction"_qs)->trigger();
        QCOMPARE(table->model()->index(0, QuoteModel::KindColumn).data().toString(), u"indirect"_qs);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Change Kind"_qs);
        QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); // toggle back
        QCOMPARE(table->model()->index(0, QuoteModel::KindColumn).data().toString(), u"direct"_qs);
        // In the cell: a list of the two kinds.
        const QModelIndex kind = table->model()->index(1, QuoteModel::KindColumn);
        table->setCurrentIndex(kind);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = table->findChild<QComboBox *>(u"kindEditor"_qs);
        QVERIFY(editor && editor->isVisible());
        editor->setCurrentIndex(editor->findData(int(QuoteKind::Direct)));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(1, QuoteModel::KindColumn).data().toString(), u"direct"_qs);
        QCOMPARE(m_window->session()->undoStack()->count(), 3);
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        }
        QCOMPARE(table->model()->index(0, QuoteModel::KindColumn).data().toString(), u"direct"_qs);
        QCOMPARE(table->model()->index(1, QuoteModel::KindColumn).data().toString(), u"indirect"_qs);
    }

    void setQuoteToSelectionFromTheReader()
    {
        QTableView *table = m_window->quoteTable();
        const int row = rowOfQuoteStarting(table, u"42公里的馬拉松"_qs);
        table->selectRow(row);
        ReaderView *reader = m_window->reader();
        // The user drags over the words with their quotation marks: the marks are left out.
        QVERIFY(selectInReader(reader, u"“42公里的馬拉松我們現在只跑了5公里”"_qs)
                || selectInReader(reader, u"42公里的馬拉松我們現在只跑了5公里"_qs));
        reader->setFocus();
        QVERIFY(action(m_window.get(), u"setBoundariesAction"_qs)->isEnabled());
        activate();
        QTest::keyClick(reader, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Set Quote to Selection"_qs);
        const int now = rowOfQuoteStarting(table, u"42公里的馬拉松"_qs);
        QCOMPARE(table->model()->index(now, QuoteModel::TextColumn).data().toString(),
                 u"42公里的馬拉松我們現在只跑了5公里"_qs);
        QCOMPARE(table->model()->index(now, 0).data(CorrectionRole).toInt(), int(QuoteCorrection::Corrected));
        QVERIFY(table->model()
                    ->index(now, QuoteModel::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Corrected by you"_qs));
        // The highlight covers the new words.
        const int quote = table->model()->index(now, 0).data(QuoteIndexRole).toInt();
        reader->scrollToQuote(quote);
        QStringList highlighted;
        for (const QTextEdit::ExtraSelection &selection : reader->extraSelections()) {
            highlighted.append(selection.cursor.selectedText());
        }
        QVERIFY2(highlighted.contains(u"42公里的馬拉松我們現在只跑了5公里"_qs), qPrintable(highlighted.join(u" | ")));
        action(m_window.get(), u"undoAction"_qs)->trigger();
        QVERIFY(table->model()
                    ->index(rowOfQuoteStarting(table, u"42公里的馬拉松"_qs), QuoteModel::TextColumn)
                    .data()
                    .toString()
                    .endsWith(u"無限可能"_qs));
    }

    void deleteKeyDeletesTheQuoteButNotTheSearchText()
    {
        QTableView *table = m_window->quoteTable();
        const int rows = table->model()->rowCount();
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs);
        activate();
        search->setFocus();
        search->setText(u"模型"_qs);
        search->setCursorPosition(0);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(search->text(), u"型"_qs);
        search->clear();
        QCOMPARE(table->model()->rowCount(), rows);

        table->setFocus();
        table->selectRow(2);
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(action(m_window.get(), u"deleteQuoteAction"_qs)->text(), u"De&lete 2 Quotes"_qs);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), rows - 2);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Delete Quotes"_qs);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->model()->rowCount(), rows);
    }

    void addAMissedQuoteFromASelectionWithANewSpeaker()
    {
        ReaderView *reader = m_window->reader();
        QVERIFY(selectInReader(reader, u"人工智能(AI)大模型正在成為新的討論熱點"_qs));
        QVERIFY(action(m_window.get(), u"addQuoteAction"_qs)->isEnabled());
        const int rows = m_window->quoteTable()->model()->rowCount();
        {
            DialogAnswerer answers({u"記者"_qs});
            activate();
            reader->setFocus();
            QTest::keyClick(reader, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(answers.answered(), 1);
        }
        QCOMPARE(m_window->quoteTable()->model()->rowCount(), rows + 1);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Add Quote"_qs);
        QCOMPARE(tableRows(m_window->quoteTable()).first(), u"記者|indirect|added|人工智能(AI)大模型正"_qs);
        const Document &doc = m_window->currentDocument()->document;
        QCOMPARE(doc.quotes.first().rule, u"user"_qs);
        QVERIFY(m_window->reader()->visibleHighlights().contains(0));
        QVERIFY(reader->toolTipAtDisplayOffset(reader->displayOffsetOfQuote(0)).contains(u"Added by you"_qs));
        // "Corrected only" shows it alone.
        m_window->filterBar()->findChild<QCheckBox *>(u"correctedCheck"_qs)->setChecked(true);
        QCOMPARE(tableRows(m_window->quoteTable()), QStringList{u"記者|indirect|added|人工智能(AI)大模型正"_qs});
        QCOMPARE(reader->visibleHighlights(), QList<int>{0});
        // Cancelling the dialog adds nothing.
        QVERIFY(selectInReader(reader, u"同時還展望了未來的發展機遇"_qs));
        DialogAnswerer cancel({QString()});
        action(m_window.get(), u"addQuoteAction"_qs)->trigger();
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
    }

    void renameEditRoleAndMergeInTheSpeakersPane()
    {
        QTableView *table = m_window->quoteTable();
        const QStringList before = tableRows(table);
        QTreeView *pane = m_window->speakerView();
        SpeakerModel *speakers = m_window->speakerModel();
        const Document doc = m_window->currentDocument()->document;
        const int zhu = speakerNamed(doc, u"朱云來"_qs);
        const QModelIndex zhuIndex = speakers->index(speakers->rowOfSpeaker(zhu), SpeakerModel::NameColumn);
        // F2 renames in place.
        pane->setFocus();
        pane->setCurrentIndex(zhuIndex);
        QTest::keyClick(pane, Qt::Key_F2);
        auto *editor = pane->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        editor->setText(u"朱雲來"_qs);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_window->session()->undoStack()->undoText(), u"Rename Speaker"_qs);
        const int renamed = speakerNamed(m_window->currentDocument()->document, u"朱雲來"_qs);
        QVERIFY(renamed >= 0);
        QVERIFY(tableRows(table).join(u'\n').contains(u"朱雲來|"_qs));
        // The role, from the Corrections menu, for the speaker current in the pane.
        pane->setCurrentIndex(speakers->index(speakers->rowOfSpeaker(renamed), 0));
        pane->setFocus();
        {
            DialogAnswerer answers({u"中金公司前總裁"_qs});
            action(m_window.get(), u"editRoleAction"_qs)->trigger();
            QCOMPARE(answers.answered(), 1);
        }
        QCOMPARE(m_window->currentDocument()->document.speakers.at(renamed).role, u"中金公司前總裁"_qs);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Edit Role"_qs);
        // Merged into 張亞勤: every quote is 張亞勤's, one speaker is left.
        pane->setCurrentIndex(speakers->index(speakers->rowOfSpeaker(renamed), 0));
        pane->setFocus();
        {
            DialogAnswerer answers({u"張亞勤"_qs});
            action(m_window.get(), u"mergeSpeakersAction"_qs)->trigger();
            QCOMPARE(answers.answered(), 1);
        }
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Merge Speakers"_qs);
        QCOMPARE(speakers->rowCount(), 1);
        QCOMPARE(m_window->currentDocument()->document.speakers.first().quotes, table->model()->rowCount());
        // The context menu of the pane offers the same, named.
        QMenu menu;
        m_window->corrections()->addSpeakerActions(&menu, 0);
        QStringList texts;
        for (QAction *item : menu.actions()) {
            texts.append(item->text());
        }
        QVERIFY2(texts.join(u'|').contains(u"Rename “張亞勤”…"_qs), qPrintable(texts.join(u'|')));
        // Undone one by one, back to what the engine found.
        for (int i = 0; i < 3; ++i) {
            action(m_window.get(), u"undoAction"_qs)->trigger();
        }
        QCOMPARE(tableRows(table), before);
        QCOMPARE(speakers->rowCount(), 2);
        QVERIFY(!action(m_window.get(), u"undoAction"_qs)->isEnabled());
    }

    void contextMenusOfTheReaderTheTableAndTheSpeakersOfferTheCorrections()
    {
        ReaderView *reader = m_window->reader();
        reader->scrollToQuote(0);
        QTextCursor cursor(reader->document());
        cursor.setPosition(int(reader->displayOffsetOfQuote(0) + 2));
        const QPoint onQuote = reader->cursorRect(cursor).center();
        const QStringList readerEntries = contextMenuEntries([&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, onQuote, reader->viewport()->mapToGlobal(onQuote));
            QApplication::sendEvent(reader->viewport(), &event);
        });
        for (const QString &entry :
             {u"Copy"_qs, u"Speaker"_qs, u"Direct Quote"_qs, u"Delete Quote"_qs, u"Add Quote from Selection…"_qs}) {
            QVERIFY2(readerEntries.contains(entry), qPrintable(readerEntries.join(u" | ")));
        }
        // Over the quote, it became the current one: what the menu offers acts on it.
        QCOMPARE(m_window->quoteTable()->currentIndex().data(QuoteIndexRole).toInt(), 0);

        QTableView *table = m_window->quoteTable();
        table->selectRow(1);
        const QStringList tableEntries = contextMenuEntries(
            [&] { emit table->customContextMenuRequested(table->visualRect(table->model()->index(1, 0)).center()); });
        for (const QString &entry :
             {u"Speaker"_qs, u"Indirect Quote"_qs, u"Set Quote to Selection"_qs, u"Copy Quotes"_qs}) {
            QVERIFY2(tableEntries.contains(entry), qPrintable(tableEntries.join(u" | ")));
        }

        QTreeView *pane = m_window->speakerView();
        const QModelIndex first = pane->model()->index(0, 0);
        const QString name = first.data().toString();
        const QStringList paneEntries = contextMenuEntries(
            [&] { emit pane->customContextMenuRequested(pane->visualRect(first).center()); });
        QVERIFY2(paneEntries.contains(u"Rename “%1”…"_qs.arg(name)), qPrintable(paneEntries.join(u" | ")));
        QVERIFY2(paneEntries.contains(u"Merge “%1” Into"_qs.arg(name)), qPrintable(paneEntries.join(u" | ")));
    }

    void modelsStayConsistentThroughGuiEdits()
    {
        QAbstractItemModelTester quoteTester(m_window->quoteModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(m_window->quoteProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester speakerTester(m_window->speakerModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(m_window->quoteModel(), &QAbstractItemModel::modelReset);
        m_window->quoteTable()->sortByColumn(QuoteModel::SpeakerColumn, Qt::AscendingOrder);
        ArticleSession *session = m_window->session();
        QVERIFY(session->setSpeaker({3, 4}, u"新來的人"_qs));
        QVERIFY(session->deleteQuotes({0, 5}));
        QVERIFY(session->addQuote(TextRange{0, 10}, u"朱云來"_qs, QuoteKind::Direct));
        QVERIFY(session->mergeSpeakers(speakerNamed(session->document()->document, u"新來的人"_qs),
                                       speakerNamed(session->document()->document, u"張亞勤"_qs)));
        while (session->undoStack()->canUndo()) {
            session->undoStack()->undo();
        }
        while (session->undoStack()->canRedo()) {
            session->undoStack()->redo();
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(m_window->quoteProxy()->rowCount(), m_window->currentDocument()->document.quotes.size());
    }

    void correctionsAreKeptAndRestoredWhenTheFileMoves()
    {
        QTableView *table = m_window->quoteTable();
        table->selectRow(0);
        action(m_window.get(), u"indirectAction"_qs)->trigger();
        {
            DialogAnswerer answers({u"世界銀行"_qs});
            table->selectRow(1);
            action(m_window.get(), u"changeSpeakerAction"_qs)->trigger();
        }
        const QStringList corrected = tableRows(table);
        // Kept already: no Save.
        const QString key = m_window->session()->contentKey();
        QVERIFY(QFileInfo::exists(CorrectionStore().fileFor(key)));
        m_window.reset();

        // The same article under another name and in another folder: its corrections come back.
        QTemporaryDir dir;
        const QString moved = dir.filePath(u"renamed article.txt"_qs);
        QVERIFY(QFile::copy(kSeed, moved));
        m_window = openWindow(moved);
        QVERIFY(m_window);
        QCOMPARE(tableRows(m_window->quoteTable()), corrected);
        QCOMPARE(m_window->session()->corrections().size(), 2);
        QVERIFY(!m_window->session()->undoStack()->canUndo()); // restored, not an edit of this session
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"restored"_qs),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Reverting them all is one edit, and keeps nothing for next time.
        action(m_window.get(), u"revertCorrectionsAction"_qs)->trigger();
        QVERIFY(!QFileInfo::exists(CorrectionStore().fileFor(key)));
        action(m_window.get(), u"undoAction"_qs)->trigger();
        QVERIFY(QFileInfo::exists(CorrectionStore().fileFor(key)));
    }

    void anEditedFileKeepsWhatStillAnchorsAndListsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.txt"_qs);
        QVERIFY(QFile::copy(kSeed, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = openWindow(path);
        QVERIFY(m_window);
        ArticleSession *session = m_window->session();
        QTableView *table = m_window->quoteTable();
        const int first =
            table->model()->index(rowOfQuoteStarting(table, u"42公里"_qs), 0).data(QuoteIndexRole).toInt();
        const int last =
            table->model()->index(rowOfQuoteStarting(table, u"從投資的角度看"_qs), 0).data(QuoteIndexRole).toInt();
        QVERIFY(session->setSpeaker({first}, u"世界銀行"_qs));
        QVERIFY(session->setKind({last}, QuoteKind::Direct));
        m_window.reset();

        // The user edits the file: a line before everything (offsets move) and the words of the first quote.
        QByteArray bytes = readAll(path);
        bytes.replace("42公里的馬拉松", "四十二公里的馬拉松");
        bytes.prepend("編者按：本文經過整理。\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        m_window = openWindow(path);
        QVERIFY(m_window);
        // The kind still applies, found at its new offsets; the speaker correction is listed, not dropped.
        const QStringList rows = tableRows(m_window->quoteTable());
        QVERIFY2(rows.join(u'\n').contains(u"朱云來|direct|corrected|從投資的角度看"_qs), qPrintable(rows.join(u'\n')));
        QCOMPARE(m_window->session()->corrections().size(), 2);
        QCOMPARE(m_window->session()->report().unanchored.size(), 1);
        auto *dialog = m_window->findChild<QDialog *>(u"correctionsDialog"_qs);
        QVERIFY(dialog && dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(u"correctionsList"_qs);
        QVERIFY(list->topLevelItem(0)->text(0).contains(u"42公里"_qs));
        QVERIFY(list->topLevelItem(0)->text(1).contains(u"no longer in the article"_qs));
        // Taken out when the user says so (and that is an edit too).
        dialog->findChild<QPushButton *>(u"removeUnappliedButton"_qs)->click();
        QCOMPARE(m_window->session()->corrections().size(), 1);
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Remove Corrections Not Applied"_qs);
    }

    void exportsMatchGoldenFilesAndTheCommandLineAppliesTheSameCorrections()
    {
        QTableView *table = m_window->quoteTable();
        ArticleSession *session = m_window->session();
        const auto quoteStarting = [table](const QString &words) {
            return table->model()->index(rowOfQuoteStarting(table, words), 0).data(QuoteIndexRole).toInt();
        };
        QVERIFY(session->setSpeaker({quoteStarting(u"大模型的出現確實"_qs)}, u"張亞勤"_qs));
        QVERIFY(session->setKind({quoteStarting(u"需要人才"_qs)}, QuoteKind::Indirect));
        QVERIFY(session->deleteQuotes({quoteStarting(u"中國擁有人才多"_qs)}));
        const QString text = m_window->currentDocument()->document.text;
        const qsizetype start = text.indexOf(u"人工智能(AI)大模型正在成為新的討論熱點"_qs);
        QVERIFY(session->addQuote({start, start + 20}, u"記者"_qs, QuoteKind::Indirect));
        QVERIFY(session->setRole(speakerNamed(session->document()->document, u"記者"_qs), u"本報記者"_qs));
        QVERIFY(session->renameSpeaker(speakerNamed(session->document()->document, u"朱云來"_qs), u"朱雲來"_qs));
        const int quote = quoteStarting(u"42公里的馬拉松"_qs);
        const TextRange range = session->document()->document.quotes.at(quote).range;
        QVERIFY(session->setBoundaries(quote, {range.start, range.end - 6}));

        QTemporaryDir dir;
        const auto golden = [](const QString &name, QByteArray actual) {
            actual.replace(QByteArray(QUOTEREADER_SOURCE_DIR), QByteArray("$SOURCE_DIR"));
            const QString path = QStringLiteral(QUOTEREADER_TEST_DATA "/gui/") + name;
            if (qEnvironmentVariableIsSet("QUOTEREADER_REGENERATE")) {
                QFile out(path);
                return out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size();
            }
            if (actual != readAll(path)) {
                qWarning().noquote() << "Actual" << name << ":\n" << QString::fromUtf8(actual);
                return false;
            }
            return true;
        };
        QString error;
        const QString json = dir.filePath(u"quotes.json"_qs);
        QVERIFY2(m_window->exportQuotes(json, ExportFormat::Json, &error), qPrintable(error));
        QVERIFY(golden(u"seed-corrected.json"_qs, readAll(json)));
        const QString markdown = dir.filePath(u"quotes.md"_qs);
        QVERIFY2(m_window->exportQuotes(markdown, ExportFormat::Markdown, &error), qPrintable(error));
        QVERIFY(golden(u"seed-corrected.md"_qs, readAll(markdown)));
        const QString corrections = dir.filePath(u"corrections.json"_qs);
        QVERIFY2(m_window->corrections()->exportCorrections(corrections, &error), qPrintable(error));

        // The command line, given the article and the corrections exported, writes the same document.
        const TestSupport::CliRun run = TestSupport::runProgram(QStringLiteral(QUOTEREADER_CLI),
                                                                {u"extract"_qs, kSeed, u"--corrections"_qs, corrections,
                                                                 u"--format"_qs, u"json"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out, readAll(json));
    }

    void importingCorrectionsIsOneEditAndSaysWhatCannotApply()
    {
        // Made by someone else on the same article: one that applies here, one about words not in it.
        const Document &doc = m_window->currentDocument()->document;
        QList<Correction> list = {Correction::setKind(doc, 0, QuoteKind::Indirect),
                                  Correction::renameSpeaker(u"不在文中的人"_qs, u"某人"_qs)};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.json"_qs);
        QString error;
        QVERIFY(writeCorrectionsFile(path,
                                     CorrectionsFile{ArticleId{contentKey(u"another text"), u"other.txt"_qs}, list},
                                     &error));
        QVERIFY2(m_window->corrections()->importCorrections(path, &error), qPrintable(error));
        QCOMPARE(m_window->session()->undoStack()->undoText(), u"Import Corrections"_qs);
        QCOMPARE(m_window->quoteTable()->model()->index(0, QuoteModel::KindColumn).data().toString(), u"indirect"_qs);
        auto *dialog = m_window->findChild<QDialog *>(u"correctionsDialog"_qs);
        QVERIFY(dialog && dialog->isVisible());
        const QString note = dialog->findChild<QLabel *>(u"correctionsNote"_qs)->text();
        QVERIFY2(note.contains(u"could not be applied"_qs) && note.contains(u"other.txt"_qs), qPrintable(note));
        QVERIFY(dialog->findChild<QTreeWidget *>(u"correctionsList"_qs)
                    ->topLevelItem(0)
                    ->text(1)
                    .contains(u"不在文中的人"_qs));
        action(m_window.get(), u"undoAction"_qs)->trigger();
        QVERIFY(m_window->session()->corrections().isEmpty());
        // A file that is not one is refused, naming it.
        QFile bad(dir.filePath(u"notes.json"_qs));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[1, 2, 3]");
        bad.close();
        QVERIFY(!m_window->corrections()->importCorrections(bad.fileName(), &error));
        QVERIFY2(error.contains(u"notes.json"_qs), qPrintable(error));
    }

    void anUnreadableKeptFileIsReportedNotIgnored()
    {
        const QString key = m_window->session()->contentKey();
        m_window.reset();
        QDir().mkpath(CorrectionStore().folder());
        QFile broken(CorrectionStore().fileFor(key));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        m_window = openWindow(kSeed);
        QVERIFY(m_window);
        auto *box = m_window->findChild<QMessageBox *>(u"errorBox"_qs);
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(key), qPrintable(box->text()));
    }

    void aFailedSaveIsSaidAndTheCorrectionKept()
    {
        // Where the folder should be stands a file: nothing can be saved there.
        QDir(CorrectionStore().folder()).removeRecursively();
        QDir().mkpath(QFileInfo(CorrectionStore().folder()).absolutePath());
        QFile blocker(CorrectionStore().folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(m_window->session()->setKind({0}, QuoteKind::Indirect));
        auto *box = m_window->findChild<QMessageBox *>(u"errorBox"_qs);
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->windowTitle().contains(u"Not Saved"_qs), qPrintable(box->windowTitle()));
        QCOMPARE(m_window->session()->corrections().size(), 1);
        // Exporting them still works.
        QTemporaryDir dir;
        QVERIFY(m_window->corrections()->exportCorrections(dir.filePath(u"kept.json"_qs)));
        QVERIFY(readCorrectionsFile(dir.filePath(u"kept.json"_qs)).file->corrections.size() == 1);
    }

private:
    // Keys reach the window's shortcuts only while it is the active one (a dialog closed leaves none).
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1300, 850);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return nullptr;
        }
        window->openFile(path);
        if (!waitForLoad(window.get())) {
            return nullptr;
        }
        return window;
    }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCorrectionsGui)
#include "tst_correctionsgui.moc"
