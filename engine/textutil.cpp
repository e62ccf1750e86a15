#include "textutil.h"

#include <QStringDecoder>

namespace QuoteReader {

bool isStrictUtf8(const QByteArray &bytes)
{
    // Qt's decoder replaces invalid sequences; a stateful decode reports them instead.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace QuoteReader
