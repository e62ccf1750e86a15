#include "quotefilterproxy.h"

#include "quotemodel.h"
#include "roles.h"
#include "textfold.h"

namespace QuoteReader {

namespace {
constexpr int kIncrementalLimit = 20000;
}

QuoteFilterProxy::QuoteFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void QuoteFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_quotes = qobject_cast<QuoteModel *>(model);
    Q_ASSERT_X(!model || m_quotes, "QuoteFilterProxy", "the source model must be a QuoteModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void QuoteFilterProxy::refilter()
{
    // Only the row filter changed: invalidateRowsFilter() keeps the columns and the sort as they are,
    // and reports the change as row removals and insertions that views and selections follow.
    // Those come one range at a time, and a filter that keeps every eighth row of 100,000 makes
    // 12,500 ranges, each shifting the mapping: past a size, one layout change (invalidate()) is
    // several times faster, and persistent indexes (selections) still follow it.
    if (sourceModel() && sourceModel()->rowCount() > kIncrementalLimit) {
        invalidate();
    } else {
        invalidateRowsFilter();
    }
    emit filterChanged();
}

void QuoteFilterProxy::setSpeakers(const QSet<int> &speakers)
{
    if (speakers != m_speakers) {
        m_speakers = speakers;
        refilter();
    }
}

void QuoteFilterProxy::setThemes(const QSet<QString> &themes)
{
    if (themes != m_themes) {
        m_themes = themes;
        refilter();
    }
}

void QuoteFilterProxy::setKind(std::optional<QuoteKind> kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        refilter();
    }
}

void QuoteFilterProxy::setCorrectedOnly(bool correctedOnly)
{
    if (correctedOnly != m_correctedOnly) {
        m_correctedOnly = correctedOnly;
        refilter();
    }
}

void QuoteFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    const QStringList needles = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (needles != m_needles) {
        m_needles = needles;
        refilter();
    }
}

QList<int> QuoteFilterProxy::acceptedQuotes() const
{
    QList<int> result;
    result.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        result.append(mapToSource(index(row, 0)).row());
    }
    return result;
}

bool QuoteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_quotes) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    // Cheapest criteria first; the search runs on strings folded once per model reset.
    const Quote &quote = m_quotes->quoteAt(sourceRow);
    if (m_kind && quote.kind != *m_kind) {
        return false;
    }
    if (m_correctedOnly && !quote.corrected) {
        return false;
    }
    if (!m_speakers.isEmpty() && !m_speakers.contains(quote.speaker)) {
        return false;
    }
    if (!m_themes.isEmpty() && std::none_of(quote.themes.cbegin(), quote.themes.cend(), [this](const QString &theme) {
            return m_themes.contains(theme);
        })) {
        return false;
    }
    if (!m_needles.isEmpty()) {
        const QString &key = m_quotes->searchKey(sourceRow);
        for (const QString &needle : m_needles) {
            if (!key.contains(needle)) {
                return false;
            }
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool QuoteFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_quotes) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Compared straight from the quotes: a QVariant per comparison makes re-sorting 100,000 rows
    // after a filter change cost several frames.
    const Quote &a = m_quotes->quoteAt(left.row());
    const Quote &b = m_quotes->quoteAt(right.row());
    switch (left.column()) {
    case QuoteModel::SpeakerColumn: {
        const QByteArray &ka = m_quotes->speakerCollationKey(a.speaker);
        const QByteArray &kb = m_quotes->speakerCollationKey(b.speaker);
        if (ka != kb) {
            return ka < kb;
        }
        break;
    }
    case QuoteModel::KindColumn:
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        break;
    case QuoteModel::SectionColumn:
        if (a.section != b.section) {
            return a.section < b.section;
        }
        break;
    case QuoteModel::TextColumn:
        break; // document order
    default: {
        const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
        if (order != QPartialOrdering::Equivalent) {
            return order == QPartialOrdering::Less;
        }
    }
    }
    // Ties keep document order, so sorting by speaker lists each speaker's quotes as they come.
    return a.range.start != b.range.start ? a.range.start < b.range.start : left.row() < right.row();
}

} // namespace QuoteReader
