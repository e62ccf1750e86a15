// The reader's window: the article, its outline, speakers and themes, and the filtered quote table.
#pragma once

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
class FilterBar;
class QuoteFilterProxy;
class QuoteModel;
class ReaderView;
class SectionModel;
class SpeakerModel;
class ThemeModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts loading in the background; documentLoaded() or loadFailed() follows.
    void openFile(const QString &path, const QByteArray &encoding = {});
    bool isLoading() const;
    ReaderDocumentPtr currentDocument() const { return m_document; }
    QString currentPath() const { return m_path; }

    // Indexes into Document::quotes: the selected table rows, or every filtered row when none is selected.
    QList<int> quotesToExport() const;
    // Writes quotesToExport() to `path`; on failure shows (and returns) the error naming file and reason.
    bool exportQuotes(const QString &path, ExportFormat format, QString *error = nullptr);
    void copyQuotes();

    ReaderView *reader() const { return m_reader; }
    QTableView *quoteTable() const { return m_table; }
    QTreeView *speakerView() const { return m_speakerView; }
    FilterBar *filterBar() const { return m_filterBar; }
    SpeakerModel *speakerModel() const { return m_speakers; }
    ThemeModel *themeModel() const { return m_themes; }
    SectionModel *sectionModel() const { return m_sections; }
    QuoteFilterProxy *quoteProxy() const { return m_proxy; }
    QuoteModel *quoteModel() const { return m_quotes; }

signals:
    void documentLoaded();
    void loadFailed(const QString &error);
    // The reader painted text it had not shown before (a preview or the loaded article).
    void readerPageDrawn();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct LoadOutcome {
        ReaderDocumentPtr document;
        std::shared_ptr<ReaderDisplay> display; // the reader's text, built with the document
        QString error;
        bool cancelled = false;
    };

    void createModels();
    void createWidgets();
    void createActions();
    void setupTabOrder();
    void connectFilters();
    void readSettings();
    void writeSettings() const;

    void open();
    void exportDialog();
    void loadFinished();
    void applyDocument(ReaderDocumentPtr document, std::shared_ptr<ReaderDisplay> display = {});
    void clearArticle();
    void rethemeDocument();
    void rethemeFinished();
    void refreshFilterSelectors();
    void updateFromFilter();
    void selectQuoteRow(int quote);
    void stepQuote(int direction, bool sameSpeaker);
    void showError(const QString &title, const QString &message);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    void addTheme();
    void editTheme();
    void removeTheme();
    void updateWindowTitle();
    void updateStatusLabel();
    void showStage(Stage stage);
    QString stageText(Stage stage) const;

    ReaderDocumentPtr m_document;
    Document m_baseDocument; // as extracted, before the user's themes were applied
    QString m_path;
    QByteArray m_encoding;

    QuoteModel *m_quotes = nullptr;
    QuoteFilterProxy *m_proxy = nullptr;
    SpeakerModel *m_speakers = nullptr;
    SectionModel *m_sections = nullptr;
    ThemeModel *m_themes = nullptr;

    ReaderView *m_reader = nullptr;
    QWidget *m_welcome = nullptr;
    QStackedWidget *m_readerStack = nullptr; // the welcome page until an article is shown
    QTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTreeView *m_sectionView = nullptr;
    QTreeView *m_speakerView = nullptr;
    QTreeView *m_themeView = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_encodingGroup = nullptr;
    QAction *m_showRemovedAction = nullptr;
    QActionGroup *m_scriptGroup = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QFutureWatcher<LoadOutcome> m_loader;
    QFutureWatcher<ReaderDocumentPtr> m_retheming; // the user's themes applied to a big document
    bool m_rethemeAgain = false;                   // themes changed while m_retheming ran
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_updatingSelectors = false;
};

} // namespace QuoteReader
