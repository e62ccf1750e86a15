// The reader's window: the article, its outline, speakers and themes, and the filtered quote table.
#pragma once

#include "correctionstore.h"
#include "export.h"
#include "extractor.h"
#include "readerdocument.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QActionGroup;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace QuoteReader {

struct ReaderDisplay;
class ArticleSession;
class CorrectionController;
class Exporter;
class FilterBar;
class QuoteDelegate;
class QuoteFilterProxy;
class QuoteModel;
class ReaderView;
class SectionModel;
class SpeakerModel;
class ThemeModel;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `replacing`: a window of the same session in another language (View > Language); the new one
    // takes its article, corrections, undo history and filters.
    explicit MainWindow(QWidget *parent = nullptr, MainWindow *replacing = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; documentLoaded() or loadFailed() follows.
    void openFile(const QString &path, const QByteArray &encoding = {});
    // With File > Reopen Last Article at Start on, opens the article of the last session; false when off
    // or when there is none.
    bool reopenLastArticle();
    bool isLoading() const;
    // The article as shown: with the user's corrections applied.
    ReaderDocumentPtr currentDocument() const { return m_document; }
    QString currentPath() const { return m_path; }
    QByteArray currentEncoding() const { return m_encoding; }

    // Indexes into Document::quotes: the selected table rows, or every filtered row when none is selected.
    QList<int> quotesToExport() const;
    // Writes quotesToExport() to `path`; on failure shows (and returns) the error naming file and reason.
    bool exportQuotes(const QString &path, ExportFormat format, QString *error = nullptr);
    void copyQuotes();
    // Edit > Copy: the selection of the pane with the focus (text in the reader or a field), else the quotes.
    void copySelection();
    // Shows a warning naming what failed, without a modal loop (tests and timers go on).
    void showError(const QString &title, const QString &message);
    // Installs another language and replaces this window with one in it; returns the new window.
    MainWindow *switchLanguage(const QString &code);

    ReaderView *reader() const { return m_reader; }
    QTableView *quoteTable() const { return m_table; }
    QTreeView *speakerView() const { return m_speakerView; }
    QTreeView *sectionView() const { return m_sectionView; }
    FilterBar *filterBar() const { return m_filterBar; }
    SpeakerModel *speakerModel() const { return m_speakers; }
    ThemeModel *themeModel() const { return m_themes; }
    SectionModel *sectionModel() const { return m_sections; }
    QuoteFilterProxy *quoteProxy() const { return m_proxy; }
    QuoteModel *quoteModel() const { return m_quotes; }
    ArticleSession *session() const { return m_session; }
    CorrectionController *corrections() const { return m_corrections; }
    Exporter *exporter() const { return m_exporter; }

signals:
    void documentLoaded();
    void loadFailed(const QString &error);
    // The reader painted text it had not shown before (a preview or the loaded article).
    void readerPageDrawn();
    // View > Language made a new window in another language: this one closes.
    void replaced(QuoteReader::MainWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The extraction's stages, then preparing the page (Stage::Done is reported when that starts): the
    // bar stays short of full during the last step, which for a big article is the longest.
    static constexpr int kLoadSteps = int(Stage::Done) + 1;

    struct LoadOutcome {
        ReaderDocumentPtr base;                 // as extracted, with the user's themes
        ReaderDocumentPtr corrected;            // with the corrections kept for it applied (base when none)
        std::shared_ptr<ReaderDisplay> display; // the reader's text, built with the document
        QString contentKey;
        CorrectionStore::Found kept;
        CorrectionsReport report;
        QString error;
        bool cancelled = false;
    };
    struct Retheming {
        ReaderDocumentPtr base;
        ReaderDocumentPtr corrected;
        QList<Correction> corrections;
    };

    void createModels(MainWindow *replacing);
    void createWidgets();
    void createDocks();
    void createActions();
    void createViewMenu(QMenu *view);
    void setupTabOrder();
    void connectFilters();
    void readSettings();
    void writeSettings() const;
    void takeOver(MainWindow &old);

    void open();
    void loadFinished();
    // Another article: every model reset, the reader shown anew.
    void applyDocument(ReaderDocumentPtr document, std::shared_ptr<ReaderDisplay> display = {});
    // The same article corrected, its corrections undone or its themes found again: the models follow
    // row by row, the reader keeps its place.
    void showCorrected(ReaderDocumentPtr document);
    void afterDocumentChange();
    void clearArticle();
    void rethemeDocument();
    void rethemeFinished();
    void refreshFilterSelectors();
    void updateFromFilter();
    void selectQuoteRow(int quote);
    void stepQuote(int direction, bool sameSpeaker);
    void setScript(int script);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    void addTheme();
    void editTheme();
    void removeTheme();
    void updateWindowTitle();
    void updateStatusLabel();
    void updateActionStates();
    void fitToContents();
    void showStage(Stage stage);
    QString stageText(Stage stage) const;

    ReaderDocumentPtr m_document;
    QString m_path;
    QByteArray m_encoding;

    ArticleSession *m_session = nullptr;
    CorrectionController *m_corrections = nullptr;
    Exporter *m_exporter = nullptr;
    QuoteModel *m_quotes = nullptr;
    QuoteFilterProxy *m_proxy = nullptr;
    SpeakerModel *m_speakers = nullptr;
    SectionModel *m_sections = nullptr;
    ThemeModel *m_themes = nullptr;

    ReaderView *m_reader = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_readerStack = nullptr; // the welcome page until an article is shown
    QTableView *m_table = nullptr;
    QuoteDelegate *m_quoteDelegate = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTreeView *m_sectionView = nullptr;
    QTreeView *m_speakerView = nullptr;
    QTreeView *m_themeView = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_encodingMenu = nullptr;
    QActionGroup *m_encodingGroup = nullptr;
    QAction *m_showRemovedAction = nullptr;
    QActionGroup *m_scriptGroup = nullptr;
    QAction *m_reopenLastAction = nullptr;
    // Actions that mean nothing without an article: disabled until one is shown.
    QList<QAction *> m_articleActions;

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QFutureWatcher<LoadOutcome> m_loader;
    QFutureWatcher<Retheming> m_retheming; // the user's themes applied to a big document
    bool m_rethemeAgain = false;           // themes changed while m_retheming ran
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace QuoteReader
