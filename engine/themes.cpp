// PLACEHOLDER: themes land with their own change.
#include "themes.h"

namespace QuoteReader {

ThemeFileResult loadThemeFile(const QString &path)
{
    return {std::nullopt, path + u": themes are not supported yet"};
}

QByteArray themesToJson(const QList<Theme> &)
{
    return {};
}

void findThemes(Document &, const QList<Theme> &) {}

} // namespace QuoteReader
