#include "articletext.h"

namespace QuoteReader {

QString articleText(const Document &doc)
{
    QString out;
    for (const Block &block : doc.blocks) {
        if (block.kind != BlockKind::Title && block.kind != BlockKind::Heading && block.kind != BlockKind::Paragraph) {
            continue;
        }
        const QStringView line = doc.textOf(block.range).trimmed();
        if (!line.isEmpty()) {
            out += line;
            out += u'\n';
        }
    }
    return out;
}

bool ArticleTextWriter::write(const QuoteSelection &selection, QIODevice *device) const
{
    if (!selection.document || !device) {
        return false;
    }
    const QByteArray bytes = articleText(*selection.document).toUtf8();
    return device->write(bytes) == bytes.size();
}

} // namespace QuoteReader
