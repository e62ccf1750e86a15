#include "readerdisplay.h"

#include <QCoreApplication>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace QuoteReader {

namespace {

bool isNoiseBlock(BlockKind kind)
{
    return isNoise(kind);
}

struct Range {
    qsizetype start;
    qsizetype end;
};


} // namespace

qsizetype displayOffset(const QList<ReaderDisplay::Segment> &segments, qsizetype documentOffset)
{
    auto it = std::upper_bound(segments.cbegin(), segments.cend(), documentOffset,
                               [](qsizetype offset, const ReaderDisplay::Segment &s) {
                                   return offset < s.documentStart;
                               });
    if (it == segments.cbegin()) {
        return 0;
    }
    --it;
    return it->displayStart + std::min(documentOffset - it->documentStart, it->length);
}

qsizetype documentOffset(const QList<ReaderDisplay::Segment> &segments, qsizetype displayOffset)
{
    auto it = std::upper_bound(segments.cbegin(), segments.cend(), displayOffset,
                               [](qsizetype offset, const ReaderDisplay::Segment &s) {
                                   return offset < s.displayStart;
                               });
    if (it == segments.cbegin()) {
        return -1;
    }
    --it;
    if (displayOffset >= it->displayStart + it->length) {
        return -1;
    }
    return it->documentStart + (displayOffset - it->displayStart);
}

ReaderDisplayPtr prepareReaderDisplay(ReaderDocumentPtr document, Script script, bool showRemoved,
                                      const ReaderDisplay::Style &style, const QString &traditional)
{
    auto display = std::make_shared<ReaderDisplay>();
    display->document = document;
    display->script = script;
    display->showRemoved = showRemoved;
    display->font = style.font;
    auto text = std::make_unique<QTextDocument>();
    text->setUndoRedoEnabled(false);
    text->setDocumentLayout(new QPlainTextDocumentLayout(text.get()));
    text->setDefaultFont(style.font);
    text->setDocumentMargin(kReaderDocumentMargin);
    if (!document) {
        text->moveToThread(QCoreApplication::instance()->thread());
        display->text = std::move(text);
        return display;
    }

    const Document &doc = document->document;
    const QString *source = &doc.text;
    if (script == Script::Simplified && document->simplified.size() == doc.text.size()) {
        source = &document->simplified;
    } else if (script == Script::Traditional) {
        if (document->traditional.size() == doc.text.size()) {
            source = &document->traditional;
        } else if (traditional.size() == doc.text.size()) {
            source = &traditional;
        } else {
            display->traditional = convertScript(doc.text, Script::Traditional);
            source = &display->traditional;
        }
    }

    // Noise: text outside the article (captions, teasers, boilerplate). Hidden, or shown greyed.
    QList<Range> noise;
    for (const Block &block : doc.blocks) {
        if (isNoiseBlock(block.kind)) {
            noise.append({block.range.start, block.range.end});
        }
    }
    for (const Noise &n : doc.noise) {
        if (n.kind != NoiseKind::Garbled) {
            noise.append({n.range.start, n.range.end});
        }
    }
    std::sort(noise.begin(), noise.end(), [](const Range &a, const Range &b) { return a.start < b.start; });

    // A blank line goes before every heading and paragraph (QPlainTextEdit has no paragraph spacing,
    // and dense Chinese text without it reads as one wall): inserted text, outside every segment, so
    // document offsets skip it.
    QList<qsizetype> headingStarts;
    for (const Block &block : doc.blocks) {
        if (!isNoiseBlock(block.kind) && block.range.start > 0) {
            headingStarts.append(block.range.start);
        }
    }

    QList<ReaderDisplay::Segment> &segments = display->segments;
    QList<Range> grey; // in display offsets
    QString shown;
    shown.reserve(source->size() + headingStarts.size());
    const qsizetype length = source->size();
    auto nextHeading = headingStarts.cbegin();
    auto emitPiece = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, length);
        to = std::clamp<qsizetype>(to, 0, length);
        while (nextHeading != headingStarts.cend() && *nextHeading < from) {
            ++nextHeading;
        }
        while (to > from) {
            if (nextHeading != headingStarts.cend() && *nextHeading == from) {
                if (shown.endsWith(u'\n') && !shown.endsWith(u"\n\n")) {
                    shown += u'\n';
                }
                ++nextHeading;
            }
            const qsizetype pieceEnd = nextHeading != headingStarts.cend() && *nextHeading < to ? *nextHeading : to;
            segments.append({from, shown.size(), pieceEnd - from});
            shown += QStringView(*source).mid(from, pieceEnd - from);
            from = pieceEnd;
        }
    };
    auto displayOf = [&segments](qsizetype offset) {
        auto it = std::upper_bound(segments.cbegin(), segments.cend(), offset,
                                   [](qsizetype o, const ReaderDisplay::Segment &s) { return o < s.documentStart; });
        if (it == segments.cbegin()) {
            return qsizetype(0);
        }
        --it;
        return it->displayStart + std::min(offset - it->documentStart, it->length);
    };

    qsizetype pos = 0;
    if (!showRemoved) {
        for (const Range &range : std::as_const(noise)) {
            if (range.end <= pos) {
                continue;
            }
            emitPiece(pos, range.start);
            // Take the line end with the hidden line, or the reader shows a gap.
            qsizetype end = range.end;
            if (end < length && source->at(end) == u'\n') {
                ++end;
            }
            pos = std::max(pos, end);
        }
        emitPiece(pos, length);
    } else {
        QList<RemovedSpan> removed = doc.removed;
        std::stable_sort(removed.begin(), removed.end(),
                         [](const RemovedSpan &a, const RemovedSpan &b) { return a.cleanOffset < b.cleanOffset; });
        for (const RemovedSpan &span : std::as_const(removed)) {
            const qsizetype at = std::clamp<qsizetype>(span.cleanOffset, pos, length);
            emitPiece(pos, at);
            pos = at;
            grey.append({shown.size(), shown.size() + span.text.size()});
            shown += span.text;
        }
        emitPiece(pos, length);
        for (const Range &range : std::as_const(noise)) {
            grey.append({displayOf(range.start), displayOf(range.end)});
        }
    }
    // Garbled text stays in place (it may stand inside a quote, and hiding it would silently drop
    // words), but always greyed so the reader sees it is damaged.
    for (const Noise &n : doc.noise) {
        if (n.kind == NoiseKind::Garbled) {
            grey.append({displayOf(n.range.start), displayOf(n.range.end)});
        }
    }
    if (shown.endsWith(u'\n')) {
        shown.chop(1); // a trailing empty line is not part of the article
    }
    text->setPlainText(shown);

    // Formats written into the document once, here, rather than as extra selections on every scroll.
    QTextCursor cursor(text.get());
    auto format = [&cursor, &shown](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        from = std::clamp<qsizetype>(from, 0, shown.size());
        to = std::clamp<qsizetype>(to, 0, shown.size());
        if (to > from) {
            cursor.setPosition(int(from));
            cursor.setPosition(int(to), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(f);
        }
    };
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(style.font.pointSizeF() * 1.5);
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setForeground(style.titleColor);
    QTextCharFormat headingFormat;
    headingFormat.setFontPointSize(style.font.pointSizeF() * 1.25);
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setForeground(style.headingColor);
    for (const Block &block : doc.blocks) {
        if (block.kind == BlockKind::Title || block.kind == BlockKind::Heading) {
            const qsizetype start = displayOf(block.range.start);
            // A hidden heading maps to where the text goes on: format only what is really shown.
            if (start < shown.size() && displayOf(block.range.end) > start) {
                format(start, displayOf(block.range.end), block.kind == BlockKind::Title ? titleFormat : headingFormat);
            }
        }
    }
    QTextCharFormat greyFormat;
    greyFormat.setForeground(style.greyColor);
    for (const Range &range : std::as_const(grey)) {
        format(range.start, range.end, greyFormat);
    }
    // Handed to the GUI thread, which shows it; QPlainTextEdit may only touch it there.
    text->moveToThread(QCoreApplication::instance()->thread());
    display->text = std::move(text);
    return display;
}

} // namespace QuoteReader
