#include "log.h"

namespace QuoteReader {
Q_LOGGING_CATEGORY(lcEngine, "quotereader.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoader, "quotereader.loader", QtWarningMsg)
} // namespace QuoteReader
