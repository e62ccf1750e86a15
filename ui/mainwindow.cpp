#include "mainwindow.h"

#include "cleaner.h"
#include "extractor.h"
#include "loader.h"
#include "filterbar.h"
#include "palette.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"
#include "sectionmodel.h"
#include "speakerdelegate.h"
#include "speakermodel.h"
#include "thememodel.h"
#include "themes.h"
#include "ui_filterbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QDir>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace QuoteReader {

namespace {

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


constexpr int kMaxRecentFiles = 10;
// The extraction's stages, then preparing the page (Stage::Done is reported when that starts): the
// bar stays short of full during the last step, which for a big article is the longest.
constexpr int kLoadSteps = int(Stage::Done) + 1;
constexpr int kAllItem = -1;
constexpr int kSeveralItem = -2;
// Bundled with the executable (app/desktop); absent in tests, where the welcome page hides its button.
constexpr auto kSamplePath = ":/sample-article.txt";

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}

struct FormatEntry {
    ExportFormat format;
    const char *filter;
};

// The order the export dialog lists them in; Markdown first because it pastes well into notes.
constexpr FormatEntry kFormats[] = {
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("QuoteReader::MainWindow", "Markdown (*.md)")},
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("QuoteReader::MainWindow", "CSV for spreadsheets (*.csv)")},
    {ExportFormat::Json, QT_TRANSLATE_NOOP("QuoteReader::MainWindow", "JSON (*.json)")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("QuoteReader::MainWindow", "HTML (*.html)")},
    {ExportFormat::Text, QT_TRANSLATE_NOOP("QuoteReader::MainWindow", "Plain text (*.txt)")},
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_qs);
    setAcceptDrops(true);
    createModels();
    createWidgets();
    createActions();
    setupTabOrder();
    connectFilters();
    connect(&m_loader, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::loadFinished);
    connect(m_reader, &ReaderView::pageDrawn, this, &MainWindow::readerPageDrawn);
    connect(&m_retheming, &QFutureWatcher<ReaderDocumentPtr>::finished, this, &MainWindow::rethemeFinished);
    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300); // editors save in several writes; reload once they are done
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
            statusBar()->showMessage(tr("The file changed on disk; reloaded."), 4000);
            openFile(m_path, m_encoding);
        }
    });
    readSettings();
    refreshFilterSelectors();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_loader.waitForFinished();
    m_retheming.waitForFinished();
}

void MainWindow::createModels()
{
    m_quotes = new QuoteModel(this);
    m_proxy = new QuoteFilterProxy(this);
    m_proxy->setSourceModel(m_quotes);
    m_speakers = new SpeakerModel(this);
    m_sections = new SectionModel(this);
    m_themes = new ThemeModel(this);
}

void MainWindow::createWidgets()
{
    m_reader = new ReaderView(this);
    m_reader->setObjectName(u"reader"_qs);

    // Before any article: say what the program does and offer the two ways in, instead of blank panes.
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(u"welcome"_qs);
    m_welcome->setAutoFillBackground(true);
    m_welcome->setBackgroundRole(QPalette::Base);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(2);
    auto *welcomeTitle = new QLabel(tr("Who said what?"), m_welcome);
    QFont titleFont = welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    welcomeTitle->setFont(titleFont);
    welcomeTitle->setAlignment(Qt::AlignCenter);
    auto *welcomeText = new QLabel(
        tr("Open a news article (plain text, HTML or Markdown; Chinese or English) to see everyone quoted in it, "
           "highlighted in the text, and to pick out the quotes you need.<br><br>"
           "You can also drop a file on this window."),
        m_welcome);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 36);
    welcomeText->setMinimumHeight(welcomeText->heightForWidth(welcomeText->width()));
    auto *openButton = new QPushButton(tr("&Open an Article…"), m_welcome);
    openButton->setObjectName(u"welcomeOpen"_qs);
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::open);
    auto *sampleButton = new QPushButton(tr("Try the &Sample Article"), m_welcome);
    sampleButton->setObjectName(u"welcomeSample"_qs);
    sampleButton->setVisible(QFileInfo::exists(QString::fromLatin1(kSamplePath)));
    connect(sampleButton, &QPushButton::clicked, this, [this] { openFile(QString::fromLatin1(kSamplePath)); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);
    welcomeLayout->addWidget(welcomeTitle);
    welcomeLayout->addSpacing(8);
    welcomeLayout->addWidget(welcomeText, 0, Qt::AlignHCenter);
    welcomeLayout->addSpacing(16);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(3);
    m_readerStack = new QStackedWidget(this);
    m_readerStack->addWidget(m_welcome);
    m_readerStack->addWidget(m_reader);
    connect(m_reader, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reader->document()->isEmpty()) {
            m_readerStack->setCurrentWidget(m_reader);
        }
    });

    m_filterBar = new FilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"quoteTable"_qs);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuoteModel::TextColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the reader; the arrows move between rows
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Widths in characters of the current font, so they suit the Chinese interface and large fonts too;
    // the quote itself takes the rest.
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int han = std::max(fontMetrics().horizontalAdvance(QChar(0x4E2D)), em);
    m_table->setColumnWidth(QuoteModel::SpeakerColumn, 3 * han + 3 * em);
    m_table->setColumnWidth(QuoteModel::KindColumn, 6 * em);
    m_table->setColumnWidth(QuoteModel::CueColumn, 5 * han + em);
    m_table->setColumnWidth(QuoteModel::SectionColumn, 11 * han + em);
    m_table->setColumnWidth(QuoteModel::ThemesColumn, 10 * han + em);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    bottomLayout->addWidget(m_filterBar);
    bottomLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"centralSplitter"_qs);
    splitter->addWidget(m_readerStack);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    auto makeTree = [this](QAbstractItemModel *model, const QString &name) {
        auto *view = new QTreeView(this);
        view->setObjectName(name);
        view->setModel(model);
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAllColumnsShowFocus(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        return view;
    };

    // Sections
    m_sectionView = makeTree(m_sections, u"sectionView"_qs);
    m_sectionView->header()->setSectionResizeMode(SectionModel::CountColumn, QHeaderView::ResizeToContents);
    auto *sectionDock = new QDockWidget(tr("Sections"), this);
    sectionDock->setObjectName(u"sectionDock"_qs);
    sectionDock->setWidget(m_sectionView);
    addDockWidget(Qt::LeftDockWidgetArea, sectionDock);
    connect(m_sectionView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_reader->scrollToOffset(index.data(RangeStartRole).toLongLong());
    });

    // Speakers
    m_speakerView = makeTree(m_speakers, u"speakerView"_qs);
    // Name and role in one column, two lines (SpeakerDelegate): a role beside the name was cut off
    // at any dock width a reader would give it. The Role column stays in the model for the table and tests.
    m_speakerView->setItemDelegateForColumn(SpeakerModel::NameColumn, new SpeakerDelegate(m_speakerView));
    m_speakerView->setColumnHidden(SpeakerModel::RoleColumn, true);
    m_speakerView->header()->setSectionResizeMode(SpeakerModel::NameColumn, QHeaderView::Stretch);
    m_speakerView->header()->setSectionResizeMode(SpeakerModel::CountColumn, QHeaderView::ResizeToContents);
    m_speakerView->setToolTip(tr("Check speakers to show only their quotes; double-click to jump to the first one."));
    auto *speakerSort = new QComboBox(this);
    speakerSort->setObjectName(u"speakerSort"_qs);
    speakerSort->addItem(tr("Most quoted first"));
    speakerSort->addItem(tr("By name"));
    auto *speakerPanel = new QWidget(this);
    auto *speakerLayout = new QVBoxLayout(speakerPanel);
    speakerLayout->setContentsMargins(0, 0, 0, 0);
    speakerLayout->setSpacing(2);
    auto *sortRow = new QHBoxLayout;
    sortRow->setContentsMargins(4, 2, 4, 0);
    auto *sortLabel = new QLabel(tr("S&ort:"), this);
    sortLabel->setBuddy(speakerSort);
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(speakerSort, 1);
    speakerLayout->addLayout(sortRow);
    speakerLayout->addWidget(m_speakerView);
    auto *speakerDock = new QDockWidget(tr("Speakers"), this);
    speakerDock->setObjectName(u"speakerDock"_qs);
    speakerDock->setWidget(speakerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, speakerDock);
    connect(speakerSort, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_speakers->setSortMode(index == 1 ? SpeakerModel::SortMode::ByName : SpeakerModel::SortMode::ByCount);
        refreshFilterSelectors();
    });
    connect(m_speakerView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int speaker = index.data(SpeakerIndexRole).toInt();
        const auto &quotes = m_document->document.quotes;
        for (int i = 0; i < quotes.size(); ++i) {
            if (quotes.at(i).speaker == speaker) {
                m_reader->scrollToQuote(i);
                selectQuoteRow(i);
                return;
            }
        }
    });

    // Themes
    m_themeView = makeTree(m_themes, u"themeView"_qs);
    m_themeView->header()->setSectionResizeMode(ThemeModel::CountColumn, QHeaderView::ResizeToContents);
    auto *themePanel = new QWidget(this);
    auto *themeLayout = new QVBoxLayout(themePanel);
    themeLayout->setContentsMargins(0, 0, 0, 0);
    themeLayout->setSpacing(2);
    themeLayout->addWidget(m_themeView);
    auto *themeButtons = new QHBoxLayout;
    themeButtons->setContentsMargins(4, 0, 4, 4);
    auto addButton = [&](const QString &name, const QString &text, const QString &tip, void (MainWindow::*slot)()) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        themeButtons->addWidget(button);
        return button;
    };
    addButton(u"addThemeButton"_qs, tr("Add…"), tr("Add a theme of your own"), &MainWindow::addTheme);
    auto *editButton = addButton(u"editThemeButton"_qs, tr("Edit…"), tr("Edit the terms of your theme"), &MainWindow::editTheme);
    auto *removeButton = addButton(u"removeThemeButton"_qs, tr("Remove"), tr("Remove your theme"), &MainWindow::removeTheme);
    themeButtons->addStretch(1);
    themeLayout->addLayout(themeButtons);
    auto updateThemeButtons = [this, editButton, removeButton] {
        const bool user = m_themes->isUserTheme(m_themeView->currentIndex().row());
        editButton->setEnabled(user);
        removeButton->setEnabled(user);
    };
    connect(m_themeView->selectionModel(), &QItemSelectionModel::currentChanged, this, updateThemeButtons);
    connect(m_themes, &QAbstractItemModel::modelReset, this, updateThemeButtons);
    updateThemeButtons();
    auto *themeDock = new QDockWidget(tr("Themes"), this);
    themeDock->setObjectName(u"themeDock"_qs);
    themeDock->setWidget(themePanel);
    addDockWidget(Qt::LeftDockWidgetArea, themeDock);
    resizeDocks({sectionDock, speakerDock, themeDock}, {260, 260, 260}, Qt::Horizontal);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadProgress"_qs);
    m_progress->setRange(0, kLoadSteps);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::createActions()
{
    const QStyle *st = style();
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_qs);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(themedIcon(u"document-open"_qs, QStyle::SP_DialogOpenButton, st),
                                          tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_reloadAction = file->addAction(themedIcon(u"view-refresh"_qs, QStyle::SP_BrowserReload, st), tr("Re&load"),
                                     this, [this] { openFile(m_path, m_encoding); });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    QMenu *encodingMenu = file->addMenu(tr("Reopen with &Encoding"));
    m_encodingGroup = new QActionGroup(this);
    const QList<QPair<QString, QByteArray>> encodings = {
        {tr("Detect automatically"), {}},
        {u"UTF-8"_qs, "UTF-8"},
        {u"GB18030 (简体)"_qs, "GB18030"},
        {u"Big5 (繁體)"_qs, "Big5"},
        {u"UTF-16LE"_qs, "UTF-16LE"},
        {u"UTF-16BE"_qs, "UTF-16BE"},
        {u"Shift_JIS"_qs, "Shift_JIS"},
        {u"Windows-1252"_qs, "windows-1252"},
    };
    for (const auto &[label, name] : encodings) {
        QAction *action = encodingMenu->addAction(label);
        action->setObjectName(u"encoding-"_qs + (name.isEmpty() ? u"auto"_qs : QString::fromLatin1(name)));
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name.isEmpty());
        m_encodingGroup->addAction(action);
        if (name.isEmpty()) {
            encodingMenu->addSeparator();
        }
    }
    connect(m_encodingGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_path.isEmpty()) {
            openFile(m_path, action->data().toByteArray());
        }
    });
    file->addSeparator();
    m_exportAction = file->addAction(themedIcon(u"document-save-as"_qs, QStyle::SP_DialogSaveButton, st),
                                     tr("&Export Quotes…"), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(tr("Export the selected quotes, or all shown quotes when none is selected (Ctrl+E)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copyAction = edit->addAction(themedIcon(u"edit-copy"_qs, QStyle::SP_FileDialogDetailedView, st),
                                   tr("&Copy Quotes"), this, &MainWindow::copyQuotes);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected quotes as rich and plain text (Ctrl+C)"));
    QAction *selectAll = edit->addAction(tr("Select &All Quotes"), this, [this] { m_table->selectAll(); });
    selectAll->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    edit->addSeparator();
    QAction *find = edit->addAction(themedIcon(u"edit-find"_qs, QStyle::SP_FileDialogContentsView, st),
                                    tr("&Find Quotes"), this, [this] {
                                        m_filterBar->ui()->searchEdit->setFocus(Qt::ShortcutFocusReason);
                                        m_filterBar->ui()->searchEdit->selectAll();
                                    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"findAction"_qs);
    QAction *clear = edit->addAction(tr("C&lear Filters"), this, [this] {
        m_speakers->setCheckedSpeakers({});
        m_themes->setCheckedThemes({});
        m_filterBar->ui()->kindCombo->setCurrentIndex(0);
        m_filterBar->ui()->searchEdit->clear();
    });
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    clear->setObjectName(u"clearFiltersAction"_qs);

    // View
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_showRemovedAction = m_viewMenu->addAction(tr("Show &Removed Text and Noise"));
    m_showRemovedAction->setCheckable(true);
    m_showRemovedAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_showRemovedAction->setToolTip(tr("Show pinyin glosses, captions and boilerplate greyed"));
    connect(m_showRemovedAction, &QAction::toggled, m_reader, &ReaderView::setShowRemoved);
    QMenu *scriptMenu = m_viewMenu->addMenu(tr("&Characters"));
    m_scriptGroup = new QActionGroup(this);
    const QList<QPair<QString, Script>> scripts = {
        {tr("As &Written"), Script::AsWritten},
        {tr("&Simplified"), Script::Simplified},
        {tr("&Traditional"), Script::Traditional},
    };
    int shortcut = 1;
    for (const auto &[label, script] : scripts) {
        QAction *action = scriptMenu->addAction(label);
        action->setCheckable(true);
        action->setData(int(script));
        action->setChecked(script == Script::AsWritten);
        action->setShortcut(QKeySequence(u"Ctrl+Alt+"_qs + QString::number(shortcut++)));
        m_scriptGroup->addAction(action);
    }
    connect(m_scriptGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_reader->setScript(Script(action->data().toInt())); });
    m_viewMenu->addSeparator();
    // Each pane by keyboard: the toggle shows a hidden dock and puts the focus in it.
    const QList<QPair<QString, QWidget *>> docks = {
        {u"sectionDock"_qs, m_sectionView},
        {u"speakerDock"_qs, m_speakerView},
        {u"themeDock"_qs, m_themeView},
    };
    int dockKey = Qt::Key_1;
    for (const auto &[name, view] : docks) {
        auto *dock = findChild<QDockWidget *>(name);
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(name + u"Action"_qs);
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(dockKey++)));
        toggle->setToolTip(tr("Show or hide the %1 pane").arg(dock->windowTitle()));
        connect(toggle, &QAction::triggered, this, [dock, view = view](bool shown) {
            if (shown) {
                dock->raise(); // in front when docks are tabbed together
                view->setFocus(Qt::ShortcutFocusReason);
            }
        });
        m_viewMenu->addAction(toggle);
    }

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(themedIcon(u"go-down"_qs, QStyle::SP_ArrowDown, st), tr("&Next Quote"), this,
                                  [this] { stepQuote(+1, false); });
    next->setShortcut(QKeySequence(tr("Alt+Down")));
    QAction *previous = go->addAction(themedIcon(u"go-up"_qs, QStyle::SP_ArrowUp, st), tr("&Previous Quote"), this,
                                      [this] { stepQuote(-1, false); });
    previous->setShortcut(QKeySequence(tr("Alt+Up")));
    QAction *nextSame =
        go->addAction(tr("Next Quote by the &Same Speaker"), this, [this] { stepQuote(+1, true); });
    nextSame->setShortcut(QKeySequence(tr("Alt+Shift+Down")));
    QAction *previousSame =
        go->addAction(tr("Previous Quote by the Same Spea&ker"), this, [this] { stepQuote(-1, true); });
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
    m_exportAction->setIconText(tr("Export"));
    m_copyAction->setIconText(tr("Copy"));
    previous->setIconText(tr("Previous Quote"));
    previous->setToolTip(tr("Previous quote (Alt+Up)"));
    next->setIconText(tr("Next Quote"));
    next->setToolTip(tr("Next quote (Alt+Down)"));
    m_showRemovedAction->setIconText(tr("Show Removed Text"));
    toolbar->addAction(openAction);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_copyAction);
    toolbar->addSeparator();
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    toolbar->addAction(m_showRemovedAction);
    m_viewMenu->addAction(toolbar->toggleViewAction());
}

void MainWindow::setupTabOrder()
{
    // The order a reader works in: narrow the quotes, go through them, read them in place, then
    // the panes that filter by section, speaker and theme. Widgets hidden at the time (the welcome
    // page's buttons once an article is shown, the reader before) are skipped by Tab.
    Ui::FilterBar *bar = m_filterBar->ui();
    const QList<QWidget *> chain = {
        bar->searchEdit,
        bar->speakerCombo,
        bar->themeCombo,
        bar->kindCombo,
        m_table,
        m_welcome->findChild<QWidget *>(u"welcomeOpen"_qs),
        m_welcome->findChild<QWidget *>(u"welcomeSample"_qs),
        m_reader,
        m_sectionView,
        findChild<QWidget *>(u"speakerSort"_qs),
        m_speakerView,
        m_themeView,
        findChild<QWidget *>(u"addThemeButton"_qs),
        findChild<QWidget *>(u"editThemeButton"_qs),
        findChild<QWidget *>(u"removeThemeButton"_qs),
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void MainWindow::connectFilters()
{
    Ui::FilterBar *bar = m_filterBar->ui();
    connect(m_speakers, &SpeakerModel::checkedSpeakersChanged, this, [this] {
        m_proxy->setSpeakers(m_speakers->checkedSpeakers());
        refreshFilterSelectors();
    });
    connect(m_themes, &ThemeModel::checkedThemesChanged, this, [this] {
        m_proxy->setThemes(m_themes->checkedThemes());
        refreshFilterSelectors();
    });
    connect(m_themes, &ThemeModel::userThemesChanged, this, [this] {
        QSettings settings;
        m_themes->saveUserThemes(settings);
        rethemeDocument();
    });
    connect(bar->speakerCombo, &QComboBox::activated, this, [this, bar](int index) {
        const int speaker = bar->speakerCombo->itemData(index).toInt();
        if (speaker == kAllItem) {
            m_speakers->setCheckedSpeakers({});
        } else if (speaker >= 0) {
            m_speakers->setCheckedSpeakers({speaker});
        }
    });
    connect(bar->themeCombo, &QComboBox::activated, this, [this, bar](int index) {
        const QVariant data = bar->themeCombo->itemData(index);
        if (data.typeId() == QMetaType::Int) { // "all" or "several"
            if (data.toInt() == kAllItem) {
                m_themes->setCheckedThemes({});
            }
        } else {
            m_themes->setCheckedThemes({data.toString()});
        }
    });
    connect(bar->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setKind(index == 1   ? std::optional(QuoteKind::Direct)
                         : index == 2 ? std::optional(QuoteKind::Indirect)
                                      : std::nullopt);
    });
    connect(bar->searchEdit, &QLineEdit::textChanged, m_proxy, &QuoteFilterProxy::setSearchText);
    connect(m_proxy, &QuoteFilterProxy::filterChanged, this, &MainWindow::updateFromFilter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_reader->scrollToQuote(current.data(QuoteIndexRole).toInt());
                }
            });
    connect(m_reader, &ReaderView::quoteActivated, this, &MainWindow::selectQuoteRow);
}

void MainWindow::refreshFilterSelectors()
{
    Ui::FilterBar *bar = m_filterBar->ui();
    if (!m_document) {
        bar->speakerCombo->clear();
        bar->speakerCombo->addItem(tr("All speakers"), kAllItem);
        bar->themeCombo->clear();
        bar->themeCombo->addItem(tr("All themes"), kAllItem);
        return;
    }
    const Document &doc = m_document->document;

    const QSet<int> speakers = m_speakers->checkedSpeakers();
    bar->speakerCombo->clear();
    bar->speakerCombo->addItem(tr("All speakers"), kAllItem);
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        const int speaker = m_speakers->index(row, 0).data(SpeakerIndexRole).toInt();
        const Speaker &s = doc.speakers.at(speaker);
        bar->speakerCombo->addItem(swatch(speakerColor(speaker)), u"%1 (%2)"_qs.arg(s.name).arg(s.quotes), speaker);
    }
    if (speakers.size() > 1) {
        bar->speakerCombo->addItem(tr("%n speaker(s)", nullptr, int(speakers.size())), kSeveralItem);
    }
    bar->speakerCombo->setCurrentIndex(speakers.isEmpty()       ? 0
                                       : speakers.size() == 1 ? bar->speakerCombo->findData(*speakers.begin())
                                                              : bar->speakerCombo->count() - 1);

    const QSet<QString> themes = m_themes->checkedThemes();
    bar->themeCombo->clear();
    bar->themeCombo->addItem(tr("All themes"), kAllItem);
    for (int row = 0; row < m_themes->rowCount(); ++row) {
        const QString name = m_themes->index(row, 0).data().toString();
        bar->themeCombo->addItem(name, name);
    }
    if (themes.size() > 1) {
        bar->themeCombo->addItem(tr("%n theme(s)", nullptr, int(themes.size())), kSeveralItem);
    }
    bar->themeCombo->setCurrentIndex(themes.isEmpty()       ? 0
                                     : themes.size() == 1 ? bar->themeCombo->findData(*themes.begin())
                                                          : bar->themeCombo->count() - 1);
}

void MainWindow::updateFromFilter()
{
    const QList<int> accepted = m_proxy->acceptedQuotes();
    m_reader->setHighlightedQuotes(accepted);
    m_filterBar->setCount(int(accepted.size()), m_quotes->rowCount());
}

void MainWindow::selectQuoteRow(int quote)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_quotes->index(quote, 0));
    if (!proxyIndex.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(proxyIndex,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

void MainWindow::stepQuote(int direction, bool sameSpeaker)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_table->currentIndex().row();
    const int speaker = current >= 0 ? m_proxy->index(current, 0).data(SpeakerIndexRole).toInt() : -1;
    int row = current < 0 ? (direction > 0 ? -1 : rows) : current;
    for (int step = 0; step < rows; ++step) {
        row = (row + direction + rows) % rows; // wraps round, like find-next in an editor
        const QModelIndex candidate = m_proxy->index(row, 0);
        if (!sameSpeaker || current < 0 || candidate.data(SpeakerIndexRole).toInt() == speaker) {
            m_table->selectionModel()->setCurrentIndex(
                candidate, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(candidate);
            return;
        }
    }
}

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

    // Everything costly runs on a pool thread: loading, extraction, the folded texts and search keys,
    // and the reader's text document. The GUI thread only swaps finished results in, so the window
    // keeps painting and answering; the first page of a new file is shown as soon as it is decoded.
    const bool preview = absolute != m_path; // a reload keeps the article in view instead
    const Script script = m_reader->script();
    const bool showRemoved = m_reader->showRemoved();
    const ReaderDisplay::Style style = m_reader->displayStyle();
    m_loader.setFuture(QtConcurrent::run([this, absolute, options, cancel, preview, script, showRemoved,
                                          style]() -> LoadOutcome {
        LoadResult loaded = loadArticle(absolute, options.load);
        if (cancel->load()) {
            return {nullptr, nullptr, {}, true};
        }
        if (!loaded.ok()) {
            return {nullptr, nullptr, loaded.error, false};
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
        ExtractResult result = processLoaded(std::move(*loaded.loaded), options);
        if (result.cancelled || cancel->load()) {
            return {nullptr, nullptr, {}, true};
        }
        if (!result.ok()) {
            return {nullptr, nullptr, result.error, false};
        }
        ReaderDocumentPtr prepared =
            prepareDocument(std::move(*result.document), {/*traditional=*/script == Script::Traditional});
        if (cancel->load()) {
            return {nullptr, nullptr, {}, true};
        }
        return {prepared, ReaderView::prepareDisplay(prepared, script, showRemoved, style), {}, false};
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
    if (!outcome.document) {
        m_reader->setLoadingNote({}); // a preview shown before the failure stays, without the promise
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

    const QSet<int> keptSpeakers = reload ? m_speakers->checkedSpeakers() : QSet<int>{};
    const int scroll = reload ? m_reader->verticalScrollBar()->value() : 0;
    applyDocument(outcome.document, outcome.display);
    QSet<int> validSpeakers;
    for (int speaker : keptSpeakers) {
        if (speaker < m_document->document.speakers.size()) {
            validSpeakers.insert(speaker);
        }
    }
    m_speakers->setCheckedSpeakers(validSpeakers);
    m_reader->verticalScrollBar()->setValue(scroll);
    updateWindowTitle();
    emit documentLoaded();
}

void MainWindow::applyDocument(ReaderDocumentPtr document, std::shared_ptr<ReaderDisplay> display)
{
    // The same text with other themes keeps the reader's display (and its scroll position).
    const bool sameText = m_document && document && m_document->document.text.isSharedWith(document->document.text);
    m_document = std::move(document);
    m_quotes->setDocument(m_document);
    m_speakers->setDocument(m_document);
    m_sections->setDocument(m_document);
    m_themes->setDocument(m_document);
    m_readerStack->setCurrentWidget(m_reader);
    if (sameText) {
        m_reader->replaceThemes(m_document);
    } else {
        m_reader->setDocument(m_document, std::move(display));
    }
    m_proxy->setSpeakers(m_speakers->checkedSpeakers());
    m_proxy->setThemes(m_themes->checkedThemes());
    refreshFilterSelectors();
    updateFromFilter();
    updateStatusLabel();
}

void MainWindow::clearArticle()
{
    // The previous article's quotes, speakers and themes must not stand beside another article's text.
    m_document.reset();
    m_quotes->setDocument(nullptr);
    m_speakers->setDocument(nullptr);
    m_sections->setDocument(nullptr);
    m_themes->setDocument(nullptr);
    refreshFilterSelectors();
    updateFromFilter();
    updateStatusLabel();
    m_filterBar->ui()->countLabel->setText(tr("Finding quotes…"));
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
    const QStringList parts = {QFileInfo(m_path).fileName(), encoding, language,
                               tr("%n quote(s)", nullptr, int(doc.quotes.size())),
                               tr("%n speaker(s)", nullptr, int(doc.speakers.size()))};
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
    m_reader->setLoadingNote(u"<b>"_qs + tr("Loading the article (step %1 of %2)").arg(step).arg(steps)
                             + u"</b><br>"_qs + text.toHtmlEscaped() + u"<br><small>"_qs
                             + tr("Quotes are highlighted once it is read.") + u"</small>"_qs);
}

void MainWindow::rethemeDocument()
{
    if (!m_document) {
        return;
    }
    if (m_retheming.isRunning()) {
        m_rethemeAgain = true;
        return;
    }
    // Theme matching and the search keys go through every quote: for a big article that is work for
    // the pool, like loading. A short one is done at once, so the filter follows the edit directly.
    constexpr qsizetype kBackgroundFrom = 256 * 1024;
    auto retheme = [](ReaderDocumentPtr previous, QList<Theme> userThemes) -> ReaderDocumentPtr {
        Document doc = previous->document;
        findThemes(doc, userThemes);
        return reprepareDocument(*previous, std::move(doc));
    };
    if (m_document->document.text.size() >= kBackgroundFrom) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_retheming.setFuture(QtConcurrent::run(retheme, m_document, m_themes->userThemes()));
        return;
    }
    const QSet<int> speakers = m_speakers->checkedSpeakers();
    applyDocument(retheme(m_document, m_themes->userThemes()));
    m_speakers->setCheckedSpeakers(speakers);
}

void MainWindow::rethemeFinished()
{
    m_progress->hide();
    m_progress->setRange(0, kLoadSteps);
    ReaderDocumentPtr document = m_retheming.result();
    if (!m_document || !document || !m_document->document.text.isSharedWith(document->document.text)) {
        return; // another article was opened meanwhile
    }
    const QSet<int> speakers = m_speakers->checkedSpeakers();
    applyDocument(std::move(document));
    m_speakers->setCheckedSpeakers(speakers);
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
    QString message;
    bool ok = false;
    if (!m_document) {
        message = tr("Cannot export to “%1”: no article is open.").arg(path);
    } else {
        const QuoteSelection selection{&m_document->document, quotesToExport()};
        ok = exportToFile(selection, format, path, &message);
        if (!ok && message.isEmpty()) {
            message = tr("Cannot export to “%1”: the writer reported no reason.").arg(path);
        }
    }
    if (!ok) {
        showError(tr("Export Failed"), message);
        if (error) {
            *error = message;
        }
        return false;
    }
    statusBar()->showMessage(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportDialog()
{
    if (!m_document) {
        return;
    }
    QSettings settings;
    QStringList filters;
    for (const FormatEntry &entry : kFormats) {
        filters.append(tr(entry.filter));
    }
    const QString dir = settings.value(u"paths/export"_qs, QFileInfo(m_path).absolutePath()).toString();
    QString selectedFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Quotes"),
                                                dir + u'/' + QFileInfo(m_path).completeBaseName() + u"-quotes.md"_qs,
                                                filters.join(u";;"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(u"paths/export"_qs, QFileInfo(path).absolutePath());
    ExportFormat format = kFormats[std::max<qsizetype>(0, filters.indexOf(selectedFilter))].format;
    // The suffix the user typed wins over the filter left selected.
    if (const auto bySuffix = exportFormatFromName(QFileInfo(path).suffix().toLower())) {
        format = *bySuffix;
    } else if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + fileSuffix(format);
    }
    exportQuotes(path, format);
}

void MainWindow::copyQuotes()
{
    if (!m_document) {
        return;
    }
    const QuoteSelection selection{&m_document->document, quotesToExport()};
    auto render = [&selection](ExportFormat format) -> std::optional<QByteArray> {
        const std::unique_ptr<QuoteWriter> writer = makeWriter(format);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writer || !writer->write(selection, &buffer)) {
            return std::nullopt;
        }
        return buffer.data();
    };
    const auto html = render(ExportFormat::Html);
    const auto text = render(ExportFormat::Text);
    if (!html && !text) {
        statusBar()->showMessage(tr("Could not copy: the writers are not available."), 5000);
        return;
    }
    auto *mime = new QMimeData;
    if (html) {
        mime->setHtml(QString::fromUtf8(*html));
    }
    if (text) {
        mime->setText(QString::fromUtf8(*text));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n quote(s).", nullptr, int(selection.quotes.size())), 4000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Not exec(): a modal loop here would stall tests and the reload timer alike.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"errorBox"_qs);
    box->open();
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
        this, tr("Edit Theme"), tr("Terms of “%1”, separated by commas:").arg(index.data().toString()),
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

void MainWindow::updateWindowTitle()
{
    setWindowFilePath(m_path);
    setWindowTitle(m_path.isEmpty() ? tr("QuoteReader")
                                    : tr("%1 — QuoteReader").arg(QFileInfo(m_path).fileName()));
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
            m_reader->setScript(Script(script));
        }
    }
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
    settings.setValue(u"view/speakersByName"_qs,
                      m_speakers->sortMode() == SpeakerModel::SortMode::ByName);
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
