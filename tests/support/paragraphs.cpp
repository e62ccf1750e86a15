#include "paragraphs.h"

namespace QuoteReader::Test {

Document paragraphsOf(const QString &text, const QString &language)
{
    Document doc;
    doc.language = language;
    doc.text = text;
    doc.sections.append(Section{});
    qsizetype start = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const int paragraph = doc.sections.first().paragraphs++;
        doc.blocks.append(Block{BlockKind::Paragraph, {start, start + line.size()}, 0, paragraph});
        start += line.size() + 1;
    }
    return doc;
}

} // namespace QuoteReader::Test
