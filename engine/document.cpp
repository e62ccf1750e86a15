#include "document.h"

namespace QuoteReader {

void countSpeakerQuotes(Document &doc)
{
    for (Speaker &speaker : doc.speakers) {
        speaker.quotes = 0;
    }
    for (const Quote &quote : std::as_const(doc.quotes)) {
        if (quote.speaker >= 0 && quote.speaker < doc.speakers.size()) {
            ++doc.speakers[quote.speaker].quotes;
        }
    }
    QList<int> newIndex(doc.speakers.size(), -1);
    QList<Speaker> kept;
    for (int i = 0; i < doc.speakers.size(); ++i) {
        if (doc.speakers.at(i).quotes > 0) {
            newIndex[i] = int(kept.size());
            kept.append(std::move(doc.speakers[i]));
        }
    }
    doc.speakers = std::move(kept);
    for (Quote &quote : doc.quotes) {
        quote.speaker = quote.speaker >= 0 && quote.speaker < newIndex.size() ? newIndex.at(quote.speaker) : -1;
    }
}

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
    case BlockKind::Navigation:
        return QStringLiteral("navigation");
    case BlockKind::Comments:
        return QStringLiteral("comments");
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
    case NoiseKind::Navigation:
        return QStringLiteral("navigation");
    case NoiseKind::Comments:
        return QStringLiteral("comments");
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
