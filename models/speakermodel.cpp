#include "speakermodel.h"

#include "collation.h"
#include "palette.h"
#include "roles.h"

#include <algorithm>

namespace QuoteReader {

SpeakerModel::SpeakerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpeakerModel::setDocument(ReaderDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_order.clear();
    m_checked.clear();
    m_keys.clear();
    if (m_document) {
        // Collation keys come with a prepared document; only a hand-made one costs ICU calls here.
        const bool prepared = m_document->speakerKeys.size() == m_document->document.speakers.size();
        for (const Speaker &speaker : m_document->document.speakers) {
            m_checked.append(false);
            m_keys.append(prepared ? m_document->speakerKeys.at(m_keys.size()) : collationKey(speaker.name));
        }
        m_order = sortedOrder();
    }
    endResetModel();
}

QList<int> SpeakerModel::sortedOrder() const
{
    QList<int> order;
    for (int i = 0; i < m_keys.size(); ++i) {
        order.append(i);
    }
    const auto &speakers = m_document->document.speakers;
    const bool byCount = m_sortMode == SortMode::ByCount;
    // Ascending by count means most quoted first: that is what a reader wants on top.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (byCount && speakers.at(a).quotes != speakers.at(b).quotes) {
            return speakers.at(a).quotes > speakers.at(b).quotes;
        }
        return m_keys.at(a) < m_keys.at(b);
    });
    if (m_sortOrder == Qt::DescendingOrder) {
        std::reverse(order.begin(), order.end());
    }
    return order;
}

void SpeakerModel::setSortMode(SortMode mode)
{
    sort(mode == SortMode::ByName ? NameColumn : CountColumn, Qt::AscendingOrder);
}

void SpeakerModel::sort(int column, Qt::SortOrder order)
{
    const SortMode mode = column == CountColumn ? SortMode::ByCount : SortMode::ByName;
    if (!m_document) {
        m_sortMode = mode;
        m_sortOrder = order;
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> speakersBefore;
    for (const QModelIndex &index : before) {
        speakersBefore.append(m_order.at(index.row()));
    }
    m_sortMode = mode;
    m_sortOrder = order;
    m_order = sortedOrder();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOfSpeaker(speakersBefore.at(i)), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int SpeakerModel::rowOfSpeaker(int speaker) const
{
    return int(m_order.indexOf(speaker));
}

QSet<int> SpeakerModel::checkedSpeakers() const
{
    QSet<int> result;
    for (int i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i)) {
            result.insert(i);
        }
    }
    return result;
}

void SpeakerModel::setCheckedSpeakers(const QSet<int> &speakers)
{
    bool changed = false;
    for (int i = 0; i < m_checked.size(); ++i) {
        const bool checked = speakers.contains(i);
        if (m_checked.at(i) != checked) {
            m_checked[i] = checked;
            const QModelIndex cell = index(rowOfSpeaker(i), NameColumn);
            emit dataChanged(cell, cell, {Qt::CheckStateRole});
            changed = true;
        }
    }
    if (changed) {
        emit checkedSpeakersChanged();
    }
}

int SpeakerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int SpeakerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int speakerIndex = m_order.at(index.row());
    const Speaker &speaker = m_document->document.speakers.at(speakerIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return speaker.name;
        case RoleColumn:
            return speaker.role;
        case CountColumn:
            return speaker.quotes;
        }
        return {};
    case Qt::ToolTipRole:
        return speaker.role.isEmpty() ? speaker.name : speaker.name + u", " + speaker.role;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(speakerColor(speakerIndex)) : QVariant();
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(m_checked.at(speakerIndex) ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return index.column() == CountColumn ? QVariant(speaker.quotes) : QVariant(m_keys.at(speakerIndex));
    case SpeakerIndexRole:
        return speakerIndex;
    case ColorRole:
        return speakerColor(speakerIndex);
    case CountRole:
        return speaker.quotes;
    case SpeakerRoleRole:
        return speaker.role;
    }
    return {};
}

bool SpeakerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != NameColumn) {
        return false;
    }
    const int speakerIndex = m_order.at(index.row());
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.at(speakerIndex) == checked) {
        return true;
    }
    m_checked[speakerIndex] = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedSpeakersChanged();
    return true;
}

Qt::ItemFlags SpeakerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant SpeakerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Speaker");
    case RoleColumn:
        return tr("Role");
    case CountColumn:
        return tr("Quotes");
    }
    return {};
}

} // namespace QuoteReader
