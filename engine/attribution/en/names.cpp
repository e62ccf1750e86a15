#include "attribution/en/lexicons.h"
#include "attribution/en/mentions.h"

#include <algorithm>

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

bool isRolePhrase(const QString &apposition)
{
    const QString first = apposition.section(u' ', 0, 0).toLower();
    if (first.isEmpty() || (first.endsWith(u"ing"_s) && first.size() > 5)) {
        return false;
    }
    // "Jane Roe, 41,": an apposition that is only a number is the person's age, not a role.
    if (std::all_of(apposition.cbegin(), apposition.cend(), [](QChar c) { return c.isDigit(); })) {
        return false;
    }
    const Lexicons &L = lexicons();
    return !L.function.contains(first) || L.determiners.contains(first);
}

int nameStartLeft(const Passage &p, int i, int lowerBound)
{
    int s = i;
    while (s - 1 >= lowerBound) {
        const int k = s - 1;
        if (p.isCap(k) && !p.isFunction(k)) {
            s = k;
        } else if (p.isWord(k) && p.w(k) == u"the" && p.isWord(k - 1) && p.w(k - 1) == u"of" && p.isCap(k - 2)
                   && k - 2 >= lowerBound && (p.isHonorific(k - 3) || p.isHonorific(k - 4))) {
            s = k - 2; // "Mr. Roe of the Example Institute"
        } else if (p.isWord(k)
                   && (p.w(k) == u"of" || p.w(k) == u"de" || p.w(k) == u"van" || p.w(k) == u"von" || p.w(k) == u"del"
                       || p.w(k) == u"da" || p.w(k) == u"bin")
                   && p.isCap(k - 1) && k - 1 >= lowerBound) {
            s = k - 1;
        } else {
            break;
        }
    }
    return s;
}

bool fillName(const Passage &p, int s, int e, Mention &m)
{
    const Lexicons &L = lexicons();
    QStringList titleParts;
    int i = s;
    while (i <= e) {
        if (L.honorifics.contains(p.w(i))) {
            m.honorific = p.w(i).toString();
            ++i;
            continue;
        }
        // Longest title that starts here and ends on a token boundary.
        int best = -1;
        for (int j = i; j <= e && j < i + 4; ++j) {
            const QStringView candidate = p.text.mid(p.tok.at(i).start, p.tok.at(j).end - p.tok.at(i).start);
            if (L.titles.contains(candidate) || L.titles.contains(p.lowerText(i, j))) {
                best = j;
            }
        }
        if (best < 0 || best == e) {
            break;
        }
        titleParts.append(p.textOf(i, best));
        i = best + 1;
    }
    if (i > e) {
        return false;
    }
    // "Gov. Jane Roe of Eastland", "Mr. Roe of the Example Institute": after a title the words
    // from "of" on say where the person belongs, not who they are.
    if (!m.honorific.isEmpty() || !titleParts.isEmpty()) {
        for (int o = i + 1; o < e && o - i <= 3; ++o) {
            if (p.isWord(o) && p.w(o) == u"of") {
                titleParts.append(p.textOf(o, e));
                e = o - 1;
                break;
            }
            if (!p.isCap(o)) {
                break;
            }
        }
    }
    // Long runs carry adjectives and organisations before the name ("Democratic pollster"):
    // a name is at most four words.
    if (e - i + 1 > 4) {
        titleParts.append(p.textOf(i, e - 3));
        i = e - 2;
    }
    for (int j = i; j <= e; ++j) {
        QString part = p.w(j).toString();
        if (j == e && (part.endsWith(u"\u2019s"_s) || part.endsWith(u"'s"_s))) {
            part.chop(2);
        }
        m.nameTokens.append(part);
    }
    if (!titleParts.isEmpty()) {
        m.title = titleParts.join(u' ');
    }
    return true;
}

int rolePrefixLeft(const Passage &p, int s, int lowerBound, Mention &m)
{
    const Lexicons &L = lexicons();
    const int k = s - 1;
    if (k < lowerBound || !p.isWord(k) || !L.titles.contains(p.lw(k))) {
        return s;
    }
    int r = k;
    while (r - 1 >= lowerBound && p.isWord(r - 1) && !p.isFunction(r - 1) && !p.verbAt(r - 1) && k - r < 4) {
        --r;
    }
    prefixTitle(m, p.textOf(r, k));
    return r;
}

bool isTimeName(const Mention &m)
{
    return std::all_of(m.nameTokens.cbegin(), m.nameTokens.cend(),
                       [](const QString &token) { return !lexicons().timeWords.tag(token).isEmpty(); });
}

void prefixTitle(Mention &m, const QString &prefix)
{
    m.title = m.title.isEmpty() ? prefix : prefix + u' ' + m.title;
}

} // namespace QuoteReader::Attribution::English
