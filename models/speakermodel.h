// The document's speakers: checkable (the checked ones filter the quotes), with colour, role and quote count.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QSet>

namespace QuoteReader {

class ArticleSession;

class SpeakerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerModel)

public:
    enum Column { NameColumn, RoleColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum class SortMode { ByCount, ByName };

    explicit SpeakerModel(QObject *parent = nullptr);

    // Another article: a reset.
    void setDocument(ReaderDocumentPtr document);
    // The same article with its speakers changed (corrections, undo): speakers that went are removed,
    // new ones inserted, the order follows the counts (a layout change) and checks follow the names.
    void updateDocument(ReaderDocumentPtr document);
    // Where edits of a name or role go (those columns become editable); none by default.
    void setSession(ArticleSession *session) { m_session = session; }
    // Names and roles in this script (View > Characters).
    void setScript(Script script);

    // Reorders the rows (a layout change: selections and persistent indexes follow their speakers).
    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

    QSet<int> checkedSpeakers() const; // indexes into Document::speakers
    void setCheckedSpeakers(const QSet<int> &speakers);
    int rowOfSpeaker(int speaker) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void checkedSpeakersChanged();

private:
    QList<int> sortedOrder() const;
    // Moves the rows to `order` (row -> speaker index) as one layout change.
    void applyOrder(const QList<int> &order);

    ReaderDocumentPtr m_document;
    QList<int> m_order;       // row -> speaker index
    QList<bool> m_checked;    // by speaker index
    QList<QByteArray> m_keys; // ICU collation keys by speaker index
    SortMode m_sortMode = SortMode::ByCount;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ArticleSession *m_session = nullptr;
    ScriptCache m_script;
};

} // namespace QuoteReader
