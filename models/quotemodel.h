// Every quote of the document, one row each, in document order.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace QuoteReader {

class ArticleSession;

class QuoteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteModel)

public:
    enum Column { SpeakerColumn, KindColumn, CueColumn, SectionColumn, ThemesColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)

    explicit QuoteModel(QObject *parent = nullptr);
    ~QuoteModel() override;

    // Another article: a reset.
    void setDocument(ReaderDocumentPtr document);
    // The same article with its quotes changed (corrections, undo, themes found again): rows that went
    // are removed, new ones inserted, changed ones reported by dataChanged, so views keep their
    // selection and scroll position. Another text is a reset.
    void updateDocument(ReaderDocumentPtr document);
    ReaderDocumentPtr document() const { return m_document; }

    // Where edits made in the table go (the speaker and kind columns become editable); none by default.
    void setSession(ArticleSession *session) { m_session = session; }
    // Speaker names, cues, sections, themes and quotes in this script (View > Characters).
    void setScript(Script script);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Direct access for the proxy's filterAcceptsRow, which runs for every row on every change and
    // cannot afford a QVariant per criterion.
    const Quote &quoteAt(int row) const { return m_document->document.quotes.at(quoteIndex(row)); }
    const QString &searchKey(int row) const { return m_document->searchKeys.at(quoteIndex(row)); }
    const QByteArray &speakerCollationKey(int speaker) const;

private:
    // The quote shown in a row: the same number, except while updateDocument() moves between documents.
    int quoteIndex(int row) const { return m_mapped ? m_rowMap.at(row) : row; }
    QString sectionTitle(int section) const;
    QString displayText(const Quote &quote) const;
    QString toolTip(const Quote &quote, int column) const;

    ReaderDocumentPtr m_document; // always with its keys (ReaderDocument::hasKeys())
    QList<int> m_rowMap;          // row -> quote index during updateDocument()
    bool m_mapped = false;        // m_rowMap is in use
    ArticleSession *m_session = nullptr;
    ScriptCache m_script;
};

// Which rows of one sorted list stay, go and come in another: the plan of an incremental model update.
struct RowChanges {
    QList<int> removed;          // indexes into the old list, ascending
    QList<int> inserted;         // indexes into the new list, ascending
    QList<QPair<int, int>> kept; // (old, new) pairs, ascending
};

// Pairs items with equal keys in two lists ordered by key (ties in order).
template<typename Key>
RowChanges matchRows(const QList<Key> &before, const QList<Key> &after)
{
    RowChanges changes;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && before.at(i) < after.at(j))) {
            changes.removed.append(int(i++));
        } else if (i == before.size() || after.at(j) < before.at(i)) {
            changes.inserted.append(int(j++));
        } else {
            changes.kept.append({int(i++), int(j++)});
        }
    }
    return changes;
}

// Contiguous runs of ascending numbers, as (first, last) pairs.
QList<QPair<int, int>> runsOf(const QList<int> &ascending);

} // namespace QuoteReader
