// Issue 9's defects found using the reader as a new user would, one regression test each (numbered as
// in the issue).
#include "exporter.h"
#include "filterbar.h"
#include "guitest.h"
#include "languages.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"
#include "sectionmodel.h"
#include "speakermodel.h"
#include "thememodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>

#include <cmath>

using namespace QuoteReader;
using namespace QuoteReader::GuiTest;

namespace {

const QString kBridge = QStringLiteral(QUOTEREADER_TEST_DATA "/gui/bridge.txt");

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    return dark;
}

QStringList speakerNames(const Document &doc)
{
    QStringList names;
    for (const Speaker &s : doc.speakers) {
        names.append(s.name);
    }
    return names;
}

} // namespace

class TestDefects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"QuoteReaderTest"_qs);
        QApplication::setApplicationName(u"tst_defects"_qs);
    }

    void init()
    {
        forgetEverything();
        Languages::install(u"en"_qs);
    }

    void cleanup()
    {
        m_window.reset();
        Languages::install(u"en"_qs);
    }

    // 1. The export dialog offered ":/" for the bundled sample, and remembered a folder even when the
    // export there failed.
    void defect01_exportFolderIsNeverAResourceNorOneThatFailed()
    {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QSettings().setValue(u"paths/export"_qs, u":/"_qs);
        QCOMPARE(Exporter::startFolder(), documents.isEmpty() ? QDir::homePath() : documents);
        open(kSeed);
        QString error;
        QVERIFY(!m_window->exportQuotes(u"/nonexistent-quotereader-dir/quotes.md"_qs, ExportFormat::Markdown, &error));
        QCOMPARE(QSettings().value(u"paths/export"_qs).toString(), u":/"_qs); // not the failed one
        QTemporaryDir dir;
        QVERIFY(m_window->exportQuotes(dir.filePath(u"quotes.md"_qs), ExportFormat::Markdown, &error));
        QCOMPARE(Exporter::startFolder(), QFileInfo(dir.path()).absoluteFilePath());
        dir.remove();
        QCOMPARE(Exporter::startFolder(), documents.isEmpty() ? QDir::homePath() : documents);
    }

    // 2. With wrapping paragraphs, clicking a section scrolled to the wrong place.
    void defect02_outlineClickBringsTheHeadingToTheTop()
    {
        open(kSeed);
        m_window->resize(900, 900); // narrow: the paragraphs wrap over several lines
        QTest::qWait(50);
        ReaderView *reader = m_window->reader();
        QVERIFY(reader->document()->lineCount() > reader->document()->blockCount());
        QTreeView *outline = m_window->sectionView();
        const Document &doc = m_window->currentDocument()->document;
        int checked = 0;
        for (int row = outline->model()->rowCount() - 1; row >= 1; --row) {
            const QModelIndex index = outline->model()->index(row, 0);
            outline->scrollTo(index);
            QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualRect(index).center());
            const QScrollBar *bar = reader->verticalScrollBar();
            const QTextBlock heading = reader->document()->findBlock(
                int(reader->displayOffsetOf(doc.sections.at(row).range.start)));
            if (bar->value() == bar->maximum() && reader->topBlock().blockNumber() < heading.blockNumber()) {
                continue; // the end of the article: nothing left to scroll
            }
            QCOMPARE(reader->topBlock().blockNumber(), heading.blockNumber());
            QVERIFY(reader->topBlock().text().contains(doc.sections.at(row).title.left(4)));
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    // 3. Ctrl+C with text selected in the reader copied the quotes report.
    void defect03_copyTakesTheSelectionOfThePaneWithTheFocus()
    {
        open(kSeed);
        activate();
        ReaderView *reader = m_window->reader();
        const QString words = u"世界人工智能大會投融資主題論壇"_qs;
        const qsizetype at = reader->document()->toPlainText().indexOf(words);
        QVERIFY(at >= 0);
        QTextCursor cursor(reader->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), words);
        // In the table, the same key copies the quotes selected.
        QTableView *table = m_window->quoteTable();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->mimeData()->hasHtml());
        QVERIFY(QApplication::clipboard()->text().contains(u"42公里的馬拉松"_qs));
        // In the search field, its own selection.
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs);
        search->setFocus();
        search->setText(u"算力效率"_qs);
        search->selectAll();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"算力效率"_qs);
    }

    // 4. With a dark palette, the highlights stayed light pastel under light text.
    void defect04_highlightsFollowADarkPalette()
    {
        open(kSeed);
        ReaderView *reader = m_window->reader();
        reader->setPalette(darkPalette());
        reader->scrollToQuote(0);
        QVERIFY(!reader->extraSelections().isEmpty());
        int backgrounds = 0;
        for (const QTextEdit::ExtraSelection &selection : reader->extraSelections()) {
            if (selection.format.hasProperty(QTextFormat::BackgroundBrush)) {
                const QColor background = selection.format.background().color();
                const QColor text = selection.format.hasProperty(QTextFormat::ForegroundBrush)
                                        ? selection.format.foreground().color()
                                        : reader->palette().color(QPalette::Text);
                QVERIFY2(background.lightness() < 128, qPrintable(background.name()));
                QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + u" on "_qs + background.name()));
                ++backgrounds;
            }
        }
        QVERIFY(backgrounds > 0);
        // And back to light: light highlights under dark text.
        reader->setPalette(QPalette(Qt::white));
        QPalette light = reader->palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        reader->setPalette(light);
        reader->scrollToQuote(0);
        for (const QTextEdit::ExtraSelection &selection : reader->extraSelections()) {
            if (selection.format.hasProperty(QTextFormat::BackgroundBrush)) {
                QVERIFY(selection.format.background().color().lightness() > 128);
            }
        }
    }

    // 5. The engine's messages stayed English in the Chinese interfaces.
    void defect05_engineMessagesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("empty");      // "the file is empty." translated: a word of it
        QTest::addColumn<QString>("notWritten"); // "Could not write": a word of it
        QTest::newRow("zh_TW") << u"zh_TW"_qs << u"空"_qs << u"無法寫入"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"空"_qs << u"无法写入"_qs;
    }

    void defect05_engineMessagesAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, empty);
        QFETCH(QString, notWritten);
        QVERIFY(Languages::install(language));
        open(kSeed);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        m_window->openFile(path);
        QString error;
        QVERIFY(!waitForLoad(m_window.get(), &error));
        QVERIFY2(error.contains(u"empty.txt"_qs) && error.contains(empty) && !error.contains(u"the file is empty"_qs),
                 qPrintable(error));
        QVERIFY(!m_window->exportQuotes(dir.filePath(u"none/quotes.md"_qs), ExportFormat::Markdown, &error));
        QVERIFY2(error.contains(notWritten), qPrintable(error));
    }

    // 6. Texts cut off: speaker names in the pane and the table, the theme box, the search field's
    // placeholder in Chinese, the speaker list as it opens, the rows of the themes pane.
    void defect06_nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("zh_TW") << u"zh_TW"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs;
    }

    void defect06_nothingIsCutOff()
    {
        QFETCH(QString, language);
        QVERIFY(Languages::install(language));
        open(kBridge);
        QTest::qWait(50);
        const Document &doc = m_window->currentDocument()->document;
        QTableView *table = m_window->quoteTable();
        const QFontMetrics metrics(table->font());
        for (const QString &name : speakerNames(doc)) {
            QVERIFY2(table->columnWidth(QuoteModel::SpeakerColumn) > metrics.horizontalAdvance(name) + 16,
                     qPrintable(name));
        }
        // The speakers pane: the name column leaves the names whole (check box and swatch beside them).
        QTreeView *pane = m_window->speakerView();
        QFont bold = pane->font();
        bold.setWeight(QFont::DemiBold);
        const int icons = 2 * pane->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
        for (const QString &name : speakerNames(doc)) {
            QVERIFY2(pane->columnWidth(SpeakerModel::NameColumn) - icons >= QFontMetrics(bold).horizontalAdvance(name),
                     qPrintable(name + u": "_qs + QString::number(pane->columnWidth(SpeakerModel::NameColumn))));
        }
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs);
        QVERIFY2(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()),
                 qPrintable(search->placeholderText()));
        for (const QString &name : {u"themeCombo"_qs, u"speakerCombo"_qs, u"kindCombo"_qs}) {
            auto *combo = m_window->filterBar()->findChild<QComboBox *>(name);
            QVERIFY2(combo->width() >= combo->minimumSizeHint().width(), qPrintable(name));
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i) {
                widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            }
            QVERIFY2(combo->view()->minimumWidth() > widest, qPrintable(name));
        }
        // Rows of the themes pane hold their Latin words with room for the descenders.
        QTreeView *themes = m_window->findChild<QTreeView *>(u"themeView"_qs);
        QVERIFY(themes->model()->rowCount() > 0);
        QVERIFY(themes->visualRect(themes->model()->index(0, 0)).height() >= themes->fontMetrics().height() + 4);
    }

    // 7. View > Characters changed the reader only.
    void defect07_charactersConvertTheTableDocksAndOutline()
    {
        open(kSeed);
        m_window->findChild<QAction *>(u"script-1"_qs)->trigger(); // Simplified
        QCOMPARE(m_window->quoteTable()->model()->index(0, QuoteModel::SpeakerColumn).data().toString(), u"张亚勤"_qs);
        QVERIFY(m_window->quoteTable()
                    ->model()
                    ->index(1, QuoteModel::TextColumn)
                    .data()
                    .toString()
                    .startsWith(u"大模型目前在时效性"_qs));
        const QStringList names = {m_window->speakerModel()->index(0, 0).data().toString(),
                                   m_window->speakerModel()->index(1, 0).data().toString()};
        QVERIFY2(names.contains(u"张亚勤"_qs) && names.contains(u"朱云来"_qs), qPrintable(names.join(u',')));
        QCOMPARE(m_window->sectionModel()->index(1, 0).data().toString(), u"大模型还面临局限性"_qs);
        auto *combo = m_window->filterBar()->findChild<QComboBox *>(u"speakerCombo"_qs);
        QVERIFY(combo->findText(u"张亚勤 (11)"_qs) >= 0);
        m_window->findChild<QAction *>(u"script-0"_qs)->trigger(); // as written
        QCOMPARE(m_window->quoteTable()->model()->index(0, QuoteModel::SpeakerColumn).data().toString(), u"張亞勤"_qs);
        QCOMPARE(m_window->sectionModel()->index(1, 0).data().toString(), u"大模型還面臨局限性"_qs);
    }

    // 8. A speaker's colour changed when the file was reloaded with one more speaker.
    void defect08_speakersKeepTheirColourAcrossAReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.txt"_qs);
        QVERIFY(QFile::copy(kBridge, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        open(path);
        const auto colours = [this] {
            QHash<QString, QColor> byName;
            for (int row = 0; row < m_window->speakerModel()->rowCount(); ++row) {
                const QModelIndex index = m_window->speakerModel()->index(row, 0);
                byName.insert(index.data().toString(), index.data(ColorRole).value<QColor>());
            }
            return byName;
        };
        const QHash<QString, QColor> before = colours();
        // A new first speaker: every engine index moves by one.
        QByteArray bytes = readAll(path);
        bytes.replace("\n\nThe town council",
                      "\n\n\"The detour adds ten minutes,\" said Carla Mendes, a bus driver.\n\nThe town council");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        m_window->openFile(path); // what the file watcher does
        QVERIFY(waitForLoad(m_window.get()));
        QCOMPARE(speakerNames(m_window->currentDocument()->document).first(), u"Carla Mendes"_qs);
        const QHash<QString, QColor> after = colours();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(after.value(it.key()), it.value());
        }
        QVERIFY(!before.values().contains(after.value(u"Carla Mendes"_qs)));
    }

    // 9. After a failed Reopen with Encoding, the menu ticked the encoding that failed.
    void defect09_encodingMenuTicksTheEncodingShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gb.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // GB18030 for 北京市民表示很好, many times: detected, and invalid as UTF-8.
        const QByteArray line("\xB1\xB1\xBE\xA9\xCA\xD0\xC3\xF1\xB1\xED\xCA\xBE\xBA\xDC\xBA\xC3\xA1\xA3\n");
        for (int i = 0; i < 20; ++i) {
            file.write(line);
        }
        file.close();
        open(path);
        QVERIFY(m_window->findChild<QAction *>(u"encoding-auto"_qs)->isChecked());
        m_window->findChild<QAction *>(u"encoding-UTF-8"_qs)->trigger();
        QString error;
        QVERIFY(!waitForLoad(m_window.get(), &error));
        QVERIFY2(error.contains(u"UTF-8"_qs), qPrintable(error));
        QVERIFY(!m_window->findChild<QAction *>(u"encoding-UTF-8"_qs)->isChecked());
        QVERIFY(m_window->findChild<QAction *>(u"encoding-auto"_qs)->isChecked());
    }

    // 10. Pinyin search matched speaker names only.
    void defect10_pinyinFindsTheWordsAndInitialsFindNames()
    {
        open(kSeed);
        const Document &doc = m_window->currentDocument()->document;
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(u"searchEdit"_qs);
        search->setText(u"suanfa"_qs);
        int withAlgorithm = 0;
        for (const Quote &quote : doc.quotes) {
            withAlgorithm += doc.quoteText(quote).contains(u"算法"_qs) ? 1 : 0;
        }
        QVERIFY(withAlgorithm > 0);
        QCOMPARE(m_window->quoteTable()->model()->rowCount(), withAlgorithm);
        search->setText(u"zyl"_qs);
        int zhu = 0;
        for (const Quote &quote : doc.quotes) {
            zhu += doc.speakerOf(quote) && doc.speakerOf(quote)->name == u"朱云來" ? 1 : 0;
        }
        QCOMPARE(m_window->quoteTable()->model()->rowCount(), zhu);
    }

    // 11. A JSON export of a selection described the whole article.
    void defect11_jsonExportOfASelectionDescribesTheSelection()
    {
        open(kSeed);
        QTableView *table = m_window->quoteTable();
        QList<int> rows;
        for (int row = 0; row < table->model()->rowCount() && rows.size() < 2; ++row) {
            if (table->model()->index(row, 0).data().toString() == u"朱云來") {
                rows.append(row);
            }
        }
        table->selectRow(rows.at(0));
        table->selectionModel()->select(table->model()->index(rows.at(1), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        QString error;
        QVERIFY(m_window->exportQuotes(dir.filePath(u"two.json"_qs), ExportFormat::Json, &error));
        const QJsonObject root = QJsonDocument::fromJson(readAll(dir.filePath(u"two.json"_qs))).object();
        QCOMPARE(root.value(u"quotes").toArray().size(), 2);
        const QJsonArray speakers = root.value(u"speakers").toArray();
        QCOMPARE(speakers.size(), 1);
        QCOMPARE(speakers.at(0).toObject().value(u"name").toString(), u"朱云來"_qs);
        QCOMPARE(speakers.at(0).toObject().value(u"quotes").toInt(), 2);
        QSet<QString> carried;
        for (const QJsonValue &quote : root.value(u"quotes").toArray()) {
            for (const QJsonValue &theme : quote.toObject().value(u"themes").toArray()) {
                carried.insert(theme.toString());
            }
        }
        QCOMPARE(root.value(u"themes").toArray().size(), carried.size());
        QVERIFY(root.value(u"noise").toArray().isEmpty());
    }

    // 12. With no article, Export, Copy and Reload were enabled and did nothing; the title named the old
    // file while a new one loaded; the outline did not follow the current quote.
    void defect12_actionsTitleAndOutlineFollowTheArticle()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QStringList articleActions = {u"exportAction"_qs,
                                            u"copyQuotesAction"_qs,
                                            u"reloadAction"_qs,
                                            u"printArticleAction"_qs,
                                            u"articlePdfAction"_qs,
                                            u"quotesPdfAction"_qs,
                                            u"exportCorrectionsAction"_qs,
                                            u"importCorrectionsAction"_qs,
                                            u"findNextAction"_qs,
                                            u"changeSpeakerAction"_qs};
        for (const QString &name : articleActions) {
            QVERIFY2(!m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        }
        m_window->openFile(kSeed);
        QVERIFY2(m_window->windowTitle().contains(u"Opening sample-article.txt"_qs),
                 qPrintable(m_window->windowTitle()));
        QVERIFY(waitForLoad(m_window.get()));
        QCOMPARE(m_window->windowTitle(), u"sample-article.txt — QuoteReader"_qs);
        for (const QString &name : articleActions.mid(0, 9)) {
            QVERIFY2(m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
        }
        m_window->openFile(kBridge);
        QVERIFY2(m_window->windowTitle().contains(u"Opening bridge.txt"_qs), qPrintable(m_window->windowTitle()));
        QVERIFY(waitForLoad(m_window.get()));
        QCOMPARE(m_window->windowTitle(), u"bridge.txt — QuoteReader"_qs);
        // The outline: the section of the quote the user is on.
        m_window->openFile(kSeed);
        QVERIFY(waitForLoad(m_window.get()));
        QTableView *table = m_window->quoteTable();
        for (int row = 0; row < table->model()->rowCount(); row += 5) {
            table->selectRow(row);
            QCOMPARE(m_window->sectionView()->currentIndex().row(),
                     table->model()->index(row, 0).data(SectionIndexRole).toInt());
        }
    }

private:
    void open(const QString &path)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(path);
        QVERIFY(waitForLoad(m_window.get()));
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDefects)
#include "tst_defects.moc"
