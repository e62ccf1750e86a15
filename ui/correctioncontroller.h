// The corrections as the user makes them: the Corrections menu, the context menus of the quote table,
// the reader and the speakers pane, the dialogs that ask for a name, Undo and Redo, and keeping the
// corrections (saved as the user works, exported and imported as files).
#pragma once

#include "correctionstore.h"
#include "document.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QDialog;
class QMenu;

namespace QuoteReader {

class ArticleSession;
class MainWindow;

class CorrectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionController)

public:
    CorrectionController(MainWindow *window, ArticleSession *session);

    CorrectionStore store() const { return m_store; }
    QMenu *menu() const { return m_menu; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // The actions about quotes, for the table's context menu.
    void addQuoteActions(QMenu *menu);
    // The reader's context menu: over a quote (-1 for none), with or without a text selection.
    void addReaderActions(QMenu *menu, int quote);
    // The speakers pane's context menu for one speaker (an index into the document's speakers).
    void addSpeakerActions(QMenu *menu, int speaker);
    // Enables what applies to the article open, the quotes selected and the text selected.
    void updateActions();

    // A new article is shown with the corrections kept for it: says what could not be applied, and
    // why a kept file could not be read.
    void articleOpened(const CorrectionStore::Found &kept);
    // The article's corrections as a file anyone can import, or apply with quotereader-cli --corrections.
    bool exportCorrections(const QString &path, QString *error = nullptr);
    // A corrections file applied to the article, after those made here (one edit, undone at once).
    bool importCorrections(const QString &path, QString *error = nullptr);
    // The list of the article's corrections, those not applied first with the reason (non-modal).
    QDialog *showCorrections(const QString &note = {});

    // What the quote actions act on: the selected rows of the table, else the reader's current quote.
    QList<int> targetQuotes() const;
    // What the speaker actions act on: the speakers pane's current speaker when it has the focus,
    // else the speaker of the current quote, else the pane's current speaker; -1 for none.
    int targetSpeaker() const;

private:
    void createActions();
    void changeSpeaker(const QList<int> &quotes);
    void setKind(QuoteKind kind);
    void toggleKind();
    void setBoundaries();
    void deleteQuotes();
    void addQuote();
    void renameSpeaker(int speaker);
    void editRole(int speaker);
    void mergeSpeaker(int speaker);
    void exportDialog();
    void importDialog();
    void save();
    // The article's speakers as the speakers pane orders them (most quoted first).
    QStringList speakerNames() const;
    // Asks for a speaker's name: one of the article's, a new one, or none. False when cancelled.
    bool askSpeaker(const QString &title, const QString &label, const QString &current,
                    std::optional<QString> *speaker);
    QString speakerName(int speaker) const;
    // The index of the speaker of that name in the document shown, -1 for none.
    int speakerNamed(const QString &name) const;

    MainWindow *m_window;
    ArticleSession *m_session;
    CorrectionStore m_store;
    QString m_shownSaveError; // the last save failure the user was told of (not again on each edit)
    QPointer<QDialog> m_list;

    QMenu *m_menu = nullptr;
    QMenu *m_speakerMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_changeSpeaker = nullptr;
    QActionGroup *m_kindGroup = nullptr;
    QAction *m_direct = nullptr;
    QAction *m_indirect = nullptr;
    QAction *m_toggleKind = nullptr;
    QAction *m_setBoundaries = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_role = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_showList = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

} // namespace QuoteReader
