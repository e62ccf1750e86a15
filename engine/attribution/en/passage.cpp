#include "attribution/en/passage.h"

#include "attribution/en/lexicons.h"

#include <algorithm>
#include <optional>

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) { // most of an English text: spare the Unicode tables
        return char16_t(u - u'0') < 10 || char16_t((u | 0x20) - u'a') < 26;
    }
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

QList<Token> tokenize(QStringView all, TextRange range)
{
    QList<Token> tokens;
    tokens.reserve((range.end - range.start) / 4);
    const Lexicons &L = lexicons();
    const auto at = [all](qsizetype i) { return i >= 0 && i < all.size() ? all[i] : QChar(u' '); };
    qsizetype i = range.start;
    const qsizetype end = std::min(range.end, all.size());
    const QChar *const text = all.data(); // [range.start, end) is inside the text
    bool singleOpen = false;              // a single quotation mark is open: a mark after "s" may close it
    while (i < end) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < end) {
                const QChar d = text[j];
                if (isWordChar(d)) {
                    ++j;
                } else if ((isApostrophe(d) || d == u'-' || d == u'.' || d == u'&') && j + 1 < end
                           && isWordChar(text[j + 1])) {
                    j += 2;
                } else {
                    break;
                }
            }
            // Trailing period: abbreviation ("Mr."), initial ("J."), or dotted form ("U.S.").
            if (j < end && at(j) == u'.') {
                const QStringView word = all.mid(i, j - i);
                const bool initial = word.size() == 1 && word.at(0).isUpper();
                // A period right before a closing parenthesis ends an abbreviation: "(D-Wis.)".
                if (initial || word.contains(u'.') || L.abbreviations.contains(word) || at(j + 1) == u')') {
                    ++j;
                }
            }
            // Possessive of a plural: voters' (apostrophe after s, no letter after), unless a single
            // quotation is open and the mark may close it.
            if (!singleOpen && j < end && isApostrophe(text[j]) && (text[j - 1] == u's' || text[j - 1] == u'S')
                && (j + 1 >= end || (!isWordChar(text[j + 1]) && !isApostrophe(text[j + 1])))) {
                ++j;
            }
            tokens.append({i, j, Tok::Word, false});
            i = j;
            continue;
        }
        // Quotation marks.
        const QChar prev = at(i - 1);
        const QChar next = i + 1 < end ? at(i + 1) : QChar(u' ');
        const bool openContext = i == range.start || prev.isSpace() || prev == u'(' || prev == u'[' || prev == u'\u2014'
                                 || prev == u'\u2013' || prev == u'-' || prev == u':';
        if (c == u'\u201C' || c == u'\u201E' || c == u'\u00AB') {
            tokens.append({i, i + 1, Tok::Open, false});
        } else if (c == u'\u201D' && openContext && !next.isSpace() && !next.isPunct()) {
            tokens.append({i, i + 1, Tok::Open, false}); // a closing mark typed where one opens
        } else if (c == u'\u201D' || c == u'\u00BB') {
            tokens.append({i, i + 1, Tok::Close, false});
        } else if (c == u'"') {
            tokens.append({i, i + 1, openContext && !next.isSpace() ? Tok::Open : Tok::Close, false});
        } else if (c == u'\'' && next == u'\'') {
            // Two apostrophes stand for a double quotation mark in some archives.
            tokens.append({i, i + 2, openContext && !at(i + 2).isSpace() ? Tok::Open : Tok::Close, false});
            ++i;
        } else if (c == u'\u2018' || (c == u'\'' && openContext)) {
            if (next.isDigit()) { // '90s
                tokens.append({i, i + 1, Tok::Punct, false});
            } else {
                tokens.append({i, i + 1, Tok::Open, true});
                singleOpen = true;
            }
        } else if (c == u'\u2019' || c == u'\'') {
            tokens.append({i, i + 1, Tok::Close, true});
            singleOpen = false;
        } else {
            tokens.append({i, i + 1, Tok::Punct, false});
        }
        ++i;
    }
    return tokens;
}

QList<Span> findSpans(const QList<Token> &tokens)
{
    QList<Span> spans;
    std::optional<Span> current;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &tok = tokens.at(i);
        if (tok.kind != Tok::Open && tok.kind != Tok::Close) {
            continue;
        }
        if (!current) {
            if (tok.kind == Tok::Open) {
                current = Span{i, -1, tok.single};
            }
            continue; // a stray closing mark
        }
        if (tok.single != current->single) {
            continue; // nested quotation inside the current one
        }
        if (tok.kind == Tok::Close || !tok.single) {
            // A straight double mark closes whatever it looks like; a curly open inside a double
            // quote is a typo we read as a close.
            current->close = i;
            spans.append(*current);
            current.reset();
        }
    }
    // A single mark that never closes was an apostrophe, unless it opens the paragraph.
    if (current && (!current->single || current->open == 0)) {
        spans.append(*current);
    }
    return spans;
}

Passage::Passage(QStringView documentText, QList<Token> tokens)
    : text(documentText)
    , tok(std::move(tokens))
{
    fold();
}

bool Passage::isFunction(int i) const
{
    return isWord(i) && (m_flags[size_t(i)] & Lexicons::Function);
}

quint8 Passage::flags(int i) const
{
    return isWord(i) ? m_flags[size_t(i)] : 0;
}

bool Passage::isHonorific(int i) const
{
    return isWord(i) && lexicons().honorifics.contains(w(i));
}

bool Passage::isShouted(int i) const
{
    if (!isWord(i) || w(i).size() < 2 || !w(i).at(0).isLetter()) {
        return false;
    }
    const QStringView word = w(i);
    return std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
}

int Passage::verbAt(int i, bool reportOnly) const
{
    if (!isWord(i)) {
        return 0;
    }
    qint8 &known = m_verb[reportOnly ? 1 : 0][size_t(i)];
    if (known < 0) {
        known = qint8(findVerb(i, reportOnly));
    }
    return known;
}

int Passage::sourcePhraseAt(int i) const
{
    if (!isWord(i) || !isWord(i + 1) || !(m_flags[size_t(i)] & Lexicons::StartsSourcePhrase)) {
        return 0;
    }
    const Lexicons &L = lexicons();
    if (L.sources.contains(lowered(i, i + 1))) {
        return 2;
    }
    if (isWord(i + 2) && L.sources.contains(lowered(i, i + 2))) {
        return 3;
    }
    return 0;
}

bool Passage::mayHoldCue(int first, int last) const
{
    constexpr quint8 cueStarts = Lexicons::Verb | Lexicons::StartsVerbPhrase | Lexicons::StartsSourcePhrase;
    for (int i = first; i <= last; ++i) {
        if (m_flags[size_t(i)] & cueStarts) {
            return true;
        }
    }
    return false;
}

int Passage::tokenAt(qsizetype pos) const
{
    const auto it = std::upper_bound(tok.cbegin(), tok.cend(), pos,
                                     [](qsizetype p, const Token &t) { return p < t.end; });
    return int(it - tok.cbegin());
}

QStringView Passage::lowerText(int first, int last) const
{
    // A view of the folded tokens when single spaces part them, as they mostly do.
    bool spaced = true;
    for (int k = first; k < last && spaced; ++k) {
        spaced = tok.at(k + 1).start == tok.at(k).end + 1 && text.at(tok.at(k).end) == u' ';
    }
    if (spaced) {
        return lowered(first, last);
    }
    m_scratch = textOf(first, last).toLower();
    return m_scratch;
}

QString Passage::textOf(int first, int last) const
{
    if (first > last) {
        return {};
    }
    return text.mid(tok.at(first).start, tok.at(last).end - tok.at(first).start).toString();
}

// Lower-cases every token into one buffer, one space between neighbours, so that the tokens
// first..last lower-cased and joined by spaces ("pointed out", "according to") are one view of it:
// multi-word lexicon entries are looked up without building a string.
void Passage::fold()
{
    const qsizetype n = tok.size();
    m_lowStart.resize(size_t(n) + 1);
    m_verb[0].assign(size_t(n), -1);
    m_verb[1].assign(size_t(n), -1);
    m_flags.assign(size_t(n), 0);
    qsizetype total = n;
    for (const Token &token : std::as_const(tok)) {
        total += token.end - token.start;
    }
    m_lowered.resize(size_t(total));
    const Lexicons &L = lexicons();
    qsizetype pos = 0;
    for (qsizetype i = 0; i < n; ++i) {
        m_lowStart[size_t(i)] = pos;
        const QStringView word = w(int(i));
        qsizetype len = word.size();
        char16_t *out = m_lowered.data() + pos;
        char16_t any = 0;
        for (qsizetype k = 0; k < len; ++k) {
            const char16_t c = word.utf16()[k];
            any |= c;
            out[k] = char16_t(c - u'A') < 26 ? char16_t(c + 32) : c;
        }
        if (any >= 0x80) {
            const QString folded = word.toString().toLower();
            if (folded.size() != len) { // a few letters lower-case to two units
                m_lowered.resize(m_lowered.size() + size_t(folded.size() - len));
                len = folded.size();
            }
            std::copy_n(folded.utf16(), len, m_lowered.data() + pos);
        }
        if (tok.at(i).kind == Tok::Word) {
            m_flags[size_t(i)] = L.flagsOf(QStringView(m_lowered.data() + pos, len));
        }
        pos += len;
        m_lowered[size_t(pos++)] = u' ';
    }
    m_lowStart[size_t(n)] = pos;
}

int Passage::findVerb(int i, bool reportOnly) const
{
    const Lexicons &L = lexicons();
    const quint8 flags = m_flags[size_t(i)];
    // "went on to say": the longest phrase first, so that it is not read as "went on".
    if ((flags & Lexicons::StartsVerbPhrase) && isWord(i + 3) && isWord(i + 2) && isWord(i + 1)) {
        const QStringView four = lowered(i, i + 3);
        if (L.verbs.contains(four) && (!reportOnly || L.verbs.tag(four).startsWith(u"report"_s))) {
            return 4;
        }
    }
    if ((flags & Lexicons::StartsVerbPhrase) && isWord(i + 1)) {
        const QStringView two = lowered(i, i + 1);
        if (L.verbs.contains(two) && (!reportOnly || L.verbs.tag(two).startsWith(u"report"_s))) {
            return 2;
        }
    }
    if (!w(i).at(0).isLower() && !(i == 0 || isPunct(i - 1, u'.'))) {
        return 0; // a capitalised "Says" inside a sentence is part of a headline or name
    }
    if (i > 0 && isWord(i - 1) && L.determiners.tag(lw(i - 1)) == u"noun"_s) {
        return 0; // "the report says", "his claim": after an article a verb's form is a noun
    }
    if (reportOnly && (flags & Lexicons::Verb) && isWord(i + 1)
        && (lw(i + 1) == u"whether"_s || lw(i + 1) == u"if"_s)) {
        return 1; // "asked whether the deal", "wondered if": a verb of quoted words reports a question
    }
    return (flags & (reportOnly ? Lexicons::ReportVerb : Lexicons::Verb)) ? 1 : 0;
}

QList<std::pair<int, int>> sentences(const Passage &p, const QList<Span> &spans)
{
    std::vector<bool> inside(size_t(p.size()), false);
    for (const Span &s : spans) {
        const int a = std::max(s.open, 0);
        const int b = s.close < 0 ? p.size() - 1 : s.close;
        std::fill(inside.begin() + a, inside.begin() + b + 1, true);
    }
    QList<std::pair<int, int>> out;
    int start = 0;
    for (int i = 0; i < p.size(); ++i) {
        if (p.tok.at(i).kind == Tok::Close && p.isPunct(i - 1, u'.') && p.isCap(i + 1)) {
            // “… at an end.” He said: a quotation that ends its sentence ends the unit too, unless
            // what follows is only its cue (“… at an end.” Smith said.).
            bool cueOnly = false;
            for (int j = i + 1; j <= p.size() && j - i <= 8; ++j) {
                if (j < p.size() && p.tok.at(j).kind == Tok::Open) {
                    break;
                }
                if (j == p.size() || p.isPunct(j, u'.')) {
                    for (int v = i + 1; v < j && !cueOnly; ++v) {
                        cueOnly = p.verbAt(v) > 0;
                    }
                    break;
                }
            }
            if (!cueOnly) {
                out.append({start, i});
                start = i + 1;
            }
            continue;
        }
        if (inside[size_t(i)] || p.tok.at(i).kind != Tok::Punct) {
            continue;
        }
        const QChar c = p.w(i).at(0);
        if (c != u'.' && c != u'?' && c != u'!') {
            continue;
        }
        const int n = i + 1;
        if (n >= p.size() || p.isCap(n) || p.tok.at(n).kind == Tok::Open || (p.isWord(n) && p.w(n).at(0).isDigit())) {
            out.append({start, i});
            start = i + 1;
        }
    }
    if (start < p.size()) {
        out.append({start, p.size() - 1});
    }
    return out;
}

} // namespace QuoteReader::Attribution::English
