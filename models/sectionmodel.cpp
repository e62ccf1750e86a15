#include "sectionmodel.h"

#include "roles.h"

namespace QuoteReader {

SectionModel::SectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<int> SectionModel::countQuotes(const Document &doc)
{
    QList<int> counts(doc.sections.size(), 0);
    for (const Quote &quote : doc.quotes) {
        if (quote.section >= 0 && quote.section < counts.size()) {
            ++counts[quote.section];
        }
    }
    return counts;
}

void SectionModel::setDocument(ReaderDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_counts = m_document ? countQuotes(m_document->document) : QList<int>();
    endResetModel();
}

void SectionModel::updateDocument(ReaderDocumentPtr document)
{
    const bool sameSections = m_document && document && m_document->sameTextAs(*document)
                              && m_document->document.sections.size() == document->document.sections.size();
    if (!sameSections) {
        setDocument(std::move(document));
        return;
    }
    m_document = std::move(document);
    const QList<int> counts = countQuotes(m_document->document);
    for (int row = 0; row < counts.size(); ++row) {
        if (counts.at(row) != m_counts.at(row)) {
            m_counts[row] = counts.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void SectionModel::setScript(Script script)
{
    if (script == m_script.script()) {
        return;
    }
    m_script.setScript(script);
    if (rowCount() > 0) {
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn), {Qt::DisplayRole});
    }
}

int SectionModel::rowAtOffset(qsizetype offset) const
{
    if (!m_document) {
        return -1;
    }
    const auto &sections = m_document->document.sections;
    for (int row = int(sections.size()) - 1; row >= 0; --row) {
        if (sections.at(row).range.start <= offset) {
            return row;
        }
    }
    return sections.isEmpty() ? -1 : 0;
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
        return section.title.isEmpty() ? tr("(Opening)") : m_script(section.title);
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
