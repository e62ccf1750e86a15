// Selects and orders the quotes the table and the reader show: by speaker, theme, kind and search text.
#pragma once

#include "document.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace QuoteReader {

class QuoteModel;

class QuoteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteFilterProxy)

public:
    explicit QuoteFilterProxy(QObject *parent = nullptr);

    // The source must be a QuoteModel: filtering reads its precomputed keys directly.
    void setSourceModel(QAbstractItemModel *model) override;

    // Empty set: any speaker. Otherwise quotes whose speaker is in the set (indexes into Document::speakers).
    void setSpeakers(const QSet<int> &speakers);
    QSet<int> speakers() const { return m_speakers; }
    // Empty set: any theme. Otherwise quotes that carry at least one of the themes.
    void setThemes(const QSet<QString> &themes);
    QSet<QString> themes() const { return m_themes; }
    void setKind(std::optional<QuoteKind> kind);
    std::optional<QuoteKind> kind() const { return m_kind; }
    // Every word must occur in the quote, its cue, speaker (name, role, pinyin) or themes;
    // Traditional and Simplified characters match each other, case is ignored.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Only the quotes the user corrected or added.
    void setCorrectedOnly(bool correctedOnly);
    bool correctedOnly() const { return m_correctedOnly; }
    // The folded words of the search text (what the reader marks in the article).
    QStringList searchWords() const { return m_needles; }

    // Source rows (= indexes into Document::quotes) accepted now, in the proxy's order.
    QList<int> acceptedQuotes() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QuoteModel *m_quotes = nullptr;
    QSet<int> m_speakers;
    QSet<QString> m_themes;
    std::optional<QuoteKind> m_kind;
    bool m_correctedOnly = false;
    QString m_searchText;
    QStringList m_needles; // folded words of m_searchText
};

} // namespace QuoteReader
