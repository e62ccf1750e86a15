#include "thememodel.h"

#include "roles.h"
#include "themes.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace QuoteReader {

namespace {
constexpr auto kSettingsKey = "themes/user";
}

ThemeModel::ThemeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ThemeModel::rebuildFound()
{
    m_found.clear();
    if (!m_document) {
        return;
    }
    for (const Theme &theme : m_document->document.themes) {
        const bool shadowed = std::any_of(m_user.cbegin(), m_user.cend(),
                                          [&theme](const Theme &user) { return user.name == theme.name; });
        if (!theme.userDefined && !shadowed) {
            m_found.append(theme);
        }
    }
}

void ThemeModel::setDocument(ReaderDocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    rebuildFound();
    // Checks survive a reload when the theme is still there: the user's filter should not vanish
    // because the file changed on disk.
    QSet<QString> kept;
    for (int row = 0; row < m_user.size() + m_found.size(); ++row) {
        if (m_checked.contains(themeAt(row).name)) {
            kept.insert(themeAt(row).name);
        }
    }
    const bool checksChanged = kept != m_checked;
    m_checked = kept;
    endResetModel();
    if (checksChanged) {
        emit checkedThemesChanged();
    }
}

void ThemeModel::updateDocument(ReaderDocumentPtr document)
{
    const auto names = [](const ReaderDocumentPtr &doc) {
        QStringList list;
        if (doc) {
            for (const Theme &theme : doc->document.themes) {
                list.append(theme.name);
            }
        }
        return list;
    };
    if (!m_document || !document || names(m_document) != names(document)) {
        setDocument(std::move(document));
        return;
    }
    m_document = std::move(document);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, CountRole, SortRole});
    }
}

void ThemeModel::setScript(Script script)
{
    if (script == m_script.script()) {
        return;
    }
    m_script.setScript(script);
    if (rowCount() > 0) {
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::DisplayRole});
    }
}

const Theme &ThemeModel::themeAt(int row) const
{
    return row < m_user.size() ? m_user.at(row) : m_found.at(row - m_user.size());
}

int ThemeModel::quoteCount(const QString &name) const
{
    if (!m_document) {
        return 0;
    }
    for (const Theme &theme : m_document->document.themes) {
        if (theme.name == name) {
            return theme.quotes;
        }
    }
    return 0;
}

void ThemeModel::setUserThemes(const QList<Theme> &themes)
{
    beginResetModel();
    m_user.clear();
    for (Theme theme : themes) {
        theme.userDefined = true;
        m_user.append(theme);
    }
    rebuildFound();
    endResetModel();
    emit userThemesChanged();
}

bool ThemeModel::addUserTheme(const QString &name, const QStringList &terms)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return false;
    }
    for (const Theme &theme : std::as_const(m_user)) {
        if (theme.name == trimmed) {
            return false;
        }
    }
    // A user theme named like a found one replaces it: remove the found row first.
    for (int i = 0; i < m_found.size(); ++i) {
        if (m_found.at(i).name == trimmed) {
            const int row = int(m_user.size()) + i;
            beginRemoveRows({}, row, row);
            m_found.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    const int row = int(m_user.size());
    beginInsertRows({}, row, row);
    m_user.append(Theme{trimmed, terms.isEmpty() ? QStringList{trimmed} : terms, true, 0});
    endInsertRows();
    emit userThemesChanged();
    return true;
}

bool ThemeModel::setUserThemeTerms(int row, const QStringList &terms)
{
    if (!isUserTheme(row) || terms.isEmpty()) {
        return false;
    }
    m_user[row].terms = terms;
    emit dataChanged(index(row, NameColumn), index(row, ColumnCount - 1), {Qt::ToolTipRole, TermsRole});
    emit userThemesChanged();
    return true;
}

bool ThemeModel::removeUserTheme(int row)
{
    if (!isUserTheme(row)) {
        return false;
    }
    const QString name = m_user.at(row).name;
    beginRemoveRows({}, row, row);
    m_user.removeAt(row);
    endRemoveRows();
    if (m_checked.remove(name)) {
        emit checkedThemesChanged();
    }
    emit userThemesChanged();
    return true;
}

void ThemeModel::saveUserThemes(QSettings &settings) const
{
    settings.setValue(QLatin1StringView(kSettingsKey), QString::fromUtf8(themesToJson(m_user)));
}

void ThemeModel::loadUserThemes(QSettings &settings)
{
    setUserThemes(themesFromJson(settings.value(QLatin1StringView(kSettingsKey)).toString().toUtf8()));
}

QList<Theme> ThemeModel::themesFromJson(const QByteArray &json)
{
    // The format of themesToJson()/loadThemeFile(): {"name": ["term", ...]}. Key order is lost by
    // QJsonObject (it sorts), which is acceptable for a list the user reads by name.
    QList<Theme> themes;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        Theme theme;
        theme.name = it.key();
        theme.userDefined = true;
        const QJsonArray terms = it.value().toArray();
        for (const QJsonValue term : terms) {
            if (!term.toString().isEmpty()) {
                theme.terms.append(term.toString());
            }
        }
        if (!theme.name.isEmpty() && !theme.terms.isEmpty()) {
            themes.append(theme);
        }
    }
    return themes;
}

void ThemeModel::setCheckedThemes(const QSet<QString> &names)
{
    if (names == m_checked) {
        return;
    }
    const QSet<QString> before = m_checked;
    m_checked = names;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &name = themeAt(row).name;
        if (before.contains(name) != m_checked.contains(name)) {
            emit dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::CheckStateRole});
        }
    }
    emit checkedThemesChanged();
}

int ThemeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_user.size() + m_found.size());
}

int ThemeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Theme &theme = themeAt(index.row());
    const bool user = isUserTheme(index.row());
    const int count = quoteCount(theme.name);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CountColumn ? QVariant(count) : QVariant(m_script(theme.name));
    case Qt::EditRole: // the name as the filters know it, whatever the script shown
        return index.column() == CountColumn ? QVariant(count) : QVariant(theme.name);
    case Qt::ToolTipRole:
        return (user ? tr("Your theme. Terms: %1") : tr("Found in the article. Terms: %1"))
            .arg(theme.terms.join(u", "));
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(m_checked.contains(theme.name) ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
    case Qt::FontRole:
        if (user && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return index.column() == CountColumn ? QVariant(count) : QVariant(index.row());
    case CountRole:
        return count;
    case TermsRole:
        return theme.terms;
    case UserDefinedRole:
        return user;
    }
    return {};
}

bool ThemeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole
        || index.column() != NameColumn) {
        return false;
    }
    const QString &name = themeAt(index.row()).name;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_checked.contains(name) == checked) {
        return true;
    }
    if (checked) {
        m_checked.insert(name);
    } else {
        m_checked.remove(name);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedThemesChanged();
    return true;
}

Qt::ItemFlags ThemeModel::flags(const QModelIndex &index) const
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

QVariant ThemeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == NameColumn ? tr("Theme") : tr("Quotes");
}

} // namespace QuoteReader
