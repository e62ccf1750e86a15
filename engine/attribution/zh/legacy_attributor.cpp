// Chinese attribution: direct quotes in “” 「」 『』, reported speech after a speech verb, and the
// speakers behind them (names, roles, pronouns, short forms, anonymous and group sources).
#include "attribution/legacy.h"

#include "lexicon.h"
#include "textutil.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>

namespace QuoteReader {

namespace {

struct ChineseLexicons {
    WordList verbs = WordList::fromResource(QStringLiteral("zh/speech-verbs.txt"));
    WordList blockers = WordList::fromResource(QStringLiteral("zh/cue-blockers.txt"));
    WordList pronouns = WordList::fromResource(QStringLiteral("zh/pronouns.txt"));
    WordList adverbs = WordList::fromResource(QStringLiteral("zh/adverbs.txt"));
    WordList boundaries = WordList::fromResource(QStringLiteral("zh/subject-boundaries.txt"));
    WordList discourse = WordList::fromResource(QStringLiteral("zh/discourse-markers.txt"));
    WordList titles = WordList::fromResource(QStringLiteral("zh/titles.txt"));
    WordList groups = WordList::fromResource(QStringLiteral("zh/groups.txt"));
    WordList surnames = WordList::fromResource(QStringLiteral("zh/surnames.txt"));
    WordList nonSpeakers = WordList::fromResource(QStringLiteral("zh/non-speakers.txt"));
    WordList determiners = WordList::fromResource(QStringLiteral("zh/determiners.txt"));
    WordList addressees = WordList::fromResource(QStringLiteral("zh/addressees.txt"));
    WordList continuations = WordList::fromResource(QStringLiteral("zh/continuations.txt"));
    WordList titleSuffixes = WordList::fromResource(QStringLiteral("zh/title-suffixes.txt"));
    WordList notNames = WordList::fromResource(QStringLiteral("zh/not-names.txt"));
    WordList afterName = WordList::fromResource(QStringLiteral("zh/after-name.txt"));

    // A role ends with a title (院士, 發言人), a title-making character (館長, 研究員) or a word for
    // the kind of person (市民, 網友): 帶著女兒的市民劉芳.
    bool endsWithRole(QStringView text) const
    {
        if (text.size() < 2) {
            return false;
        }
        return titles.matchAtEnd(text) > 0 || groups.matchAtEnd(text) > 0 ||
               titleSuffixes.contains(text.right(1));
    }
};

// resolveSubject() without creating: the subject names a speaker not seen yet.
constexpr int NewSpeaker = -2;

const ChineseLexicons &lex()
{
    static const ChineseLexicons instance;
    return instance;
}

bool isNameChar(QChar c)
{
    return isHanOrSurrogate(c) || c == u'·' || c == u'‧' || c == u'•' || c == u'-' || c == u'－';
}

// ---------------------------------------------------------------------------------------------

struct DirectQuote {
    TextRange inner;      // the words, without the marks
    TextRange outer;      // with the marks
    int paragraph = 0;    // index into the article's paragraph list
    bool speech = false;  // a quotation of words, not a scare quote or a title
    int speaker = -1;
    QString cue;
    TextRange cueRange;
};

struct Cue {
    TextRange range;      // the verb
    TextRange subject;    // who: may be empty
    int paragraph = 0;
    QString tag;
};

struct Paragraph {
    TextRange range;
    int block = 0;
};

class ChineseAttributor {
public:
    explicit ChineseAttributor(Document &doc) : m_doc(doc), m_text(doc.text) {}

    void run();

private:
    QStringView view(TextRange r) const { return m_text.mid(r.start, r.length()); }

    void collectParagraphs();
    void findDirectQuotes();
    bool isSpeechQuote(const DirectQuote &q) const;
    std::optional<Cue> cueAt(qsizetype pos, const Paragraph &para, int paraIndex);
    TextRange subjectBefore(qsizetype cueStart, qsizetype paraStart, bool viewCue) const;

    // Speakers
    int resolveSubject(TextRange subject, bool createIfNew);
    int findOrAddSpeaker(const QString &name, bool group);
    int speakerBySurname(QStringView surname) const;
    std::optional<std::pair<QString, QString>> splitRoleAndName(QStringView np) const;
    bool isPersonName(QStringView np) const;
    void findRoles();

    bool isTimeClause(qsizetype from, qsizetype end) const;
    QList<DirectQuote>::const_iterator directAt(qsizetype outerStart) const;
    bool namesSpeaker(TextRange subject) { return resolveSubject(subject, false) != -1; }
    int speakerByShortForm(QStringView np) const;
    void indexNames();
    int nameAt(qsizetype pos, qsizetype end, qsizetype *length) const;
    bool insideQuote(qsizetype pos) const;
    int mentionedBefore(qsizetype pos, const QString &excludedGender) const;
    TextRange personAtClauseHead(qsizetype head, qsizetype end) const;
    int introducedBefore(qsizetype pos, qsizetype after, const QString &excludedGender);
    qsizetype skipToWords(qsizetype from, qsizetype end) const;
    std::optional<Cue> colonCueAt(qsizetype pos, const Paragraph &para, int paraIndex);
    int speakerNear(const DirectQuote &q, const Quote *lastIndirect, const DirectQuote *lastDirect) const;
    TextRange reportedSpan(qsizetype from, const Paragraph &para, qsizetype limit, int speaker) const;
    void addQuote(int speaker, QuoteKind kind, const QString &cue, TextRange range, TextRange cueRange, int paraIndex);

    Document &m_doc;
    QStringView m_text;
    QList<Paragraph> m_paragraphs;
    QList<DirectQuote> m_direct;
    QHash<QString, int> m_byName;  // name or alias -> speaker
    qsizetype m_longestName = 0;
    int m_lastSpeaker = -1;
    int m_lastGroup = -1;
    QList<int> m_recent;          // people who spoke, most recent last, each once
    struct Mention {
        qsizetype pos;
        int speaker;
        int paragraph;
    };
    QList<Mention> m_mentions;    // people named at the head of a clause, in text order
    mutable qsizetype m_lastMentionPos = -1; // where mentionedBefore() found its person
    ViewMap<int> m_names;         // names of two characters or more -> speaker, for scanning text
    std::bitset<65536> m_nameStarts;
    quint64 m_nameLengths = 0;    // bit n set when some name has n characters
    qsizetype m_longestPersonName = 0;
    QList<qsizetype> m_firstNamed; // per speaker: where the text first names them, -1 if nowhere
    QHash<int, QString> m_gender; // "male"/"female" once a pronoun has stood for the speaker
};

void ChineseAttributor::collectParagraphs()
{
    for (int i = 0; i < m_doc.blocks.size(); ++i) {
        const Block &block = m_doc.blocks.at(i);
        if (block.kind == BlockKind::Paragraph) {
            m_paragraphs.append(Paragraph{block.range, i});
        }
    }
}

// Quotation marks, matched with nesting; a quotation left open at a paragraph's end goes on in
// the next paragraph when that one opens with a mark (the convention for quotes over paragraphs).
void ChineseAttributor::findDirectQuotes()
{
    int p = 0;
    qsizetype i = m_paragraphs.isEmpty() ? 0 : m_paragraphs.first().range.start;
    while (p < m_paragraphs.size()) {
        const TextRange para = m_paragraphs.at(p).range;
        if (i >= para.end) {
            if (++p < m_paragraphs.size()) {
                i = m_paragraphs.at(p).range.start;
            }
            continue;
        }
        const QChar open = m_text[i];
        if (!isOpeningQuote(open) && open != u'"') {
            ++i;
            continue;
        }
        const QChar close = closingFor(open);
        int depth = 0;
        int endParagraph = p;
        TextRange cur = para;
        qsizetype j = i + 1;
        qsizetype end = -1;
        while (true) {
            if (j >= cur.end) {
                // Open at the paragraph's end: go on if the next paragraph opens with the same mark.
                if (endParagraph + 1 < m_paragraphs.size() &&
                    m_text[m_paragraphs.at(endParagraph + 1).range.start] == open) {
                    ++endParagraph;
                    cur = m_paragraphs.at(endParagraph).range;
                    j = cur.start + 1;
                    continue;
                }
                break;
            }
            const QChar c = m_text[j];
            if (c == close && (depth == 0 || open == u'"')) {
                end = j;
                break;
            }
            if (c == open && open != u'"') {
                ++depth;
            } else if (c == close) {
                --depth;
            }
            ++j;
        }
        if (end < 0) {
            // Never closed: the quotation runs to the end of its paragraph, as a reader would take it.
            endParagraph = p;
            end = para.end;
        }
        DirectQuote q;
        q.inner = {i + 1, end};
        q.outer = {i, std::min(end + 1, m_paragraphs.at(endParagraph).range.end)};
        q.paragraph = p;
        m_direct.append(q);
        p = endParagraph;
        i = q.outer.end;
    }
    for (DirectQuote &q : m_direct) {
        q.speech = isSpeechQuote(q);
    }
}

// Scare quotes (“跑馬”), names and titles (“智聯世界·生成未來”) are short and carry no clause;
// a quotation of words has a clause's punctuation or a sentence's length, or a colon before it.
bool ChineseAttributor::isSpeechQuote(const DirectQuote &q) const
{
    const QStringView inner = view(q.inner);
    qsizetype han = 0;
    bool clause = false;
    for (const QChar c : inner) {
        if (isHanOrSurrogate(c)) {
            ++han;
        } else if (isClausePunctuation(c)) {
            clause = true;
        }
    }
    qsizetype before = q.outer.start - 1;
    while (before >= 0 && m_text[before] == u' ') {
        --before;
    }
    const bool colon = before >= 0 && (m_text[before] == u'：' || m_text[before] == u':');
    if (colon) {
        return han >= 1;
    }
    // What follows a title or term: “…”為主題, “…”一詞, “…”的
    const QStringView after = m_text.mid(q.outer.end, 3);
    if (after.startsWith(u'的') || after.startsWith(u"一詞") || after.startsWith(u"一词") ||
        after.startsWith(u"為主題") || after.startsWith(u"为主题") || after.startsWith(u'等')) {
        return clause && han >= 16;
    }
    return clause ? han >= 6 : han >= 15;
}

// The subject of a speech verb: the clause before it, less discourse markers at its start and
// adverbs and adverbials at its end (此外，他還 / 張三在會上 / 李四接受本報採訪時).
TextRange ChineseAttributor::subjectBefore(qsizetype cueStart, qsizetype paraStart, bool viewCue) const
{
    qsizetype start = cueStart;
    while (start > paraStart) {
        const QChar c = m_text[start - 1];
        if (isClausePunctuation(c) || isClosingQuote(c) || isOpeningQuote(c) || c == u'"' || c == u'\n' ||
            c == u'(' || c == u'（' || c == u')' || c == u'）' || c.isSpace()) {
            break;
        }
        --start;
    }
    const ChineseLexicons &l = lex();
    qsizetype end = cueStart;
    // 在X看來 / 據X稱: the subject sits between the preposition and the verb.
    if (viewCue) {
        const QStringView clause = m_text.mid(start, end - start);
        const qsizetype at = clause.lastIndexOf(u'在');
        if (at < 0) {
            return {};
        }
        start += at + 1;
    }
    // Discourse markers at the start, and 據 (according to) after them: 另據知情人士指出.
    for (bool again = true; again && start < end;) {
        again = false;
        if (const qsizetype n = l.discourse.matchAtStart(m_text.mid(start, end - start))) {
            start += n;
            again = true;
        }
        while (start < end && m_text[start].isSpace()) {
            ++start;
            again = true;
        }
        if (!viewCue && start < end && (m_text[start] == u'據' || m_text[start] == u'据') &&
            !l.discourse.matchAtStart(m_text.mid(start, end - start))) {
            ++start;
            again = true;
        }
    }
    // Adverbs right before the verb.
    for (bool again = true; again && end > start;) {
        again = false;
        if (const qsizetype n = l.adverbs.matchAtEnd(m_text.mid(start, end - start))) {
            if (end - n > start) {
                end -= n;
                again = true;
            }
        }
    }
    // An adverbial after the subject: the subject ends before its first word.
    for (qsizetype i = start + 1; i < end; ++i) {
        const QStringView rest = m_text.mid(i, end - i);
        if (const qsizetype b = l.boundaries.matchAtStart(rest)) {
            const QStringView head = m_text.mid(start, i - start);
            // 對/向/跟/接受 (to whom it was said) follow their subject so reliably that any short
            // name-like head will do, even a foreign name never seen before (加索爾對記者說).
            const QStringView word = rest.left(b);
            const bool addressing = word == u"對" || word == u"对" || word == u"向" || word == u"跟" ||
                                    word == u"接受";
            const bool nameLike = head.size() >= 2 && head.size() <= 5 &&
                                  std::all_of(head.cbegin(), head.cend(), [](QChar c) { return isNameChar(c); }) &&
                                  !l.nonSpeakers.contains(head) && !l.notNames.contains(head);
            // Only cut where what stands before is a plausible speaker on its own.
            if ((addressing && nameLike) || isPersonName(head) || l.pronouns.contains(head) ||
                m_byName.contains(head.toString()) || speakerByShortForm(head) >= 0 ||
                (head.size() == 1 && l.surnames.contains(head)) || l.endsWithRole(head) || splitRoleAndName(head)) {
                end = i;
                break;
            }
        }
    }
    // A time clause after the subject: 立委陳美惠質詢時, 部長受訪後. The speaker is the longest
    // head that names someone on its own.
    static constexpr std::array<std::u16string_view, 8> timeEnds{u"時候", u"时候", u"時", u"时",
                                                                 u"之後", u"之后", u"後", u"后"};
    const QStringView clause = m_text.mid(start, end - start);
    const bool timeClause = std::any_of(timeEnds.cbegin(), timeEnds.cend(), [clause](std::u16string_view e) {
        return clause.endsWith(QStringView(e.data(), qsizetype(e.size())));
    });
    if (timeClause && !isPersonName(clause) && !splitRoleAndName(clause)) {
        for (qsizetype i = end - 1; i > start + 1; --i) {
            const QStringView head = m_text.mid(start, i - start);
            if (isPersonName(head) || splitRoleAndName(head) || m_byName.contains(head.toString()) ||
                speakerByShortForm(head) >= 0) {
                return {start, i};
            }
        }
    }
    return {start, end};
}

std::optional<Cue> ChineseAttributor::cueAt(qsizetype pos, const Paragraph &para, int paraIndex)
{
    const ChineseLexicons &l = lex();
    const QStringView rest = m_text.mid(pos, para.range.end - pos);
    const qsizetype n = l.verbs.matchAtStart(rest);
    if (n == 0) {
        return std::nullopt;
    }
    // A blocker word that covers the verb: 問題, 稱為, 據說, 小說 ...
    for (qsizetype back = 0; back <= 3 && pos - back >= para.range.start; ++back) {
        const QStringView from = m_text.mid(pos - back, para.range.end - (pos - back));
        const qsizetype b = l.blockers.matchAtStart(from);
        if (b > back && b >= back + 1) {
            // The blocker must overlap the verb and not end before it.
            if (pos - back + b > pos) {
                return std::nullopt;
            }
        }
    }
    Cue cue;
    cue.range = {pos, pos + n};
    cue.paragraph = paraIndex;
    cue.tag = l.verbs.tag(rest.left(n));
    // Verbs in a row make one cue: 分析指出, 提醒說, 表示說
    while (const qsizetype more = l.verbs.matchAtStart(m_text.mid(cue.range.end, para.range.end - cue.range.end))) {
        if (l.blockers.matchAtStart(m_text.mid(cue.range.end, para.range.end - cue.range.end)) > 0) {
            break;
        }
        cue.range.end += more;
    }
    cue.subject = subjectBefore(pos, para.range.start, cue.tag == u"view");
    // The cue takes the adverbs before the verb (進一步表示, 還認為): they are part of how it was said.
    if (!cue.subject.isEmpty() && cue.subject.end < pos) {
        qsizetype at = cue.subject.end;
        while (at < pos) {
            const qsizetype n = l.adverbs.matchAtStart(m_text.mid(at, pos - at));
            if (n == 0) {
                break;
            }
            at += n;
        }
        if (at == pos) {
            cue.range.start = cue.subject.end;
        }
    }
    return cue;
}

bool ChineseAttributor::isPersonName(QStringView np) const
{
    if (np.size() < 2 || np.size() > 12) {
        return false;
    }
    for (const QChar c : np) {
        if (!isNameChar(c)) {
            return false;
        }
    }
    if (lex().nonSpeakers.contains(np) || lex().groups.contains(np) || lex().titles.contains(np) ||
        lex().notNames.contains(np)) {
        return false;
    }
    // A foreign name written with a separator: 安德魯-約翰遜, 瑪麗·居里
    if (np.contains(u'·') || np.contains(u'-') || np.contains(u'‧') || np.contains(u'－')) {
        return np.size() >= 4;
    }
    if (np.size() > 4) {
        return false;
    }
    const qsizetype surname = lex().surnames.matchAtStart(np);
    return surname > 0 && np.size() - surname >= 1 && np.size() - surname <= 2;
}

// "中國工程院院士、清華大學講席教授張亞勤" -> (role, name): the name follows the last title word.
std::optional<std::pair<QString, QString>> ChineseAttributor::splitRoleAndName(QStringView np) const
{
    const ChineseLexicons &l = lex();
    for (qsizetype nameLen = std::min<qsizetype>(np.size() - 1, 12); nameLen >= 2; --nameLen) {
        const QStringView name = np.right(nameLen);
        const QStringView role = np.left(np.size() - nameLen);
        // Known names are looked up only where one could be that long (the lookup allocates).
        if (!isPersonName(name) && (name.size() > m_longestName || !m_byName.contains(name.toString()))) {
            continue;
        }
        if (l.endsWithRole(role)) {
            return std::make_pair(role.toString(), name.toString());
        }
        // 打進制勝球的魯振華: a clause describing the person, not a title; the name stands.
        if (role.endsWith(u'的') && role.size() >= 3) {
            return std::make_pair(QString(), name.toString());
        }
    }
    return std::nullopt;
}

int ChineseAttributor::findOrAddSpeaker(const QString &name, bool group)
{
    if (const auto it = m_byName.constFind(name); it != m_byName.cend()) {
        return *it;
    }
    Speaker speaker;
    speaker.name = name;
    speaker.group = group;
    m_doc.speakers.append(speaker);
    const int index = int(m_doc.speakers.size()) - 1;
    m_byName.insert(name, index);
    m_longestName = std::max(m_longestName, name.size());
    return index;
}

int ChineseAttributor::speakerBySurname(QStringView surname) const
{
    for (int i = int(m_doc.speakers.size()) - 1; i >= 0; --i) {
        const Speaker &s = m_doc.speakers.at(i);
        if (!s.group && s.name.startsWith(surname) && s.name.size() > surname.size()) {
            return i;
        }
    }
    return -1;
}

void addAlias(Speaker &speaker, const QString &alias)
{
    if (alias != speaker.name && !speaker.aliases.contains(alias)) {
        speaker.aliases.append(alias);
    }
}

// The speaker a short form stands for: the last part of a foreign name (約翰遜 for
// 安德魯-約翰遜) or a surname alone (楊 for 楊小明), the most recent such speaker.
int ChineseAttributor::speakerByShortForm(QStringView np) const
{
    for (int i = int(m_doc.speakers.size()) - 1; i >= 0; --i) {
        const QString &name = m_doc.speakers.at(i).name;
        if (m_doc.speakers.at(i).group || name.size() <= np.size()) {
            continue;
        }
        const QChar separator = name.at(name.size() - np.size() - 1);
        const bool lastPart = name.endsWith(np) && (separator == u'-' || separator == u'·' || separator == u'‧' ||
                                                    separator == u'－' || separator == u'•');
        if (lastPart || (np.size() == 1 && name.startsWith(np))) {
            return i;
        }
    }
    return -1;
}

// Who a subject names: a speaker's index, -1 for nobody, or NewSpeaker when `create` is false and
// the subject names someone not seen yet. Pronouns take the last speaker; short forms (王教授,
// 約翰遜 for 安德魯-約翰遜) the speaker they shorten; new names and sources are added when `create`.
int ChineseAttributor::resolveSubject(TextRange subject, bool create)
{
    const ChineseLexicons &l = lex();
    const QStringView np = view(subject).trimmed();
    if (np.isEmpty() || np.size() > 40) {
        return -1;
    }
    auto remember = [this](int index, QStringView alias) {
        if (index >= 0) {
            addAlias(m_doc.speakers[index], alias.toString());
        }
        return index;
    };
    auto newSpeaker = [&](const QString &name, bool group) {
        return create ? findOrAddSpeaker(name, group) : NewSpeaker;
    };
    if (l.pronouns.contains(np)) {
        const QString tag = l.pronouns.tag(np);
        int target = tag == u"plural" && m_lastGroup >= 0 ? m_lastGroup : m_lastSpeaker;
        if (tag == u"male" || tag == u"female") {
            const QString other = tag == u"male" ? QStringLiteral("female") : QStringLiteral("male");
            // The person the narration last put at the head of a clause, else the last speaker;
            // 他 and 她 skip a person the other pronoun already stood for.
            const int mentioned = mentionedBefore(subject.start, other);
            const qsizetype mentionedAt = mentioned >= 0 ? m_lastMentionPos : -1;
            // A person the narration introduced after that mention, nearer the pronoun, wins.
            if (const int introduced = create ? introducedBefore(subject.start, mentionedAt, other) : -1;
                introduced >= 0) {
                target = introduced;
            } else if (mentioned >= 0) {
                target = mentioned;
            } else {
                for (int i = int(m_recent.size()) - 1; i >= 0; --i) {
                    if (m_gender.value(m_recent.at(i)) != other) {
                        target = m_recent.at(i);
                        break;
                    }
                }
            }
            if (create && target >= 0) {
                m_gender.insert(target, tag);
            }
        }
        return create ? remember(target, np) : target;
    }
    if (const auto it = m_byName.constFind(np.toString()); it != m_byName.cend()) {
        return *it;
    }
    if (l.nonSpeakers.contains(np) || l.nonSpeakers.matchAtStart(np) == np.size()) {
        return -1;
    }
    // A known name after a title: 院士張三 -> 張三
    for (qsizetype len = std::min(np.size() - 1, m_longestName); len >= 2; --len) {
        if (const auto it = m_byName.constFind(np.right(len).toString()); it != m_byName.cend()) {
            return *it;
        }
    }
    if (const int shortForm = speakerByShortForm(np); shortForm >= 0 && np.size() <= 4) {
        return create ? remember(shortForm, np) : shortForm;
    }
    // Surname + title: 王教授, 李先生 -> the speaker of that surname, if one was named.
    if (const qsizetype sn = l.surnames.matchAtStart(np); sn > 0 && sn < np.size() && l.titles.contains(np.mid(sn))) {
        const int person = speakerBySurname(np.left(sn));
        if (person >= 0) {
            return create ? remember(person, np) : person;
        }
        return newSpeaker(np.toString(), false);
    }
    if (const auto split = splitRoleAndName(np)) {
        if (!create) {
            return m_byName.value(split->second, NewSpeaker);
        }
        const int index = findOrAddSpeaker(split->second, false);
        if (m_doc.speakers[index].role.isEmpty()) {
            m_doc.speakers[index].role = split->first;
        }
        return index;
    }
    if (isPersonName(np) || (np.size() == 1 && l.surnames.contains(np))) {
        return newSpeaker(np.toString(), false);
    }
    // Anonymous and group sources, and people given only by their role: 一位官員, 消息人士, 警方,
    // 一家公司的人力資源負責人. Only listed titles and groups here: a title-making character alone
    // (…手, …家) ends too many clauses that are not people.
    if ((l.groups.matchAtEnd(np) > 0 || l.titles.matchAtEnd(np) > 0) && np.size() <= 20) {
        QStringView name = np;
        if (const qsizetype d = l.determiners.matchAtStart(name); d > 0 && d < name.size()) {
            name = name.mid(d);
        }
        return newSpeaker(name.toString(), true);
    }
    return -1;
}

// The first position of the words after a verb: past punctuation, 道, and whom they were told
// to (告訴記者，…).
qsizetype ChineseAttributor::skipToWords(qsizetype from, qsizetype end) const
{
    auto skipMarks = [&](qsizetype i) {
        while (i < end && (m_text[i] == u'：' || m_text[i] == u':' || m_text[i] == u'，' || m_text[i] == u',' ||
                           m_text[i].isSpace() || m_text[i] == u'道')) {
            ++i;
        }
        return i;
    };
    qsizetype i = skipMarks(from);
    if (const qsizetype n = lex().addressees.matchAtStart(m_text.mid(i, end - i))) {
        const qsizetype after = i + n;
        if (after < end && (m_text[after] == u'，' || m_text[after] == u',' || m_text[after] == u'：' ||
                            m_text[after] == u':' || isOpeningQuote(m_text[after]))) {
            i = skipMarks(after);
        }
    }
    return i;
}

// The quotation whose opening mark stands at `outerStart`, or end().
QList<DirectQuote>::const_iterator ChineseAttributor::directAt(qsizetype outerStart) const
{
    const auto it = std::lower_bound(m_direct.cbegin(), m_direct.cend(), outerStart,
                                     [](const DirectQuote &d, qsizetype pos) { return d.outer.start < pos; });
    return it != m_direct.cend() && it->outer.start == outerStart ? it : m_direct.cend();
}

// 談到此事時 / 提到他的時候: a verb of topic inside a time adverbial introduces no speech itself.
bool ChineseAttributor::isTimeClause(qsizetype from, qsizetype end) const
{
    qsizetype i = from;
    while (i < end && !isClausePunctuation(m_text[i]) && !isOpeningQuote(m_text[i])) {
        ++i;
    }
    const QStringView clause = m_text.mid(from, i - from);
    return clause.endsWith(u'時') || clause.endsWith(u'时') || clause.endsWith(u"時候") || clause.endsWith(u"时候");
}

// Interview transcripts and Q&A, and quotations introduced by a name and a colon: a name and a
// colon at the head of a clause (張三：…, 記者：…, 李四：「…」).
std::optional<Cue> ChineseAttributor::colonCueAt(qsizetype pos, const Paragraph &para, int paraIndex)
{
    if (m_text[pos] != u'：' && m_text[pos] != u':') {
        return std::nullopt;
    }
    qsizetype start = pos;
    while (start > para.range.start && !isFullStop(m_text[start - 1]) && !isClosingQuote(m_text[start - 1]) &&
           pos - start <= 16) {
        --start;
    }
    const bool atHead = start == para.range.start || isFullStop(m_text[start - 1]) || isClosingQuote(m_text[start - 1]);
    if (!atHead || pos - start > 16 || pos == start) {
        return std::nullopt;
    }
    const TextRange subject{start, pos};
    if (lex().verbs.matchAtEnd(view(subject)) > 0 || !namesSpeaker(subject)) {
        return std::nullopt;
    }
    // A byline: 本報記者：王小明　(a short name, then blank space)
    qsizetype word = pos + 1;
    while (word < para.range.end && word - pos <= 5 && isHan(m_text[word])) {
        ++word;
    }
    if (word < para.range.end && word - pos <= 5 && (m_text[word].isSpace() || m_text[word] == u'\u3000')) {
        return std::nullopt;
    }
    return Cue{{pos, pos + 1}, subject, paraIndex, QStringLiteral("colon")};
}

// Where reported speech that starts at `from` ends: the end of the paragraph, unless another
// speaker's attribution or a quotation comes first. An article printed as one run-on paragraph
// mixes speech and narration: there the speech goes on only through sentences that continue it.
TextRange ChineseAttributor::reportedSpan(qsizetype from, const Paragraph &para, qsizetype limit, int speaker) const
{
    const qsizetype start = skipToWords(from, para.range.end);
    const qsizetype hardEnd = std::min(limit, para.range.end);
    const bool runOn = m_paragraphs.size() == 1 || para.range.length() > 500;
    int sentences = 0;
    qsizetype end = hardEnd;
    qsizetype i = start;
    while (i < hardEnd) {
        const QChar c = m_text[i];
        if (isOpeningQuote(c) || c == u'"') {
            // A term in quotation marks stays inside; a quotation of words ends the reported speech.
            const auto q = directAt(i);
            if (q != m_direct.cend() && q->speech) {
                end = i;
                break;
            }
            if (q != m_direct.cend()) {
                i = q->outer.end;
                continue;
            }
        }
        ++i;
        if (!isFullStop(c)) {
            continue;
        }
        while (i < hardEnd && isClosingQuote(m_text[i])) {
            ++i;
        }
        ++sentences;
        if (runOn) {
            qsizetype next = i;
            while (next < hardEnd && m_text[next].isSpace()) {
                ++next;
            }
            // A sentence that names the speaker is the writer's narration about them.
            qsizetype sentenceEnd = next;
            while (sentenceEnd < hardEnd && !isFullStop(m_text[sentenceEnd])) {
                ++sentenceEnd;
            }
            const bool namesSpeaker = speaker >= 0 && m_text.mid(next, sentenceEnd - next).contains(
                                                          QStringView(m_doc.speakers.at(speaker).name));
            const bool continues =
                !namesSpeaker && lex().continuations.matchAtStart(m_text.mid(next, hardEnd - next)) > 0;
            if (!continues || sentences >= 4) {
                end = i;
                break;
            }
        }
    }
    // Trailing spaces and a dangling comma are not the speaker's.
    while (end > start && (m_text[end - 1].isSpace() || m_text[end - 1] == u'，' || m_text[end - 1] == u',')) {
        --end;
    }
    return {start, std::max(start, end)};
}

void ChineseAttributor::addQuote(int speaker, QuoteKind kind, const QString &cue, TextRange range,
                                 TextRange cueRange, int paraIndex)
{
    if (range.isEmpty()) {
        return;
    }
    // At least a few words: a lone character after a verb is a parse slip, not a quotation.
    qsizetype han = 0;
    for (const QChar c : view(range)) {
        han += isHanOrSurrogate(c) || c.isLetterOrNumber();
    }
    if (han < 4) {
        return;
    }
    const Block &block = m_doc.blocks.at(m_paragraphs.at(paraIndex).block);
    Quote quote;
    quote.speaker = speaker;
    quote.kind = kind;
    quote.cue = cue;
    quote.range = range;
    quote.cueRange = cueRange;
    quote.section = std::max(0, block.section);
    quote.paragraph = block.paragraph;
    m_doc.quotes.append(quote);
}

// Roles given once, usually in the lede: 中國工程院院士、清華大學講席教授張亞勤與中金公司原總裁…朱云來
void ChineseAttributor::findRoles()
{
    const ChineseLexicons &l = lex();
    for (Speaker &speaker : m_doc.speakers) {
        if (!speaker.role.isEmpty() || speaker.group) {
            continue;
        }
        const qsizetype index = &speaker - m_doc.speakers.data();
        const qsizetype first = index < m_firstNamed.size() ? m_firstNamed.at(index) : -1;
        for (const Paragraph &para : std::as_const(m_paragraphs)) {
            if (first < 0 || !para.range.contains(first)) {
                continue;
            }
            const QStringView text = view(para.range);
            const qsizetype at = first - para.range.start;
            // Back from the name to a clause boundary, or to a conjunction after another name.
            qsizetype start = at;
            while (start > 0) {
                const QChar c = text[start - 1];
                if (isClausePunctuation(c) || isOpeningQuote(c) || isClosingQuote(c) || c == u'(' || c == u'（' ||
                    c == u')' || c == u'）' || c.isSpace() || c == u'—' || c == u'－' || c == u'―') {
                    break;
                }
                if ((c == u'與' || c == u'与' || c == u'和' || c == u'及' || c == u'同' || c == u'跟') && start - 1 > 0) {
                    const QStringView before = text.left(start - 1);
                    const bool afterName = std::any_of(m_doc.speakers.cbegin(), m_doc.speakers.cend(),
                                                       [&](const Speaker &s) { return before.endsWith(s.name); });
                    if (afterName || l.titles.matchAtEnd(before) > 0) {
                        break;
                    }
                }
                --start;
            }
            QStringView role = text.mid(start, at - start);
            if (const qsizetype d = l.determiners.matchAtStart(role)) {
                role = role.mid(d);
            }
            if (!role.isEmpty() && l.endsWithRole(role) && role.size() <= 40) {
                speaker.role = role.toString();
            } else {
                // An apposition after the name: 張三，某公司總經理，表示
                const QStringView after = text.mid(at + speaker.name.size());
                if (after.startsWith(u'，') || after.startsWith(u',')) {
                    qsizetype end = 1;
                    while (end < after.size() && !isClausePunctuation(after[end])) {
                        ++end;
                    }
                    const QStringView appos = after.mid(1, end - 1);
                    if (appos.size() <= 30 && l.endsWithRole(appos)) {
                        speaker.role = appos.toString();
                    }
                }
            }
            break;
        }
    }
}

// A quotation with no verb beside it: the speaker named at the head of its sentence, else the
// speaker of the attributed quote just before it in the same or the previous paragraph (quotes
// after a speaker's quote are theirs).
int ChineseAttributor::speakerNear(const DirectQuote &q, const Quote *lastIndirect,
                                   const DirectQuote *lastDirect) const
{
    const Paragraph &para = m_paragraphs.at(q.paragraph);
    qsizetype sentenceStart = q.outer.start;
    while (sentenceStart > para.range.start && !isFullStop(m_text[sentenceStart - 1])) {
        --sentenceStart;
    }
    for (qsizetype at = sentenceStart; at < q.outer.start; ++at) {
        qsizetype length = 0;
        if (const int named = nameAt(at, q.outer.start, &length); named >= 0) {
            return named;
        }
    }
    // The later of the two attributed quotes before this one, if it is close enough.
    if (lastDirect && (!lastIndirect || lastDirect->inner.start > lastIndirect->range.start)) {
        return q.paragraph - lastDirect->paragraph <= 1 ? lastDirect->speaker : -1;
    }
    if (lastIndirect) {
        return q.paragraph - lastIndirect->paragraph <= 1 ? lastIndirect->speaker : -1;
    }
    return -1;
}

// The known person's name (two characters or more) that starts at `pos`, the longest, or -1.
int ChineseAttributor::nameAt(qsizetype pos, qsizetype end, qsizetype *length) const
{
    if (!m_nameStarts.test(m_text[pos].unicode())) {
        return -1;
    }
    for (qsizetype len = std::min(m_longestPersonName, end - pos); len >= 2; --len) {
        if (!(m_nameLengths & (quint64(1) << std::min<qsizetype>(len, 63)))) {
            continue;
        }
        if (const auto it = m_names.find(toView(m_text.mid(pos, len))); it != m_names.end()) {
            *length = len;
            return it->second;
        }
    }
    return -1;
}

// Every place a known name stands, in one pass over the paragraphs: where each person is first
// named (for roles), and where the narration names a person at the head of a clause (李明哲說,
// 作家蔡宛芸，今年…) — the people a later 他 or 她 most likely stands for.
void ChineseAttributor::indexNames()
{
    const ChineseLexicons &l = lex();
    // People only: the groups' names (專家, 記者) are common words, and pronouns never stand for them.
    for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
        if (it.key().size() >= 2 && !m_doc.speakers.at(it.value()).group) {
            m_names.emplace(std::u16string(toView(it.key())), it.value());
            m_nameStarts.set(it.key().at(0).unicode());
            m_nameLengths |= quint64(1) << std::min<qsizetype>(it.key().size(), 63);
            m_longestPersonName = std::max(m_longestPersonName, it.key().size());
        }
    }
    m_firstNamed.fill(-1, m_doc.speakers.size());
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        const TextRange para = m_paragraphs.at(p).range;
        for (qsizetype at = para.start; at < para.end; ++at) {
            qsizetype length = 0;
            const int speaker = nameAt(at, para.end, &length);
            if (speaker < 0) {
                continue;
            }
            if (m_firstNamed.at(speaker) < 0) {
                m_firstNamed[speaker] = at;
            }
            qsizetype head = at;
            while (head > para.start && !isClausePunctuation(m_text[head - 1]) && !isOpeningQuote(m_text[head - 1]) &&
                   !isClosingQuote(m_text[head - 1])) {
                --head;
            }
            const QStringView before = m_text.mid(head, at - head);
            const bool atHead = before.isEmpty() || l.endsWithRole(before) || before.endsWith(u'的') ||
                                l.discourse.matchAtStart(before) == before.size() ||
                                l.determiners.matchAtStart(before) == before.size();
            if (atHead && !m_doc.speakers.at(speaker).group) {
                m_mentions.append({at, speaker, p});
            }
            at += length - 1;
        }
    }
}

// Inside words already attributed to someone: names there are what was said, not who says it.
bool ChineseAttributor::insideQuote(qsizetype pos) const
{
    const auto quote = std::upper_bound(m_doc.quotes.cbegin(), m_doc.quotes.cend(), pos,
                                        [](qsizetype p, const Quote &q) { return p < q.range.start; });
    if (quote != m_doc.quotes.cbegin() && (quote - 1)->range.contains(pos)) {
        return true;
    }
    const auto direct = std::upper_bound(m_direct.cbegin(), m_direct.cend(), pos,
                                         [](qsizetype p, const DirectQuote &d) { return p < d.outer.start; });
    return direct != m_direct.cbegin() && (direct - 1)->speech && (direct - 1)->inner.contains(pos);
}

// The person named last at the head of a clause before `pos`, in its paragraph or the one before.
// A person the narration introduces at the head of a clause without having quoted them yet:
// 孫浩然顯得很平靜, 評彈藝人錢秀英登台演唱. Where the name stands, empty if there is none.
TextRange ChineseAttributor::personAtClauseHead(qsizetype head, qsizetype end) const
{
    const ChineseLexicons &l = lex();
    const qsizetype limit = std::min<qsizetype>(end - head, 18);
    auto startsVerbAt = [&](qsizetype at) {
        return at < end && (l.afterName.contains(m_text.mid(at, 1)) || l.verbs.matchAtStart(m_text.mid(at, end - at)) > 0);
    };
    // A listed title or source word, then a name: the longest reading whose name ends where a verb
    // begins, or whose last character at least does not begin one (王磊表示 is 王磊, 錢秀英登台 is
    // 錢秀英). In narration only a listed title makes a role: a title-making character alone also
    // ends ordinary phrases (批評工程延誤 is no 工 + 程延誤).
    for (qsizetype nameEnd = head + limit; nameEnd >= head + 3; --nameEnd) {
        for (qsizetype nameLength = std::min<qsizetype>(4, nameEnd - head - 2); nameLength >= 2; --nameLength) {
            const qsizetype nameStart = nameEnd - nameLength;
            const QStringView role = m_text.mid(head, nameStart - head);
            if (!isPersonName(m_text.mid(nameStart, nameLength)) ||
                (l.titles.matchAtEnd(role) == 0 && l.groups.matchAtEnd(role) == 0)) {
                continue;
            }
            const QChar next = nameEnd < end ? m_text[nameEnd] : QChar();
            if (!isHan(next) || startsVerbAt(nameEnd) || !startsVerbAt(nameEnd - 1)) {
                return {nameStart, nameEnd};
            }
        }
    }
    // A bare name: surname and one or two characters, the shorter when a verb starts at the third.
    for (qsizetype length = std::min<qsizetype>(limit, 4); length >= 2; --length) {
        const QStringView candidate = m_text.mid(head, length);
        // Narration starts with ordinary words far more often than with names: a common word at
        // the head (安排…, 宣傳…, 高官…) makes the run no name, whatever follows.
        if (!isPersonName(candidate) || (length > 2 && l.notNames.contains(candidate.left(2)))) {
            continue;
        }
        if (length == 3 && startsVerbAt(head + 2)) {
            continue;
        }
        const QChar next = head + length < end ? m_text[head + length] : QChar();
        if (!isHan(next) || startsVerbAt(head + length) || length == 3) {
            return {head, head + length};
        }
    }
    return {};
}

int ChineseAttributor::mentionedBefore(qsizetype pos, const QString &excludedGender) const
{
    const auto end = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                      [](const Mention &m, qsizetype p) { return m.pos < p; });
    const int paragraph = int(std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
                                               [](qsizetype p, const Paragraph &para) {
                                                   return p < para.range.start;
                                               }) -
                              m_paragraphs.cbegin()) -
                          1;
    for (auto it = end; it != m_mentions.cbegin();) {
        --it;
        if (it->paragraph < paragraph - 1) {
            break;
        }
        if (!insideQuote(it->pos) && m_gender.value(it->speaker) != excludedGender) {
            m_lastMentionPos = it->pos;
            return it->speaker;
        }
    }
    return -1;
}

// The person the narration introduced at a clause head between `after` and `pos`, nearest `pos`
// first, within the pronoun's paragraph and the one before; added as a speaker. -1 if none.
int ChineseAttributor::introducedBefore(qsizetype pos, qsizetype after, const QString &excludedGender)
{
    const auto para = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
                                       [](qsizetype p, const Paragraph &paragraph) {
                                           return p < paragraph.range.start;
                                       });
    if (para == m_paragraphs.cbegin()) {
        return -1;
    }
    const auto here = para - 1;
    // A few sentences back at most: a pronoun refers to someone just introduced, and the scan must
    // stay short in a run-on paragraph of a million characters.
    constexpr qsizetype kLookBack = 400;
    const qsizetype floor = std::max({after, (here == m_paragraphs.cbegin() ? here : here - 1)->range.start,
                                      pos - kLookBack});
    const qsizetype paraEnd = here->range.end;
    // Clause heads from the pronoun backwards.
    for (qsizetype i = pos - 1; i >= floor; --i) {
        const bool boundary = i == floor || isClausePunctuation(m_text[i - 1]) || isClosingQuote(m_text[i - 1]) ||
                              m_text[i - 1] == u'\n';
        if (!boundary || insideQuote(i) || i + 1 >= paraEnd) {
            continue;
        }
        const TextRange name = personAtClauseHead(i, std::min(paraEnd, pos));
        if (name.isEmpty() || lex().nonSpeakers.contains(view(name))) {
            continue;
        }
        // Resolved as any subject is, so that 陳局長 finds 陳志明 rather than a new person.
        const int speaker = resolveSubject(name, true);
        if (speaker < 0) {
            continue;
        }
        if (m_gender.value(speaker) == excludedGender) {
            return -1;
        }
        return speaker;
    }
    return -1;
}

void ChineseAttributor::run()
{
    collectParagraphs();
    findDirectQuotes();

    // Cue sites, in text order, outside quotations.
    QList<Cue> cues;
    qsizetype nextDirect = 0; // m_direct is in text order: walk it alongside the text
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        const Paragraph &para = m_paragraphs.at(p);
        for (qsizetype i = para.range.start; i < para.range.end; ++i) {
            while (nextDirect < m_direct.size() && m_direct.at(nextDirect).inner.end <= i) {
                ++nextDirect;
            }
            if (nextDirect < m_direct.size() && m_direct.at(nextDirect).speech &&
                m_direct.at(nextDirect).inner.contains(i)) {
                i = m_direct.at(nextDirect).inner.end - 1; // no cues inside quoted words
                continue;
            }
            auto cue = cueAt(i, para, p);
            if (!cue) {
                cue = colonCueAt(i, para, p);
            }
            if (cue) {
                cues.append(*cue);
                i = cue->range.end - 1;
            }
        }
    }

    // Everyone named before a verb, first, so a pronoun can look back to where the narration
    // named a person who speaks only later.
    for (const Cue &cue : std::as_const(cues)) {
        if (!lex().pronouns.contains(view(cue.subject).trimmed())) {
            resolveSubject(cue.subject, true);
        }
    }
    indexNames();

    // Walk paragraphs in order so pronouns see the speakers named before them.
    int cueIndex = 0;
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        const Paragraph &para = m_paragraphs.at(p);
        QList<Cue> here;
        while (cueIndex < cues.size() && cues.at(cueIndex).paragraph == p) {
            here.append(cues.at(cueIndex++));
        }
        qsizetype coveredUntil = para.range.start;
        for (int c = 0; c < here.size(); ++c) {
            const Cue &cue = here.at(c);
            if (cue.range.start < coveredUntil) {
                continue; // inside the reported speech of an earlier cue in this paragraph
            }
            const int speaker = resolveSubject(cue.subject, true);
            if (speaker < 0) {
                continue;
            }
            const QString cueText = view(cue.range).toString();
            // Cue after a quotation: “…”張三表示
            qsizetype back = cue.subject.start;
            while (back > para.range.start && (m_text[back - 1].isSpace() || m_text[back - 1] == u'，' ||
                                               m_text[back - 1] == u',')) {
                --back;
            }
            auto attribute = [&](DirectQuote &q) {
                if (q.speaker < 0) {
                    q.speaker = speaker;
                    q.cue = cueText;
                    q.cueRange = cue.range;
                }
            };
            // 則/卻 (whereas) sets this speaker against the one quoted before.
            const QStringView adverbs = m_text.mid(cue.subject.end, cue.range.start - cue.subject.end);
            const bool contrast = cueText.startsWith(u'則') || cueText.startsWith(u'则') ||
                                  cueText.startsWith(u'卻') || cueText.startsWith(u'却') || adverbs.contains(u'則') ||
                                  adverbs.contains(u'则');
            if (!contrast && back > para.range.start &&
                (isClosingQuote(m_text[back - 1]) || m_text[back - 1] == u'"')) {
                // The quotation that ends there is the last one opening before it.
                auto it = std::lower_bound(m_direct.begin(), m_direct.end(), back,
                                           [](const DirectQuote &d, qsizetype pos) { return d.outer.start < pos; });
                if (it != m_direct.begin() && (it - 1)->outer.end == back && (it - 1)->speech &&
                    (it - 1)->speaker < 0) {
                    attribute(*(it - 1));
                }
            }
            // Cue before a quotation: 張三表示：“…”
            const qsizetype next = skipToWords(cue.range.end, para.range.end);
            bool attributedAfter = false;
            if (const auto at = directAt(next); at != m_direct.cend() && at->speech) {
                attribute(m_direct[at - m_direct.cbegin()]);
                attributedAfter = true;
                coveredUntil = at->outer.end;
            }
            m_lastSpeaker = speaker;
            if (m_doc.speakers.at(speaker).group) {
                m_lastGroup = speaker;
            } else {
                m_recent.removeAll(speaker);
                m_recent.append(speaker);
            }
            if (attributedAfter) {
                continue;
            }
            // Reported speech after the verb, up to the next attribution in the paragraph.
            const bool endsClause = next >= para.range.end || isFullStop(m_text[next]);
            if (endsClause || (cue.tag == u"topic" && isTimeClause(cue.range.end, para.range.end))) {
                continue;
            }
            qsizetype limit = para.range.end;
            for (int d = c + 1; d < here.size(); ++d) {
                if (here.at(d).range.start >= next && !here.at(d).subject.isEmpty() &&
                    namesSpeaker(here.at(d).subject)) {
                    // Stop at the sentence that holds the next attribution, or right before its
                    // subject when it shares the sentence (張三表示，李四認為…).
                    limit = here.at(d).subject.start;
                    for (qsizetype k = limit; k > next; --k) {
                        if (isFullStop(m_text[k - 1])) {
                            limit = k;
                            break;
                        }
                    }
                    break;
                }
            }
            const TextRange span = reportedSpan(cue.range.end, para, limit, speaker);
            // A transcript line (張三：…) gives the words as spoken.
            const QuoteKind kind = cue.tag == u"colon" ? QuoteKind::Direct : QuoteKind::Indirect;
            addQuote(speaker, kind, cueText, span, cue.range, p);
            coveredUntil = std::max(coveredUntil, span.end);
        }
    }

    // Quotations with no verb beside them, in text order beside the attributed quotes before them.
    qsizetype indirect = 0;
    const Quote *lastIndirect = nullptr;
    const DirectQuote *lastDirect = nullptr;
    for (DirectQuote &q : m_direct) {
        if (!q.speech) {
            continue;
        }
        while (indirect < m_doc.quotes.size() && m_doc.quotes.at(indirect).range.start < q.outer.start) {
            if (m_doc.quotes.at(indirect).speaker >= 0) {
                lastIndirect = &m_doc.quotes.at(indirect);
            }
            ++indirect;
        }
        if (q.speaker < 0) {
            q.speaker = speakerNear(q, lastIndirect, lastDirect);
        }
        if (q.speaker >= 0) {
            lastDirect = &q;
        }
    }
    for (const DirectQuote &q : std::as_const(m_direct)) {
        if (q.speech) {
            addQuote(q.speaker, QuoteKind::Direct, q.cue, q.inner, q.cueRange, q.paragraph);
        }
    }

    findRoles();
}

} // namespace

void attributeChinese(Document &doc)
{
    ChineseAttributor(doc).run();
}

} // namespace QuoteReader
