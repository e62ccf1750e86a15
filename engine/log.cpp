#include "log.h"

namespace QuoteReader {
Q_LOGGING_CATEGORY(lcEngine, "quotereader.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoader, "quotereader.loader", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArticle, "quotereader.article", QtWarningMsg)
} // namespace QuoteReader
