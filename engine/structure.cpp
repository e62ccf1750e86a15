// PLACEHOLDER
#include "structure.h"
namespace QuoteReader {
void buildStructure(Document &doc, const QList<LineHint> &)
{
    doc.sections.append(Section{});
    qsizetype start = 0;
    int paragraph = 0;
    while (start <= doc.text.size()) {
        qsizetype end = doc.text.indexOf(u'\n', start);
        if (end < 0) {
            end = doc.text.size();
        }
        if (end > start) {
            doc.blocks.append(Block{BlockKind::Paragraph, {start, end}, 0, paragraph++});
        }
        start = end + 1;
    }
    doc.sections[0].paragraphs = paragraph;
}
} // namespace QuoteReader
