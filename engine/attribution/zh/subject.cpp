// Reading the subject of a speech verb by its position: the subject is what opens the verb's
// clause; what stands between it and the verb is adverbial (a time, a place or occasion, whom it
// was said to, how, an adverb). A clause with no subject of its own shares its sentence's.
#include "attribution/zh/reading.h"

#include "textutil.h"

namespace QuoteReader::Attribution::Zh {

namespace {

bool isBracket(QChar c)
{
    switch (c.unicode()) {
    case u'【':
    case u'】':
    case u'〔':
    case u'〕':
    case u'[':
    case u']':
    case u'｜':
    case u'|':
    case u'《':
    case u'》':
        return true;
    default:
        return false;
    }
}

bool isOpeningParenthesis(QChar c)
{
    return c == u'（' || c == u'(';
}

bool isClosingParenthesis(QChar c)
{
    return c == u'）' || c == u')';
}

bool isDigit(QChar c)
{
    if ((c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９')) {
        return true;
    }
    // Read at every character a date may start at: a switch, not a search of a string.
    switch (c.unicode()) {
    case u'〇':
    case u'零':
    case u'一':
    case u'二':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'十':
    case u'兩':
    case u'两':
    case u'廿':
    case u'卅':
        return true;
    default:
        return false;
    }
}

// Longest a parenthetical note after a name may be: (R.Schuettler), （化名）, （International …）.
constexpr qsizetype kLongestNote = 60;
// How far back a clause may reach from its verb.
constexpr qsizetype kLongestClause = 80;

} // namespace

// The start of the clause that ends at `pos`: after the last clause mark, or after a speech
// quotation. A parenthetical note and a term in quotation marks belong to the clause.
qsizetype Reading::clauseStart(qsizetype pos, qsizetype paragraphStart) const
{
    qsizetype i = pos;
    while (i > paragraphStart && pos - i < kLongestClause) {
        const QChar c = text[i - 1];
        if (isClosingParenthesis(c)) {
            const qsizetype open =
                text.mid(paragraphStart, i - 1 - paragraphStart).lastIndexOf(c == u')' ? u'(' : u'（');
            if (open < 0 || i - 1 - (paragraphStart + open) > kLongestNote) {
                break;
            }
            i = paragraphStart + open;
            continue;
        }
        if (isClosingQuote(c) || c == u'"') {
            const int q = quotationClosingAt(i);
            if (q >= 0 && !quotations.at(q).speech && quotations.at(q).outer.start >= paragraphStart) {
                i = quotations.at(q).outer.start;
                continue;
            }
            break;
        }
        if (isClausePunctuation(c) || isOpeningQuote(c) || isOpeningParenthesis(c) || isBracket(c) || c.isSpace()
            || c == u'\u3000') {
            break;
        }
        --i;
    }
    return i;
}

// Past what opens a clause before its subject: spaces, a parenthetical (a dateline), discourse
// markers (此外, 不過), times (昨天, 28日下午) and 據 (according to).
qsizetype Reading::skipLeading(qsizetype start, qsizetype end) const
{
    qsizetype i = start;
    while (i < end) {
        const QChar c = text[i];
        if (c.isSpace() || c == u'\u3000') {
            ++i;
            continue;
        }
        if (isOpeningParenthesis(c)) {
            const qsizetype close = text.mid(i, std::min(end - i, kLongestNote)).indexOf(c == u'(' ? u')' : u'）');
            if (close > 0 && i + close + 1 < end) {
                i += close + 1;
                continue;
            }
            break;
        }
        const QStringView rest = text.mid(i, end - i);
        qsizetype n = lex.discourse.matchAtStart(rest);
        if (n == 0) {
            n = lex.timeWords.matchAtStart(rest);
            if (n == 1 && i + 1 < end && isOpeningParenthesis(text[i + 1])) {
                n = 0; // 昨(4)日 is read whole as a date
            }
        }
        if (n == 0) {
            n = dateAt(i, end);
        }
        // 據 (according to) and 當 (when), where they open no word of their own (當局, 據點).
        if (n == 0 && (c == u'據' || c == u'据' || c == u'當' || c == u'当')
            && !lex.commonWords.contains(text.mid(i, 2))) {
            n = 1;
        }
        if (n == 0 || i + n >= end) {
            break;
        }
        i += n;
    }
    return i;
}

// A date or time with digits: 30日, 7月20日, 2月14日下午18时30分, 昨(4)日.
qsizetype Reading::dateAt(qsizetype at, qsizetype end) const
{
    static constexpr QStringView units = u"年月日號号時时點点分秒";
    qsizetype i = at;
    if (i + 1 < end && (text[i] == u'昨' || text[i] == u'今' || text[i] == u'前')
        && isOpeningParenthesis(text[i + 1])) {
        const qsizetype close =
            text.mid(i, std::min<qsizetype>(end - i, 8)).indexOf(text[i + 1] == u'(' ? u')' : u'）');
        if (close > 0 && i + close + 1 < end && units.contains(text[i + close + 1])) {
            return close + 2;
        }
    }
    qsizetype read = 0;
    while (i < end) {
        qsizetype digits = 0;
        while (i + digits < end && isDigit(text[i + digits])) {
            ++digits;
        }
        if (digits == 0 || i + digits >= end || !units.contains(text[i + digits])) {
            break;
        }
        i += digits + 1;
        read = i - at;
        // 下午, 晚間 and the like after a date belong to it.
        if (const qsizetype time = lex.timeWords.matchAtStart(text.mid(i, end - i)); time > 1) {
            i += time;
            read = i - at;
        }
    }
    return read;
}

// The length of an adverbial that starts at `at`: a time, a preposition opening a place or an
// addressee (在, 對, 向, 接受), a channel (發表聲明), an adverb (也, 則), a parenthetical note.
// The length of an adverbial that starts at `at`: a time, a preposition opening a place or an
// addressee (在, 對, 向, 接受), a channel (發表聲明), an adverb (也, 則), a parenthetical note.
//
// Every clause is read from several places, so what stands at a position is read once, against
// the whole text, with how far that reading looked (`reach`): a clause that ends further away
// than that gets the same answer; a shorter one is read against its end.
qsizetype Reading::adverbialAt(qsizetype at, qsizetype end) const
{
    if (at >= end) {
        return 0;
    }
    if (m_adverbials.empty()) {
        m_adverbials.assign(size_t(text.size()), Adverbial{});
    }
    Adverbial &known = m_adverbials[size_t(at)];
    if (known.reach == 0) {
        qsizetype reach = 0;
        const qsizetype length = readAdverbialAt(at, std::min(text.size(), at + kLongestNote), &reach);
        known = {qint8(std::min<qsizetype>(length, 127)), qint8(std::clamp<qsizetype>(reach, 1, 127))};
    }
    if (end - at >= known.reach) {
        return known.length;
    }
    qsizetype reach = 0;
    return readAdverbialAt(at, end, &reach);
}

qsizetype Reading::readAdverbialAt(qsizetype at, qsizetype end, qsizetype *reach) const
{
    const QChar c = text[at];
    if (isOpeningParenthesis(c)) {
        const qsizetype close = text.mid(at, std::min(end - at, kLongestNote)).indexOf(c == u'(' ? u')' : u'）');
        *reach = close > 0 ? close + 1 : std::min(end - at, kLongestNote) + 1;
        return close > 0 ? close + 1 : 0;
    }
    const QStringView rest = text.mid(at, end - at);
    // Not where a longer title or word begins: 發言人 is no channel 發言, 在場 no 在.
    const qsizetype word = std::max({lex.titles.matchAtStart(rest), lex.groups.matchAtStart(rest)});
    qsizetype n = 0;
    for (const WordList *list : {&lex.boundaries, &lex.timeWords, &lex.channels, &lex.adverbs}) {
        n = std::max(n, list->matchAtStart(rest));
    }
    // An adverb of the common words: 突然, 再三, 一再.
    if (rest.size() >= 2 && lex.commonWords.tag(rest.left(2)) == u"adverb") {
        n = std::max<qsizetype>(n, 2);
    }
    const qsizetype date = dateAt(at, end);
    // What the reading looked at: the longest entry matched, one character past an adverbial (the
    // word it may open), a date's length; one more, for a clause cut shorter than any of them.
    *reach = std::max({word, n + 1, date, qsizetype(2)}) + 1;
    if (n > 0) {
        // A longer word holds the adverbial (在場 is no 在), unless it is two adverbs (也都, 仍將).
        const bool held = rest.size() > n && lex.commonWords.contains(rest.left(n + 1))
                          && lex.adverbs.matchAtStart(rest.mid(n)) == 0;
        return n >= word && !held ? n : 0;
    }
    return date;
}

// Whether a phrase, read as the longest common words from its start, holds a verb after its
// first word: 首先在於奧巴馬政府 does (在於), 張家口市政府辦一位工作人員 does not.
bool Reading::holdsVerb(QStringView phrase) const
{
    qsizetype i = 0;
    bool first = true;
    while (i < phrase.size()) {
        qsizetype n = 1;
        for (qsizetype length = std::min<qsizetype>(4, phrase.size() - i); length >= 2; --length) {
            if (lex.commonWords.contains(phrase.mid(i, length))) {
                n = length;
                break;
            }
        }
        if (!first && n >= 2 && lex.commonWords.tag(phrase.mid(i, n)) == u"verb" && phrase[i] != u'不') {
            return true;
        }
        first = false;
        i += n;
    }
    return false;
}

// Whether the clause at `start` opens with a modal verb standing alone: 要堅持, 必須 (not 要求, 能源).
bool Reading::opensWithModal(qsizetype start, qsizetype end) const
{
    const QStringView rest = text.mid(start, end - start);
    const qsizetype modal = lex.modals.matchAtStart(rest);
    return modal > 0 && !lex.commonWords.contains(rest.left(modal + 1))
           && !lex.commonWords.contains(rest.left(modal + 2));
}

// What a noun phrase in subject position names, by its form: a pronoun, a word pointing back, a
// name (after a role, or before a title: 蔡英文總統), a short form, a source.
Subject Reading::classify(TextRange np, bool asSubject) const
{
    while (np.start < np.end && (text[np.start].isSpace() || text[np.start] == u'\u3000')) {
        ++np.start;
    }
    while (np.end > np.start
           && (text[np.end - 1].isSpace() || text[np.end - 1] == u'\u3000' || text[np.end - 1] == u'的')) {
        --np.end;
    }
    // A long description before 的 only describes who follows it (有七年年資、被編入…隊伍的護士盧先生).
    if (np.length() > 40) {
        if (const qsizetype de = view(np).lastIndexOf(u'的'); de >= 0) {
            np.start += de + 1;
        }
    }
    Subject subject;
    subject.range = np;
    subject.name = np;
    const QStringView words = view(np);
    if (words.isEmpty() || words.size() > 40 || lex.nonSpeakers.contains(words)) {
        return {};
    }
    auto as = [&subject](SubjectKind kind) {
        subject.kind = kind;
        return subject;
    };
    if (lex.pronouns.contains(words)) {
        return as(SubjectKind::Pronoun);
    }
    // 她的律師: someone the pronoun's person stands for, named before.
    if (const qsizetype p = lex.pronouns.matchAtStart(words);
        p > 0 && words.mid(p).startsWith(u'的') && words.size() > p + 1) {
        subject.name = {np.start + p + 1, np.end};
        return as(SubjectKind::Anaphor);
    }
    // 其新聞發言人: the role of the body named before.
    if (words.startsWith(u'其') && words.size() >= 3 && lex.endsWithRole(words.mid(1))) {
        subject.name = {np.start + 1, np.end};
        return as(SubjectKind::Anaphor);
    }
    // 官微稱, 聲明指出: a channel alone speaks for the body named before.
    if (lex.channels.contains(words)) {
        return as(SubjectKind::Anaphor);
    }
    if (const qsizetype a = lex.anaphors.matchAtStart(words); a > 0) {
        if (a < words.size()) {
            subject.name = {np.start + a, np.end};
            return as(SubjectKind::Anaphor);
        }
        if (words.size() >= 2) { // 對方
            return as(SubjectKind::Anaphor);
        }
    }
    // After the last 的, a surname and a title or a name stand for the person whatever describes
    // them before it: 被編入…隊伍的屯門醫院護士的盧先生.
    if (const qsizetype de = words.lastIndexOf(u'的'); de > 0 && de + 1 < words.size()) {
        const QStringView head = words.mid(de + 1);
        const qsizetype surname = names.surnameAt(head);
        if (surname > 0 && surname < head.size() && lex.titles.contains(head.mid(surname))) {
            subject.name = {np.start + de + 1, np.end};
            return as(SubjectKind::ShortForm);
        }
    }
    // 一位, 某, 多名 stand before a source without being part of what identifies it.
    TextRange core = np;
    // (Not where it begins a longer word: 如果 is no 如.)
    if (const qsizetype d = lex.determiners.matchAtStart(words);
        d > 0 && d < words.size() && !lex.commonWords.contains(words.left(d + 1))) {
        core.start += d;
        if (lex.determiners.tag(words.left(d)) == u"drop") {
            subject.range.start = subject.name.start = core.start; // 有專家 is 專家
        }
    }
    const QStringView coreWords = view(core);
    if (coreWords.size() < 1) {
        return {};
    }
    // Name, then title: 蔡英文總統, 柯文哲市長; or a surname and a title: 王教授, 陳局長.
    if (const qsizetype t = lex.titles.matchAtEnd(coreWords); t > 0 && t < coreWords.size()) {
        const QStringView before = coreWords.left(coreWords.size() - t);
        if (names.surnameAt(before) == before.size()) {
            return as(SubjectKind::ShortForm);
        }
        if (names.isName(before, true) && names.chineseNameAt(before) == before.size()) {
            subject.name = {core.start, core.end - t};
            subject.role = {core.end - t, core.end};
            return as(SubjectKind::Name);
        }
    }
    // A screen name or alias in quotation marks stands for the person it names (名為「麥田同學」的
    // 網友, 網友「藍色海風」).
    for (qsizetype i = 0; i < coreWords.size(); ++i) {
        if (!isOpeningQuote(coreWords[i])) {
            continue;
        }
        if (const int q = quotationOpeningAt(core.start + i);
            q >= 0 && quotations.at(q).outer.end <= core.end && personNamed(view(quotations.at(q).inner)) >= 0) {
            subject.name = quotations.at(q).inner;
            return as(SubjectKind::Name);
        }
    }
    // The role of a name that starts at `nameStart`: the words before it, after the last 的 (打進制勝球的
    // 魯振華 / 近來…的國民黨主席: what comes before 的 describes, the rest is the role).
    auto roleBefore = [&](qsizetype nameStart) {
        TextRange role{core.start, nameStart};
        if (const qsizetype de = view(role).lastIndexOf(u'的'); de >= 0) {
            role.start += de + 1;
        }
        return role;
    };
    // A verb right before the name (要求林全, 藍委堅持林全) makes the person its object: someone
    // asks them to speak, they do not. (A negated verb describes: 不願具名的.)
    auto objectOfVerb = [&](qsizetype nameLength) {
        const QStringView before = coreWords.first(coreWords.size() - nameLength);
        if (before.isEmpty() || before.endsWith(u'的') || lex.titles.matchAtEnd(before) > 0) {
            return false;
        }
        const bool pivot = before.endsWith(u'要') || before.endsWith(u'請') || before.endsWith(u'请')
                           || before.endsWith(u'讓') || before.endsWith(u'让') || before.endsWith(u'叫');
        return pivot
               || (before.size() >= 2 && lex.commonWords.tag(before.right(2)) == u"verb"
                   && before.right(2).front() != u'不' && !lex.titleSuffixes.contains(before.right(1)));
    };
    // A person the article names elsewhere, at the end: 鷹派一哥曾偉雄.
    for (qsizetype length = std::min<qsizetype>(coreWords.size(), 8); length >= 2; --length) {
        if (personNamed(coreWords.right(length)) >= 0) {
            if (objectOfVerb(length)) {
                return {};
            }
            subject.name = {core.end - length, core.end};
            subject.role = roleBefore(core.end - length);
            return as(SubjectKind::Name);
        }
    }
    // A name, then a title of address after it (副局長林凱博士, 張三先生): the person is the name.
    if (const qsizetype title = lex.titles.matchAtEnd(coreWords); title >= 2 && title + 2 <= coreWords.size()) {
        const QStringView named = coreWords.first(coreWords.size() - title);
        const qsizetype n = names.nameAtEnd(named, false);
        // (The name begins where a role ends, or the phrase: 筹码战美专家 holds no name 战美.)
        const QStringView before = named.first(named.size() - std::min(n, named.size()));
        const bool opensName = before.isEmpty() || before.endsWith(u'的') || lex.endsWithRole(before)
                               || lex.endsWithOrganisation(before);
        if (n >= 2 && opensName && names.isName(named.right(n), true) && !objectOfVerb(title + n)) {
            subject.name = {core.end - title - n, core.end - title};
            const TextRange role = roleBefore(core.end - title - n);
            subject.role = role.length() > 0 ? role : TextRange{core.end - title, core.end};
            return as(SubjectKind::Name);
        }
    }
    // A role, then a name: everything before the name is the role.
    const bool endsWithSourceWord = lex.groups.matchAtEnd(coreWords) >= 2 || lex.titles.matchAtEnd(coreWords) >= 2
                                    || lex.organisations.matchAtEnd(coreWords) >= 2;
    if (!endsWithSourceWord) {
        if (const qsizetype n = names.nameAtEnd(coreWords, !asSubject); n > 0 && n < coreWords.size()) {
            if (objectOfVerb(n)) {
                return {};
            }
            subject.name = {core.end - n, core.end};
            subject.role = roleBefore(core.end - n);
            return as(SubjectKind::Name);
        }
        if (names.isName(coreWords, asSubject)) {
            subject.name = core;
            return as(SubjectKind::Name);
        }
    }
    if (names.surnameAt(coreWords) == coreWords.size()) {
        return as(SubjectKind::ShortForm);
    }
    const QString &tag = lex.commonWords.tag(coreWords);
    // A noun for a kind of person (警員, 律師, 學生) speaks as a source too.
    const bool personNoun = tag == u"noun" && lex.titleSuffixes.contains(coreWords.right(1));
    if (lex.groups.matchAtEnd(coreWords) > 0 || lex.endsWithOrganisation(coreWords)
        || lex.titles.matchAtEnd(coreWords) > 0 || personNoun || lex.addressees.contains(coreWords) || tag == u"place"
        || tag == u"org") {
        // A verb acting on a source (謠傳港府, 要求官員) is an action, not who acts; a verb inside
        // (…的含意首先在於奧巴馬政府) makes a clause, not a body's name.
        // (不願具名高層 describes the source: a negated verb is no action on it.)
        if (coreWords.size() >= 4 && lex.commonWords.tag(coreWords.left(2)) == u"verb" && !coreWords.contains(u'的')
            && coreWords[0] != u'不' && coreWords[0] != u'沒' && coreWords[0] != u'没' && coreWords[0] != u'未'
            && classify({core.start + 2, core.end}, false).kind == SubjectKind::Source) {
            return {};
        }
        // (A short description may hold one: 不願具名高層.)
        if (const QStringView head = coreWords.mid(coreWords.lastIndexOf(u'的') + 1);
            head.size() >= 8 && holdsVerb(head)) {
            return {};
        }
        return as(SubjectKind::Source);
    }
    return {};
}

// The noun phrase that opens a clause with no verb known: 鄉議局主席劉皇發[則繼續聲討林鄭].
Subject Reading::subjectAtHead(qsizetype start, qsizetype end, bool asSubject) const
{
    // Asked again for the same clause by every cue and span around it.
    const quint64 key = (quint64(start) << 33) ^ (quint64(end) << 1) ^ quint64(asSubject);
    if (const auto known = m_heads.find(key); known != m_heads.end()) {
        return known->second;
    }
    const Subject head = readHead(start, end, asSubject);
    m_heads.emplace(key, head);
    return head;
}

Subject Reading::readHead(qsizetype start, qsizetype end, bool asSubject) const
{
    // The head lies in the clause's first stretch: up to its first mark.
    for (qsizetype i = start; i < end; ++i) {
        if (isOpeningParenthesis(text[i])) {
            const qsizetype close =
                text.mid(i, std::min(end - i, kLongestNote)).indexOf(text[i] == u'(' ? u')' : u'）');
            if (close > 0) {
                i += close;
                continue;
            }
        }
        // A term in quotation marks belongs to the clause (名為「麥田同學」的網友); speech ends it.
        if (isOpeningQuote(text[i])) {
            if (const int q = quotationOpeningAt(i);
                q >= 0 && !quotations.at(q).speech && quotations.at(q).outer.end <= end) {
                i = quotations.at(q).outer.end - 1;
                continue;
            }
        }
        if (isClausePunctuation(text[i]) || isOpeningQuote(text[i])) {
            end = i;
            break;
        }
    }
    const qsizetype s = skipLeading(start, end);
    // A clause that opens with a preposition or a negation (不向總統道歉, 對此事) has no subject.
    if (s < end && lex.pronouns.matchAtStart(text.mid(s, end - s)) == 0
        && (lex.boundaries.matchAtStart(text.mid(s, end - s)) > 0 || text[s] == u'不' || text[s] == u'沒'
            || text[s] == u'没')) {
        return {};
    }
    // Nor one that opens with a subordinating conjunction (如果在…方面, 因為…): what follows is the
    // condition or the cause, not who acts in the sentence.
    if (lex.subordinators.matchAtStart(text.mid(s, end - s)) > 0) {
        return {};
    }
    // A clause that opens with a modal says what is to be done (要堅持圍繞中心, 必須…): it has no
    // subject of its own. A longer word is no modal (要求, 能源, 可能性).
    if (opensWithModal(s, end)) {
        return {};
    }
    // 近來強力要求…下台的國民黨主席馬英九: a clause described by what comes before 的 has its head
    // after it.
    if (const qsizetype de = text.mid(s, end - s).lastIndexOf(u'的'); de > 0 && s + de + 1 < end) {
        const Subject head = subjectAtHead(s + de + 1, end, asSubject);
        if (head.kind == SubjectKind::Name) {
            return head;
        }
    }
    // A head that holds a screen name in quotation marks is read whole (微博名為「麥燒同學」的網友).
    for (qsizetype i = s; i < end; ++i) {
        const int q = isOpeningQuote(text[i]) ? quotationOpeningAt(i) : -1;
        if (q >= 0 && quotations.at(q).outer.end <= end && personNamed(view(quotations.at(q).inner)) >= 0) {
            qsizetype stop = quotations.at(q).outer.end;
            while (stop < end && (text[stop] == u'的' || !lex.verbs.matchAtStart(text.mid(stop, end - stop)))) {
                if (adverbialAt(stop, end) > 0) {
                    break;
                }
                ++stop;
            }
            if (const Subject named = classify({s, stop}, asSubject); named.kind == SubjectKind::Name) {
                return named;
            }
        }
    }
    const qsizetype limit = std::min(end, s + 30);
    for (qsizetype i = s + 1; i <= limit; ++i) {
        // 的 ends no subject: what stands before it describes the one after it. A term in quotation
        // marks may follow the subject (鷹派一哥曾偉雄「死不認錯」).
        // (A title is no verb, whatever a tag says: 署長.)
        const QStringView two = text.mid(i, std::min<qsizetype>(2, end - i));
        const bool boundary = i == end || adverbialAt(i, end) > 0 || lex.verbs.matchAtStart(text.mid(i, end - i)) > 0
                              || isOpeningQuote(text[i]) || (lex.afterName.contains(text.mid(i, 1)) && text[i] != u'的')
                              || (lex.commonWords.tag(two) == u"verb" && !lex.titleSuffixes.contains(two.right(1))
                                  && lex.titles.matchAtStart(text.mid(i, end - i)) == 0);
        if (!boundary) {
            continue;
        }
        const Subject head = classify({s, i}, asSubject);
        if (head.kind != SubjectKind::None) {
            return head;
        }
    }
    // A person's name opening the clause, whatever follows it: 楊志良最新聲明如下.
    if (const qsizetype name = names.chineseNameAt(text.mid(s, std::min<qsizetype>(end - s, 6))); name >= 2) {
        return classify({s, s + name}, asSubject);
    }
    return {};
}

// A clause with no subject of its own (…，指…, 並呼籲…) shares its sentence's: the subject of the
// nearest clause before it that has a cue, or else of the nearest clause whose head names someone.
Subject Reading::inheritedSubject(qsizetype clause, TextRange paragraph, bool preferNearestHead) const
{
    Subject nearestHead;
    qsizetype end = clause;
    while (end > paragraph.start) {
        const QChar mark = text[end - 1];
        if (isFullStop(mark) || isClosingQuote(mark) || isOpeningQuote(mark) || mark == u'：' || mark == u':') {
            break;
        }
        qsizetype start = clauseStart(end - 1, paragraph.start);
        // A quotation between two clauses of the sentence (…做，「…」，表明…): the subject is before it.
        if (start == end - 1 && start > paragraph.start) {
            if (const int q = quotationClosingAt(start); q >= 0 && quotations.at(q).outer.start > paragraph.start) {
                end = quotations.at(q).outer.start;
                continue;
            }
        }
        for (auto cue = cues.crbegin(); cue != cues.crend() && cue->verb.start >= start; ++cue) {
            if (cue->verb.start < end - 1 && cue->subject.kind != SubjectKind::None) {
                Subject shared = cue->subject;
                shared.inherited = true;
                return shared;
            }
        }
        if (nearestHead.kind == SubjectKind::None) {
            nearestHead = subjectAtHead(start, end - 1);
            if (preferNearestHead && nearestHead.kind != SubjectKind::None) {
                break;
            }
        }
        if (start == end - 1 || start <= paragraph.start) {
            break;
        }
        end = start;
    }
    nearestHead.inherited = nearestHead.kind != SubjectKind::None;
    return nearestHead;
}

// The subject of the speech verb at `verbStart`, read from the start of its clause.
Subject Reading::readSubject(qsizetype verbStart, TextRange paragraph, bool view) const
{
    const qsizetype clause = clauseStart(verbStart, paragraph.start);
    // A verb between the subject and the cue whose object the cue reports: publishing a statement
    // (林志遠晚間發表聲明指出: a verb of the common words, then a channel) or making a response
    // (微信做出回應稱: a verb that makes a noun of the next, 做出, 進行). The subject stands before it.
    const QStringView clauseWords = text.mid(clause, verbStart - clause);
    const qsizetype channel = lex.channels.matchAtEnd(clauseWords);
    const bool published = channel >= 2 && verbStart - channel - 2 > clause
                           && lex.commonWords.tag(text.mid(verbStart - channel - 2, 2)) == u"verb"
                           && !lex.verbs.matchAtStart(text.mid(verbStart - channel - 2, 2));
    const qsizetype maker = lex.nominalisers.matchAtEnd(clauseWords);
    const qsizetype between = published ? channel + 2 : maker >= 2 ? maker : 0;
    if (between > 0 && verbStart - between > clause) {
        const Subject actor = readSubject(verbStart - between, paragraph, view);
        if (actor.kind == SubjectKind::Name || actor.kind == SubjectKind::Source) {
            return actor;
        }
    }
    qsizetype s = clause;
    if (view) {
        // 在X看來: the subject stands between 在 and the verb.
        const qsizetype at = text.mid(s, verbStart - s).lastIndexOf(u'在');
        return at < 0 ? Subject{} : classify({s + at + 1, verbStart});
    }
    s = skipLeading(s, verbStart);
    // A clause that opens with a preposition (向在場人員激昂高呼, 在中常會宣告) is adverbial to its
    // verb: the subject is the sentence's. Not where a name opens it (向華強表示).
    if (s < verbStart && lex.boundaries.matchAtStart(text.mid(s, verbStart - s)) > 0
        && text.mid(s, verbStart - s).indexOf(u'被') < 0) {
        const qsizetype name = names.chineseNameAt(text.mid(s, verbStart - s));
        // A prepositional phrase closed by 的 describes who follows it (在中國的美國企業家X所言).
        const qsizetype de = text.mid(s, verbStart - s).lastIndexOf(u'的');
        const Subject described = de > 0 && s + de + 1 < verbStart ? classify({s + de + 1, verbStart}) : Subject{};
        if (described.kind == SubjectKind::Name || described.kind == SubjectKind::Source) {
            return described;
        }
        if (name < 2 || (s + name < verbStart && adverbialAt(s + name, verbStart) == 0)) {
            return inheritedSubject(clause, paragraph);
        }
    }
    // 原因是歐盟也宣稱…: after a copula of its own, what follows it is the subject.
    for (qsizetype at = s + 1; at + 1 < verbStart; ++at) {
        if (text[at] == u'是' && !lex.commonWords.contains(text.mid(at - 1, 2))
            && !lex.commonWords.contains(text.mid(at, 2))) {
            s = at + 1;
            break;
        }
    }
    // 新華社援引海關總署負責人稱: the one cited speaks.
    for (const QStringView cite :
         {QStringView(u"援引"), QStringView(u"引述"), QStringView(u"轉引"), QStringView(u"转引")}) {
        if (const qsizetype at = text.mid(s, verbStart - s).indexOf(cite);
            at >= 0 && s + at + cite.size() < verbStart) {
            s += at + cite.size();
            break;
        }
    }
    // 被媒體問及: the one who asks stands after 被 (but 被害人, 被告 are words of their own).
    if (const qsizetype by = text.mid(s, verbStart - s).lastIndexOf(u'被');
        by >= 0 && lex.verbs.tag(text.mid(verbStart, lex.verbs.matchAtStart(text.mid(verbStart, 4)))) == u"ask"
        && !lex.commonWords.contains(text.mid(s + by, 2))) {
        s += by + 1;
    }
    // 台下有警員向…說: after a place and 有, the one there is the subject.
    for (qsizetype at = s + 1; at < std::min(verbStart - 1, s + 6); ++at) {
        if (text[at] == u'有' && QStringView(u"上下中裡里內内外前後后旁邊边").contains(text[at - 1])) {
            s = at + 1;
            break;
        }
    }
    // The subject ends where an adverbial begins after it, but not where a name begins that runs
    // to the verb or to an adverbial (政策會執行長曾永權說: 曾 opens a name, not 曾經). A body
    // read there gives way to a person read further on whose role it opens (2014律師會特別會員大會
    // 發起人任建峰: 特別 is no adverb there).
    // Only an adverb can stand inside a role that way; a time, a date, a preposition or a channel
    // after a body ends the subject there (應急管理部28日官方微信發布消息稱).
    Subject source;
    qsizetype sourceEnd = s;
    bool sourceFinal = false;
    qsizetype adverbialEnd = s; // no subject ends inside an adverbial read (官員迅即澄清: not 官員迅)
    for (qsizetype i = s + 1; i < verbStart; ++i) {
        if (const qsizetype adverbial = adverbialAt(i, verbStart); adverbial > 0 && i >= adverbialEnd) {
            const qsizetype name = names.chineseNameAt(text.mid(i, verbStart - i));
            if (name >= 2 && (i + name == verbStart || adverbialAt(i + name, verbStart) > 0)) {
                continue;
            }
            adverbialEnd = i + adverbial; // and the adverbs right after it: 也都紛紛
            for (qsizetype n = 0; adverbialEnd < verbStart && (n = adverbialAt(adverbialEnd, verbStart)) > 0;) {
                adverbialEnd += n;
            }
            const Subject subject = classify({s, i});
            if (subject.kind == SubjectKind::Source && source.kind == SubjectKind::None) {
                source = subject;
                sourceEnd = i;
                const QStringView rest = text.mid(i, verbStart - i);
                sourceFinal = lex.timeWords.matchAtStart(rest) > 0 || dateAt(i, verbStart) > 0
                              || lex.boundaries.matchAtStart(rest) > 0 || lex.channels.matchAtStart(rest) > 0;
                if (sourceFinal) {
                    return source;
                }
                continue;
            }
            if (subject.kind == SubjectKind::Name
                || (subject.kind != SubjectKind::None && source.kind == SubjectKind::None)) {
                return subject;
            }
        }
    }
    if (source.kind != SubjectKind::None) {
        // Nothing further on names a person: the body stands, unless the whole clause does. Only
        // adverbs after the body (業內人士也都表示) leave it standing.
        qsizetype at = sourceEnd;
        for (qsizetype n = 0; at < verbStart && (n = adverbialAt(at, verbStart)) > 0;) {
            at += n;
        }
        if (at == verbStart) {
            return source;
        }
        const Subject whole = classify({s, verbStart});
        return whole.kind == SubjectKind::Name ? whole : source;
    }
    // 被問到…時辯稱, 王聞訊後笑說: a clause of time before the verb holds no subject unless a
    // person opens it.
    if (const QStringView clauseWords = text.mid(s, verbStart - s);
        clauseWords.size() >= 3
        && (clauseWords.endsWith(u'時') || clauseWords.endsWith(u'时') || clauseWords.endsWith(u'後')
            || clauseWords.endsWith(u'后'))) {
        for (qsizetype length = std::min<qsizetype>(clauseWords.size() - 2, 12); length >= 1; --length) {
            const Subject head = classify({s, s + length}, false);
            if (head.kind == SubjectKind::Name || head.kind == SubjectKind::ShortForm
                || head.kind == SubjectKind::Pronoun) {
                return head;
            }
        }
        return inheritedSubject(clause, paragraph);
    }

    // Or it runs to the verb, less adverbs, a channel or a manner (大聲地) at its end.
    qsizetype e = verbStart;
    for (bool again = true; again && e > s;) {
        const QStringView words = text.mid(s, e - s);
        qsizetype n = std::max(lex.adverbs.matchAtEnd(words), lex.channels.matchAtEnd(words));
        if (words.size() >= 2 && lex.commonWords.tag(words.right(2)) == u"adverb") {
            n = std::max<qsizetype>(n, 2); // 迅即, 再三
        }
        if (n == 0 && (words.endsWith(u'地') || words.endsWith(u'的')) && words.size() >= 3) {
            n = 1;
        }
        again = n > 0 && n < words.size();
        if (again) {
            e -= n;
        }
    }
    if (const Subject subject = classify({s, e}); subject.kind != SubjectKind::None) {
        return subject;
    }
    // A subject with a clause of time or manner after it: 立委陳美惠質詢時指出, 馬語氣激憤說. Here
    // the subject must be one by its words alone, not by its place.
    for (qsizetype length = std::min<qsizetype>(e - s - 1, 12); length >= 1; --length) {
        const Subject head = classify({s, s + length}, false);
        // A Chinese name read in the whole clause, where what follows shows where it ends (馬語氣激憤
        // holds no name 馬語氣).
        if (head.kind == SubjectKind::Name && head.role.isEmpty() && names.surnameAt(Context::view(head.name)) > 0
            && names.chineseNameAt(text.mid(s, e - s)) != length) {
            continue;
        }
        if (head.kind == SubjectKind::Name || head.kind == SubjectKind::ShortForm || head.kind == SubjectKind::Pronoun
            || head.kind == SubjectKind::Source) {
            return head;
        }
    }
    // A clause of adverbials only, or one that names nobody (更一邊笑一邊說, 大聲的說): the
    // sentence's subject.
    return inheritedSubject(clause, paragraph);
}

} // namespace QuoteReader::Attribution::Zh
