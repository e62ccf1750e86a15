#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/mentions.h"

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

namespace {

Mention pronounAt(int i, QStringView word)
{
    Mention m;
    m.kind = MentionKind::Pronoun;
    m.phrase = word.toString();
    m.first = m.last = i;
    return m;
}

// "according to a report by the shipping council": the whole phrase up to the clause's end is the source.
Mention looseSource(const Passage &p, int i, int upperBound)
{
    const Lexicons &L = lexicons();
    int b = i;
    while (b + 1 < upperBound && b - i < 12 && !p.isComma(b + 1) && !p.isPunct(b + 1, u'.')
           && p.tok.at(b + 1).kind != Tok::Open) {
        ++b;
    }
    int s = i;
    while (s < b && L.determiners.contains(p.lw(s))) {
        ++s;
    }
    Mention m;
    m.kind = MentionKind::Group;
    m.phrase = p.textOf(s, b);
    m.first = i;
    m.last = b;
    return m;
}

// The apposition after a name read rightwards ("said Jane Roe, 35, a bus driver,"), up to the
// clause's end; extends `m`.
void appositionRight(const Passage &p, int upperBound, Mention &m)
{
    int k = m.last + 1;
    if (p.isPunct(k, u'(')) { // a parenthetical party tag
        while (k < upperBound && !p.isPunct(k, u')')) {
            ++k;
        }
        m.last = std::min(k, upperBound - 1);
        ++k;
    }
    if (!p.isComma(k) || k + 1 >= upperBound || !p.isWord(k + 1) || m.kind != MentionKind::Name) {
        return;
    }
    const auto clauseEnd = [&](int from) {
        int b = from;
        while (b + 1 < upperBound && !p.isPunct(b + 1, u'.') && p.tok.at(b + 1).kind != Tok::Open
               && !p.isComma(b + 1)) {
            ++b;
        }
        return b;
    };
    const auto opensRole = [&](int a) { return !p.verbAt(a) && !p.lw(a).endsWith(u"ing"_s) && p.lw(a) != u"who"_s; };
    int a = k + 1;
    if (!opensRole(a) || p.lw(a) == u"and"_s) {
        return;
    }
    int b = clauseEnd(a);
    // "said Jane Roe, 35, a bus driver": the role follows the age.
    if (b == a && p.w(a).at(0).isDigit() && p.isComma(b + 1) && b + 2 < upperBound && p.isWord(b + 2)
        && opensRole(b + 2)) {
        const int r = clauseEnd(b + 2);
        if (isRolePhrase(p.textOf(b + 2, r))) {
            a = b + 2;
            b = r;
        }
    }
    if (isRolePhrase(p.textOf(a, b))) {
        m.apposition = p.textOf(a, b);
    }
    m.last = b;
}

// "said one source in the room", "said officials at the agency": a group's head may be followed
// by a modifier running to the end of the clause; it is part of the source.
void modifierRight(const Passage &p, int upperBound, Mention &m)
{
    const Lexicons &L = lexicons();
    const int k = m.last + 1;
    if (m.kind != MentionKind::Group || k >= upperBound || !p.isWord(k) || !L.modifiers.contains(p.lw(k))
        || !L.settingPrepositions.contains(p.lw(k))) {
        return;
    }
    int b = k;
    while (b + 1 < upperBound && p.isWord(b + 1) && b - k < 6) {
        if (p.verbAt(b + 1) || isAuxiliary(p.lw(b + 1)) || L.pronouns.contains(p.lw(b + 1))) {
            return;
        }
        ++b;
    }
    if (b == k || (b + 1 < upperBound && p.isWord(b + 1))) {
        return;
    }
    m.phrase = m.phrase + u' ' + p.textOf(k, b);
    m.last = b;
}

// The first token of a name ending at `i`, with its party tag ("Jane Roe (D-Ore.)"); -1 if no
// name ends there.
int coordinatedNameLeft(const Passage &p, int i, int lowerBound)
{
    if (p.isPunct(i, u')')) {
        int j = i - 1;
        while (j > lowerBound && !p.isPunct(j, u'(') && i - j < 8) {
            --j;
        }
        if (!p.isPunct(j, u'(')) {
            return -1;
        }
        i = j - 1;
    }
    if (i < lowerBound || !p.isCap(i) || p.isFunction(i)) {
        return -1;
    }
    const int s = nameStartLeft(p, i, lowerBound);
    Mention m;
    return fillName(p, s, i, m) && !isTimeName(m) ? s : -1;
}

// "Obama and Clinton said", "Sens. Roe (D-Ore.), Doe (D-Ohio) and Poe (D-N.J.) all said": names
// joined by "and" speak together, as one group of their names.
void coordinatedLeft(const Passage &p, int lowerBound, Mention &m)
{
    if (m.kind != MentionKind::Name || m.first - 2 < lowerBound || !p.isWord(m.first - 1)
        || p.lw(m.first - 1) != u"and"_s) {
        return;
    }
    int s = coordinatedNameLeft(p, m.first - 2, lowerBound);
    if (s < 0) {
        return;
    }
    while (s - 2 >= lowerBound && p.isComma(s - 1)) {
        const int before = coordinatedNameLeft(p, s - 2, lowerBound);
        if (before < 0) {
            break;
        }
        s = before;
    }
    // Names joined inside a longer phrase ("between Obama and Clinton") are no subject.
    if (s > lowerBound && p.isWord(s - 1) && p.isFunction(s - 1) && !lexicons().conjunctions.contains(p.lw(s - 1))) {
        return;
    }
    m.kind = MentionKind::Group;
    m.phrase = p.textOf(s, m.last);
    m.nameTokens.clear();
    m.first = s;
}

// The last token of a name starting at `i`, with its party tag; -1 if no name starts there.
int coordinatedNameRight(const Passage &p, int i, int upperBound)
{
    if (i >= upperBound || !p.isCap(i) || p.isFunction(i)) {
        return -1;
    }
    int e = i;
    while (e + 1 < upperBound && p.isCap(e + 1) && !p.isFunction(e + 1)) {
        ++e;
    }
    Mention m;
    if (!fillName(p, i, e, m) || isTimeName(m)) {
        return -1;
    }
    if (p.isPunct(e + 1, u'(')) {
        int j = e + 2;
        while (j < upperBound && !p.isPunct(j, u')') && j - e < 8) {
            ++j;
        }
        if (j < upperBound && p.isPunct(j, u')')) {
            e = j;
        }
    }
    return e;
}

// "Obama and Clinton call them …", read from the left: the names joined by "and" speak together.
void coordinatedRight(const Passage &p, int upperBound, Mention &m)
{
    if (m.kind != MentionKind::Name) {
        return;
    }
    int e = m.last;
    while (p.isComma(e + 1)) {
        const int next = coordinatedNameRight(p, e + 2, upperBound);
        if (next < 0) {
            return;
        }
        e = next;
    }
    if (!p.isWord(e + 1) || p.lw(e + 1) != u"and"_s) {
        return;
    }
    const int last = coordinatedNameRight(p, e + 2, upperBound);
    if (last < 0) {
        return;
    }
    m.kind = MentionKind::Group;
    m.phrase = p.textOf(m.first, last);
    m.nameTokens.clear();
    m.last = last;
}

} // namespace

Mention sentenceSubject(const Passage &p, int from, int limit)
{
    const Lexicons &L = lexicons();
    Mention m;
    int i = from;
    while (i < limit && !p.isWord(i)) {
        if (p.isMark(i)) {
            return m;
        }
        ++i;
    }
    for (int guard = 0; guard < 3 && i < limit && p.isFunction(i); ++guard) {
        const QStringView word = p.lw(i);
        if (L.pronouns.contains(word) || L.determiners.contains(word)) {
            break;
        }
        if (word == u"and"_s || word == u"but"_s || word == u"so"_s || word == u"yet"_s) {
            ++i;
            continue;
        }
        // An opening phrase up to its comma: "In August,", "After the debate,". It may name a show
        // or paper in quotation marks: 'On "Face the Facts," Smith'.
        int c = i + 1;
        while (c < limit && c - i < 10 && !p.isComma(c) && (p.isWord(c) || p.isMark(c))) {
            ++c;
        }
        if (c >= limit || !p.isComma(c)) {
            return m;
        }
        i = c + 1;
        if (i < limit && p.tok.at(i).kind == Tok::Close) {
            ++i;
        }
    }
    // "COURT RULES AGAINST HIM — Smith's lawyers …": a shouted lead-in before the sentence.
    if (p.isShouted(i) && p.isShouted(i + 1)) {
        int d = i;
        while (d < limit && d - i < 12 && !p.isDash(d) && !p.isPunct(d, u':')) {
            ++d;
        }
        if (d >= limit || d - i >= 12) {
            return m;
        }
        i = d + 1;
    }
    if (i >= limit || !p.isWord(i)) {
        return m;
    }
    if (L.pronouns.contains(p.lw(i))) {
        return pronounAt(i, p.lw(i));
    }
    m = subjectRight(p, i, limit);
    if (m.kind == MentionKind::Pronoun || (m.kind == MentionKind::Name && isTimeName(m))) {
        return Mention{};
    }
    return m;
}

namespace {

Mention readSubjectLeft(const Passage &p, int v, int lowerBound, bool noParticiple);


// "Smith repeatedly said", "officials privately warned": a word in -ly between a subject and its
// verb is an adverb (a noun in -ly, "the family said", has no subject before it).
bool isMannerAdverb(const Passage &p, int i, int lowerBound)
{
    if (!p.isWord(i) || i - 1 < lowerBound || !p.w(i).at(0).isLower()) {
        return false;
    }
    const QStringView word = p.lw(i);
    const Lexicons &L = lexicons();
    return word.size() > 4 && word.endsWith(u"ly"_s)
           && (p.isCap(i - 1) || L.pronouns.contains(p.lw(i - 1)) || L.groups.contains(p.lw(i - 1)));
}

// A word of a number ("Twenty-seven", "40"): a share of something, never one speaker.
bool isNumberWord(QStringView word)
{
    const WordList &shares = lexicons().shares;
    for (const QStringView part : word.split(u'-')) {
        if (!part.isEmpty() && !part.front().isDigit() && shares.tag(part.toString().toLower()) != u"number"_s) {
            return false;
        }
    }
    return true;
}

// Whether a present-tense verb agrees with its subject: "Smith says", "they say". A speech verb
// that does not ("the Accountability Office report released", "Twenty-seven states, led by") is a
// noun, or has another subject. Only a subject that is plainly singular or plural is judged.
bool agrees(const Passage &p, int v, int lowerBound, const Mention &m)
{
    const quint8 form = p.flags(v) & (Lexicons::BaseForm | Lexicons::ThirdPerson);
    if (!form || !m.found()) {
        return true;
    }
    const Lexicons &L = lexicons();
    for (int k = v - 1; k >= lowerBound && k > m.last && p.isWord(k); --k) {
        if (L.adverbs.tag(p.lw(k)) == u"modal"_s) {
            return true; // "Smith will say": the base form whatever the subject
        }
    }
    const bool coordinated = m.first > lowerBound && p.isWord(m.first - 1) && p.lw(m.first - 1) == u"and"_s;
    bool singular = false;
    bool plural = false;
    switch (m.kind) {
    case MentionKind::Pronoun:
        singular = L.pronouns.tag(m.phrase.toLower()) != u"plural"_s;
        plural = !singular;
        break;
    case MentionKind::Name:
        plural = std::all_of(m.nameTokens.cbegin(), m.nameTokens.cend(),
                             [](const QString &t) { return isNumberWord(t); });
        singular = !plural && !coordinated;
        break;
    case MentionKind::Group:
    case MentionKind::Description: {
        const QStringView first = p.lw(m.first);
        singular = !coordinated
                   && (first == u"a"_s || first == u"an"_s || first == u"one"_s || first == u"another"_s
                       || first == u"each"_s || first == u"every"_s || first == u"this"_s);
        break;
    }
    case MentionKind::None:
        break;
    }
    return form == Lexicons::BaseForm ? !singular : !plural;
}

} // namespace

Mention subjectLeft(const Passage &p, int v, int lowerBound, bool noParticiple)
{
    const Mention m = readSubjectLeft(p, v, lowerBound, noParticiple);
    return agrees(p, v, lowerBound, m) ? m : Mention{};
}

namespace {

Mention readSubjectLeft(const Passage &p, int v, int lowerBound, bool noParticiple)
{
    const Lexicons &L = lexicons();
    Mention m;
    int i = v - 1;
    bool auxiliary = false;
    for (bool moved = true; moved;) {
        moved = false;
        while (i >= lowerBound && (L.adverbs.contains(p.lw(i)) || isMannerAdverb(p, i, lowerBound))) {
            auxiliary = auxiliary || L.adverbs.tag(p.lw(i)) == u"auxiliary"_s;
            --i;
            moved = true;
        }
        // "Smith on Tuesday said", "the agency last week warned": the time stands aside.
        if (const int t = timePhraseLeft(p, i, lowerBound); t >= 0) {
            i = t - 1;
            moved = true;
        }
    }
    if (i < lowerBound) {
        return m;
    }
    // "Smith visited the plant and said …", "She laughed and told reporters …": a verb joined to
    // the sentence's first verb by "and" shares its subject.
    if (!noParticiple && i > lowerBound && p.isWord(i) && p.lw(i) == u"and"_s) {
        // "…, Obama and Clinton call them “lone wolves” and describe …": the subject of the speech
        // verb before, however long the sentence's opening.
        for (int u = i - 1; u > lowerBound && i - u < 25 && !p.isPunct(u, u'.'); --u) {
            if (p.verbAt(u)) {
                const Mention earlier = subjectLeft(p, u, lowerBound);
                if (earlier.found() && earlier.kind != MentionKind::Pronoun) {
                    return earlier;
                }
                break;
            }
        }
        const Mention shared = sentenceSubject(p, lowerBound, i);
        return shared.found() && shared.last < i - 1 ? shared : m;
    }
    // A participle without "is" or "was": after a noun ("footage of Jane Roe asking") its speaker
    // is the noun, if it can speak; after a comma ("spoke on Monday, arguing that"), a conjunction
    // or a preposition ("known for saying") the subject of the sentence.
    if (!noParticiple && p.isWord(v) && p.lw(v).endsWith(u"ing"_s) && !auxiliary) {
        if (p.isWord(i) && L.speakerless.contains(p.lw(i))) {
            return m; // "it is worth noting", "it goes without saying": nobody speaks
        }
        if (!p.isWord(i) || p.isFunction(i)) {
            return sentenceSubject(p, lowerBound, v);
        }
        const Mention direct = subjectLeft(p, i + 1, lowerBound, true);
        if (direct.kind == MentionKind::Name || direct.kind == MentionKind::Pronoun
            || direct.kind == MentionKind::Group) {
            return direct;
        }
        return sentenceSubject(p, lowerBound, v);
    }
    QString apposition;
    int appEnd = -1;
    const QStringView relative = p.isWord(i) ? p.lw(i) : QStringView();
    if ((relative == u"who"_s || relative == u"which"_s) && i - 1 >= lowerBound) {
        // "Smith, who … said", "the study -- which notes", "listeners who said": the relative
        // pronoun's antecedent speaks.
        i -= p.isComma(i - 1) || p.isDash(i - 1) ? 2 : 1;
    } else if (p.isComma(i) || p.isDash(i)) {
        // "Smith, a senior fellow at X, said": find the comma that opens the apposition.
        const QChar sep = p.w(i).at(0);
        int j = i - 1;
        while (j >= lowerBound && i - j < 30 && !(p.tok.at(j).kind == Tok::Punct && p.w(j).at(0) == sep) && !p.isMark(j)
               && !p.isPunct(j, u'.')) {
            --j;
        }
        if (j < lowerBound || p.tok.at(j).kind != Tok::Punct || p.w(j).at(0) != sep || j + 1 > i - 1) {
            return m;
        }
        // "Republicans, and the meeting deteriorated from there, said": a clause joined by a
        // conjunction is no apposition.
        if (p.isWord(j + 1) && L.conjunctions.contains(p.lw(j + 1))) {
            return m;
        }
        apposition = p.textOf(j + 1, i - 1);
        appEnd = i;
        i = j - 1;
        // "Jane Roe, 35, a bus driver, said": the age stands between the name and the role.
        if (i - 1 >= lowerBound && p.isWord(i) && p.w(i).at(0).isDigit() && p.w(i).size() <= 3 && p.isComma(i - 1)
            && p.isWord(i - 2)) {
            i -= 2;
        }
    }
    if (i < lowerBound) {
        return m;
    }
    if (p.isPunct(i, u')')) { // (D-N.C.)
        int j = i - 1;
        while (j >= lowerBound && !p.isPunct(j, u'(') && i - j < 8) {
            --j;
        }
        if (j >= lowerBound && p.isPunct(j, u'(')) {
            i = j - 1;
        }
    }
    if (p.isPunct(i, u'%') && shareLeft(p, i, lowerBound, m)) {
        return m; // "Another 19% said"
    }
    if (!p.isWord(i)) {
        return m;
    }
    QStringView word = p.lw(i);
    // "He’s claiming", "She’d said": a pronoun with its auxiliary run into one token.
    for (const QStringView suffix : {u"’s", u"'s", u"’d", u"'d", u"’ll", u"'ll", u"’re", u"'re"}) {
        if (word.endsWith(suffix) && L.pronouns.contains(word.chopped(suffix.size()))) {
            word.chop(suffix.size());
            break;
        }
    }
    if (L.pronouns.contains(word)) {
        m = pronounAt(i, word);
    } else if (p.isCap(i) && !p.isFunction(i)) {
        if ((L.groups.contains(p.w(i)) || L.groups.contains(word)) && !p.isCap(i - 1)) {
            groupLeft(p, i, lowerBound, m);
        } else {
            const int s = nameStartLeft(p, i, lowerBound);
            if (!fillName(p, s, i, m)) {
                // Only a title: "the President said" reads as a description.
                m.kind = MentionKind::Description;
                m.phrase = p.textOf(s, i);
                m.first = s;
                m.last = i;
            } else {
                m.kind = MentionKind::Name;
                m.first = rolePrefixLeft(p, s, lowerBound, m);
                m.last = i;
            }
        }
    } else if (!groupLeft(p, i, lowerBound, m) && !longGroupLeft(p, i, lowerBound, m) && !shareLeft(p, i, lowerBound, m)
               && !nounPhraseLeft(p, i, lowerBound, m)) {
        return m;
    }
    // "a spokesman for the ministry", "advisers to Mr. Obama": the head of the phrase stands
    // before the preposition.
    while (m.kind != MentionKind::Pronoun && m.first - 2 >= lowerBound && p.isWord(m.first - 1)
           && p.isWord(m.first - 2)) {
        const QStringView prep = p.lw(m.first - 1);
        const bool named = m.kind == MentionKind::Name;
        if (prep != u"for"_s && prep != u"of"_s && prep != u"at"_s && prep != u"from"_s
            && !(named && (prep == u"to"_s || prep == u"in"_s))) {
            break;
        }
        Mention outer;
        // "52 percent of registered voters", "a third of the parents"
        if (!groupLeft(p, m.first - 2, lowerBound, outer)
            && !(prep == u"of"_s && m.kind == MentionKind::Group && shareLeft(p, m.first - 2, lowerBound, outer))) {
            break;
        }
        outer.phrase = outer.phrase + u' ' + p.textOf(m.first - 1, m.last);
        outer.last = m.last;
        m = outer;
    }
    if (!apposition.isEmpty() && m.kind != MentionKind::Pronoun) {
        const QString a = apposition.trimmed();
        if (isRolePhrase(a)) {
            m.apposition = a;
        }
        m.last = appEnd;
    } else {
        coordinatedLeft(p, lowerBound, m);
    }
    return m;
}

} // namespace

Mention subjectRight(const Passage &p, int i, int upperBound, bool loose)
{
    const Lexicons &L = lexicons();
    Mention m;
    if (i >= upperBound || !p.isWord(i)) {
        return m;
    }
    if (loose && !p.isCap(i) && !(p.lw(i) == u"the"_s && p.isCap(i + 1))) {
        return looseSource(p, i, upperBound);
    }
    // "the NAACP", "the New York Times": an organisation's name after its article.
    if (p.lw(i) == u"the"_s && p.isCap(i + 1) && !p.isFunction(i + 1) && i + 1 < upperBound) {
        Mention named = subjectRight(p, i + 1, upperBound);
        if (named.kind == MentionKind::Name || named.kind == MentionKind::Group
            || named.kind == MentionKind::Description) {
            named.first = i;
            return named;
        }
    }
    if (L.pronouns.contains(p.lw(i)) && p.w(i).at(0).isLower()) {
        return pronounAt(i, p.w(i));
    }
    int e = i;
    if (p.isCap(i) && !p.isFunction(i)) {
        while (e + 1 < upperBound
               && ((p.isCap(e + 1) && !p.isFunction(e + 1))
                   || (p.isWord(e + 1) && p.w(e + 1) == u"of" && p.isCap(e + 2) && e + 2 < upperBound))) {
            e += p.isCap(e + 1) ? 1 : 2;
        }
        // "Union leader Jane Doe", "Democratic pollster Jane Doe": a title noun between a
        // capitalised word and the name.
        if (e + 2 < upperBound && p.isWord(e + 1) && p.w(e + 1).at(0).isLower() && L.titles.contains(p.w(e + 1))
            && p.isCap(e + 2) && !p.isFunction(e + 2)) {
            Mention named = subjectRight(p, e + 2, upperBound);
            if (named.kind == MentionKind::Name) {
                named.title = p.textOf(i, e + 1) + (named.title.isEmpty() ? QString() : u' ' + named.title);
                named.first = i;
                return named;
            }
        }
        if (L.groups.contains(p.w(e)) && e == i) {
            groupLeft(p, e, i, m);
        } else if (fillName(p, i, e, m)) {
            m.kind = MentionKind::Name;
            m.first = i;
            m.last = e;
            coordinatedRight(p, upperBound, m);
        } else {
            m.kind = MentionKind::Description;
            m.phrase = p.textOf(i, e);
            m.first = i;
            m.last = e;
        }
    } else {
        // "said a spokesman for the ministry": up to the head noun.
        while (e < upperBound && e - i < 6 && p.isWord(e)) {
            if (L.groups.contains(p.lw(e)) || L.titles.contains(p.lw(e))) {
                // The head of the phrase; a following name makes it a title ("said campaign manager
                // Jane Doe").
                if (p.isCap(e + 1) && !p.isFunction(e + 1) && e + 1 < upperBound) {
                    Mention named = subjectRight(p, e + 1, upperBound);
                    if (named.kind == MentionKind::Name) {
                        named.title = p.textOf(i, e) + (named.title.isEmpty() ? QString() : u' ' + named.title);
                        named.first = i;
                        return named;
                    }
                }
                groupLeft(p, e, i, m);
                modifierRight(p, upperBound, m);
                break;
            }
            if (e > i && p.isFunction(e)) {
                break;
            }
            ++e;
        }
        if (!m.found()) {
            return loose ? looseSource(p, i, upperBound) : m;
        }
    }
    appositionRight(p, upperBound, m);
    return m;
}

} // namespace QuoteReader::Attribution::English
