#include "attribution/en/clauses.h"

#include "attribution/en/lexicons.h"
#include "attribution/en/mentions.h"

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

namespace {

// "said on Tuesday he would", "said after the meeting they were": a short phrase of time between
// the verb and a reported clause that opens with a subject pronoun. Returns the pronoun's token,
// or `k` when no such phrase stands there.
int afterTimePhrase(const Passage &p, int k, int end)
{
    const Lexicons &L = lexicons();
    if (k > end || !p.isWord(k)) {
        return k;
    }
    const QStringView prep = p.lw(k);
    // Words that only open a phrase of time; "on", "in" and "at" also open places and objects,
    // so their phrase must be made of time or setting words.
    const bool temporal = prep == u"after"_s || prep == u"before"_s || prep == u"during"_s || prep == u"following"_s
                          || prep == u"since"_s;
    const bool loose = prep == u"on"_s || prep == u"in"_s || prep == u"at"_s || prep == u"last"_s || prep == u"this"_s
                       || prep == u"earlier"_s || prep == u"later"_s;
    if (!temporal && !loose) {
        return k;
    }
    for (int j = k + 1; j <= end && j - k <= 5; ++j) {
        if (!p.isWord(j) || p.verbAt(j) || p.w(j) == u"that") {
            return k;
        }
        const QStringView word = p.lw(j);
        if (L.pronouns.contains(word) && j > k + 1 && p.w(j).at(0).isLower()) {
            return j;
        }
        if (!temporal
            && !(L.timeWords.contains(p.w(j)) || L.timeWords.contains(word) || L.settings.contains(word)
                 || L.determiners.contains(word))) {
            return k;
        }
        if (temporal && p.isFunction(j) && !L.determiners.contains(word)) {
            return k;
        }
    }
    return k;
}

// Function words that may open a reported clause: its subject or what leads into one.
bool opensClause(QStringView word)
{
    static const QStringView openers[] = {u"the", u"a",    u"there", u"this",  u"if",     u"when",
                                          u"it",  u"his",  u"her",   u"their", u"its",    u"our",
                                          u"my",  u"your", u"we",    u"i",     u"whether"};
    return std::find(std::begin(openers), std::end(openers), word) != std::end(openers);
}

} // namespace

bool isAuxiliary(QStringView word)
{
    const QString tag = lexicons().adverbs.tag(word);
    return tag == u"auxiliary"_s || tag == u"modal"_s || word == u"has"_s || word == u"have"_s || word == u"had"_s;
}

int clauseStart(const Passage &p, int k, int end, bool told)
{
    const Lexicons &L = lexicons();
    // "told reporters that", "said in a statement Monday that": jump to a near "that".
    bool setting = false; // "said during a visit to the plant that", "said via email that"
    for (int j = k; j <= end && j - k < 14; ++j) {
        if (!p.isWord(j)) {
            if (p.isComma(j) || p.isPunct(j, u'(') || p.isPunct(j, u')')) {
                continue;
            }
            break;
        }
        if (p.w(j) == u"that") {
            return j + 1;
        }
        // Only the setting of the cue may stand before "that"; anything else is the reported
        // clause itself ("said a device was found and that ...", "said at least two were hurt
        // and that ...": a verb of the clause ends the search).
        const QStringView word = p.lw(j);
        if (L.settingPrepositions.contains(word) && (j == k || (told && j == k + 1) || setting)) {
            setting = true;
        }
        const bool clauseVerb = p.verbAt(j) || isAuxiliary(word);
        if (!(p.isCap(j) || (p.isFunction(j) && !isAuxiliary(word)) || L.settings.contains(word)
              || L.timeWords.contains(p.w(j)) || L.determiners.contains(word) || L.groups.contains(word)
              || (told && j == k) || (word.endsWith(u"ly"_s) && word.size() > 4) || (setting && !clauseVerb))) {
            break;
        }
    }
    if (told) {
        // told NAME / told reporters: skip the listener.
        int j = k;
        while (j <= end && p.isWord(j) && (p.isCap(j) || L.groups.contains(p.lw(j)) || j == k)) {
            ++j;
        }
        k = j;
    }
    while (k <= end && p.isWord(k) && L.timeWords.contains(p.w(k)) && p.isCap(k)) {
        ++k;
    }
    k = afterTimePhrase(p, k, end);
    if (p.isComma(k)) {
        ++k;
    }
    // "said in a statement." has no reported words; "which he said were accompanied by …" and
    // "said an internal review shows" have.
    const QStringView opener = p.isWord(k) ? p.lw(k) : QStringView();
    if (k <= end && p.isWord(k) && p.isFunction(k) && !L.pronouns.contains(opener) && !opensClause(opener)
        && !L.determiners.contains(opener) && !L.adverbs.contains(opener)) {
        return -1;
    }
    return k;
}

int coordinatedClauseEnd(const Passage &p, int start, int last)
{
    const Lexicons &L = lexicons();
    for (int k = start + 3; k < last; ++k) {
        if (p.tok.at(k).kind == Tok::Open) { // a conjunction inside quoted words is the speaker's
            while (k < last && p.tok.at(k).kind != Tok::Close) {
                ++k;
            }
            continue;
        }
        if (!p.isWord(k) || !(p.lw(k) == u"and"_s || p.lw(k) == u"but"_s) || !p.isWord(k + 1)) {
            continue;
        }
        const int before = p.isComma(k - 1) ? k - 2 : k - 1;
        // "… and says he will", "… and suggested that": a second cue of the same speaker (a base
        // form before a noun is that noun's modifier: "federal and state law").
        if (p.verbAt(k + 1, true)
            && !((p.flags(k + 1) & Lexicons::BaseForm) && p.isWord(k + 2) && !p.isFunction(k + 2))) {
            return before;
        }
        if (!p.isComma(k - 1)) {
            continue;
        }
        // ", and the downgrade is": a clause with a subject of its own, told by the narrator (", but
        // she knows that" may go on with the speaker's thought).
        const QStringView next = p.lw(k + 1);
        if (L.determiners.contains(next) && next != u"all"_s) {
            return before;
        }
        // ", and human rights groups warned that", ", but he said": a cue of its own.
        for (int j = k + 2; j <= last && j - k <= 7 && p.isWord(j); ++j) {
            if (p.verbAt(j, true)) {
                if (subjectLeft(p, j, k + 1).found()) {
                    return before;
                }
                break;
            }
        }
    }
    return last;
}

int lastContentToken(const Passage &p, int first, int last)
{
    while (last >= first && p.tok.at(last).kind == Tok::Punct) {
        --last;
    }
    return last;
}

int wordCount(const Passage &p, int first, int last)
{
    int n = 0;
    for (int i = first; i <= last; ++i) {
        n += p.isWord(i);
    }
    return n;
}

int clauseWords(const Passage &p, int a, int b)
{
    const int e = lastContentToken(p, a, b);
    return a >= 0 && e >= a ? wordCount(p, a, e) : 0;
}

bool takeClause(Reading &reading, int candidate, int a, int b, int minWords)
{
    const Passage &p = reading.passageOf(candidate);
    if (clauseWords(p, a, b) < minWords) {
        return false;
    }
    const int e = lastContentToken(p, a, b);
    bool quoted = false;
    for (int i = a; i <= e; ++i) {
        quoted = quoted || p.tok.at(i).kind == Tok::Open;
    }
    Candidate &c = reading.candidates[candidate];
    c.range = reading.trimmedQuote(p.tok.at(a).start, p.tok.at(e).end);
    c.kind = quoted ? QuoteKind::Direct : QuoteKind::Indirect;
    return true;
}

bool openSentence(Reading &reading, int candidate)
{
    const Candidate &c = reading.candidates.at(candidate);
    return reading.site(candidate).kind == Site::Sentence && !c.attributed() && !c.dropped && c.cue < 0
           && reading.settleSentence(candidate);
}

} // namespace QuoteReader::Attribution::English
