#include "quotefilterproxy.h"

#include "quotemodel.h"
#include "roles.h"
#include "textfold.h"

namespace QuoteReader {

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
    // Only the row filter changed: invalidateRowsFilter() keeps the columns and the sort as they are.
    invalidateRowsFilter();
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
    if (!m_speakers.isEmpty() && !m_speakers.contains(quote.speaker)) {
        return false;
    }
    if (!m_themes.isEmpty()
        && std::none_of(quote.themes.cbegin(), quote.themes.cend(),
                        [this](const QString &theme) { return m_themes.contains(theme); })) {
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
    if (m_quotes && left.column() == QuoteModel::SpeakerColumn) {
        const QByteArray &a = m_quotes->speakerCollationKey(m_quotes->quoteAt(left.row()).speaker);
        const QByteArray &b = m_quotes->speakerCollationKey(m_quotes->quoteAt(right.row()).speaker);
        if (a != b) {
            return a < b;
        }
    } else {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order != QPartialOrdering::Equivalent) {
            return order == QPartialOrdering::Less;
        }
    }
    // Ties keep document order, so sorting by speaker lists each speaker's quotes as they come.
    return left.row() < right.row();
}

} // namespace QuoteReader
