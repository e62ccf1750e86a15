#include "attribution/zh/names.h"

#include "textutil.h"

#include <algorithm>

namespace QuoteReader::Attribution::Zh {

bool isNameSeparator(QChar c)
{
    return c == u'·' || c == u'‧' || c == u'•' || c == u'-' || c == u'－' || c == u'・';
}

bool isNameChar(QChar c)
{
    return isHanOrSurrogate(c) || isNameSeparator(c);
}

namespace {

bool allHan(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return isHan(c); });
}

} // namespace

qsizetype Names::surnameAt(QStringView text) const
{
    if (text.isEmpty() || !isHan(text.front())) {
        return 0;
    }
    return std::min<qsizetype>(m_lex.surnames.matchAtStart(text.left(2)), 2);
}

qsizetype Names::chineseNameAt(QStringView text, bool strict) const
{
    const qsizetype surname = surnameAt(text);
    if (surname == 0) {
        return 0;
    }
    // A character that can follow a name (也, 在, 是) or open a word there (表示, 昨天) ends it.
    // After the whole name any function word may follow (張月華似…); inside it, one that is
    // also a name's character (然 in 吳欣然) ends nothing.
    auto endsNameAt = [&](qsizetype at, bool whole = true) {
        if (at >= text.size() || !isHan(text[at])) {
            return true;
        }
        const QStringView rest = text.mid(at);
        if (m_lex.afterName.contains(rest.left(1)) || (whole && m_lex.functionChars.contains(rest.left(1)))
            || m_lex.verbs.matchAtStart(rest) > 0 || m_lex.timeWords.matchAtStart(rest) > 0
            || m_lex.boundaries.matchAtStart(rest) > 0) {
            return true;
        }
        const QString tag = m_lex.commonWords.tag(rest.left(2));
        return rest.size() >= 2 && m_lex.commonWords.contains(rest.left(2))
               && (tag == u"verb" || tag == u"adverb" || tag == u"time");
    };
    auto given = [&](qsizetype length) {
        if (surname + length > text.size() || !allHan(text.mid(surname, length))) {
            return false;
        }
        const QStringView name = text.left(surname + length);
        const QStringView pair = text.mid(surname, 2);
        const bool pairIsWord = pair.size() == 2 && m_lex.commonWords.contains(pair)
                                && m_lex.commonWords.tag(pair) != u"place";
        if (length == 2 && pairIsWord) {
            // A given name that is also a word (建國, 國慶, 欣然) is one only where the name plainly
            // ends after it; a verb, or a word opening with a function word, never is (林表示, 萬不要
            // are a surname and a word).
            const QString tag = m_lex.commonWords.tag(pair);
            if (strict || tag == u"verb" || m_lex.functionChars.contains(pair.left(1)) || !endsNameAt(surname + 2)) {
                return false;
            }
        }
        // One character that opens a word with the next is no given name (馬語氣, 陳指出), nor is a
        // lone function word (萬不, 陳的) or a locality (長文裡: in the long article).
        if (length == 1
            && (pairIsWord || m_lex.functionChars.contains(text.mid(surname, 1))
                || QStringView(u"上下中裡裏里內内外旁前後后").contains(text[surname]))) {
            return false;
        }
        // Nor does a name end inside a title (鍾凱|博士, not 鍾凱博).
        if (surname + length < text.size() && m_lex.titles.matchAtStart(text.mid(surname + length - 1)) >= 2) {
            return false;
        }
        return !m_lex.commonWords.contains(name) && !m_lex.titles.contains(text.mid(surname, length))
               && !m_lex.afterName.contains(text.mid(surname, 1)) && !m_lex.verbs.matchAtStart(text.mid(surname));
    };
    // 金融, 高層, 黃金 are words, not names; but 黃家麗 is a name whose first two characters make a
    // word (黃家), and a place is often part of a name (宁海波). A surname and one character that
    // make a word are a name only as three characters that plainly end there.
    const bool prefixIsWord = m_lex.commonWords.contains(text.left(surname + 1))
                              && m_lex.commonWords.tag(text.left(surname + 1)) != u"place";
    if (prefixIsWord && m_lex.commonWords.tag(text.left(surname + 1)) == u"verb") {
        return 0; // 安排表, 表示說: a verb, not a surname
    }
    // Two surnames and a given name of two: the names of married women in Hong Kong (葉劉淑儀).
    if (surname == 1 && text.size() >= 4 && surnameAt(text.mid(1)) == 1 && allHan(text.left(4))
        && !m_lex.commonWords.contains(text.mid(1, 2)) && !m_lex.commonWords.contains(text.mid(2, 2))
        && m_lex.commonWords.tag(text.mid(2, 2)) != u"verb" && m_lex.commonWords.tag(text.mid(2, 2)) != u"adverb"
        && !m_lex.afterName.contains(text.mid(2, 1)) && !m_lex.afterName.contains(text.mid(3, 1))
        && !endsNameAt(2, false) && !endsNameAt(3, false) && endsNameAt(4)) {
        return 4;
    }
    if (given(2) && !endsNameAt(surname + 1, false) && (!prefixIsWord || endsNameAt(surname + 2))) {
        return surname + 2;
    }
    if (given(1) && !prefixIsWord) {
        return surname + 1;
    }
    return 0;
}

bool Names::isChineseName(QStringView np, bool strict) const
{
    // A name does not end like a body (…總署, …黨): 國際原子能總署 holds no person 能總署.
    return np.size() >= 2 && np.size() <= 4 && chineseNameAt(np, strict) == np.size() && !m_lex.commonWords.contains(np)
           && !(m_lex.organisations.matchAtEnd(np) == 1);
}

bool Names::isTransliteration(QStringView np) const
{
    if (np.size() < 2 || isNameSeparator(np.front()) || isNameSeparator(np.back()) || m_lex.commonWords.contains(np)) {
        return false;
    }
    qsizetype letters = 0;
    for (const QChar c : np) {
        if (isNameSeparator(c)) {
            continue;
        }
        if (!m_lex.translitChars.contains(QStringView(&c, 1))) {
            return false;
        }
        ++letters;
    }
    return letters >= 2;
}

bool Names::isName(QStringView np, bool asSubject) const
{
    if (np.size() < 2 || np.size() > 16 || !std::all_of(np.cbegin(), np.cend(), isNameChar)) {
        return false;
    }
    // A foreign name written with a separator: 瑪麗·居里, 維克多·葛弗斯. Its first part is made of
    // transliteration characters (美國布魯金斯學會約翰·桑 is no name).
    if (std::any_of(np.cbegin(), np.cend(), isNameSeparator)) {
        const qsizetype separator = std::find_if(np.cbegin(), np.cend(), isNameSeparator) - np.cbegin();
        return np.size() >= 3 && np.size() <= 12 && separator > 0 && separator <= 6 && !isNameSeparator(np.back())
               && std::all_of(np.cbegin(), np.cbegin() + separator,
                              [this](QChar c) { return m_lex.translitChars.contains(QStringView(&c, 1)); });
    }
    if (isChineseName(np, !asSubject) || isTransliteration(np)) {
        return true;
    }
    if (!asSubject || np.size() > 4 || m_lex.commonWords.contains(np) || m_lex.nonSpeakers.contains(np)) {
        return false;
    }
    // Where it stands as the subject of a speech verb, a run that is no word is someone's name
    // (宇佐, 藤原和夫), unless it opens like a phrase: 這次, 有人, 該…, 一位….
    const QStringView first = np.left(1);
    if (m_lex.functionChars.contains(first) || m_lex.afterName.contains(first) || m_lex.determiners.matchAtStart(np) > 0
        || m_lex.anaphors.matchAtStart(np) > 0 || m_lex.nonSpeakers.matchAtStart(np) > 0
        || m_lex.pronouns.matchAtStart(np) > 0 || m_lex.titleSuffixes.contains(np.right(1))
        || m_lex.organisations.matchAtEnd(np) > 0) {
        return false;
    }
    // A name is made of characters names are made of (宇佐, 藤原和夫; not 拆息上, 且犯後始)…
    for (const QChar c : np) {
        const QStringView one(&c, 1);
        if (!m_lex.nameChars.contains(one) && !m_lex.surnames.contains(one) && !m_lex.translitChars.contains(one)) {
            return false;
        }
    }
    // …and holds no word: 千萬不要, 從局限性 are phrases.
    for (qsizetype i = 0; i + 2 <= np.size(); ++i) {
        if (m_lex.commonWords.contains(np.mid(i, 2))) {
            return false;
        }
    }
    return true;
}

qsizetype Names::nameAtEnd(QStringView np, bool roleRequired) const
{
    struct Reading {
        qsizetype length;
        int role; // 2: after a title or source word, 1: after a body or a place, 0: after anything else
    };
    QList<Reading> readings;
    auto consider = [&](qsizetype length) {
        if (length >= 2 && length <= np.size()) {
            const QStringView role = np.left(np.size() - length);
            const QString last = m_lex.commonWords.tag(role.right(2));
            const int kind = role.isEmpty() || m_lex.endsWithRole(role) ? 2
                             : m_lex.endsWithOrganisation(role) || last == u"place" || last == u"org" || last == u"noun"
                                 ? 1
                                 : 0;
            readings.append({length, kind});
        }
    };
    // A foreign name with separators (托馬斯·麥克納赫): the part before the first separator is
    // made of transliteration characters, the last part may hold any few characters.
    if (const qsizetype last = np.lastIndexOf(u'·') >= 0 ? np.lastIndexOf(u'·') : np.lastIndexOf(u'‧');
        last > 0 && np.size() - last - 1 >= 1 && np.size() - last - 1 <= 5
        && std::all_of(np.cbegin() + last + 1, np.cend(), [](QChar c) { return isHan(c); })) {
        // The first part: back from the first separator of the name (there may be two: 約翰·F·甘迺迪)
        // over at most four characters, to where a role ends, or else over transliteration
        // characters only.
        qsizetype first = last;
        while (first > 1 && isNameSeparator(np[first - 2])) {
            first -= 2;
        }
        bool found = false;
        for (qsizetype k = std::min<qsizetype>(4, first); k >= 1 && !found; --k) {
            const QStringView role = np.left(first - k);
            const QStringView part = np.mid(first - k, k);
            // Nor where the part's first character ends the role's word (企業家|詹姆斯, not 企業|家詹姆斯).
            const bool endsRoleWord = role.size() >= 2
                                      && (m_lex.commonWords.contains(np.mid(first - k - 2, 3))
                                          || m_lex.titles.contains(np.mid(first - k - 2, 3)));
            if (!std::all_of(part.cbegin(), part.cend(), [](QChar c) { return isHan(c); })
                || m_lex.functionChars.contains(part.left(1)) || endsRoleWord) {
                continue;
            }
            if (role.isEmpty() || m_lex.endsWithRole(role) || m_lex.endsWithOrganisation(role)
                || m_lex.commonWords.tag(role.right(2)) == u"noun") {
                consider(np.size() - (first - k));
                found = true;
            }
        }
        if (!found) {
            qsizetype start = first;
            while (start > 0 && m_lex.translitChars.contains(np.mid(start - 1, 1))) {
                --start;
            }
            if (first - start >= 1) {
                consider(np.size() - start);
            }
        }
    }
    // A run of transliteration characters.
    qsizetype run = 0;
    while (
        run < np.size()
        && (m_lex.translitChars.contains(np.mid(np.size() - 1 - run, 1)) || isNameSeparator(np[np.size() - 1 - run]))) {
        ++run;
    }
    while (run > 0 && isNameSeparator(np[np.size() - run])) {
        --run;
    }
    if (run >= 2 && isName(np.right(run), false)) {
        consider(run);
    }
    // A title before it vouches for a name that is also a word (特首張月華); without one, in
    // narration, such a run is a verb and its object (公務員戴口罩).
    for (qsizetype length = 4; length >= 2; --length) {
        const bool afterTitle = length < np.size() && m_lex.titles.matchAtEnd(np.left(np.size() - length)) > 0;
        if (length <= np.size() && isChineseName(np.right(length), roleRequired && !afterTitle)) {
            consider(length);
        }
    }
    // After a title, where a speech verb follows, a name by its characters alone (日本首相岸田文雄).
    if (!roleRequired && (readings.isEmpty() || readings.first().role < 2)) {
        for (qsizetype length = 4; length >= 2; --length) {
            if (length < np.size() && m_lex.endsWithRole(np.left(np.size() - length))
                && isName(np.right(length), true)) {
                consider(length);
                break;
            }
        }
    }
    if (readings.isEmpty()) {
        return 0;
    }
    // The split whose role ends like a role wins (總理 | 布朗, not 總 | 理布朗; 局長 | 孫志強, not
    // 局 | 長孫志強); then the longer name. Before a name that is all the phrase, nothing need.
    const auto best = std::max_element(readings.cbegin(), readings.cend(), [](const Reading &a, const Reading &b) {
        return std::pair(a.role, a.length) < std::pair(b.role, b.length);
    });
    const bool whole = best->length == np.size();
    return (roleRequired && best->role == 0) || (!whole && best->role == 0) ? 0 : best->length;
}

} // namespace QuoteReader::Attribution::Zh
