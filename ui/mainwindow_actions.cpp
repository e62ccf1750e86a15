// The window's menus, toolbar and settings: what the user reaches by name and by key.
#include "mainwindow.h"

#include "articlesession.h"
#include "correctioncontroller.h"
#include "exporter.h"
#include "filterbar.h"
#include "languages.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"
#include "sectionmodel.h"
#include "speakermodel.h"
#include "thememodel.h"
#include "ui_filterbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

#include <cmath>

namespace QuoteReader {

namespace {

constexpr int kMaxRecentFiles = 10;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

// Terms as the user types them: separated by commas (Western or Chinese), enumeration commas or
// semicolons, with blanks around them dropped.
QStringList splitTerms(const QString &terms)
{
    static const QRegularExpression separators(u"[,，、;；]"_qs);
    QStringList list = terms.split(separators, Qt::SkipEmptyParts);
    for (QString &term : list) {
        term = term.trimmed();
    }
    list.removeAll(QString());
    return list;
}

} // namespace

void MainWindow::createActions()
{
    const QStyle *st = style();
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_qs);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    const auto named = [](QAction *action, const QString &name) {
        action->setObjectName(name);
        return action;
    };
    const auto forArticle = [this](QAction *action) {
        m_articleActions.append(action);
        return action;
    };

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = named(file->addAction(themedIcon(u"document-open"_qs, QStyle::SP_DialogOpenButton, st),
                                                tr("&Open…"), this, &MainWindow::open),
                                u"openAction"_qs);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *reload = forArticle(named(file->addAction(themedIcon(u"view-refresh"_qs, QStyle::SP_BrowserReload, st),
                                                       tr("Re&load"), this, [this] { openFile(m_path, m_encoding); }),
                                       u"reloadAction"_qs));
    reload->setShortcut(QKeySequence::Refresh);
    m_encodingMenu = file->addMenu(tr("Reopen with &Encoding"));
    m_encodingGroup = new QActionGroup(this);
    const QList<QPair<QString, QByteArray>> encodings = {
        {tr("Detect automatically"), {}},  {u"UTF-8"_qs, "UTF-8"},
        {u"GB18030 (简体)"_qs, "GB18030"}, {u"Big5 (繁體)"_qs, "Big5"},
        {u"UTF-16LE"_qs, "UTF-16LE"},      {u"UTF-16BE"_qs, "UTF-16BE"},
        {u"Shift_JIS"_qs, "Shift_JIS"},    {u"Windows-1252"_qs, "windows-1252"},
    };
    for (const auto &[label, name] : encodings) {
        QAction *action = m_encodingMenu->addAction(label);
        action->setObjectName(u"encoding-"_qs + (name.isEmpty() ? u"auto"_qs : QString::fromLatin1(name)));
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name.isEmpty());
        m_encodingGroup->addAction(action);
        if (name.isEmpty()) {
            m_encodingMenu->addSeparator();
        }
    }
    connect(m_encodingGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_path.isEmpty()) {
            openFile(m_path, action->data().toByteArray());
        }
    });
    m_reopenLastAction = named(file->addAction(tr("Reopen Last Article at &Start")), u"reopenLastAction"_qs);
    m_reopenLastAction->setCheckable(true);
    connect(m_reopenLastAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(u"session/reopenLast"_qs, on); });
    file->addSeparator();
    QAction *exportAction = forArticle(
        named(file->addAction(themedIcon(u"document-save-as"_qs, QStyle::SP_DialogSaveButton, st),
                              tr("&Export Quotes…"), m_exporter, &Exporter::exportDialog),
              u"exportAction"_qs));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export the selected quotes, or all shown quotes when none is selected (Ctrl+E)"));
    forArticle(named(file->addAction(tr("Export Quotes as P&DF…"), m_exporter, &Exporter::quotesPdfDialog),
                     u"quotesPdfAction"_qs));
    forArticle(named(file->addAction(tr("Export Article as PD&F…"), m_exporter, &Exporter::articlePdfDialog),
                     u"articlePdfAction"_qs));
    QAction *printArticle = forArticle(
        named(file->addAction(themedIcon(u"document-print"_qs, QStyle::SP_FileIcon, st), tr("&Print Article…"),
                              m_exporter, &Exporter::printArticle),
              u"printArticleAction"_qs));
    printArticle->setShortcut(QKeySequence::Print);
    forArticle(
        named(file->addAction(tr("Print &Quotes…"), m_exporter, &Exporter::printQuotes), u"printQuotesAction"_qs));
    file->addSeparator();
    file->addAction(m_corrections->exportAction());
    file->addAction(m_corrections->importAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_corrections->undoAction());
    edit->addAction(m_corrections->redoAction());
    edit->addSeparator();
    QAction *copy = named(edit->addAction(themedIcon(u"edit-copy"_qs, QStyle::SP_FileDialogDetailedView, st),
                                          tr("&Copy"), this, &MainWindow::copySelection),
                          u"copyAction"_qs);
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(tr("Copy what is selected in the pane you are in: text of the article, or quotes (Ctrl+C)"));
    QAction *copyQuotesAction = forArticle(
        named(edit->addAction(themedIcon(u"edit-copy"_qs, QStyle::SP_FileDialogDetailedView, st), tr("Copy &Quotes"),
                              this, &MainWindow::copyQuotes),
              u"copyQuotesAction"_qs));
    copyQuotesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyQuotesAction->setToolTip(tr("Copy the selected quotes, or all shown, as rich and plain text (Ctrl+Shift+C)"));
    QAction *selectAll = forArticle(edit->addAction(tr("Select &All Quotes"), this, [this] { m_table->selectAll(); }));
    selectAll->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    edit->addSeparator();
    QAction *find = named(edit->addAction(themedIcon(u"edit-find"_qs, QStyle::SP_FileDialogContentsView, st),
                                          tr("&Find…"), this,
                                          [this] {
                                              m_filterBar->ui()->searchEdit->setFocus(Qt::ShortcutFocusReason);
                                              m_filterBar->ui()->searchEdit->selectAll();
                                          }),
                          u"findAction"_qs);
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(
        tr("Find quotes, speakers and words of the article (Ctrl+F); F3 goes to the next place in the text"));
    QAction *findNext = forArticle(
        named(edit->addAction(tr("Find &Next in Text"), this,
                              [this] {
                                  if (!m_reader->findNext()) {
                                      statusBar()->showMessage(tr("Type what to find in the search field (Ctrl+F)."),
                                                               4000);
                                  }
                              }),
              u"findNextAction"_qs));
    findNext->setShortcuts(QKeySequence::FindNext);
    QAction *findPrevious = forArticle(
        named(edit->addAction(tr("Find Pre&vious in Text"), this, [this] { m_reader->findNext(true); }),
              u"findPreviousAction"_qs));
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    QAction *clear = named(edit->addAction(tr("C&lear Filters"), this,
                                           [this] {
                                               m_speakers->setCheckedSpeakers({});
                                               m_themes->setCheckedThemes({});
                                               m_filterBar->ui()->kindCombo->setCurrentIndex(0);
                                               m_filterBar->ui()->correctedCheck->setChecked(false);
                                               m_filterBar->ui()->searchEdit->clear();
                                           }),
                           u"clearFiltersAction"_qs);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));

    menuBar()->addMenu(m_corrections->menu());
    // Delete removes a quote only where quotes are: in the search field it deletes characters.
    if (QAction *deleteQuote = m_corrections->menu()->findChild<QAction *>(u"deleteQuoteAction"_qs)) {
        deleteQuote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(deleteQuote);
        m_reader->addAction(deleteQuote);
    }

    createViewMenu(menuBar()->addMenu(tr("&View")));

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = forArticle(go->addAction(themedIcon(u"go-down"_qs, QStyle::SP_ArrowDown, st), tr("&Next Quote"),
                                             this, [this] { stepQuote(+1, false); }));
    next->setShortcut(QKeySequence(tr("Alt+Down")));
    QAction *previous = forArticle(go->addAction(themedIcon(u"go-up"_qs, QStyle::SP_ArrowUp, st), tr("&Previous Quote"),
                                                 this, [this] { stepQuote(-1, false); }));
    previous->setShortcut(QKeySequence(tr("Alt+Up")));
    QAction *nextSame = forArticle(
        go->addAction(tr("Next Quote by the &Same Speaker"), this, [this] { stepQuote(+1, true); }));
    nextSame->setShortcut(QKeySequence(tr("Alt+Shift+Down")));
    QAction *previousSame = forArticle(
        go->addAction(tr("Previous Quote by the Same Spea&ker"), this, [this] { stepQuote(-1, true); }));
    previousSame->setShortcut(QKeySequence(tr("Alt+Shift+Up")));

    // Themes
    QMenu *themes = menuBar()->addMenu(tr("&Themes"));
    themes->addAction(tr("&Add Theme…"), this, &MainWindow::addTheme);
    themes->addAction(tr("&Edit Theme Terms…"), this, &MainWindow::editTheme);
    themes->addAction(tr("&Remove Theme"), this, &MainWindow::removeTheme);

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QuoteReader"), this, [this] {
        QMessageBox::about(this, tr("About QuoteReader"),
                           tr("<h3>QuoteReader %1</h3><p>A reader for news articles that finds who said what.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Short labels of their own: derived from the menu text they would keep "…" and, in Chinese,
    // the "(&O)" of the mnemonic.
    openAction->setIconText(tr("Open"));
    openAction->setToolTip(tr("Open an article (Ctrl+O)"));
    exportAction->setIconText(tr("Export"));
    copyQuotesAction->setIconText(tr("Copy Quotes"));
    previous->setIconText(tr("Previous Quote"));
    previous->setToolTip(tr("Previous quote (Alt+Up)"));
    next->setIconText(tr("Next Quote"));
    next->setToolTip(tr("Next quote (Alt+Down)"));
    m_showRemovedAction->setIconText(tr("Show Removed Text"));
    toolbar->addAction(openAction);
    toolbar->addAction(exportAction);
    toolbar->addAction(copyQuotesAction);
    toolbar->addSeparator();
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    toolbar->addAction(m_showRemovedAction);
    findChild<QMenu *>(u"viewMenu"_qs)->addAction(toolbar->toggleViewAction());
}

void MainWindow::createViewMenu(QMenu *view)
{
    view->setObjectName(u"viewMenu"_qs);
    m_showRemovedAction = view->addAction(tr("Show &Removed Text and Noise"));
    m_showRemovedAction->setCheckable(true);
    m_showRemovedAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_showRemovedAction->setToolTip(tr("Show pinyin glosses, captions and boilerplate greyed"));
    connect(m_showRemovedAction, &QAction::toggled, m_reader, &ReaderView::setShowRemoved);
    QMenu *scriptMenu = view->addMenu(tr("&Characters"));
    m_scriptGroup = new QActionGroup(this);
    const QList<QPair<QString, Script>> scripts = {
        {tr("As &Written"), Script::AsWritten},
        {tr("&Simplified"), Script::Simplified},
        {tr("&Traditional"), Script::Traditional},
    };
    int shortcut = 1;
    for (const auto &[label, script] : scripts) {
        QAction *action = scriptMenu->addAction(label);
        action->setObjectName(u"script-%1"_qs.arg(int(script)));
        action->setCheckable(true);
        action->setData(int(script));
        action->setChecked(script == Script::AsWritten);
        action->setShortcut(QKeySequence(u"Ctrl+Alt+"_qs + QString::number(shortcut++)));
        m_scriptGroup->addAction(action);
    }
    connect(m_scriptGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setScript(action->data().toInt()); });

    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { m_reader->setZoom(m_reader->zoom() + 1); });
    zoomIn->setObjectName(u"zoomInAction"_qs);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { m_reader->setZoom(m_reader->zoom() - 1); });
    zoomOut->setObjectName(u"zoomOutAction"_qs);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *actualSize = view->addAction(tr("&Actual Size"), this, [this] { m_reader->setZoom(0); });
    actualSize->setObjectName(u"actualSizeAction"_qs);
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_reader, &ReaderView::zoomChanged, this, [this](int steps) {
        statusBar()->showMessage(tr("Reading size %1 %").arg(qRound(100 * std::pow(1.1, steps))), 2000);
    });

    // The language of the window: kept for the next start, and applied at once to a new window.
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_qs);
    auto *languages = new QActionGroup(this);
    const QString chosen = Languages::chosen();
    for (const Languages::Language &language : Languages::available()) {
        QAction *action = languageMenu->addAction(language.name);
        action->setObjectName(u"language-"_qs + (language.code.isEmpty() ? u"system"_qs : language.code));
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        action->setData(language.code);
        languages->addAction(action);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code != Languages::chosen()) {
            // Queued: this window goes away, and its menu with it.
            QMetaObject::invokeMethod(
                this, [this, code] { switchLanguage(code); }, Qt::QueuedConnection);
        }
    });

    view->addSeparator();
    // Each pane by keyboard: the toggle shows a hidden dock and puts the focus in it.
    const QList<QPair<QString, QWidget *>> docks = {
        {u"sectionDock"_qs, m_sectionView},
        {u"speakerDock"_qs, m_speakerView},
        {u"themeDock"_qs, m_themeView},
    };
    int dockKey = Qt::Key_1;
    for (const auto &[name, pane] : docks) {
        auto *dock = findChild<QDockWidget *>(name);
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(name + u"Action"_qs);
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(dockKey++)));
        toggle->setToolTip(tr("Show or hide the %1 pane").arg(dock->windowTitle()));
        connect(toggle, &QAction::triggered, this, [dock, pane = pane](bool shown) {
            if (shown) {
                dock->raise(); // in front when docks are tabbed together
                pane->setFocus(Qt::ShortcutFocusReason);
            }
        });
        view->addAction(toggle);
    }
}

void MainWindow::setScript(int script)
{
    // The article and every list beside it in the same characters.
    const Script chosen = Script(script);
    m_reader->setScript(chosen);
    m_quotes->setScript(chosen);
    m_speakers->setScript(chosen);
    m_sections->setScript(chosen);
    m_themes->setScript(chosen);
    refreshFilterSelectors();
    fitToContents();
}

void MainWindow::updateActionStates()
{
    const bool open = m_document != nullptr;
    for (QAction *action : std::as_const(m_articleActions)) {
        action->setEnabled(open);
    }
    m_encodingMenu->setEnabled(open);
    m_corrections->updateActions();
}

void MainWindow::copySelection()
{
    // What is selected where the user is: text in the article or in a field, else the quotes.
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus); line && line->hasSelectedText()) {
        line->copy();
        return;
    }
    if (focus == m_reader && m_reader->textCursor().hasSelection()) {
        m_reader->copy();
        statusBar()->showMessage(tr("Copied the selected text."), 3000);
        return;
    }
    if (auto *view = qobject_cast<QTreeView *>(focus); view && view->currentIndex().isValid()) {
        QGuiApplication::clipboard()->setText(view->currentIndex().siblingAtColumn(0).data().toString());
        return;
    }
    copyQuotes();
}

bool MainWindow::reopenLastArticle()
{
    if (!QSettings().value(u"session/reopenLast"_qs, false).toBool()) {
        return false;
    }
    const QStringList recent = QSettings().value(u"recentFiles"_qs).toStringList();
    if (recent.isEmpty() || !QFileInfo::exists(recent.first())) {
        return false;
    }
    openFile(recent.first());
    return true;
}

MainWindow *MainWindow::switchLanguage(const QString &code)
{
    Languages::setChosen(code);
    Languages::install(code);
    writeSettings();
    // Every text of a window is set when it is made: a new window, taking this one's session, is the
    // whole interface in the new language, and nothing of the work is lost.
    auto *next = new MainWindow(nullptr, this);
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    emit replaced(next);
    close();
    return next;
}

void MainWindow::takeOver(MainWindow &old)
{
    restoreGeometry(old.saveGeometry());
    restoreState(old.saveState());
    m_path = old.m_path;
    m_encoding = old.m_encoding;
    for (QAction *action : m_encodingGroup->actions()) {
        action->setChecked(action->data().toByteArray() == m_encoding);
    }
    if (!m_session->isOpen()) {
        return;
    }
    if (!m_path.startsWith(u':') && !m_path.isEmpty()) {
        m_watcher->addPath(m_path);
    }
    applyDocument(m_session->document());
    m_speakers->setCheckedSpeakers(old.m_speakers->checkedSpeakers());
    m_themes->setCheckedThemes(old.m_themes->checkedThemes());
    Ui::FilterBar *bar = m_filterBar->ui();
    Ui::FilterBar *oldBar = old.m_filterBar->ui();
    bar->kindCombo->setCurrentIndex(oldBar->kindCombo->currentIndex());
    bar->correctedCheck->setChecked(oldBar->correctedCheck->isChecked());
    bar->searchEdit->setText(oldBar->searchEdit->text());
    const QModelIndex current = old.m_table->currentIndex();
    if (current.isValid()) {
        selectQuoteRow(current.data(QuoteIndexRole).toInt());
    }
    m_reader->verticalScrollBar()->setValue(old.m_reader->verticalScrollBar()->value());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_qs).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles) {
        recent.removeLast();
    }
    settings.setValue(u"recentFiles"_qs, recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_qs).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number < 10 ? u"&%1 %2"_qs.arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        ++number;
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(u"recentFiles"_qs); });
    }
}

void MainWindow::addTheme()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Theme"), tr("Name of the theme:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const QString terms = QInputDialog::getText(this, tr("Add Theme"),
                                                tr("Terms that mark the theme, separated by commas:"),
                                                QLineEdit::Normal, name, &ok);
    if (!ok) {
        return;
    }
    const QStringList list = splitTerms(terms);
    if (!m_themes->addUserTheme(name, list)) {
        showError(tr("Cannot Add Theme"), tr("A theme named “%1” already exists.").arg(name));
    }
}

void MainWindow::editTheme()
{
    const int row = m_themeView->currentIndex().row();
    if (!m_themes->isUserTheme(row)) {
        return;
    }
    const QModelIndex index = m_themes->index(row, 0);
    bool ok = false;
    const QString terms = QInputDialog::getText(
        this, tr("Edit Theme"), tr("Terms of “%1”, separated by commas:").arg(index.data(Qt::EditRole).toString()),
        QLineEdit::Normal, index.data(TermsRole).toStringList().join(u", "), &ok);
    if (!ok) {
        return;
    }
    const QStringList list = splitTerms(terms);
    m_themes->setUserThemeTerms(row, list);
}

void MainWindow::removeTheme()
{
    m_themes->removeUserTheme(m_themeView->currentIndex().row());
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    restoreState(settings.value(u"window/state"_qs).toByteArray());
    m_showRemovedAction->setChecked(settings.value(u"view/showRemoved"_qs, false).toBool());
    const int script = settings.value(u"view/script"_qs, int(Script::AsWritten)).toInt();
    for (QAction *action : m_scriptGroup->actions()) {
        if (action->data().toInt() == script) {
            action->setChecked(true);
            setScript(script);
        }
    }
    m_reader->setZoom(settings.value(u"view/zoom"_qs, 0).toInt());
    m_reopenLastAction->setChecked(settings.value(u"session/reopenLast"_qs, false).toBool());
    if (settings.value(u"view/speakersByName"_qs, false).toBool()) {
        findChild<QComboBox *>(u"speakerSort"_qs)->setCurrentIndex(1);
    }
    QSignalBlocker block(m_themes); // loading is not a change worth saving back
    m_themes->loadUserThemes(settings);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/state"_qs, saveState());
    settings.setValue(u"view/showRemoved"_qs, m_showRemovedAction->isChecked());
    settings.setValue(u"view/script"_qs, int(m_reader->script()));
    settings.setValue(u"view/zoom"_qs, m_reader->zoom());
    settings.setValue(u"view/speakersByName"_qs, m_speakers->sortMode() == SpeakerModel::SortMode::ByName);
}

} // namespace QuoteReader
