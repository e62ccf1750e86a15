#include "explain.h"

#include "atomicfile.h"
#include "escape.h"

namespace QuoteReader {

namespace {

QString shown(const Document &doc, const TextRange &range)
{
    return range.isEmpty() ? QStringLiteral("-") : doc.textOf(range).toString().simplified();
}

} // namespace

bool ExplainWriter::write(const QuoteSelection &selection, QIODevice *device) const
{
    const Document &doc = *selection.document;
    QString out;
    for (const int index : selection.quotes) {
        const Quote &quote = doc.quotes.at(index);
        const Speaker *speaker = doc.speakerOf(quote);
        // [rule] speaker ← «subject» «cue» (kind): text
        out += u'[' + (quote.rule.isEmpty() ? QStringLiteral("-") : quote.rule) + u"] "
               + (speaker ? speaker->name : QStringLiteral("(nobody)")) + u" \u2190 \u00ab"
               + shown(doc, quote.subjectRange) + u"\u00bb \u00ab" + shown(doc, quote.cueRange) + u"\u00bb ("
               + toString(quote.kind) + u"): " + doc.quoteText(quote).simplified() + u'\n';
    }
    // An article's controls (ESC, BEL) are shown, not sent to the terminal this is read on.
    return writeFully(device, withVisibleControls(out).toUtf8());
}

} // namespace QuoteReader
