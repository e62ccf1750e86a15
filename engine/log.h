#pragma once

#include <QLoggingCategory>

namespace QuoteReader {
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
} // namespace QuoteReader
