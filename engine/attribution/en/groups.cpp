#include "attribution/en/lexicons.h"
#include "attribution/en/mentions.h"

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

namespace {

// A speech verb's base form between a word that is no subject and a noun is a noun inside a noun
// phrase: "the New York state attorney general", "which state news media claimed", "a report
// author" (but "they state the", "to report that").
bool nounInPhrase(const Passage &p, int k, int lowerBound)
{
    const Lexicons &L = lexicons();
    if (!(p.flags(k) & (Lexicons::BaseForm | Lexicons::ThirdPerson)) || k - 1 < lowerBound || !p.isWord(k - 1)) {
        return false;
    }
    const QStringView before = p.lw(k - 1);
    if (p.isCap(k - 1) || L.determiners.contains(before)) {
        return true;
    }
    return !L.pronouns.contains(before) && before != u"to"_s && !L.adverbs.contains(before) && p.isWord(k + 1)
           && !p.isFunction(k + 1) && !p.verbAt(k + 1);
}

} // namespace

bool groupLeft(const Passage &p, int i, int lowerBound, Mention &m)
{
    const Lexicons &L = lexicons();
    const QStringView head = p.lw(i);
    const bool group = L.groups.contains(head) || L.groups.contains(p.w(i));
    const bool title = L.titles.contains(head);
    if (!group && !title) {
        return false;
    }
    int s = i;
    while (s - 1 >= lowerBound && p.isWord(s - 1) && (!p.verbAt(s - 1) || nounInPhrase(p, s - 1, lowerBound))
           && i - s < 6) {
        const QStringView word = p.lw(s - 1);
        if (L.determiners.contains(word)) {
            --s;
            break;
        }
        if (p.isFunction(s - 1) || L.pronouns.contains(word)) {
            break;
        }
        --s;
    }
    // "another source", "a spokesman": the determiner stays out of the name so that later mentions
    // ("the source") read as the same kind of source.
    int nameStart = s;
    while (nameStart < i && L.determiners.contains(p.lw(nameStart)) && p.lw(nameStart) != u"top"_s) {
        ++nameStart;
    }
    m.first = s;
    m.last = i;
    if (group) {
        m.kind = MentionKind::Group;
        m.phrase = p.textOf(nameStart, i);
    } else {
        m.kind = MentionKind::Description;
        m.phrase = p.textOf(s, i);
    }
    return true;
}

bool shareLeft(const Passage &p, int i, int lowerBound, Mention &m)
{
    const WordList &shares = lexicons().shares;
    const auto is = [&](int k, QStringView tag) { return p.isWord(k) && shares.tag(p.lw(k)) == tag; };
    if (i < lowerBound) {
        return false;
    }
    int s = i;
    const bool percent = (p.isWord(i) && p.lw(i) == u"percent"_s) || p.isPunct(i, u'%')
                         || (p.isWord(i) && p.lw(i) == u"cent"_s && p.isWord(i - 1) && p.lw(i - 1) == u"per"_s);
    if (percent) {
        s = p.isWord(i) && p.lw(i) == u"cent"_s ? i - 2 : i - 1;
        if (s < lowerBound || !p.isWord(s) || !(p.w(s).at(0).isDigit() || is(s, u"number"))) {
            return false;
        }
    } else if (!is(i, u"fraction")) {
        return false;
    }
    while (s - 1 >= lowerBound && p.isWord(s - 1) && i - s < 6
           && (is(s - 1, u"qualifier") || (!percent && is(s - 1, u"number")))) {
        --s;
    }
    // A fraction needs its article or number: "half" alone may be an adverb ("half said in jest").
    if (!percent && s == i && p.lw(i) != u"half"_s) {
        return false;
    }
    m.kind = MentionKind::Group;
    m.first = s;
    m.last = i;
    m.phrase = p.textOf(s, i);
    return true;
}

bool longGroupLeft(const Passage &p, int i, int lowerBound, Mention &m)
{
    const Lexicons &L = lexicons();
    for (int k = i - 1; k >= lowerBound && i - k < 12; --k) {
        if (!p.isWord(k) || p.verbAt(k) || (!p.isWord(k + 1) && k + 1 <= i)) {
            return false;
        }
        const QStringView head = p.lw(k);
        if (!(L.groups.contains(head) || L.groups.contains(p.w(k))) || !L.modifiers.contains(p.lw(k + 1))) {
            continue;
        }
        Mention inner;
        if (!groupLeft(p, k, lowerBound, inner) || inner.kind != MentionKind::Group) {
            continue;
        }
        // The phrase must open the sentence, or follow only a conjunction.
        int s = inner.first;
        while (s - 1 >= lowerBound && p.isWord(s - 1) && L.determiners.contains(p.lw(s - 1))) {
            --s; // "all the experts"
        }
        if (s > lowerBound) {
            const QStringView before = p.lw(s - 1);
            // "In her favour, all the experts I asked said", "Although …, officials from both parties say"
            if (!p.isComma(s - 1)
                && !(s - 1 == lowerBound && (before == u"and"_s || before == u"but"_s || before == u"so"_s))) {
                return false;
            }
        }
        for (int j = k + 1; j <= i; ++j) {
            if (!p.isWord(j) || L.pronouns.contains(p.lw(j))) {
                return false;
            }
        }
        int nameStart = s;
        while (nameStart < k && L.determiners.contains(p.lw(nameStart)) && p.lw(nameStart) != u"all"_s
               && p.lw(nameStart) != u"many"_s && p.lw(nameStart) != u"most"_s && p.lw(nameStart) != u"some"_s) {
            ++nameStart;
        }
        m.kind = MentionKind::Group;
        m.first = s;
        m.last = i;
        m.phrase = p.textOf(nameStart, i);
        return true;
    }
    return false;
}

bool nounPhraseLeft(const Passage &p, int i, int lowerBound, Mention &m)
{
    const Lexicons &L = lexicons();
    const auto content = [&](int k) {
        if (!p.isWord(k) || p.isFunction(k) || (p.verbAt(k) && !nounInPhrase(p, k, lowerBound))
            || L.pronouns.contains(p.lw(k))) {
            return false;
        }
        const QStringView word = p.lw(k);
        return !(word.endsWith(u"ly"_s) || word.endsWith(u"ing"_s)) && word.at(0).isLetter();
    };
    // The head: a noun written in lower case ("the clip", "one questioner", "Clinton's team").
    if (i < lowerBound || !content(i) || p.isCap(i) || p.lw(i).endsWith(u"ed"_s)) {
        return false;
    }
    int s = i;
    bool determined = false;
    while (s - 1 >= lowerBound && i - s < 5) {
        const QStringView before = p.lw(s - 1);
        if (L.determiners.contains(before) && !L.pronouns.contains(before)) {
            --s;
            determined = true;
            break;
        }
        if (!content(s - 1)) {
            break;
        }
        --s;
        if (before.endsWith(u"'s"_s) || before.endsWith(u"\u2019s"_s)) {
            determined = true; // "Connecticut's tax commissioner": the possessive opens the phrase
            break;
        }
    }
    // The phrase opens its clause: the sentence, or what follows a comma, a dash or a conjunction.
    const QStringView opener = s - 1 >= lowerBound ? p.lw(s - 1) : QStringView();
    const bool opens = s == lowerBound || p.isComma(s - 1) || p.isDash(s - 1) || p.isMark(s - 1) || opener == u"and"_s
                       || opener == u"but"_s || opener == u"which"_s || opener == u"while"_s;
    const bool plural = p.lw(i).endsWith(u"s"_s) && !p.lw(i).endsWith(u"ss"_s);
    if (!opens || !(determined || plural || i > s)) {
        return false;
    }
    m.kind = MentionKind::Description;
    m.first = s;
    m.last = i;
    m.phrase = p.textOf(s, i);
    return true;
}

int timePhraseLeft(const Passage &p, int i, int lowerBound)
{
    const Lexicons &L = lexicons();
    // "who in 2010 said": a year after a preposition.
    if (i - 1 >= lowerBound && p.isWord(i) && p.w(i).size() == 4 && p.w(i).front().isDigit() && p.w(i).back().isDigit()
        && L.settingPrepositions.contains(p.lw(i - 1))) {
        return i - 1;
    }
    if (i < lowerBound || !p.isWord(i) || !L.timeWords.contains(p.w(i))) {
        return -1;
    }
    const QString tag = L.timeWords.tag(p.w(i));
    const bool lowerBefore = p.isWord(i - 1) && i - 1 >= lowerBound && p.w(i - 1).at(0).isLower()
                             && L.timeWords.contains(p.w(i - 1));
    if (tag != u"weekday"_s && !lowerBefore) {
        return -1;
    }
    if (tag.isEmpty() && !p.w(i).at(0).isLower()) {
        return -1;
    }
    int s = i;
    while (s - 1 >= lowerBound && p.isWord(s - 1) && p.w(s - 1).at(0).isLower() && L.timeWords.contains(p.w(s - 1))
           && i - s < 3) {
        --s;
    }
    return s;
}

} // namespace QuoteReader::Attribution::English
