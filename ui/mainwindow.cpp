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
        m_session->retranslate();
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
    connect(m_sectionView, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { m_reader->scrollToOffset(index.data(RangeStartRole).toLongLong()); });
    connect(m_sectionView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { m_reader->scrollToOffset(index.data(RangeStartRole).toLongLong()); });

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
    auto *editButton = addButton(u"editThemeButton"_qs, tr("Edit…"), tr("Edit the terms of your theme"),
                                 &MainWindow::editTheme);
    auto *removeButton = addButton(u"removeThemeButton"_qs, tr("Remove"), tr("Remove your theme"),
                                   &MainWindow::removeTheme);
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
        bar->speakerCombo->setCurrentIndex(speakers.isEmpty()     ? 0
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
        bar->themeCombo->setCurrentIndex(themes.isEmpty()     ? 0
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
            m_table->selectionModel()->setCurrentIndex(candidate,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(candidate);
            return;
        }
    }
}

} // namespace QuoteReader
