// The open article as the user corrects it: the document as the engine extracted it (the base), the
// user's corrections in the order made, and the document with them applied, which every view shows.
// Every edit is a command on one undo stack; undoing or redoing one applies the list again to the base
// with the engine's applyCorrections(), so the reader shows exactly what `quotereader-cli
// --corrections` writes.
#pragma once

#include "corrections.h"
#include "readerdocument.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace QuoteReader {

class ArticleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSession)

public:
    explicit ArticleSession(QObject *parent = nullptr);
    ~ArticleSession() override;

    // A newly loaded article. `corrected` is `base` with `corrections` applied (prepared off the GUI
    // thread), or null to apply them here; `report` what could not be applied. The undo history starts
    // anew, unless `keepHistory` (the same article reloaded).
    void open(ReaderDocumentPtr base, const QString &contentKey, const QList<Correction> &corrections,
              ReaderDocumentPtr corrected = {}, const CorrectionsReport &report = {}, bool keepHistory = false);
    void close();
    // The article's themes were found again: the same corrections, applied to the new base. `corrected`
    // as for open(); ignored when the corrections changed since it was made from `corrections`.
    void replaceBase(ReaderDocumentPtr base, const QList<Correction> &corrections, ReaderDocumentPtr corrected = {});

    bool isOpen() const { return m_base != nullptr; }
    ReaderDocumentPtr document() const { return m_document; }
    ReaderDocumentPtr base() const { return m_base; }
    QString contentKey() const { return m_contentKey; }
    QList<Correction> corrections() const { return m_corrections; }
    // What the last application of the corrections could not apply.
    CorrectionsReport report() const { return m_report; }
    QUndoStack *undoStack() const { return m_undo; }
    // Names the edits of the undo history again, in the language installed now.
    void retranslate();

    // The edits. Each pushes one undoable command named after it ("Change Speaker") and returns true,
    // or returns false and changes nothing when it would change nothing. Quotes and speakers are
    // indexes into document().
    bool setSpeaker(const QList<int> &quotes, const std::optional<QString> &speaker);
    bool setKind(const QList<int> &quotes, QuoteKind kind);
    bool setBoundaries(int quote, TextRange range);
    bool deleteQuotes(const QList<int> &quotes);
    bool addQuote(TextRange range, const std::optional<QString> &speaker, QuoteKind kind);
    bool renameSpeaker(int speaker, const QString &name);
    bool setRole(int speaker, const QString &role);
    bool mergeSpeakers(int from, int into);
    // Corrections from a file, after those made here, as one edit (report() then says what could not be applied).
    bool importCorrections(const QList<Correction> &corrections);
    // Every correction taken back, as one edit (undo brings them back).
    bool revertAll();
    // The corrections that could not be applied, taken out of the list, as one edit.
    bool removeUnanchored();

    // Applies the corrections to a base document; what the loading worker calls before open().
    static ReaderDocumentPtr applyTo(const ReaderDocument &base, const QList<Correction> &corrections,
                                     CorrectionsReport *report, const QHash<QString, int> &colors = {});

signals:
    // After every edit, undo and redo: the document to show.
    void documentChanged(QuoteReader::ReaderDocumentPtr document);
    // The list to keep changed (an edit, undo, redo or import): time to save it.
    void correctionsChanged();

private:
    friend class CorrectionsCommand;
    bool push(std::function<QString()> title, QList<Correction> after);
    bool push(CorrectionAction action, QList<Correction> after);
    void setCorrections(const QList<Correction> &corrections);
    void rememberColors();

    ReaderDocumentPtr m_base;
    ReaderDocumentPtr m_document;
    QString m_contentKey;
    QList<Correction> m_corrections;
    CorrectionsReport m_report;
    QHash<QString, int> m_colors; // every name's colour slot so far: a renamed speaker keeps its colour
    QUndoStack *m_undo = nullptr;
};

} // namespace QuoteReader
