#include "speakermodel.h"

#include "articlesession.h"
#include "collation.h"
#include "palette.h"
#include "quotemodel.h"
#include "roles.h"

#include <QHash>

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
    m_sortMode = mode;
    m_sortOrder = order;
    if (m_document) {
        applyOrder(sortedOrder());
    }
}

void SpeakerModel::applyOrder(const QList<int> &order)
{
    if (order == m_order) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> speakersBefore;
    for (const QModelIndex &index : before) {
        speakersBefore.append(m_order.at(index.row()));
    }
    m_order = order;
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOfSpeaker(speakersBefore.at(i)), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SpeakerModel::updateDocument(ReaderDocumentPtr document)
{
    if (!m_document || !document || !document->hasKeys()) {
        const QSet<int> checkedBefore = checkedSpeakers();
        setDocument(std::move(document));
        if (!checkedBefore.isEmpty()) {
            emit checkedSpeakersChanged();
        }
        return;
    }
    const Document &before = m_document->document;
    const Document &after = document->document;
    QHash<QString, int> indexAfter;
    for (int i = 0; i < after.speakers.size(); ++i) {
        indexAfter.insert(after.speakers.at(i).name, i);
    }
    // A speaker renamed is the same row under another name: a name gone and a name come with the very
    // same quotes. The row stays (an editor open on it, its selection and check stay too).
    const auto quotesOf = [](const Document &doc, int speaker) {
        QList<qsizetype> starts;
        for (const Quote &quote : doc.quotes) {
            if (quote.speaker == speaker) {
                starts.append(quote.range.start);
            }
        }
        return starts;
    };
    QHash<QString, QString> renamed; // old name -> new name
    QHash<QString, int> beforeNames;
    for (int i = 0; i < before.speakers.size(); ++i) {
        beforeNames.insert(before.speakers.at(i).name, i);
    }
    for (int i = 0; i < before.speakers.size(); ++i) {
        if (indexAfter.contains(before.speakers.at(i).name)) {
            continue;
        }
        const QList<qsizetype> was = quotesOf(before, i);
        for (int j = 0; j < after.speakers.size(); ++j) {
            const QString &name = after.speakers.at(j).name;
            if (!beforeNames.contains(name) && !renamed.values().contains(name) && quotesOf(after, j) == was) {
                renamed.insert(before.speakers.at(i).name, name);
                break;
            }
        }
    }
    const auto nameAfter = [&renamed](const QString &name) { return renamed.value(name, name); };
    // Speakers that went: their rows go while the rows still show the old document.
    QList<int> goneRows;
    for (int row = 0; row < m_order.size(); ++row) {
        if (!indexAfter.contains(nameAfter(before.speakers.at(m_order.at(row)).name))) {
            goneRows.append(row);
        }
    }
    const QList<QPair<int, int>> goneRuns = runsOf(goneRows);
    for (auto run = goneRuns.crbegin(); run != goneRuns.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_order.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
    // The rest, by name, in the new document; checks follow the names.
    QSet<QString> checkedNames;
    for (int i = 0; i < before.speakers.size(); ++i) {
        if (m_checked.at(i)) {
            checkedNames.insert(nameAfter(before.speakers.at(i).name));
        }
    }
    const QSet<int> checkedBefore = checkedSpeakers();
    QSet<int> shown;
    for (int &speaker : m_order) {
        speaker = indexAfter.value(nameAfter(before.speakers.at(speaker).name));
        shown.insert(speaker);
    }
    m_document = std::move(document);
    m_checked.clear();
    m_keys.clear();
    for (int i = 0; i < after.speakers.size(); ++i) {
        m_checked.append(checkedNames.contains(after.speakers.at(i).name));
        m_keys.append(m_document->speakerKeys.at(i));
    }
    if (!m_order.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_order.size()) - 1, ColumnCount - 1));
    }
    // Speakers that came: at the end, then every row to its place.
    QList<int> added;
    for (int i = 0; i < after.speakers.size(); ++i) {
        if (!shown.contains(i)) {
            added.append(i);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_order.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_order.append(added);
        endInsertRows();
    }
    applyOrder(sortedOrder());
    if (checkedSpeakers() != checkedBefore) {
        emit checkedSpeakersChanged();
    }
}

void SpeakerModel::setScript(Script script)
{
    if (script == m_script.script()) {
        return;
    }
    m_script.setScript(script);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
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
            return m_script(speaker.name);
        case RoleColumn:
            return m_script(speaker.role);
        case CountColumn:
            return speaker.quotes;
        }
        return {};
    case Qt::EditRole:
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
        return speaker.role.isEmpty() ? m_script(speaker.name)
                                      : m_script(speaker.name) + u", " + m_script(speaker.role);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(speakerColor(m_document->colorSlot(speakerIndex))) : QVariant();
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
        return speakerColor(m_document->colorSlot(speakerIndex));
    case ColorSlotRole:
        return m_document->colorSlot(speakerIndex);
    case CountRole:
        return speaker.quotes;
    case SpeakerRoleRole:
        return m_script(speaker.role);
    }
    return {};
}

bool SpeakerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int speakerIndex = m_order.at(index.row());
    // A name or role typed in: an undoable correction, which comes back here through updateDocument().
    if (role == Qt::EditRole && m_session && index.column() == NameColumn) {
        return m_session->renameSpeaker(speakerIndex, value.toString());
    }
    if (role == Qt::EditRole && m_session && index.column() == RoleColumn) {
        return m_session->setRole(speakerIndex, value.toString());
    }
    if (role != Qt::CheckStateRole || index.column() != NameColumn) {
        return false;
    }
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
    if (m_session && (index.column() == NameColumn || index.column() == RoleColumn)) {
        f |= Qt::ItemIsEditable;
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
