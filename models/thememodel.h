// Themes: the user's own (editable, kept between sessions) and the key terms found in the article.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

class QSettings;

namespace QuoteReader {

class ThemeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ThemeModel(QObject *parent = nullptr);

    void setDocument(ReaderDocumentPtr document);
    // The same themes with other quotes (corrections): the counts follow, the rows stay.
    void updateDocument(ReaderDocumentPtr document);
    // Names in this script (View > Characters); the themes keep their names as filters.
    void setScript(Script script);

    // The user's themes come first; the rest are the document's own key terms.
    QList<Theme> userThemes() const { return m_user; }
    void setUserThemes(const QList<Theme> &themes);
    // Returns false (and changes nothing) for an empty or already used name.
    bool addUserTheme(const QString &name, const QStringList &terms);
    bool setUserThemeTerms(int row, const QStringList &terms);
    bool removeUserTheme(int row);
    bool isUserTheme(int row) const { return row >= 0 && row < m_user.size(); }

    // Persistence as the JSON of themesToJson() ({"name": ["term", ...]}).
    void saveUserThemes(QSettings &settings) const;
    void loadUserThemes(QSettings &settings);
    static QList<Theme> themesFromJson(const QByteArray &json);

    QSet<QString> checkedThemes() const { return m_checked; }
    void setCheckedThemes(const QSet<QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedThemesChanged();
    void userThemesChanged();

private:
    const Theme &themeAt(int row) const;
    int quoteCount(const QString &name) const;
    void rebuildFound();

    ReaderDocumentPtr m_document;
    QList<Theme> m_user;  // rows [0, m_user.size())
    QList<Theme> m_found; // the document's non-user themes, rows after the user's
    QSet<QString> m_checked;
    ScriptCache m_script;
};

} // namespace QuoteReader
