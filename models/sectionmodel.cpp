#include "sectionmodel.h"

#include "roles.h"

namespace QuoteReader {

SectionModel::SectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SectionModel::setDocument(ReaderDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_counts.clear();
    if (m_document) {
        const Document &doc = m_document->document;
        m_counts.fill(0, doc.sections.size());
        for (const Quote &quote : doc.quotes) {
            if (quote.section >= 0 && quote.section < m_counts.size()) {
                ++m_counts[quote.section];
            }
        }
    }
    endResetModel();
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int SectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Section &section = m_document->document.sections.at(index.row());
    const int count = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn) {
            return count;
        }
        return section.title.isEmpty() ? tr("(Opening)") : section.title;
    case Qt::ToolTipRole:
        return tr("%n quote(s)", nullptr, count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return index.column() == CountColumn ? count : index.row();
    case SectionIndexRole:
        return index.row();
    case RangeStartRole:
        return section.range.start;
    case RangeEndRole:
        return section.range.end;
    case CountRole:
        return count;
    }
    return {};
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == TitleColumn ? tr("Section") : tr("Quotes");
}

} // namespace QuoteReader
