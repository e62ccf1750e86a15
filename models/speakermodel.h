// The document's speakers: checkable (the checked ones filter the quotes), with colour, role and quote count.
#pragma once

#include "readerdocument.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QSet>

namespace QuoteReader {

class SpeakerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerModel)

public:
    enum Column { NameColumn, RoleColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum class SortMode { ByCount, ByName };

    explicit SpeakerModel(QObject *parent = nullptr);

    void setDocument(ReaderDocumentPtr document);

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

    ReaderDocumentPtr m_document;
    QList<int> m_order;           // row -> speaker index
    QList<bool> m_checked;        // by speaker index
    QList<QByteArray> m_keys;     // ICU collation keys by speaker index
    SortMode m_sortMode = SortMode::ByCount;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace QuoteReader
