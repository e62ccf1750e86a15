// Themes: the article's key terms, found automatically, and the user's own themes from a file.
#pragma once

#include "document.h"

#include <optional>

namespace QuoteReader {

struct ThemeFileResult {
    std::optional<QList<Theme>> themes;
    QString error; // names the file and the reason when `themes` is empty
};

// A JSON object: theme name -> array of terms. {"算力": ["算力", "GPU", "芯片"]}
ThemeFileResult loadThemeFile(const QString &path);
QByteArray themesToJson(const QList<Theme> &themes);

// Sets doc.themes (user themes first, then key terms of the article), Quote::themes and Theme::quotes.
void findThemes(Document &doc, const QList<Theme> &userThemes);
// Sets Quote::themes of the quotes at `quotes` (indexes into doc.quotes) from the terms of doc.themes, and
// counts Theme::quotes again over every quote: after corrections moved, added or removed some quotes.
void matchThemes(Document &doc, const QList<int> &quotes);

} // namespace QuoteReader
