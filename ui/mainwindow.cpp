#include "mainwindow.h"

#include "articlesession.h"
#include "cleaner.h"
#include "correctioncontroller.h"
#include "exporter.h"
#include "filterbar.h"
#include "loader.h"
#include "palette.h"
#include "quotedelegate.h"
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
#include "welcomepage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace QuoteReader {

namespace {

// The extraction's stages, then preparing the page (Stage::Done is reported when that starts): the
// bar stays short of full during the last step, which for a big article is the longest.
constexpr int kLoadSteps = int(Stage::Done) + 1;
constexpr int kAllItem = -1;
constexpr int kSeveralItem = -2;
// Bundled with the executable (app/desktop); absent in tests, where the welcome page hides its button.
constexpr auto kSamplePath = ":/sample-article.txt";

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

// Rows of the outline and theme lists a little taller than the text: Latin descenders and the check
// boxes need the room (the default height is the tallest glyph of the first row, often a Chinese one).
class RoomyRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
        return size;
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent, MainWindow *replacing)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_qs);
    setAcceptDrops(true);
    createModels(replacing);
    createWidgets();
    createDocks();
    m_exporter = new Exporter(this);
    m_corrections = new CorrectionController(this, m_session);
    createActions();
    setupTabOrder();
    connectFilters();
    connect(&m_loader, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::loadFinished);
    connect(m_reader, &ReaderView::pageDrawn, this, &MainWindow::readerPageDrawn);
    connect(&m_retheming, &QFutureWatcher<Retheming>::finished, this, &MainWindow::rethemeFinished);
    connect(m_session, &ArticleSession::documentChanged, this, &MainWindow::showCorrected);
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
    if (replacing) {
        takeOver(*replacing);
    }
    refreshFilterSelectors();
    updateWindowTitle();
    updateActionStates();
}

MainWindow::~MainWindow()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_loader.waitForFinished();
    m_retheming.waitForFinished();
}

void MainWindow::createModels(MainWindow *replacing)
{
    // The session (article, corrections, undo history) outlives a window replaced for another language.
    if (replacing && replacing->m_session) {
        m_session = replacing->m_session;
        replacing->m_session = nullptr;
        m_session->disconnect(replacing);
        m_session->setParent(this);
    } else {
        m_session = new ArticleSession(this);
    }
    m_quotes = new QuoteModel(this);
    m_quotes->setSession(m_session);
    m_proxy = new QuoteFilterProxy(this);
    m_proxy->setSourceModel(m_quotes);
    m_speakers = new SpeakerModel(this);
    m_speakers->setSession(m_session);
    m_sections = new SectionModel(this);
    m_themes = new ThemeModel(this);
}

void MainWindow::createWidgets()
{
    m_reader = new ReaderView(this);
    m_reader->setObjectName(u"reader"_qs);

    // Before any article: say what the program does and offer the two ways in, instead of blank panes.
    m_welcome = new WelcomePage(QString::fromLatin1(kSamplePath), this);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePage::sampleRequested, this, [this] { openFile(QString::fromLatin1(kSamplePath)); });
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
    // The speaker and the kind are corrected in place: double-click or F2 on the cell.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_quoteDelegate = new QuoteDelegate(m_table);
    m_table->setItemDelegate(m_quoteDelegate);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab goes on to the reader; the arrows move between rows
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Widths in characters of the current font, so they suit the Chinese interface and large fonts too;
    // the quote itself takes the rest. The speaker column grows to the longest name (fitToContents()).
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

void MainWindow::createDocks()
{
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
    m_sectionView->setItemDelegate(new RoomyRowDelegate(m_sectionView));
    m_sectionView->header()->setSectionResizeMode(SectionModel::CountColumn, QHeaderView::ResizeToContents);
    auto *sectionDock = new QDockWidget(tr("Sections"), this);
    sectionDock->setObjectName(u"sectionDock"_qs);
    sectionDock->setWidget(m_sectionView);
    addDockWidget(Qt::LeftDockWidgetArea, sectionDock);
    connect(m_sectionView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_reader->scrollToOffset(index.data(RangeStartRole).toLongLong());
    });
    connect(m_sectionView, &QTreeView::activated, this, [this](const QModelIndex &index) {
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
    // F2 renames the speaker in place; the context menu has the rest.
    m_speakerView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_speakerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_speakerView->setToolTip(tr("Check speakers to show only their quotes; double-click to jump to the first one; "
                                 "F2 or the right button to correct one."));
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
    m_themeView->setItemDelegate(new RoomyRowDelegate(m_themeView));
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
        bar->correctedCheck,
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
    connect(bar->correctedCheck, &QCheckBox::toggled, m_proxy, &QuoteFilterProxy::setCorrectedOnly);
    connect(bar->searchEdit, &QLineEdit::textChanged, m_proxy, &QuoteFilterProxy::setSearchText);
    connect(m_proxy, &QuoteFilterProxy::filterChanged, this, &MainWindow::updateFromFilter);
    connect(m_reader, &ReaderView::findStatusChanged, m_filterBar, &FilterBar::setFindStatus);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) {
                    return;
                }
                m_reader->scrollToQuote(current.data(QuoteIndexRole).toInt());
                // The outline follows: the section of the quote is the current one there.
                const QModelIndex section = m_sections->index(current.data(SectionIndexRole).toInt(), 0);
                if (section.isValid()) {
                    m_sectionView->setCurrentIndex(section);
                    m_sectionView->scrollTo(section);
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_corrections,
            &CorrectionController::updateActions);
    connect(m_reader, &QPlainTextEdit::selectionChanged, m_corrections, &CorrectionController::updateActions);
    connect(m_reader, &ReaderView::quoteActivated, this, &MainWindow::selectQuoteRow);
    connect(m_reader, &ReaderView::contextMenuAboutToShow, m_corrections, &CorrectionController::addReaderActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_document) {
            return;
        }
        QMenu menu(this);
        m_corrections->addQuoteActions(&menu);
        menu.addSeparator();
        menu.addAction(findChild<QAction *>(u"copyQuotesAction"_qs));
        menu.addAction(findChild<QAction *>(u"exportAction"_qs));
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_speakerView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_speakerView->indexAt(pos);
        if (!m_document || !index.isValid()) {
            return;
        }
        QMenu menu(this);
        m_corrections->addSpeakerActions(&menu, index.data(SpeakerIndexRole).toInt());
        menu.exec(m_speakerView->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::refreshFilterSelectors()
{
    Ui::FilterBar *bar = m_filterBar->ui();
    bar->speakerCombo->clear();
    bar->speakerCombo->addItem(tr("All speakers"), kAllItem);
    bar->themeCombo->clear();
    bar->themeCombo->addItem(tr("All themes"), kAllItem);
    if (m_document) {
        const QSet<int> speakers = m_speakers->checkedSpeakers();
        for (int row = 0; row < m_speakers->rowCount(); ++row) {
            const QModelIndex index = m_speakers->index(row, SpeakerModel::NameColumn);
            const int speaker = index.data(SpeakerIndexRole).toInt();
            bar->speakerCombo->addItem(swatch(index.data(ColorRole).value<QColor>()),
                                       u"%1 (%2)"_qs.arg(index.data().toString()).arg(index.data(CountRole).toInt()),
                                       speaker);
        }
        if (speakers.size() > 1) {
            bar->speakerCombo->addItem(tr("%n speaker(s)", nullptr, int(speakers.size())), kSeveralItem);
        }
        bar->speakerCombo->setCurrentIndex(speakers.isEmpty()       ? 0
                                           : speakers.size() == 1 ? bar->speakerCombo->findData(*speakers.begin())
                                                                  : bar->speakerCombo->count() - 1);
        const QSet<QString> themes = m_themes->checkedThemes();
        for (int row = 0; row < m_themes->rowCount(); ++row) {
            const QModelIndex index = m_themes->index(row, 0);
            bar->themeCombo->addItem(index.data().toString(), index.data(Qt::EditRole).toString());
        }
        if (themes.size() > 1) {
            bar->themeCombo->addItem(tr("%n theme(s)", nullptr, int(themes.size())), kSeveralItem);
        }
        bar->themeCombo->setCurrentIndex(themes.isEmpty()       ? 0
                                         : themes.size() == 1 ? bar->themeCombo->findData(*themes.begin())
                                                              : bar->themeCombo->count() - 1);
    }
    m_filterBar->fitSelectors();
    if (m_quoteDelegate) {
        QStringList names;
        for (int row = 0; row < m_speakers->rowCount(); ++row) {
            names.append(m_speakers->index(row, 0).data(Qt::EditRole).toString());
        }
        m_quoteDelegate->setSpeakerNames(names);
    }
}

void MainWindow::updateFromFilter()
{
    const QList<int> accepted = m_proxy->acceptedQuotes();
    m_reader->setHighlightedQuotes(accepted);
    m_reader->setFindWords(m_proxy->searchWords());
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
    m_loader.setFuture(QtConcurrent::run([this, absolute, options, cancel, preview, script, showRemoved, style, colors,
                                          store]() -> LoadOutcome {
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
        // The article is known by its words, as decoded: renamed or moved, it keeps its corrections.
        outcome.contentKey = contentKey(loaded.loaded->text);
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
                                metrics.horizontalAdvance(m_quotes->headerData(0, Qt::Horizontal).toString()) + padding);
    const int maximum = std::max(m_table->width() / 3, 12 * metrics.horizontalAdvance(u'M'));
    m_table->setColumnWidth(QuoteModel::SpeakerColumn, std::clamp(wanted, m_table->columnWidth(QuoteModel::SpeakerColumn), maximum));

    QFont bold = m_speakerView->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics nameMetrics(bold);
    int longestName = 0;
    for (int row = 0; row < m_speakers->rowCount(); ++row) {
        longestName = std::max(longestName, nameMetrics.horizontalAdvance(m_speakers->index(row, 0).data().toString()));
    }
    // Check box, swatch, the count column and the scroll bar beside the name.
    const int beside = 2 * icon + 3 * m_speakerView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
    auto *dock = findChild<QDockWidget *>(u"speakerDock"_qs);
    const int dockWidth = std::min(longestName + beside, 420);
    if (dock && dock->width() < dockWidth) {
        resizeDocks({dock}, {dockWidth}, Qt::Horizontal);
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
    m_reader->setLoadingNote(u"<b>"_qs + tr("Loading the article (step %1 of %2)").arg(step).arg(steps)
                             + u"</b><br>"_qs + text.toHtmlEscaped() + u"<br><small>"_qs
                             + tr("Quotes are highlighted once it is read.") + u"</small>"_qs);
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
        ReaderDocumentPtr corrected =
            corrections.isEmpty() ? rethemed : ArticleSession::applyTo(*rethemed, corrections, nullptr);
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
    setWindowTitle(m_path.isEmpty() ? tr("QuoteReader")
                                    : tr("%1 — QuoteReader").arg(QFileInfo(m_path).fileName()));
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
