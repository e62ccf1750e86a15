// The whole pipeline in one call: load, clean, structure, attribute, themes.
#pragma once

#include "document.h"
#include "loader.h"

#include <functional>
#include <optional>

namespace QuoteReader {

enum class Stage { Loading, Cleaning, Structure, Attribution, Themes, Done };

struct ExtractOptions {
    LoadOptions load;
    QList<Theme> userThemes;
    // Called between stages; returning false cancels the extraction.
    std::function<bool(Stage)> progress;
};

struct ExtractResult {
    std::optional<Document> document;
    QString error; // names the file and the reason, when `document` is empty
    bool cancelled = false;

    bool ok() const { return document.has_value(); }
};

ExtractResult extractFile(const QString &path, const ExtractOptions &options = {});
// Runs every stage after loading; `loaded` comes from loadArticle()/decodeArticle().
ExtractResult processLoaded(LoadedText loaded, const ExtractOptions &options = {});

} // namespace QuoteReader
