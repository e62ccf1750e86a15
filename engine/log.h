#pragma once

#include <QLoggingCategory>

namespace QuoteReader {
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
// QT_LOGGING_RULES="quotereader.article.debug=true" shows how the article on a web page was chosen.
Q_DECLARE_LOGGING_CATEGORY(lcArticle)
} // namespace QuoteReader
