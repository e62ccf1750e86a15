// Telling a file's text encoding and decoding it: byte order marks, strict UTF-8, UTF-16 without a
// mark, an HTML page's declared charset, ICU's charset detection, and encodings the user names.
#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>

namespace QuoteReader {

struct Detection {
    QString text;
    QString encoding;
    QString error;   // reason, when nothing decodes
    QString warning; // how a doubtful choice was made, when the reader should know (a clause, no file name)
    bool truncated = false;
};

// Finds the encoding of `bytes` and decodes them; `format` lets an HTML page's <meta charset> count.
Detection detectAndDecode(const QByteArray &bytes, SourceFormat format);

struct ForcedDecoding {
    bool known = false; // false: ICU knows no encoding of that name
    QString encoding;   // the canonical name of the encoding used
    QString text;
    qsizetype errorOffset = -1; // byte offset of the first byte not valid in it, -1 when all decoded
};

// Decodes `bytes` with the encoding the user named, stopping at the first byte not valid in it.
ForcedDecoding decodeAs(const QByteArray &bytes, const QByteArray &encodingName);

// Whether `encodingName` names an encoding ICU can decode (an alias such as "latin1" or "cp950" counts).
bool isKnownEncoding(const QByteArray &encodingName);

} // namespace QuoteReader
