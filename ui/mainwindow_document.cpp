// The window's article: opening it in the background, showing it, showing it corrected, its themes
// found again, and what the status bar and the title say of it.
#include "mainwindow.h"

#include "articlesession.h"
#include "cleaner.h"
#include "correctioncontroller.h"
#include "exporter.h"
#include "filterbar.h"
#include "loader.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"
#include "sectionmodel.h"
#include "speakermodel.h"
#include "thememodel.h"
#include "themes.h"
#include "ui_filterbar.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace QuoteReader {

void MainWindow::open()
{
    QSettings settings;
    const QString dir = settings.value(u"paths/open"_qs).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), dir,
        tr("Articles (*.txt *.html *.htm *.md *.markdown);;Text (*.txt);;HTML (*.html *.htm);;Markdown (*.md "
           "*.markdown);;All files (*)"));
    if (!path.isEmpty()) {
        settings.setValue(u"paths/open"_qs, QFileInfo(path).absolutePath());
        openFile(path);
    }
}

bool MainWindow::isLoading() const
{
    return m_loader.isRunning();
}

void MainWindow::openFile(const QString &path, const QByteArray &encoding)
{
    if (path.isEmpty()) {
        return;
    }
    if (m_cancel) {
        m_cancel->store(true); // a newer request wins; the old result is dropped
    }
    m_loader.waitForFinished();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const QString absolute = QFileInfo(path).absoluteFilePath();

    ExtractOptions options;
    options.load.encoding = encoding;
    options.userThemes = m_themes->userThemes();
    options.progress = [this, cancel](Stage stage) {
        QMetaObject::invokeMethod(
            this,
            [this, cancel, stage] {
                if (!cancel->load()) {
                    showStage(stage);
                }
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    setProperty("loadingPath", absolute);
    setProperty("loadingEncoding", encoding);
    m_progress->show();
    showStage(Stage::Loading);
    // The title names the file being opened, not the one it replaces.
    setWindowTitle(tr("Opening %1… — QuoteReader").arg(QFileInfo(absolute).fileName()));

    // Everything costly runs on a pool thread: loading, extraction, the corrections kept for the article,
    // the folded texts and search keys, and the reader's text document. The GUI thread only swaps
    // finished results in, so the window keeps painting and answering; the first page of a new file is
    // shown as soon as it is decoded.
    const bool preview = absolute != m_path; // a reload keeps the article in view instead
    const Script script = m_reader->script();
    const bool showRemoved = m_reader->showRemoved();
    const ReaderDisplay::Style style = m_reader->displayStyle();
    // A reloaded article keeps its speakers' colours, a new speaker or not.
    const QHash<QString, int> colors = !preview && m_document ? m_document->colorSlotsByName() : QHash<QString, int>();
    const CorrectionStore store = m_corrections->store();
    m_loader.setFuture(QtConcurrent::run(
        [this, absolute, options, cancel, preview, script, showRemoved, style, colors, store]() -> LoadOutcome {
            LoadOutcome outcome;
            LoadResult loaded = loadArticle(absolute, options.load);
            if (cancel->load()) {
                outcome.cancelled = true;
                return outcome;
            }
            if (!loaded.ok()) {
                outcome.error = loaded.error;
                return outcome;
            }
            if (preview) {
                constexpr qsizetype kPreviewChars = 16 * 1024; // several screens; cut at a line end
                const QString &text = loaded.loaded->text;
                qsizetype end = text.size() <= kPreviewChars ? text.size() : text.lastIndexOf(u'\n', kPreviewChars);
                // Cleaned as the article will be (pinyin glosses out, Unicode normalised), a few
                // milliseconds for 16K characters: the raw decoded text would show glosses that then vanish.
                QString head = cleanText(QStringView(text).left(end > 0 ? end : kPreviewChars)).text;
                QMetaObject::invokeMethod(
                    this,
                    [this, cancel, head = std::move(head)] {
                        if (!cancel->load()) {
                            m_reader->showPreview(head);
                            clearArticle();
                        }
                    },
                    Qt::QueuedConnection);
            }
            // The article is known by its words, as decoded: renamed or moved, it keeps its corrections.
            // (After the preview is on its way: hashing 12 MB takes a tenth of a second.)
            outcome.contentKey = contentKey(loaded.loaded->text);
            ExtractResult result = processLoaded(std::move(*loaded.loaded), options);
            if (result.cancelled || cancel->load()) {
                outcome.cancelled = true;
                return outcome;
            }
            if (!result.ok()) {
                outcome.error = result.error;
                return outcome;
            }
            outcome.base = prepareDocument(std::move(*result.document),
                                           {/*traditional=*/script == Script::Traditional, colors});
            outcome.kept = store.load(outcome.contentKey, absolute);
            outcome.corrected = outcome.kept.corrections.isEmpty()
                                    ? outcome.base
                                    : ArticleSession::applyTo(*outcome.base, outcome.kept.corrections, &outcome.report);
            if (cancel->load()) {
                outcome.cancelled = true;
                return outcome;
            }
            outcome.display = ReaderView::prepareDisplay(outcome.corrected, script, showRemoved, style);
            return outcome;
        }));
}

void MainWindow::loadFinished()
{
    m_progress->hide();
    statusBar()->clearMessage();
    const LoadOutcome outcome = m_loader.result();
    if (outcome.cancelled) {
        return;
    }
    const QString path = property("loadingPath").toString();
    if (!outcome.base) {
        m_reader->setLoadingNote({}); // a preview shown before the failure stays, without the promise
        // The encoding ticked is the one of the article still shown, not the one that failed.
        for (QAction *action : m_encodingGroup->actions()) {
            action->setChecked(action->data().toByteArray() == m_encoding);
        }
        updateWindowTitle();
        const QString error = outcome.error.isEmpty() ? tr("Could not open “%1”.").arg(path) : outcome.error;
        showError(tr("Cannot Open Article"), error);
        emit loadFailed(error);
        return;
    }
    const bool reload = path == m_path;
    m_retheming.waitForFinished(); // of the previous document: its result is dropped below
    m_rethemeAgain = false;
    m_path = path;
    m_encoding = property("loadingEncoding").toByteArray();
    for (QAction *action : m_encodingGroup->actions()) {
        action->setChecked(action->data().toByteArray() == m_encoding);
    }
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    if (!m_path.startsWith(u':')) { // a bundled resource cannot change on disk
        m_watcher->addPath(m_path);
    }
    addRecentFile(m_path);

    // Checked speakers by name: a reload may number them differently.
    QSet<QString> keptSpeakers;
    if (reload && m_document) {
        for (const int speaker : m_speakers->checkedSpeakers()) {
            keptSpeakers.insert(m_document->document.speakers.at(speaker).name);
        }
    }
    const int scroll = reload ? m_reader->verticalScrollBar()->value() : 0;
    // A reload keeps the corrections in this window (one whose saving failed is not lost) and their
    // undo history: the edits are lists of corrections, anchored anew in the reloaded text.
    QList<Correction> corrections = outcome.kept.corrections;
    ReaderDocumentPtr corrected = outcome.corrected;
    if (reload && m_session->isOpen() && m_session->corrections() != corrections) {
        corrections = m_session->corrections();
        corrected.reset();
    }
    m_session->open(outcome.base, outcome.contentKey, corrections, corrected, outcome.report, reload);
    applyDocument(m_session->document(), outcome.display);
    QSet<int> checked;
    for (int i = 0; i < m_document->document.speakers.size(); ++i) {
        if (keptSpeakers.contains(m_document->document.speakers.at(i).name)) {
            checked.insert(i);
        }
    }
    m_speakers->setCheckedSpeakers(checked);
    m_reader->verticalScrollBar()->setValue(scroll);
    updateWindowTitle();
    m_corrections->articleOpened(outcome.kept);
    // How the file was read, when that was a guess the reader should know about (another encoding
    // chosen after the text stopped being UTF-8, bad bytes replaced): shown until the next message, after
    // any note about restored corrections, which matters less.
    const QStringList &warnings = m_document->document.source.warnings;
    if (!warnings.isEmpty()) {
        statusBar()->showMessage(tr("“%1”: %2").arg(QFileInfo(m_path).fileName(), warnings.join(u"; ")));
    }
    emit documentLoaded();
}

void MainWindow::applyDocument(ReaderDocumentPtr document, std::shared_ptr<ReaderDisplay> display)
{
    m_document = std::move(document);
    m_quotes->setDocument(m_document);
    m_speakers->setDocument(m_document);
    m_sections->setDocument(m_document);
    m_themes->setDocument(m_document);
    m_readerStack->setCurrentWidget(m_reader);
    m_reader->setDocument(m_document, std::move(display));
    m_proxy->setSpeakers(m_speakers->checkedSpeakers());
    m_proxy->setThemes(m_themes->checkedThemes());
    afterDocumentChange();
}

void MainWindow::showCorrected(ReaderDocumentPtr document)
{
    if (!document || !m_document || !document->sameTextAs(*m_document)) {
        applyDocument(std::move(document));
        return;
    }
    m_document = std::move(document);
    m_quotes->updateDocument(m_document);
    m_speakers->updateDocument(m_document);
    m_sections->updateDocument(m_document);
    m_themes->updateDocument(m_document);
    m_reader->replaceQuotes(m_document);
    // The row the user was on stays current (the table keeps it); the reader marks its quote again.
    const QModelIndex current = m_table->currentIndex();
    m_reader->setCurrentQuote(current.isValid() ? current.data(QuoteIndexRole).toInt() : -1);
    afterDocumentChange();
}

void MainWindow::afterDocumentChange()
{
    refreshFilterSelectors();
    updateFromFilter();
    updateStatusLabel();
    fitToContents();
    updateActionStates();
}

void MainWindow::clearArticle()
{
    // The previous article's quotes, speakers and themes must not stand beside another article's text.
    m_document.reset();
    m_session->close();
    m_quotes->setDocument(nullptr);
    m_speakers->setDocument(nullptr);
    m_sections->setDocument(nullptr);
    m_themes->setDocument(nullptr);
    refreshFilterSelectors();
    updateFromFilter();
    updateStatusLabel();
    updateActionStates();
    m_filterBar->ui()->countLabel->setText(tr("Finding quotes…"));
}

void MainWindow::fitToContents()
{
    if (!m_document) {
        return;
    }
    // The speaker column and the speakers pane as wide as the longest name (within reason): a name cut
    // to "Brian F…" is a name the reader cannot check.
    const QFontMetrics metrics(m_table->font());
    int longest = 0;
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        longest = std::max(longest, metrics.horizontalAdvance(m_speakers->index(row, 0).data().toString()));
    }
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    const int padding = 4 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 16;
    const int wanted = std::max(longest + icon + padding,
                                metrics.horizontalAdvance(m_quotes->headerData(0, Qt::Horizontal).toString())
                                    + padding);
    const int maximum = std::max(m_table->width() / 3, 12 * metrics.horizontalAdvance(u'M'));
    m_table->setColumnWidth(QuoteModel::SpeakerColumn,
                            std::clamp(wanted, m_table->columnWidth(QuoteModel::SpeakerColumn), maximum));

    QFont bold = m_speakerView->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics nameMetrics(bold);
    int longestName = 0;
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        longestName = std::max(longestName, nameMetrics.horizontalAdvance(m_speakers->index(row, 0).data().toString()));
    }
    // The name column needs the name, the check box and the swatch beside it: the pane grows by what is
    // missing, up to a third of the window.
    const int needed = longestName + 2 * icon + 24;
    const int missing = needed - m_speakerView->columnWidth(SpeakerModel::NameColumn);
    auto *dock = findChild<QDockWidget *>(u"speakerDock"_qs);
    if (dock && missing > 0) {
        resizeDocks({dock}, {std::min(dock->width() + missing, std::max(width() / 3, 260))}, Qt::Horizontal);
    }
}

void MainWindow::updateStatusLabel()
{
    if (!m_document) {
        m_statusLabel->clear();
        return;
    }
    const Document &doc = m_document->document;
    QString language;
    if (doc.language.startsWith(u"zh-Hant")) {
        language = tr("Traditional Chinese");
    } else if (doc.language.startsWith(u"zh")) {
        language = tr("Simplified Chinese");
    } else if (doc.language.startsWith(u"en")) {
        language = tr("English");
    } else {
        language = doc.language;
    }
    const QString encoding = doc.source.encodingDetected ? doc.source.encoding
                                                         : tr("%1 (chosen)").arg(doc.source.encoding);
    QStringList parts = {QFileInfo(m_path).fileName(), encoding, language,
                         tr("%n quote(s)", nullptr, int(doc.quotes.size())),
                         tr("%n speaker(s)", nullptr, int(doc.speakers.size()))};
    if (!m_session->corrections().isEmpty()) {
        parts.append(tr("%n correction(s)", nullptr, int(m_session->corrections().size())));
    }
    m_statusLabel->setText(parts.join(u"  ·  "));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_path));
}

QString MainWindow::stageText(Stage stage) const
{
    switch (stage) {
    case Stage::Loading:
        return tr("Reading the file…");
    case Stage::Cleaning:
        return tr("Cleaning the text…");
    case Stage::Structure:
        return tr("Finding headings and paragraphs…");
    case Stage::Attribution:
        return tr("Finding who said what…");
    case Stage::Themes:
        return tr("Finding the themes…");
    case Stage::Done:
        return tr("Preparing the page…"); // the reader's text and the search keys, after extraction
    }
    return {};
}

void MainWindow::showStage(Stage stage)
{
    const int step = int(stage) + 1;
    const int steps = kLoadSteps;
    const QString text = stageText(stage);
    m_progress->setValue(int(stage));
    m_progress->setToolTip(tr("Step %1 of %2: %3").arg(step).arg(steps).arg(text));
    const QString file = QFileInfo(property("loadingPath").toString()).fileName();
    statusBar()->showMessage(tr("“%1”: %2").arg(file, text));
    m_reader->setLoadingNote(u"<b>"_qs + tr("Loading the article (step %1 of %2)").arg(step).arg(steps) + u"</b><br>"_qs
                             + text.toHtmlEscaped() + u"<br><small>"_qs + tr("Quotes are highlighted once it is read.")
                             + u"</small>"_qs);
}

void MainWindow::rethemeDocument()
{
    if (!m_session->isOpen()) {
        return;
    }
    if (m_retheming.isRunning()) {
        m_rethemeAgain = true;
        return;
    }
    // The themes are found on the article as extracted, then the corrections applied again: what
    // quotereader-cli --themes --corrections does. For a big article that is work for the pool, like
    // loading; a short one is done at once, so the filter follows the edit directly.
    constexpr qsizetype kBackgroundFrom = 256 * 1024;
    auto retheme = [](ReaderDocumentPtr base, QList<Theme> userThemes, QList<Correction> corrections) -> Retheming {
        Document doc = base->document;
        findThemes(doc, userThemes);
        ReaderDocumentPtr rethemed = reprepareDocument(*base, std::move(doc));
        ReaderDocumentPtr corrected = corrections.isEmpty() ? rethemed
                                                            : ArticleSession::applyTo(*rethemed, corrections, nullptr);
        return {rethemed, corrected, corrections};
    };
    if (m_session->base()->document.text.size() >= kBackgroundFrom) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_retheming.setFuture(
            QtConcurrent::run(retheme, m_session->base(), m_themes->userThemes(), m_session->corrections()));
        return;
    }
    const Retheming result = retheme(m_session->base(), m_themes->userThemes(), m_session->corrections());
    m_session->replaceBase(result.base, result.corrections, result.corrected);
}

void MainWindow::rethemeFinished()
{
    m_progress->hide();
    m_progress->setRange(0, kLoadSteps);
    const Retheming result = m_retheming.result();
    if (!m_session->isOpen() || !result.base || !result.base->sameTextAs(*m_session->base())) {
        return; // another article was opened meanwhile
    }
    m_session->replaceBase(result.base, result.corrections, result.corrected);
    if (m_rethemeAgain) {
        m_rethemeAgain = false;
        rethemeDocument();
    }
}

QList<int> MainWindow::quotesToExport() const
{
    QList<int> quotes;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return m_proxy->acceptedQuotes();
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        quotes.append(row.data(QuoteIndexRole).toInt());
    }
    return quotes;
}

bool MainWindow::exportQuotes(const QString &path, ExportFormat format, QString *error)
{
    return m_exporter->exportQuotes(path, format, error);
}

void MainWindow::copyQuotes()
{
    m_exporter->copyQuotes();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Not exec(): a modal loop here would stall tests and the reload timer alike.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"errorBox"_qs);
    box->open();
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    if (path != m_path) {
        return;
    }
    // Editors that save by replacing the file drop it from the watch list: watch it again.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path)) {
        m_watcher->addPath(path);
    }
    m_reloadTimer->start();
}

void MainWindow::updateWindowTitle()
{
    setWindowFilePath(m_path);
    setWindowTitle(m_path.isEmpty() ? tr("QuoteReader") : tr("%1 — QuoteReader").arg(QFileInfo(m_path).fileName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace QuoteReader
