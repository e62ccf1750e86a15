#include "document.h"

namespace QuoteReader {

QString toString(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
        return QStringLiteral("title");
    case BlockKind::Heading:
        return QStringLiteral("heading");
    case BlockKind::Paragraph:
        return QStringLiteral("paragraph");
    case BlockKind::Caption:
        return QStringLiteral("caption");
    case BlockKind::Byline:
        return QStringLiteral("byline");
    case BlockKind::Related:
        return QStringLiteral("related");
    case BlockKind::Boilerplate:
        return QStringLiteral("boilerplate");
    }
    return {};
}

QString toString(QuoteKind kind)
{
    return kind == QuoteKind::Direct ? QStringLiteral("direct") : QStringLiteral("indirect");
}

QString toString(NoiseKind kind)
{
    switch (kind) {
    case NoiseKind::Caption:
        return QStringLiteral("caption");
    case NoiseKind::Related:
        return QStringLiteral("related");
    case NoiseKind::Boilerplate:
        return QStringLiteral("boilerplate");
    case NoiseKind::Garbled:
        return QStringLiteral("garbled");
    case NoiseKind::Byline:
        return QStringLiteral("byline");
    }
    return {};
}

QString toString(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText:
        return QStringLiteral("text");
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

} // namespace QuoteReader
