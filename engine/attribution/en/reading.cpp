#include "attribution/en/reading.h"

#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"

#include <algorithm>

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

std::optional<Cue> transcriptCue(const Passage &p)
{
    const int from = p.size() > 0 && p.tok.at(0).kind == Tok::Open ? 1 : 0;
    int colon = -1;
    for (int i = from; i < p.size() && i < from + 4; ++i) {
        if (p.isPunct(i, u':')) {
            colon = i;
            break;
        }
        if (!p.isShouted(i)) {
            return std::nullopt;
        }
    }
    if (colon <= from || colon + 3 >= p.size()) {
        return std::nullopt;
    }
    const Cue cue = nameBeforeMark(p, from, colon);
    return cue.found() ? std::optional<Cue>(cue) : std::nullopt;
}

Cue nameBeforeMark(const Passage &p, int from, int mark)
{
    Cue cue;
    if (!fillName(p, from, mark - 1, cue.mention)) {
        return {};
    }
    cue.mention.kind = MentionKind::Name;
    cue.mention.first = from;
    cue.mention.last = mark - 1;
    cue.verb = mark;
    cue.verbLen = 1;
    cue.end = mark;
    return cue;
}

Reading::Reading(Document &doc)
    : Context(doc)
    , people(speakers)
{
    // The headline may report speech too ("Smith Says Plan Will Fail"): it is read first, by its
    // own rule only.
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const Block &block = doc.blocks.at(i);
        if (block.kind == BlockKind::Title) {
            const auto at = std::lower_bound(paragraphs.begin(), paragraphs.end(), block.range.start,
                                             [](const Paragraph &paragraph, qsizetype start) {
                                                 return paragraph.range.start < start;
                                             });
            paragraphs.insert(at, Paragraph{block.range, i});
        }
    }
    readStretch();
}

bool Reading::readNext()
{
    compact();
    if (m_next >= paragraphs.size() && !m_ahead) {
        return false;
    }
    readStretch();
    return true;
}

void Reading::readStretch()
{
    reads.clear();
    quotations.clear();
    cues.clear();
    m_sites.clear();
    m_first = int(candidates.size());
    while (true) {
        if (m_ahead) {
            reads.append(std::move(*m_ahead));
            m_ahead.reset();
        } else if (m_next < paragraphs.size()) {
            reads.append(readParagraph(m_next++));
        } else {
            break;
        }
        const QList<Span> &spans = reads.last().spans;
        // An interview turn ends with its paragraph, whatever marks it leaves open.
        if (spans.isEmpty() || spans.last().close >= 0 || reads.last().transcript || m_next >= paragraphs.size()) {
            break;
        }
        // A quotation left open: the next paragraph goes on with it when it opens with a mark.
        m_ahead = readParagraph(m_next++);
        if (m_ahead->spans.isEmpty() || m_ahead->spans.first().open != 0) {
            break;
        }
    }
    for (int r = 0; r < reads.size(); ++r) {
        const bool continuing = r > 0 && !reads.at(r - 1).spans.isEmpty() && reads.at(r - 1).spans.last().close < 0
                                && !reads.at(r).spans.isEmpty() && reads.at(r).spans.first().open == 0;
        if (!transcriptTurn(r)) {
            addCandidates(r, continuing);
        }
    }
}

ReadParagraph Reading::readParagraph(int paragraph) const
{
    ReadParagraph read(paragraph, Passage(text, tokenize(text, paragraphs.at(paragraph).range)));
    read.headline = doc.blocks.at(paragraphs.at(paragraph).block).kind == BlockKind::Title;
    if (!read.headline) {
        read.spans = findSpans(read.passage.tok);
        read.transcript = transcriptCue(read.passage).has_value();
    }
    return read;
}

// Interview transcripts: "SMITH: words" gives the whole line to the capitalised speaker.
bool Reading::transcriptTurn(int readIndex)
{
    const ReadParagraph &read = reads.at(readIndex);
    if (!read.transcript) {
        return false;
    }
    const Passage &p = read.passage;
    const std::optional<Cue> cue = transcriptCue(p);
    qsizetype end = paragraphs.at(read.paragraph).range.end;
    if (p.tok.at(0).kind == Tok::Open && p.tok.last().kind == Tok::Close) {
        end = p.tok.last().start;
    }
    Candidate candidate;
    candidate.range = trimmedQuote(p.tok.at(cue->verb + 1).start, end);
    candidate.paragraph = read.paragraph;
    if (!candidate.range.isEmpty()) {
        Site site;
        site.kind = Site::Turn;
        site.read = readIndex;
        addCandidate(candidate, site);
    }
    return true;
}

void Reading::rememberNames(const ReadParagraph &read)
{
    const Passage &p = read.passage;
    const Lexicons &L = lexicons();
    for (int i = 0; i < p.size(); ++i) {
        if (!p.isCap(i) || p.isFunction(i)) {
            continue;
        }
        int e = i;
        while (e + 1 < p.size() && p.isCap(e + 1) && !p.isFunction(e + 1)) {
            ++e;
        }
        Mention m;
        if (e > i && fillName(p, i, e, m) && m.nameTokens.size() >= 2 && m.nameTokens.size() <= 3) {
            const bool plausible = std::none_of(m.nameTokens.cbegin(), m.nameTokens.cend(), [&](const QString &token) {
                return L.groups.contains(token.toLower()) || L.timeWords.contains(token);
            });
            if (plausible) {
                people.seen(m, p.tok.at(i).start);
            }
        }
        i = e;
    }
}

void Reading::addCandidates(int readIndex, bool continuing)
{
    ReadParagraph &read = reads[readIndex];
    const Passage &p = read.passage;
    if (p.size() == 0) {
        return;
    }
    if (read.headline) {
        Candidate headline;
        headline.kind = QuoteKind::Indirect;
        headline.range = p.rangeOf(0, p.size() - 1);
        headline.paragraph = read.paragraph;
        Site site;
        site.kind = Site::Headline;
        site.read = readIndex;
        addCandidate(headline, site);
        return;
    }
    rememberNames(read);
    read.units = sentences(p, read.spans);
    // "The governor added:" and then the words he added, set off as a paragraph of their own.
    const ReadParagraph *before = previousRead(readIndex);
    if (read.spans.isEmpty() && before && before->introduction.found() && !read.transcript) {
        Candidate block;
        block.kind = QuoteKind::Indirect;
        block.range = trimmedQuote(p.tok.first().start, p.tok.last().end);
        block.paragraph = read.paragraph;
        Site site;
        site.kind = Site::Block;
        site.read = readIndex;
        site.standalone = true;
        addCandidate(block, site);
    }
    const TextRange paragraphRange = paragraphs.at(read.paragraph).range;
    for (int u = 0; u < read.units.size(); ++u) {
        const auto [first, last] = read.units.at(u);
        QList<int> inUnit;
        for (int s = 0; s < read.spans.size(); ++s) {
            if (read.spans.at(s).open >= first && read.spans.at(s).open <= last) {
                inUnit.append(s);
            }
        }
        for (int k = 0; k < inUnit.size(); ++k) {
            const Span &span = read.spans.at(inUnit.at(k));
            const int closeTok = span.close < 0 ? p.size() : span.close;
            Site site;
            site.read = readIndex;
            site.unit = u;
            site.span = inUnit.at(k);
            site.order = k;
            site.afterFrom = closeTok + 1;
            site.afterTo = k + 1 < inUnit.size() ? read.spans.at(inUnit.at(k + 1)).open : last + 1;
            const Span *previous = k > 0 ? &read.spans.at(inUnit.at(k - 1)) : nullptr;
            site.beforeFrom = previous ? (previous->close < 0 ? p.size() : previous->close + 1) : first;
            site.beforeTo = span.open;
            int words = 0;
            bool sentencePunct = false;
            for (int i = span.open + 1; i < closeTok; ++i) {
                words += p.isWord(i);
                sentencePunct = sentencePunct || p.isPunct(i, u'.') || p.isPunct(i, u'?') || p.isPunct(i, u'!')
                                || p.isComma(i);
            }
            for (int i = site.beforeFrom; i < site.beforeTo && site.leads; ++i) {
                site.leads = !p.isWord(i);
            }
            site.piece = continuing && span.open == 0;
            site.standalone = site.piece || (site.leads && (words >= 4 || (sentencePunct && words >= 2)));
            // Quotations in the stretch, one per quotation however many paragraphs it runs over.
            const qsizetype end = span.close < 0 ? paragraphRange.end : p.tok.at(span.close).start;
            if (site.piece && !quotations.isEmpty()) {
                Quotation &q = quotations.last();
                q.inner.end = end;
                q.outer.end = span.close < 0 ? end : p.tok.at(span.close).end;
                q.lastParagraph = read.paragraph;
            } else {
                Quotation q;
                q.inner = {p.tok.at(span.open).end, end};
                q.outer = {p.tok.at(span.open).start, span.close < 0 ? end : p.tok.at(span.close).end};
                q.paragraph = q.lastParagraph = read.paragraph;
                quotations.append(q);
            }
            // Short quoted words inside a sentence are a phrase or a title until a rule reads the
            // sentence around them.
            if (!(words >= 3 || sentencePunct || site.leads || site.piece)) {
                continue;
            }
            Candidate candidate;
            candidate.range = trimmedQuote(p.tok.at(span.open).end, end);
            candidate.paragraph = read.paragraph;
            candidate.quotation = int(quotations.size()) - 1;
            if (!candidate.range.isEmpty()) {
                addCandidate(candidate, site);
            }
        }
        if (inUnit.isEmpty() && p.isPunct(last, u':')) {
            for (int v = last - 1; v >= first; --v) {
                if (p.verbAt(v)) {
                    const Mention m = subjectLeft(p, v, first);
                    if (m.found()) {
                        read.introduction = m;
                    }
                    break;
                }
            }
        }
        if (p.mayHoldCue(first, last)) {
            Candidate sentence;
            sentence.kind = QuoteKind::Indirect;
            sentence.range = p.rangeOf(first, last);
            sentence.paragraph = read.paragraph;
            Site site;
            site.kind = Site::Sentence;
            site.read = readIndex;
            site.unit = u;
            addCandidate(sentence, site);
        }
    }
    if (!read.units.isEmpty()) {
        const auto [first, last] = read.units.last();
        const Mention m = sentenceSubject(p, first, last + 1);
        // A lone capitalised word opening a sentence may be no name at all ("Stronger ties …",
        // "Fill in the gaps."): it counts when it is the surname of someone named before.
        if (m.kind == MentionKind::Name && !m.nameTokens.isEmpty()
            && (m.nameTokens.size() >= 2 || !m.title.isEmpty()
                || people.knownSurname(m.nameTokens.last(), paragraphRange.end))) {
            read.closingSubject = m;
        }
    }
}

int Reading::addCandidate(const Candidate &candidate, const Site &site)
{
    candidates.append(candidate);
    m_sites.append(site);
    return int(candidates.size()) - 1;
}

bool Reading::attributeCue(int index, const Cue &cue, QLatin1StringView rule)
{
    if (!cue.found()) {
        return false;
    }
    const ReadParagraph &read = readOf(index);
    const Passage &p = read.passage;
    Candidate &candidate = candidates[index];
    cues.append(cue);
    candidate.cue = int(cues.size()) - 1;
    candidate.cueRange = p.rangeOf(cue.verb, cue.verb + cue.verbLen - 1);
    candidate.cueText = view(candidate.cueRange).toString();
    if (cue.mention.found()) {
        candidate.subjectRange = p.rangeOf(std::max(cue.mention.first, 0), std::max(cue.mention.last, 0));
    }
    if (cue.mention.kind == MentionKind::Pronoun) {
        return true; // the pronoun rule decides who it stands for
    }
    const int speaker = resolve(read, cue.mention);
    if (speaker >= 0) {
        attribute(candidate, speaker, rule);
    }
    return true;
}

int Reading::resolve(const ReadParagraph &read, const Mention &m)
{
    const qsizetype position = read.passage.tok.at(std::max(m.first, 0)).start;
    return people.resolve(m, position, paragraphs.at(read.paragraph).range.end);
}

int Reading::previousAttributed(int index) const
{
    const qsizetype start = candidates.at(index).range.start;
    int best = -1;
    for (int i = m_first; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (i != index && c.attributed() && !c.dropped && c.range.start < start
            && (best < 0 || c.range.start > candidates.at(best).range.start)) {
            best = i;
        }
    }
    return best >= 0 ? best : m_first - 1; // what earlier stretches kept is attributed, in text order
}

bool Reading::quoted(int read, int unit) const
{
    for (int i = m_first; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        const Site &s = site(i);
        if (s.read == read && s.unit == unit && !c.dropped && (c.attributed() || c.cue >= 0 || s.standalone)) {
            return true;
        }
    }
    return false;
}

bool Reading::previousParagraphQuoted(int read) const
{
    if (read == 0) {
        return m_beforeQuoted;
    }
    for (int u = 0; u < reads.at(read - 1).units.size(); ++u) {
        if (quoted(read - 1, u)) {
            return true;
        }
    }
    return reads.at(read - 1).transcript;
}

const ReadParagraph *Reading::previousRead(int read) const
{
    if (read > 0) {
        return &reads.at(read - 1);
    }
    return m_before && m_before->paragraph == reads.at(read).paragraph - 1 ? &*m_before : nullptr;
}

bool Reading::settleSentence(int index)
{
    if (site(index).from >= 0) {
        return true;
    }
    const Site sentence = site(index);
    const ReadParagraph &read = reads.at(sentence.read);
    const Passage &p = read.passage;
    const auto [first, last] = read.units.at(sentence.unit);
    // What the quotes of the sentence taken so far cover, with their cues and speakers. A subject
    // standing apart from its cue ("Clinton told …, saying “…”") covers only its own words.
    QList<std::pair<int, int>> taken;
    const auto tokens = [&](TextRange range) { return std::pair{p.tokenAt(range.start), p.tokenAt(range.end - 1)}; };
    const auto cover = [&](std::pair<int, int> region, TextRange range) {
        if (range.isEmpty()) {
            return region;
        }
        const auto [a, b] = tokens(range);
        if (a > region.second + 1 || b < region.first - 1) {
            taken.append({a, b});
            return region;
        }
        return std::pair{std::min(a, region.first), std::max(b, region.second)};
    };
    for (int i = m_first; i < candidates.size(); ++i) {
        const Site &other = site(i);
        const Candidate &c = candidates.at(i);
        if (i == index || other.read != sentence.read || other.unit != sentence.unit || c.dropped
            || !(c.attributed() || c.cue >= 0 || other.standalone)) {
            continue;
        }
        std::pair<int, int> region{p.tokenAt(c.range.start), p.tokenAt(c.range.end - 1)};
        if (other.kind == Site::Quotation) {
            const Span &span = read.spans.at(other.span);
            region = {span.open, span.close < 0 ? p.size() - 1 : span.close};
        }
        region = cover(region, c.cueRange);
        region = cover(region, c.subjectRange);
        taken.append(region);
    }
    std::sort(taken.begin(), taken.end());
    QList<std::pair<int, int>> free;
    int from = first;
    for (const auto &[a, b] : std::as_const(taken)) {
        if (a > from) {
            free.append({from, std::min(a - 1, last)});
        }
        from = std::max(from, b + 1);
    }
    if (from <= last) {
        free.append({from, last});
    }
    free.removeIf([&](const std::pair<int, int> &f) { return wordCount(p, f.first, f.second) < 3; });
    if (free.isEmpty()) {
        candidates[index].dropped = true;
        return false;
    }
    const Candidate whole = candidates.at(index);
    for (int f = 0; f < free.size(); ++f) {
        Site part = sentence;
        part.from = free.at(f).first;
        part.to = free.at(f).second;
        Candidate words = whole;
        words.range = p.rangeOf(part.from, part.to);
        if (f == 0) {
            candidates[index] = words;
            site(index) = part;
        } else {
            addCandidate(words, part);
        }
    }
    return true;
}

TextRange Reading::trimmedQuote(qsizetype start, qsizetype end) const
{
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start
           && (text.at(end - 1).isSpace() || text.at(end - 1) == u',' || text.at(end - 1) == u':'
               || text.at(end - 1) == u'\u2014')) {
        --end;
    }
    return {start, std::max(start, end)};
}

// What the stretch gave is kept in text order; candidates no rule attributed, and what the reading
// held per word, are let go.
void Reading::compact()
{
    const int lastParagraph = reads.isEmpty() ? -1 : reads.last().paragraph;
    m_beforeQuoted = false;
    QList<Candidate> kept;
    for (int i = m_first; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (c.attributed() && !c.dropped) {
            c.quotation = -1;
            c.cue = -1;
            m_beforeQuoted = m_beforeQuoted || c.paragraph == lastParagraph;
            kept.append(std::move(c));
        }
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Candidate &a, const Candidate &b) { return a.range.start < b.range.start; });
    candidates.resize(m_first);
    candidates.append(kept);
    if (!reads.isEmpty()) {
        m_beforeQuoted = m_beforeQuoted || reads.last().transcript;
        m_before = std::move(reads.last());
    }
}

} // namespace QuoteReader::Attribution::English
