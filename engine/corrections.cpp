// Applying the user's corrections to a Document: each one finds its quote or speaker by its anchor
// (words and offsets, names), changes it, and leaves the document as the extractor leaves one: quotes
// in reading order, only speakers that are quoted, counts right.
#include "corrections.h"

#include "themes.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace QuoteReader {

namespace {

// Messages for people, translated in the desktop reader (the context names them for lupdate).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Corrections)
};

// A quote in a message: its opening words, enough to recognise it.
QString excerpt(const QString &text)
{
    constexpr qsizetype kShown = 24;
    const QString flat = QString(text).replace(u'\n', u' ').simplified();
    return u'“' + (flat.size() > kShown ? flat.left(kShown) + u'…' : flat) + u'”';
}

QString speakerLabel(const std::optional<QString> &speaker)
{
    return speaker ? *speaker : Messages::tr("(no speaker)");
}

QString kindLabel(QuoteKind kind)
{
    return kind == QuoteKind::Direct ? Messages::tr("direct quote") : Messages::tr("indirect quote");
}

TextAnchor anchorOf(const Document &doc, const TextRange &range)
{
    return TextAnchor{doc.textOf(range).toString(), range};
}

// Where the anchor's words stand now: at its offsets when they are still there, else the occurrence
// nearest to them (the text before them changed length). Nothing when the words are gone.
std::optional<TextRange> locate(const Document &doc, const TextAnchor &anchor)
{
    const qsizetype length = anchor.text.size();
    if (length == 0) {
        return std::nullopt;
    }
    const TextRange &range = anchor.range;
    if (range.start >= 0 && range.end <= doc.text.size() && range.length() == length
        && doc.textOf(range) == anchor.text) {
        return range;
    }
    const qsizetype from = std::clamp<qsizetype>(range.start, 0, doc.text.size());
    const qsizetype after = doc.text.indexOf(anchor.text, from);
    const qsizetype before = doc.text.isEmpty()
                                 ? -1
                                 : doc.text.lastIndexOf(anchor.text, std::min(from, doc.text.size() - 1));
    if (after < 0 && before < 0) {
        return std::nullopt;
    }
    const qsizetype start = after < 0 ? before : before < 0 ? after : (after - from <= from - before ? after : before);
    return TextRange{start, start + length};
}

// The quote standing at `where`: the one with exactly that range, else the one overlapping it most when
// the overlap covers at least half of each (the engine moved a boundary by a few characters).
int quoteAt(const Document &doc, const TextRange &where)
{
    int best = -1;
    qsizetype bestOverlap = 0;
    for (int i = 0; i < doc.quotes.size(); ++i) {
        const TextRange &range = doc.quotes.at(i).range;
        if (range == where) {
            return i;
        }
        const qsizetype overlap = std::min(range.end, where.end) - std::max(range.start, where.start);
        if (overlap > bestOverlap && overlap * 2 >= range.length() && overlap * 2 >= where.length()) {
            best = i;
            bestOverlap = overlap;
        }
    }
    return best;
}

int speakerNamed(const Document &doc, const QString &name)
{
    for (int i = 0; i < doc.speakers.size(); ++i) {
        if (doc.speakers.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

// The speaker of that name, added when the article has none (a person the engine missed).
int speakerForName(Document &doc, const std::optional<QString> &name)
{
    if (!name) {
        return -1;
    }
    const int existing = speakerNamed(doc, *name);
    if (existing >= 0) {
        return existing;
    }
    Speaker speaker;
    speaker.name = *name;
    doc.speakers.append(speaker);
    return int(doc.speakers.size() - 1);
}

// Section and paragraph of a quote starting at `quote.range.start`, from the blocks of the article.
void placeInBlocks(const Document &doc, Quote &quote)
{
    const auto &blocks = doc.blocks;
    auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), quote.range.start,
                               [](qsizetype offset, const Block &block) { return offset < block.range.start; });
    if (it == blocks.cbegin()) {
        return;
    }
    --it;
    quote.section = 0;
    quote.paragraph = 0;
    for (auto b = it;; --b) {
        if (b->section >= 0) {
            quote.section = b->section;
            break;
        }
        if (b == blocks.cbegin()) {
            break;
        }
    }
    for (auto b = it;; --b) {
        if (b->paragraph >= 0) {
            quote.paragraph = b->paragraph;
            break;
        }
        if (b == blocks.cbegin()) {
            break;
        }
    }
}

// Puts the quote at its place in reading order (after those starting at the same offset).
int insertInOrder(Document &doc, Quote quote)
{
    const auto at = std::upper_bound(doc.quotes.cbegin(), doc.quotes.cend(), quote.range.start,
                                     [](qsizetype start, const Quote &q) { return start < q.range.start; });
    const qsizetype index = at - doc.quotes.cbegin();
    doc.quotes.insert(index, std::move(quote));
    return int(index);
}

void mergeSpeaker(Document &doc, int from, int into)
{
    for (Quote &quote : doc.quotes) {
        if (quote.speaker == from) {
            quote.speaker = into;
            quote.corrected = true;
        }
    }
    const Speaker merged = doc.speakers.at(from);
    Speaker &kept = doc.speakers[into];
    // The merged name is one more way the article refers to the person: search finds it.
    for (const QString &alias : QStringList{merged.name} + merged.aliases) {
        if (alias != kept.name && !kept.aliases.contains(alias)) {
            kept.aliases.append(alias);
        }
    }
    if (kept.role.isEmpty()) {
        kept.role = merged.role;
    }
    kept.group = kept.group && merged.group;
}

// The reason the correction cannot be applied, or "" once it is.
QString applyOne(Document &doc, const Correction &c)
{
    const auto findQuote = [&doc, &c](QString *why) {
        const std::optional<TextRange> where = locate(doc, c.quote);
        const int quote = where ? quoteAt(doc, *where) : -1;
        if (quote < 0) {
            *why = where ? Messages::tr("no quote stands at %1 any more").arg(excerpt(c.quote.text))
                         : Messages::tr("the words %1 are no longer in the article").arg(excerpt(c.quote.text));
        }
        return quote;
    };
    const auto missingSpeaker = [](const QString &name) {
        return Messages::tr("there is no speaker named %1").arg(name);
    };
    QString why;
    switch (c.action) {
    case CorrectionAction::SetSpeaker: {
        const int quote = findQuote(&why);
        if (quote >= 0) {
            const int speaker = speakerForName(doc, c.speaker);
            doc.quotes[quote].speaker = speaker;
            doc.quotes[quote].corrected = true;
        }
        return why;
    }
    case CorrectionAction::SetKind: {
        const int quote = findQuote(&why);
        if (quote >= 0) {
            doc.quotes[quote].kind = c.kind;
            doc.quotes[quote].corrected = true;
        }
        return why;
    }
    case CorrectionAction::SetBoundaries: {
        const int quote = findQuote(&why);
        if (quote < 0) {
            return why;
        }
        const std::optional<TextRange> to = locate(doc, c.to);
        if (!to) {
            return Messages::tr("the words %1 are no longer in the article").arg(excerpt(c.to.text));
        }
        Quote moved = doc.quotes.takeAt(quote);
        moved.range = *to;
        moved.corrected = true;
        placeInBlocks(doc, moved);
        insertInOrder(doc, std::move(moved));
        return {};
    }
    case CorrectionAction::DeleteQuote: {
        const int quote = findQuote(&why);
        if (quote >= 0) {
            doc.quotes.removeAt(quote);
        }
        return why;
    }
    case CorrectionAction::AddQuote: {
        const std::optional<TextRange> where = locate(doc, c.quote);
        if (!where) {
            return Messages::tr("the words %1 are no longer in the article").arg(excerpt(c.quote.text));
        }
        const int speaker = speakerForName(doc, c.speaker);
        // The engine may find the quote by now, or a part of it: that quote becomes the user's, rather
        // than the words standing twice in the list.
        const int found = quoteAt(doc, *where);
        if (found >= 0) {
            Quote existing = doc.quotes.takeAt(found);
            existing.range = *where;
            existing.speaker = speaker;
            existing.kind = c.kind;
            existing.corrected = true;
            placeInBlocks(doc, existing);
            insertInOrder(doc, std::move(existing));
            return {};
        }
        Quote quote;
        quote.speaker = speaker;
        quote.kind = c.kind;
        quote.rule = QStringLiteral("user");
        quote.range = *where;
        quote.corrected = true;
        placeInBlocks(doc, quote);
        insertInOrder(doc, std::move(quote));
        return {};
    }
    case CorrectionAction::RenameSpeaker: {
        const int speaker = speakerNamed(doc, c.name);
        if (speaker < 0) {
            return missingSpeaker(c.name);
        }
        const int other = speakerNamed(doc, c.newName);
        if (other >= 0 && other != speaker) {
            mergeSpeaker(doc, speaker, other); // the new name is someone the article quotes already
        } else {
            doc.speakers[speaker].name = c.newName;
            doc.speakers[speaker].aliases.removeAll(c.newName);
        }
        return {};
    }
    case CorrectionAction::SetRole: {
        const int speaker = speakerNamed(doc, c.name);
        if (speaker < 0) {
            return missingSpeaker(c.name);
        }
        doc.speakers[speaker].role = c.role;
        return {};
    }
    case CorrectionAction::MergeSpeakers: {
        const int from = speakerNamed(doc, c.name);
        const int into = speakerNamed(doc, c.newName);
        if (from < 0 || into < 0) {
            return missingSpeaker(from < 0 ? c.name : c.newName);
        }
        if (from != into) {
            mergeSpeaker(doc, from, into);
        }
        return {};
    }
    }
    return {};
}

} // namespace

Correction Correction::setSpeaker(const Document &doc, int quote, const std::optional<QString> &speaker)
{
    Correction c;
    c.action = CorrectionAction::SetSpeaker;
    c.quote = anchorOf(doc, doc.quotes.at(quote).range);
    c.speaker = speaker;
    return c;
}

Correction Correction::setKind(const Document &doc, int quote, QuoteKind kind)
{
    Correction c;
    c.action = CorrectionAction::SetKind;
    c.quote = anchorOf(doc, doc.quotes.at(quote).range);
    c.kind = kind;
    return c;
}

Correction Correction::setBoundaries(const Document &doc, int quote, const TextRange &range)
{
    Correction c;
    c.action = CorrectionAction::SetBoundaries;
    c.quote = anchorOf(doc, doc.quotes.at(quote).range);
    c.to = anchorOf(doc, range);
    return c;
}

Correction Correction::deleteQuote(const Document &doc, int quote)
{
    Correction c;
    c.action = CorrectionAction::DeleteQuote;
    c.quote = anchorOf(doc, doc.quotes.at(quote).range);
    return c;
}

Correction Correction::addQuote(const Document &doc, const TextRange &range, const std::optional<QString> &speaker,
                                QuoteKind kind)
{
    Correction c;
    c.action = CorrectionAction::AddQuote;
    c.quote = anchorOf(doc, range);
    c.speaker = speaker;
    c.kind = kind;
    return c;
}

Correction Correction::renameSpeaker(const QString &name, const QString &newName)
{
    Correction c;
    c.action = CorrectionAction::RenameSpeaker;
    c.name = name;
    c.newName = newName;
    return c;
}

Correction Correction::setRole(const QString &name, const QString &role)
{
    Correction c;
    c.action = CorrectionAction::SetRole;
    c.name = name;
    c.role = role;
    return c;
}

Correction Correction::mergeSpeakers(const QString &name, const QString &into)
{
    Correction c;
    c.action = CorrectionAction::MergeSpeakers;
    c.name = name;
    c.newName = into;
    return c;
}

QString contentKey(QStringView decodedText)
{
    return QString::fromLatin1(QCryptographicHash::hash(decodedText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

CorrectionsReport applyCorrections(Document &doc, const QList<Correction> &corrections)
{
    CorrectionsReport report;
    if (corrections.isEmpty()) {
        return report;
    }
    // Reading order is what every anchor and insertion below relies on (hand-made documents may lack it).
    const auto byStart = [](const Quote &a, const Quote &b) { return a.range.start < b.range.start; };
    if (!std::is_sorted(doc.quotes.cbegin(), doc.quotes.cend(), byStart)) {
        std::stable_sort(doc.quotes.begin(), doc.quotes.end(), byStart);
    }
    for (int i = 0; i < corrections.size(); ++i) {
        const QString why = applyOne(doc, corrections.at(i));
        if (!why.isEmpty()) {
            report.unanchored.append(UnanchoredCorrection{i, why});
        }
        // After each one, as the user saw the article when making the next: a speaker left without
        // quotes is gone, and a name given later is a new person.
        countSpeakerQuotes(doc);
    }
    QList<int> corrected;
    for (int i = 0; i < doc.quotes.size(); ++i) {
        if (doc.quotes.at(i).corrected) {
            corrected.append(i);
        }
    }
    matchThemes(doc, corrected);
    return report;
}

TextRange trimQuoteRange(const QString &text, TextRange range)
{
    static const QString marks = QStringLiteral("\"'“”‘’「」『』«»〝〞＂‹›");
    static const QString separators = QStringLiteral(",，:：;；、");
    static const QString stops = QStringLiteral("。.!！?？");
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, text.size());
    while (!range.isEmpty()) {
        const QChar c = text.at(range.start);
        if (!c.isSpace() && !marks.contains(c) && !separators.contains(c)) {
            break;
        }
        ++range.start;
    }
    while (!range.isEmpty()) {
        const QChar c = text.at(range.end - 1);
        // A full stop after the closing mark belongs to the sentence around the quote, not to it.
        const bool stopAfterMark = stops.contains(c) && range.length() > 1 && marks.contains(text.at(range.end - 2));
        if (!c.isSpace() && !marks.contains(c) && !separators.contains(c) && !stopAfterMark) {
            break;
        }
        --range.end;
    }
    return range;
}

QString correctionTitle(CorrectionAction action)
{
    switch (action) {
    case CorrectionAction::SetSpeaker:
        return Messages::tr("Change Speaker");
    case CorrectionAction::SetKind:
        return Messages::tr("Change Kind");
    case CorrectionAction::SetBoundaries:
        return Messages::tr("Set Quote to Selection");
    case CorrectionAction::DeleteQuote:
        return Messages::tr("Delete Quote");
    case CorrectionAction::AddQuote:
        return Messages::tr("Add Quote");
    case CorrectionAction::RenameSpeaker:
        return Messages::tr("Rename Speaker");
    case CorrectionAction::SetRole:
        return Messages::tr("Edit Role");
    case CorrectionAction::MergeSpeakers:
        return Messages::tr("Merge Speakers");
    }
    return {};
}

QString describeCorrection(const Correction &c)
{
    switch (c.action) {
    case CorrectionAction::SetSpeaker:
        return Messages::tr("Speaker of %1 → %2").arg(excerpt(c.quote.text), speakerLabel(c.speaker));
    case CorrectionAction::SetKind:
        return Messages::tr("%1 → %2").arg(excerpt(c.quote.text), kindLabel(c.kind));
    case CorrectionAction::SetBoundaries:
        return Messages::tr("Quote %1 → %2").arg(excerpt(c.quote.text), excerpt(c.to.text));
    case CorrectionAction::DeleteQuote:
        return Messages::tr("Quote %1 deleted").arg(excerpt(c.quote.text));
    case CorrectionAction::AddQuote:
        return Messages::tr("Quote %1 added (%2, %3)")
            .arg(excerpt(c.quote.text), speakerLabel(c.speaker), kindLabel(c.kind));
    case CorrectionAction::RenameSpeaker:
        return Messages::tr("Speaker %1 renamed %2").arg(c.name, c.newName);
    case CorrectionAction::SetRole:
        return c.role.isEmpty() ? Messages::tr("Role of %1 removed").arg(c.name)
                                : Messages::tr("Role of %1 → %2").arg(c.name, c.role);
    case CorrectionAction::MergeSpeakers:
        return Messages::tr("Speaker %1 merged into %2").arg(c.name, c.newName);
    }
    return {};
}

} // namespace QuoteReader
