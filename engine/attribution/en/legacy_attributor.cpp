// English attribution: direct quotes by their quotation marks, reported speech by its cue, and the
// speaker of each found from the noun phrase next to the cue, with pronouns and short forms resolved.
#include "attribution/legacy.h"

#include "lexicon.h"

#include <QChar>
#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace QuoteReader {

namespace {

using namespace Qt::StringLiterals;

// Flags of a few hundred short words, asked of every token of the text: open addressing over a
// power-of-two table, so that a miss (most tokens) costs one hash of the word and one probe or two.
class WordFlags {
public:
    void add(QStringView word, quint8 flags)
    {
        if (m_slots.size() < 2 * (m_count + 1)) {
            grow();
        }
        Slot &slot = probe(word, hash(word));
        if (slot.word.empty()) {
            slot.word = std::u16string(toView(word));
            slot.hash = hash(word);
            ++m_count;
        }
        slot.flags |= flags;
    }
    quint8 find(QStringView word) const
    {
        if (m_slots.empty()) {
            return 0;
        }
        return const_cast<WordFlags *>(this)->probe(word, hash(word)).flags;
    }

private:
    struct Slot {
        std::u16string word; // empty: a free slot
        quint32 hash = 0;
        quint8 flags = 0;
    };
    static quint32 hash(QStringView word)
    {
        quint32 h = 2166136261u; // FNV-1a over UTF-16 units
        for (const QChar c : word) {
            h = (h ^ c.unicode()) * 16777619u;
        }
        return h;
    }
    Slot &probe(QStringView word, quint32 h)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.word.empty() || (slot.hash == h && toView(word) == slot.word)) {
                return slot;
            }
        }
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 4), Slot{});
        m_count = 0;
        for (Slot &slot : old) {
            if (!slot.word.empty()) {
                Slot &to = probe(QStringView(slot.word.data(), qsizetype(slot.word.size())), slot.hash);
                to = std::move(slot);
                ++m_count;
            }
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

struct Lexicons {
    WordList verbs = WordList::fromResource(u"en/speech-verbs.txt"_s);
    WordList sources = WordList::fromResource(u"en/source-phrases.txt"_s);
    WordList pronouns = WordList::fromResource(u"en/pronouns.txt"_s);
    WordList honorifics = WordList::fromResource(u"en/honorifics.txt"_s);
    WordList titles = WordList::fromResource(u"en/titles.txt"_s);
    WordList groups = WordList::fromResource(u"en/groups.txt"_s);
    WordList determiners = WordList::fromResource(u"en/determiners.txt"_s);
    WordList adverbs = WordList::fromResource(u"en/cue-adverbs.txt"_s);
    WordList timeWords = WordList::fromResource(u"en/time-words.txt"_s);
    WordList abbreviations = WordList::fromResource(u"en/abbreviations.txt"_s);
    WordList function = WordList::fromResource(u"en/function-words.txt"_s);
    WordList settings = WordList::fromResource(u"en/cue-settings.txt"_s);
    WordList circumstances = WordList::fromResource(u"en/cue-circumstances.txt"_s);
    WordList modifiers = WordList::fromResource(u"en/group-modifiers.txt"_s);
    WordList speakerless = WordList::fromResource(u"en/speakerless-participle.txt"_s);

    // What the lists above say of one word, for the questions asked of every token: one lookup per
    // token instead of one per list and per question.
    enum WordFlag : quint8 {
        Verb = 1,                // a one-word speech verb
        ReportVerb = 2,          // ... tagged "report"
        StartsVerbPhrase = 4,    // the first word of a speech verb of several words ("pointed out")
        Function = 8,            // a function word
        StartsSourcePhrase = 16, // the first word of a source phrase ("according to")
    };
    WordFlags flags;

    Lexicons()
    {
        const auto firstWord = [](const QString &entry) { return QStringView(entry).left(entry.indexOf(u' ')); };
        for (const QString &entry : verbs.entries()) {
            if (entry.contains(u' ')) {
                flags.add(firstWord(entry), StartsVerbPhrase);
            } else {
                flags.add(entry, verbs.tag(entry) == u"report"_s ? Verb | ReportVerb : Verb);
            }
        }
        for (const QString &entry : function.entries()) {
            if (!entry.contains(u' ')) {
                flags.add(entry, Function);
            }
        }
        for (const QString &entry : sources.entries()) {
            if (entry.contains(u' ')) {
                flags.add(firstWord(entry), StartsSourcePhrase);
            }
        }
    }
    quint8 flagsOf(QStringView word) const { return flags.find(word); }
};

const Lexicons &lex()
{
    static const Lexicons lexicons;
    return lexicons;
}

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Tok { Word, Punct, Open, Close };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    Tok kind = Tok::Word;
    bool single = false; // for quote marks: a single quotation mark
};

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

class Text {
public:
    explicit Text(const QString &text) : m_text(text) {}
    QStringView view(const Token &t) const { return QStringView(m_text).mid(t.start, t.end - t.start); }
    QStringView view(qsizetype start, qsizetype end) const { return QStringView(m_text).mid(start, end - start); }
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar(u' '); }
    const QString &str() const { return m_text; }

private:
    const QString &m_text;
};

// Splits one paragraph into words, punctuation and quotation marks. An apostrophe inside a word
// (don't, Clinton's) belongs to the word; a period belongs to an abbreviation or an initial.
QList<Token> tokenize(const Text &t, TextRange range)
{
    QList<Token> tokens;
    tokens.reserve((range.end - range.start) / 4);
    const Lexicons &L = lex();
    qsizetype i = range.start;
    const qsizetype end = std::min(range.end, t.str().size());
    const QChar *const text = t.str().constData(); // [range.start, end) is inside the text
    bool singleOpen = false; // a single quotation mark is open: a mark after "s" may close it
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
            if (j < end && t.at(j) == u'.') {
                const QStringView word = t.view(i, j);
                const bool initial = word.size() == 1 && word.at(0).isUpper();
                // A period right before a closing parenthesis ends an abbreviation: "(D-Wis.)".
                if (initial || word.contains(u'.') || L.abbreviations.contains(word) || t.at(j + 1) == u')') {
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
        const QChar prev = t.at(i - 1);
        const QChar next = i + 1 < end ? t.at(i + 1) : QChar(u' ');
        const bool openContext = i == range.start || prev.isSpace() || prev == u'(' || prev == u'['
                                 || prev == u'\u2014' || prev == u'\u2013' || prev == u'-' || prev == u':';
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
            tokens.append({i, i + 2, openContext && !t.at(i + 2).isSpace() ? Tok::Open : Tok::Close, false});
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

// ---------------------------------------------------------------------------------------------
// Quoted spans of one paragraph

struct Span {
    int open = -1;  // token index of the opening mark (-1: continues from the previous paragraph)
    int close = -1; // token index of the closing mark (-1: runs to the end of the paragraph)
    bool single = false;
};

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
            } else if (!tok.single && i == 0) {
                continue; // a stray closing mark opening the paragraph
            }
            continue;
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
    if (current) {
        // A single mark that never closes was an apostrophe, unless it opens the paragraph.
        if (!current->single || current->open == 0) {
            spans.append(*current);
        }
    }
    return spans;
}

// ---------------------------------------------------------------------------------------------
// Speakers

enum class MentionKind { None, Name, Pronoun, Group, Description };

struct Mention {
    MentionKind kind = MentionKind::None;
    int first = -1; // token range of the whole mention (with titles and apposition)
    int last = -1;
    QStringList nameTokens; // for Name: the name without titles
    QString honorific;      // "Mr."
    QString title;          // "Sen.", "longtime Democratic pollster"
    QString apposition;     // "a senior fellow at the Example Institute"
    QString phrase;         // for Group / Description / Pronoun: the words as written
};

struct Person {
    QStringList nameTokens;
    QString gender; // "male", "female", ""
    qsizetype lastSeen = -1;
};

// A person's name met anywhere in the text, kept to expand later short forms and pronouns.
struct SeenName {
    QStringList tokens;
    QString title;
    QString honorific;
};

class Registry {
public:
    explicit Registry(Document &doc) : m_doc(doc) {}

    // A surname of a full name met earlier in the text ("Smith" after "Jane Smith").
    bool knownSurname(QStringView word) const { return m_seenBySurname.contains(foldKey(word)); }

    void seen(const SeenName &name)
    {
        if (name.tokens.size() > 1) {
            m_seenBySurname[foldKey(name.tokens.last())].append(int(m_seen.size()));
        }
        m_seen.append(name);
    }

    int resolve(const Mention &m, qsizetype position)
    {
        switch (m.kind) {
        case MentionKind::Name:
            return touch(named(m), position);
        case MentionKind::Pronoun:
            return touch(pronoun(m.phrase.toLower()), position);
        case MentionKind::Group:
        case MentionKind::Description:
            return touch(group(m), position);
        case MentionKind::None:
            break;
        }
        return -1;
    }

private:
    // A key equal for any two words that compare equal ignoring case (QString::compare folds each
    // code point alone, and so does this): the lookups below find their candidates by it, then
    // test them with the comparison itself. A long document meets hundreds of speakers and
    // thousands of names, so scanning them all at every mention made attribution quadratic.
    static QString foldKey(QStringView word)
    {
        QString key;
        key.reserve(word.size());
        for (qsizetype i = 0; i < word.size(); ++i) {
            char32_t c = word.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(word.at(i).unicode(), word.at(i + 1).unicode());
                ++i;
            }
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                key.append(QChar(QChar::highSurrogate(folded)));
                key.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                key.append(QChar(char16_t(folded)));
            }
        }
        return key;
    }

    static void insertSorted(QList<int> &list, int index)
    {
        list.insert(std::lower_bound(list.begin(), list.end(), index) - list.begin(), index);
    }

    // Keeps the name indexes in step with a person's name tokens.
    void indexPerson(int i)
    {
        const QStringList &tokens = m_people.at(i).nameTokens;
        if (tokens.isEmpty() || m_doc.speakers.at(i).group) {
            return;
        }
        insertSorted(m_byFirst[foldKey(tokens.first())], i);
        insertSorted(m_byLast[foldKey(tokens.last())], i);
    }
    void unindexPerson(int i)
    {
        const QStringList &tokens = m_people.at(i).nameTokens;
        if (tokens.isEmpty() || m_doc.speakers.at(i).group) {
            return;
        }
        m_byFirst[foldKey(tokens.first())].removeOne(i);
        m_byLast[foldKey(tokens.last())].removeOne(i);
    }

    // Speakers by their lower-cased name, for group and description mentions.
    void indexSpeakerName(int i) { insertSorted(m_byName[m_doc.speakers.at(i).name.toLower()], i); }
    void unindexSpeakerName(int i) { m_byName[m_doc.speakers.at(i).name.toLower()].removeOne(i); }

    int touch(int index, qsizetype position)
    {
        if (index >= 0) {
            m_people[index].lastSeen = position;
        }
        return index;
    }

    static void addAlias(Speaker &s, const QString &alias)
    {
        if (!alias.isEmpty() && alias != s.name && !s.aliases.contains(alias)) {
            s.aliases.append(alias);
        }
    }

    static void addRole(Speaker &s, const Mention &m)
    {
        QString role = m.title;
        if (!m.apposition.isEmpty()) {
            role = role.isEmpty() ? m.apposition : role + u", "_s + m.apposition;
        }
        if (s.role.isEmpty() || (s.role.size() < role.size() && !m.apposition.isEmpty())) {
            if (!role.isEmpty()) {
                s.role = role;
            }
        }
    }

    int named(const Mention &m)
    {
        const QStringList &tokens = m.nameTokens;
        const QString surname = tokens.last();
        int found = -1;
        // Candidates: people whose last name, or first name, may equal one of ours; the tests
        // below decide, and the last person that passes them is the one found.
        const QString surnameKey = foldKey(surname);
        QList<int> candidates = m_byLast.value(surnameKey);
        if (tokens.size() == 1) {
            candidates += m_byFirst.value(surnameKey);
        } else {
            candidates += m_byFirst.value(foldKey(tokens.first()));
        }
        std::sort(candidates.begin(), candidates.end());
        for (const int i : std::as_const(candidates)) {
            if (m_doc.speakers.at(i).group || m_people.at(i).nameTokens.isEmpty()) {
                continue;
            }
            const QStringList &known = m_people.at(i).nameTokens;
            const auto same = [](const QString &a, const QString &b) {
                return a.compare(b, Qt::CaseInsensitive) == 0;
            };
            if (tokens.size() > 1 && known.size() > 1 && !same(known.first(), tokens.first())) {
                continue; // "Jane Roe" and "John Roe", "North Korea" and "South Korea" are two
            }
            if (same(known.last(), surname) || (tokens.size() == 1 && same(known.first(), surname))
                || (known.size() == 1 && same(tokens.first(), known.first()))) {
                found = i;
            }
        }
        if (found < 0 && tokens.size() == 1) {
            // A surname alone: the fullest form written earlier ("Smith" after "Jane Smith").
            const QList<int> seen = m_seenBySurname.value(surnameKey);
            for (qsizetype s = seen.size() - 1; s >= 0; --s) {
                const SeenName &n = m_seen.at(seen.at(s));
                if (n.tokens.size() > 1 && n.tokens.last().compare(surname, Qt::CaseInsensitive) == 0) {
                    Mention full = m;
                    full.nameTokens = n.tokens;
                    if (full.title.isEmpty()) {
                        full.title = n.title;
                    }
                    if (full.honorific.isEmpty()) {
                        full.honorific = n.honorific;
                    }
                    const int index = named(full);
                    addAlias(m_doc.speakers[index], surname);
                    return index;
                }
            }
        }
        const QString name = tokens.join(u' ');
        const QString gender = lex().honorifics.tag(m.honorific);
        if (found < 0) {
            Speaker s;
            s.name = name;
            addRole(s, m);
            if (!m.honorific.isEmpty()) {
                addAlias(s, m.honorific + u' ' + surname);
            }
            m_doc.speakers.append(s);
            m_people.append(Person{tokens, gender, -1});
            const int index = int(m_doc.speakers.size() - 1);
            indexPerson(index);
            indexSpeakerName(index);
            return index;
        }
        Speaker &s = m_doc.speakers[found];
        Person &p = m_people[found];
        if (tokens.size() > p.nameTokens.size()) {
            addAlias(s, s.name);
            unindexPerson(found);
            unindexSpeakerName(found);
            s.name = name;
            p.nameTokens = tokens;
            indexPerson(found);
            indexSpeakerName(found);
            s.aliases.removeAll(name);
        } else {
            addAlias(s, name);
        }
        if (!m.honorific.isEmpty()) {
            addAlias(s, m.honorific + u' ' + surname);
        }
        if (!gender.isEmpty()) {
            p.gender = gender;
        }
        addRole(s, m);
        return found;
    }

    int pronoun(const QString &word)
    {
        const QString agree = lex().pronouns.tag(word);
        const bool personal = agree == u"male"_s || agree == u"female"_s;
        int best = -1;
        for (int i = 0; i < m_people.size(); ++i) {
            const Person &p = m_people.at(i);
            if (best >= 0 && p.lastSeen <= m_people.at(best).lastSeen) {
                continue;
            }
            const bool group = m_doc.speakers.at(i).group;
            const bool fits = personal ? !group && !p.nameTokens.isEmpty() && (p.gender.isEmpty() || p.gender == agree)
                                       : group;
            if (fits) {
                best = i;
            }
        }
        if (best < 0 && personal) {
            // Nobody quoted yet: the last person named in the text ("Dr. Jane Roe arrived. She said").
            for (qsizetype k = m_seen.size() - 1; k >= 0; --k) {
                const SeenName &n = m_seen.at(k);
                const QString gender = lex().honorifics.tag(n.honorific);
                if (!gender.isEmpty() && gender != agree) {
                    continue;
                }
                Mention m;
                m.kind = MentionKind::Name;
                m.nameTokens = n.tokens;
                m.title = n.title;
                m.honorific = n.honorific;
                best = named(m);
                break;
            }
        }
        if (best >= 0) {
            Person &p = m_people[best];
            if (p.gender.isEmpty() && personal) {
                p.gender = agree;
            }
            addAlias(m_doc.speakers[best], word);
        }
        return best;
    }

    int group(const Mention &m)
    {
        const auto same = m_byName.constFind(m.phrase.toLower());
        if (same != m_byName.cend() && !same->isEmpty()) {
            const int i = same->first();
            addRole(m_doc.speakers[i], m);
            return i;
        }
        Speaker s;
        s.name = m.phrase;
        s.group = m.kind == MentionKind::Group;
        addRole(s, m);
        m_doc.speakers.append(s);
        m_people.append(Person{});
        const int index = int(m_doc.speakers.size() - 1);
        indexSpeakerName(index);
        return index;
    }

    Document &m_doc;
    QList<Person> m_people; // parallel to m_doc.speakers
    QList<SeenName> m_seen;
    // Indexes in ascending order, kept in step with m_people, m_doc.speakers and m_seen.
    QHash<QString, QList<int>> m_byFirst; // folded first name token -> people
    QHash<QString, QList<int>> m_byLast;  // folded last name token -> people
    QHash<QString, QList<int>> m_byName;  // lower-cased speaker name -> speakers
    QHash<QString, QList<int>> m_seenBySurname; // folded last token -> m_seen entries of 2+ tokens
};

// ---------------------------------------------------------------------------------------------
// One paragraph's analysis

struct QuoteDraft {
    Quote quote;
    bool cued = false;
};

class Paragraph {
public:
    Paragraph(const Text &text, QList<Token> tokens) : t(text), tok(std::move(tokens)) { fold(); }

    const Text &t;
    QList<Token> tok;

    int size() const { return int(tok.size()); }
    QStringView w(int i) const { return t.view(tok.at(i)); }
    // The token lower-cased. The cue and subject searches ask for it many times per token, inside
    // leftward scans: it is computed once per paragraph.
    QStringView lw(int i) const { return lowered(i, i); }
    bool isWord(int i) const { return i >= 0 && i < size() && tok.at(i).kind == Tok::Word; }
    bool isPunct(int i, QChar c) const
    {
        return i >= 0 && i < size() && tok.at(i).kind == Tok::Punct && w(i).size() == 1 && w(i).at(0) == c;
    }
    bool isCap(int i) const { return isWord(i) && w(i).at(0).isUpper(); }
    bool isFunction(int i) const
    {
        if (!isWord(i)) {
            return false;
        }
        return m_flags[size_t(i)] & Lexicons::Function;
    }
    bool isComma(int i) const { return isPunct(i, u','); }
    bool isDash(int i) const
    {
        return i >= 0 && i < size() && tok.at(i).kind == Tok::Punct
               && (w(i) == u"\u2014" || w(i) == u"\u2013" || w(i) == u"-");
    }

    // Length in tokens of the speech verb starting at i (multi-word cues like "pointed out"), 0 if none.
    int verbAt(int i, bool reportOnly = false) const
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

    int sourcePhraseAt(int i) const
    {
        if (!isWord(i) || !isWord(i + 1) || !(m_flags[size_t(i)] & Lexicons::StartsSourcePhrase)) {
            return 0;
        }
        if (lex().sources.contains(lowered(i, i + 1))) {
            return 2;
        }
        if (isWord(i + 2) && lex().sources.contains(lowered(i, i + 2))) {
            return 3;
        }
        return 0;
    }

    // textOf(first, last) lower-cased: a view of the folded tokens when single spaces part them,
    // as they mostly do.
    QStringView lowerText(int first, int last) const
    {
        bool spaced = true;
        for (int k = first; k < last && spaced; ++k) {
            spaced = tok.at(k + 1).start == tok.at(k).end + 1 && t.at(tok.at(k).end) == u' ';
        }
        if (spaced) {
            return lowered(first, last);
        }
        m_scratch = textOf(first, last).toLower();
        return m_scratch;
    }

    QString textOf(int first, int last) const
    {
        if (first > last) {
            return {};
        }
        return t.view(tok.at(first).start, tok.at(last).end).toString();
    }

    // An apposition that names a role ("a fellow at X", "the mayor's aide", "head of Y"), not a
    // clause about the person ("who …", "whose …", "on his first day", "dedicating the museum").
    static bool isRolePhrase(const QString &apposition)
    {
        const QString first = apposition.section(u' ', 0, 0).toLower();
        if (first.isEmpty() || (first.endsWith(u"ing"_s) && first.size() > 5)) {
            return false;
        }
        // "Jane Roe, 41,": an apposition that is only a number is the person's age, not a role.
        if (std::all_of(apposition.cbegin(), apposition.cend(), [](QChar c) { return c.isDigit(); })) {
            return false;
        }
        return !lex().function.contains(first) || lex().determiners.contains(first);
    }

    bool isHonorific(int i) const { return isWord(i) && lex().honorifics.contains(w(i)); }

    // A capitalised name ending at token `i` (inclusive), reading leftwards; returns its first token.
    int nameStartLeft(int i, int lowerBound) const
    {
        int s = i;
        while (s - 1 >= lowerBound) {
            const int p = s - 1;
            if (isCap(p) && !isFunction(p)) {
                s = p;
            } else if (isWord(p) && w(p) == u"the" && isWord(p - 1) && w(p - 1) == u"of" && isCap(p - 2)
                       && p - 2 >= lowerBound && (isHonorific(p - 3) || isHonorific(p - 4))) {
                s = p - 2; // "Mr. Roe of the Example Institute"
            } else if (isWord(p) && (w(p) == u"of" || w(p) == u"de" || w(p) == u"van" || w(p) == u"von"
                                     || w(p) == u"del" || w(p) == u"da" || w(p) == u"bin")
                       && isCap(p - 1) && p - 1 >= lowerBound) {
                s = p - 1;
            } else {
                break;
            }
        }
        return s;
    }

    // Splits the capitalised run [s, e] into titles and the name, filling the mention.
    bool fillName(int s, int e, Mention &m) const
    {
        const Lexicons &L = lex();
        QStringList titleParts;
        int i = s;
        while (i <= e) {
            if (L.honorifics.contains(w(i))) {
                m.honorific = w(i).toString();
                ++i;
                continue;
            }
            // Longest title that starts here and ends on a token boundary.
            int best = -1;
            for (int j = i; j <= e && j < i + 4; ++j) {
                const QStringView candidate = t.view(tok.at(i).start, tok.at(j).end);
                if (L.titles.contains(candidate) || L.titles.contains(lowerText(i, j))) {
                    best = j;
                }
            }
            if (best < 0 || best == e) {
                break;
            }
            titleParts.append(textOf(i, best));
            i = best + 1;
        }
        if (i > e) {
            return false;
        }
        // "Gov. Jane Roe of Eastland", "Mr. Roe of the Example Institute": after a title the words
        // from "of" on say where the person belongs, not who they are.
        if (!m.honorific.isEmpty() || !titleParts.isEmpty()) {
            for (int o = i + 1; o < e && o - i <= 3; ++o) {
                if (isWord(o) && w(o) == u"of") {
                    titleParts.append(textOf(o, e));
                    e = o - 1;
                    break;
                }
                if (!isCap(o)) {
                    break;
                }
            }
        }
        // Long runs carry adjectives and organisations before the name ("Democratic pollster"):
        // a name is at most four words.
        if (e - i + 1 > 4) {
            titleParts.append(textOf(i, e - 3));
            i = e - 2;
        }
        for (int j = i; j <= e; ++j) {
            QString part = w(j).toString();
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

    // Lowercase role words right before a name ("longtime Democratic pollster"): only when the word
    // next to the name is a title noun.
    int rolePrefixLeft(int s, int lowerBound, Mention &m) const
    {
        const Lexicons &L = lex();
        const int p = s - 1;
        if (p < lowerBound || !isWord(p) || !L.titles.contains(lw(p))) {
            return s;
        }
        int r = p;
        while (r - 1 >= lowerBound && isWord(r - 1) && !isFunction(r - 1) && !verbAt(r - 1) && p - r < 4) {
            --r;
        }
        const QString prefix = textOf(r, p);
        m.title = m.title.isEmpty() ? prefix : prefix + u' ' + m.title;
        return r;
    }

    // A noun phrase headed by a group or title noun, ending at token `i`.
    bool groupLeft(int i, int lowerBound, Mention &m) const
    {
        const Lexicons &L = lex();
        const QStringView head = lw(i);
        const bool group = L.groups.contains(head) || L.groups.contains(w(i));
        const bool title = L.titles.contains(head);
        if (!group && !title) {
            return false;
        }
        int s = i;
        while (s - 1 >= lowerBound && isWord(s - 1) && !verbAt(s - 1) && i - s < 6) {
            const QStringView word = lw(s - 1);
            if (L.determiners.contains(word)) {
                --s;
                break;
            }
            if (isFunction(s - 1) || L.pronouns.contains(word)) {
                break;
            }
            --s;
        }
        // "another source", "a spokesman": the determiner stays out of the name so that later
        // mentions ("the source") read as the same kind of source.
        int nameStart = s;
        while (nameStart < i && L.determiners.contains(lw(nameStart))
               && lw(nameStart) != u"top"_s) {
            ++nameStart;
        }
        m.first = s;
        m.last = i;
        if (group) {
            m.kind = MentionKind::Group;
            m.phrase = textOf(nameStart, i);
        } else {
            m.kind = MentionKind::Description;
            m.phrase = textOf(s, i);
        }
        return true;
    }

    // "Another 19 percent said", "a third of voters say", "A majority said": a share of the people
    // asked speaks as a group. The share ends at token `i`; a following "of voters" is added by
    // the caller.
    bool shareLeft(int i, int lowerBound, Mention &m) const
    {
        static const QStringList numberWords = {u"one"_s,     u"two"_s,    u"three"_s,  u"four"_s,
                                                u"five"_s,    u"six"_s,    u"seven"_s,  u"eight"_s,
                                                u"nine"_s,    u"ten"_s,    u"twenty"_s, u"thirty"_s,
                                                u"forty"_s,   u"fifty"_s,  u"sixty"_s,  u"seventy"_s,
                                                u"eighty"_s,  u"ninety"_s};
        static const QStringList fractions = {u"half"_s,     u"third"_s,    u"thirds"_s,   u"quarter"_s,
                                              u"quarters"_s, u"majority"_s, u"minority"_s, u"plurality"_s};
        static const QStringList qualifiers = {u"another"_s, u"only"_s,  u"about"_s,   u"some"_s,
                                               u"nearly"_s,  u"almost"_s, u"just"_s,   u"roughly"_s,
                                               u"around"_s,  u"over"_s,  u"a"_s,       u"an"_s,
                                               u"the"_s,     u"narrow"_s, u"slim"_s,   u"large"_s};
        if (i < lowerBound) {
            return false;
        }
        int s = i;
        const bool percent = (isWord(i) && lw(i) == u"percent"_s) || isPunct(i, u'%')
                             || (isWord(i) && lw(i) == u"cent"_s && isWord(i - 1) && lw(i - 1) == u"per"_s);
        if (percent) {
            s = lw(i) == u"cent"_s ? i - 2 : i - 1;
            if (s < lowerBound || !isWord(s)
                || !(w(s).at(0).isDigit() || numberWords.contains(lw(s)))) {
                return false;
            }
        } else if (!isWord(i) || !fractions.contains(lw(i))) {
            return false;
        }
        while (s - 1 >= lowerBound && isWord(s - 1) && i - s < 6
               && (qualifiers.contains(lw(s - 1)) || (!percent && numberWords.contains(lw(s - 1))))) {
            --s;
        }
        // A fraction needs its article or number: "half" alone may be an adverb ("half said in jest").
        if (!percent && s == i && lw(i) != u"half"_s) {
            return false;
        }
        m.kind = MentionKind::Group;
        m.first = s;
        m.last = i;
        m.phrase = textOf(s, i);
        return true;
    }

    // "Political observers in the region and abroad say": a group noun that opens the sentence, its
    // head followed by a modifier that runs up to token `i` before the verb.
    bool longGroupLeft(int i, int lowerBound, Mention &m) const
    {
        const Lexicons &L = lex();
        for (int k = i - 1; k >= lowerBound && i - k < 12; --k) {
            if (!isWord(k) || verbAt(k) || (!isWord(k + 1) && k + 1 <= i)) {
                return false;
            }
            const QStringView head = lw(k);
            if (!(L.groups.contains(head) || L.groups.contains(w(k))) || !L.modifiers.contains(lw(k + 1))) {
                continue;
            }
            Mention inner;
            if (!groupLeft(k, lowerBound, inner) || inner.kind != MentionKind::Group) {
                continue;
            }
            // The phrase must open the sentence, or follow only a conjunction.
            int s = inner.first;
            while (s - 1 >= lowerBound && isWord(s - 1) && L.determiners.contains(lw(s - 1))) {
                --s; // "all the experts"
            }
            if (s > lowerBound) {
                const QStringView before = lw(s - 1);
                // "In her favour, all the experts I asked said", "Although …, officials from both parties say"
                if (!isComma(s - 1)
                    && !(s - 1 == lowerBound && (before == u"and"_s || before == u"but"_s || before == u"so"_s))) {
                    return false;
                }
            }
            for (int j = k + 1; j <= i; ++j) {
                if (!isWord(j) || L.pronouns.contains(lw(j))) {
                    return false;
                }
            }
            int nameStart = s;
            while (nameStart < k && L.determiners.contains(lw(nameStart))
                   && lw(nameStart) != u"all"_s && lw(nameStart) != u"many"_s
                   && lw(nameStart) != u"most"_s && lw(nameStart) != u"some"_s) {
                ++nameStart;
            }
            m.kind = MentionKind::Group;
            m.first = s;
            m.last = i;
            m.phrase = textOf(nameStart, i);
            return true;
        }
        return false;
    }

    // "on Tuesday", "early Friday", "last week": a time phrase ending at token `i`; its first
    // token, or -1. A month needs its preposition, as a month can also be a name.
    int timePhraseLeft(int i, int lowerBound) const
    {
        const Lexicons &L = lex();
        if (i < lowerBound || !isWord(i) || !L.timeWords.contains(w(i))) {
            return -1;
        }
        const QString tag = L.timeWords.tag(w(i));
        const bool lowerBefore = isWord(i - 1) && i - 1 >= lowerBound && w(i - 1).at(0).isLower()
                                 && L.timeWords.contains(w(i - 1));
        if (tag != u"weekday"_s && !lowerBefore) {
            return -1;
        }
        if (tag.isEmpty() && !w(i).at(0).isLower()) {
            return -1;
        }
        int s = i;
        while (s - 1 >= lowerBound && isWord(s - 1) && w(s - 1).at(0).isLower() && L.timeWords.contains(w(s - 1))
               && i - s < 3) {
            --s;
        }
        return s;
    }

    // The subject that opens the sentence: "But Smith", "In August, several groups", "She".
    Mention sentenceSubject(int from, int limit) const
    {
        const Lexicons &L = lex();
        Mention m;
        int i = from;
        while (i < limit && !isWord(i)) {
            if (tok.at(i).kind == Tok::Open || tok.at(i).kind == Tok::Close) {
                return m;
            }
            ++i;
        }
        for (int guard = 0; guard < 3 && i < limit && isFunction(i); ++guard) {
            const QStringView word = lw(i);
            if (L.pronouns.contains(word) || L.determiners.contains(word)) {
                break;
            }
            if (word == u"and"_s || word == u"but"_s || word == u"so"_s || word == u"yet"_s) {
                ++i;
                continue;
            }
            // An opening phrase up to its comma: "In August,", "After the debate,".
            int c = i + 1;
            // The phrase may name a show or paper in quotation marks: 'On "Face the Facts," Smith'.
            while (c < limit && c - i < 10 && !isComma(c)
                   && (isWord(c) || tok.at(c).kind == Tok::Open || tok.at(c).kind == Tok::Close)) {
                ++c;
            }
            if (c >= limit || !isComma(c)) {
                return m;
            }
            i = c + 1;
            if (i < limit && tok.at(i).kind == Tok::Close) {
                ++i;
            }
        }
        // "COURT RULES AGAINST HIM — Smith's lawyers …": a shouted lead-in before the sentence.
        const auto shouted = [&](int k) {
            return isWord(k) && w(k).size() > 1 && w(k).toString().toUpper() == w(k) && w(k).at(0).isLetter();
        };
        if (shouted(i) && shouted(i + 1)) {
            int d = i;
            while (d < limit && d - i < 12 && !isDash(d) && !isPunct(d, u':')) {
                ++d;
            }
            if (d >= limit || d - i >= 12) {
                return m;
            }
            i = d + 1;
        }
        if (i >= limit || !isWord(i)) {
            return m;
        }
        if (L.pronouns.contains(lw(i))) {
            m.kind = MentionKind::Pronoun;
            m.phrase = lw(i).toString();
            m.first = m.last = i;
            return m;
        }
        m = subjectRight(i, limit);
        if (m.kind == MentionKind::Pronoun || (m.kind == MentionKind::Name && isTimeName(m))) {
            return Mention{};
        }
        return m;
    }

    static bool isTimeName(const Mention &m)
    {
        for (const QString &token : m.nameTokens) {
            if (lex().timeWords.tag(token).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // The subject of the verb at `v`: pronoun, name (with titles and apposition) or group phrase,
    // not reaching before `lowerBound`.
    Mention subjectLeft(int v, int lowerBound, bool noParticiple = false) const
    {
        const Lexicons &L = lex();
        Mention m;
        int i = v - 1;
        bool auxiliary = false;
        for (bool moved = true; moved;) {
            moved = false;
            while (i >= lowerBound && isWord(i) && L.adverbs.contains(lw(i))) {
                auxiliary = auxiliary || L.adverbs.tag(lw(i)) == u"auxiliary"_s;
                --i;
                moved = true;
            }
            // "Smith on Tuesday said", "the agency last week warned": the time stands aside.
            if (const int t = timePhraseLeft(i, lowerBound); t >= 0) {
                i = t - 1;
                moved = true;
            }
        }
        if (i < lowerBound) {
            return m;
        }
        // "Smith visited the plant and said …", "She laughed and told reporters …": a verb joined
        // to the sentence's first verb by "and" shares its subject.
        if (!noParticiple && i > lowerBound && isWord(i) && lw(i) == u"and"_s) {
            const Mention shared = sentenceSubject(lowerBound, i);
            if (shared.kind != MentionKind::None && shared.last < i - 1) {
                return shared;
            }
            return m;
        }
        // A participle without "is" or "was": after a noun ("footage of Jane Roe asking") its
        // speaker is the noun, if it can speak; after a comma ("spoke on Monday, arguing that"), a
        // conjunction or a preposition ("known for saying") the subject of the sentence.
        if (!noParticiple && isWord(v) && lw(v).endsWith(u"ing"_s) && !auxiliary) {
            if (isWord(i) && L.speakerless.contains(lw(i))) {
                return m; // "it is worth noting", "it goes without saying": nobody speaks
            }
            if (!isWord(i) || isFunction(i)) {
                return sentenceSubject(lowerBound, v);
            }
            const Mention direct = subjectLeft(i + 1, lowerBound, true);
            if (direct.kind == MentionKind::Name || direct.kind == MentionKind::Pronoun
                || direct.kind == MentionKind::Group) {
                return direct;
            }
            return sentenceSubject(lowerBound, v);
        }
        QString apposition;
        int appEnd = -1;
        if (isWord(i) && (lw(i) == u"who"_s) && isComma(i - 1)) {
            i -= 2; // "Smith, who ... said" reads as Smith
        } else if (isComma(i) || isDash(i)) {
            // "Smith, a senior fellow at X, said": find the comma that opens the apposition.
            const QChar sep = w(i).at(0);
            int j = i - 1;
            while (j >= lowerBound && i - j < 30 && !(tok.at(j).kind == Tok::Punct && w(j).at(0) == sep)
                   && tok.at(j).kind != Tok::Open && tok.at(j).kind != Tok::Close && !isPunct(j, u'.')) {
                --j;
            }
            if (j < lowerBound || tok.at(j).kind != Tok::Punct || w(j).at(0) != sep || j + 1 > i - 1) {
                return m;
            }
            apposition = textOf(j + 1, i - 1);
            appEnd = i;
            i = j - 1;
            // "Jane Roe, 35, a bus driver, said": the age stands between the name and the role.
            if (i - 1 >= lowerBound && isWord(i) && w(i).at(0).isDigit() && w(i).size() <= 3 && isComma(i - 1)
                && isWord(i - 2)) {
                i -= 2;
            }
        }
        if (i < lowerBound) {
            return m;
        }
        if (isPunct(i, u')')) { // (D-N.C.)
            int j = i - 1;
            while (j >= lowerBound && !isPunct(j, u'(') && i - j < 8) {
                --j;
            }
            if (j >= lowerBound && isPunct(j, u'(')) {
                i = j - 1;
            }
        }
        if (isPunct(i, u'%') && shareLeft(i, lowerBound, m)) {
            return m; // "Another 19% said"
        }
        if (!isWord(i)) {
            return m;
        }
        QStringView word = lw(i);
        // "He’s claiming", "She’d said": a pronoun with its auxiliary run into one token.
        for (const QStringView suffix : {u"’s", u"'s", u"’d", u"'d", u"’ll", u"'ll", u"’re", u"'re"}) {
            if (word.endsWith(suffix) && L.pronouns.contains(word.chopped(suffix.size()))) {
                word.chop(suffix.size());
                break;
            }
        }
        if (L.pronouns.contains(word) && w(i).at(0).isLower()) {
            m.kind = MentionKind::Pronoun;
            m.phrase = word.toString();
            m.first = m.last = i;
        } else if (L.pronouns.contains(word)) {
            m.kind = MentionKind::Pronoun;
            m.phrase = word.toString();
            m.first = m.last = i;
        } else if (isCap(i) && !isFunction(i)) {
            if ((L.groups.contains(w(i)) || L.groups.contains(word)) && !isCap(i - 1)) {
                groupLeft(i, lowerBound, m);
            } else {
                const int s = nameStartLeft(i, lowerBound);
                if (!fillName(s, i, m)) {
                    // Only a title: "the President said" reads as a description.
                    m.kind = MentionKind::Description;
                    m.phrase = textOf(s, i);
                    m.first = s;
                    m.last = i;
                } else {
                    m.kind = MentionKind::Name;
                    m.first = rolePrefixLeft(s, lowerBound, m);
                    m.last = i;
                }
            }
        } else if (!groupLeft(i, lowerBound, m) && !longGroupLeft(i, lowerBound, m) && !shareLeft(i, lowerBound, m)) {
            return m;
        }
        // "a spokesman for the ministry": the head of the phrase stands before the preposition.
        while ((m.kind == MentionKind::Group || m.kind == MentionKind::Description) && m.first - 2 >= lowerBound
               && isWord(m.first - 1) && isWord(m.first - 2)) {
            const QStringView prep = lw(m.first - 1);
            if (prep != u"for"_s && prep != u"of"_s && prep != u"at"_s && prep != u"from"_s) {
                break;
            }
            Mention outer;
            // "52 percent of registered voters", "a third of the parents"
            if (!groupLeft(m.first - 2, lowerBound, outer)
                && !(prep == u"of"_s && m.kind == MentionKind::Group && shareLeft(m.first - 2, lowerBound, outer))) {
                break;
            }
            outer.phrase = outer.phrase + u' ' + textOf(m.first - 1, m.last);
            outer.last = m.last;
            m = outer;
        }
        if (!apposition.isEmpty() && m.kind != MentionKind::Pronoun) {
            const QString a = apposition.trimmed();
            if (isRolePhrase(a)) {
                m.apposition = a;
            }
            m.last = appEnd;
        }
        return m;
    }

    // The speaker after an inverted cue ("said Smith, a fellow at X"), starting at token `i`.
    Mention subjectRight(int i, int upperBound, bool loose = false) const
    {
        const Lexicons &L = lex();
        Mention m;
        if (i >= upperBound || !isWord(i)) {
            return m;
        }
        if (loose && !isCap(i) && !(lw(i) == u"the"_s && isCap(i + 1))) {
            // "according to a report by the shipping council": the whole phrase is the source.
            int b = i;
            while (b + 1 < upperBound && b - i < 12 && !isComma(b + 1) && !isPunct(b + 1, u'.')
                   && tok.at(b + 1).kind != Tok::Open) {
                ++b;
            }
            int s = i;
            while (s < b && L.determiners.contains(lw(s))) {
                ++s;
            }
            m.kind = MentionKind::Group;
            m.phrase = textOf(s, b);
            m.first = i;
            m.last = b;
            return m;
        }
        // "the NAACP", "the New York Times": an organisation's name after its article.
        if (lw(i) == u"the"_s && isCap(i + 1) && !isFunction(i + 1) && i + 1 < upperBound) {
            Mention named = subjectRight(i + 1, upperBound);
            if (named.kind == MentionKind::Name || named.kind == MentionKind::Group
                || named.kind == MentionKind::Description) {
                named.first = i;
                return named;
            }
        }
        if (L.pronouns.contains(lw(i)) && w(i).at(0).isLower()) {
            m.kind = MentionKind::Pronoun;
            m.phrase = w(i).toString();
            m.first = m.last = i;
            return m;
        }
        int e = i;
        if (isCap(i) && !isFunction(i)) {
            while (e + 1 < upperBound
                   && ((isCap(e + 1) && !isFunction(e + 1))
                       || (isWord(e + 1) && w(e + 1) == u"of" && isCap(e + 2) && e + 2 < upperBound))) {
                e += (isCap(e + 1) ? 1 : 2);
            }
            // "Union leader Jane Doe", "Democratic pollster Jane Doe": a title noun between a
            // capitalised word and the name.
            if (e + 2 < upperBound && isWord(e + 1) && w(e + 1).at(0).isLower() && L.titles.contains(w(e + 1))
                && isCap(e + 2) && !isFunction(e + 2)) {
                Mention named = subjectRight(e + 2, upperBound);
                if (named.kind == MentionKind::Name) {
                    named.title = textOf(i, e + 1) + (named.title.isEmpty() ? QString() : u' ' + named.title);
                    named.first = i;
                    return named;
                }
            }
            if (L.groups.contains(w(e)) && e == i) {
                groupLeft(e, i, m);
            } else if (fillName(i, e, m)) {
                m.kind = MentionKind::Name;
                m.first = i;
                m.last = e;
            } else {
                m.kind = MentionKind::Description;
                m.phrase = textOf(i, e);
                m.first = i;
                m.last = e;
            }
        } else {
            // "said a spokesman for the ministry": up to the head noun.
            while (e < upperBound && e - i < 6 && isWord(e)) {
                if (L.groups.contains(lw(e)) || L.titles.contains(lw(e))) {
                    // The head of the phrase; a following name makes it a title ("said campaign
                    // manager Jane Doe").
                    if (isCap(e + 1) && !isFunction(e + 1) && e + 1 < upperBound) {
                        Mention named = subjectRight(e + 1, upperBound);
                        if (named.kind == MentionKind::Name) {
                            named.title = textOf(i, e) + (named.title.isEmpty() ? QString() : u' ' + named.title);
                            named.first = i;
                            return named;
                        }
                    }
                    groupLeft(e, i, m);
                    break;
                }
                if (e > i && isFunction(e)) {
                    break;
                }
                ++e;
            }
            if (m.kind == MentionKind::None) {
                if (!loose) {
                    return m;
                }
                // "according to a poll released last week": the whole phrase is the source.
                int b = i;
                while (b + 1 < upperBound && b - i < 12 && !isComma(b + 1) && !isPunct(b + 1, u'.')
                       && tok.at(b + 1).kind != Tok::Open) {
                    ++b;
                }
                m.kind = MentionKind::Group;
                int s = i;
                while (s < b && L.determiners.contains(lw(s))) {
                    ++s;
                }
                m.phrase = textOf(s, b);
                m.first = i;
                m.last = b;
                return m;
            }
        }
        // Parenthetical party tag and apposition up to the end of the clause.
        int k = m.last + 1;
        if (isPunct(k, u'(')) {
            while (k < upperBound && !isPunct(k, u')')) {
                ++k;
            }
            m.last = std::min(k, upperBound - 1);
            ++k;
        }
        if (isComma(k) && k + 1 < upperBound && isWord(k + 1) && m.kind == MentionKind::Name) {
            int a = k + 1;
            const QStringView first = lw(a);
            if (!verbAt(a) && !first.endsWith(u"ing"_s) && first != u"who"_s && first != u"and"_s) {
                int b = a;
                while (b + 1 < upperBound && !isPunct(b + 1, u'.') && tok.at(b + 1).kind != Tok::Open
                       && !isComma(b + 1)) {
                    ++b;
                }
                // "said Jane Roe, 35, a bus driver": the role follows the age.
                if (b == a && w(a).at(0).isDigit() && isComma(b + 1) && b + 2 < upperBound && isWord(b + 2)
                    && !verbAt(b + 2) && !lw(b + 2).endsWith(u"ing"_s) && lw(b + 2) != u"who"_s) {
                    int r = b + 2;
                    while (r + 1 < upperBound && !isPunct(r + 1, u'.') && tok.at(r + 1).kind != Tok::Open
                           && !isComma(r + 1)) {
                        ++r;
                    }
                    if (isRolePhrase(textOf(b + 2, r))) {
                        a = b + 2;
                        b = r;
                    }
                }
                if (isRolePhrase(textOf(a, b))) {
                    m.apposition = textOf(a, b);
                }
                m.last = b;
            }
        }
        return m;
    }

private:
    // Lower-cases every token into one buffer, one space between neighbours, so that the tokens
    // first..last lower-cased and joined by spaces ("pointed out", "according to") are one view
    // of it: multi-word lexicon entries are looked up without building a string.
    void fold()
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
                m_flags[size_t(i)] = lex().flagsOf(QStringView(m_lowered.data() + pos, len));
            }
            pos += len;
            m_lowered[size_t(pos++)] = u' ';
        }
        m_lowStart[size_t(n)] = pos;
    }

    QStringView lowered(int first, int last) const
    {
        const qsizetype start = m_lowStart[size_t(first)];
        return QStringView(m_lowered.data() + start, m_lowStart[size_t(last) + 1] - 1 - start);
    }

    int findVerb(int i, bool reportOnly) const
    {
        const Lexicons &L = lex();
        const quint8 flags = m_flags[size_t(i)];
        // "went on to say": the longest phrase first, so that it is not read as "went on".
        if ((flags & Lexicons::StartsVerbPhrase) && isWord(i + 3) && isWord(i + 2) && isWord(i + 1)) {
            const QStringView four = lowered(i, i + 3);
            if (L.verbs.contains(four) && (!reportOnly || L.verbs.tag(four) == u"report"_s)) {
                return 4;
            }
        }
        if ((flags & Lexicons::StartsVerbPhrase) && isWord(i + 1)) {
            const QStringView two = lowered(i, i + 1);
            if (L.verbs.contains(two) && (!reportOnly || L.verbs.tag(two) == u"report"_s)) {
                return 2;
            }
        }
        if (!w(i).at(0).isLower() && !(i == 0 || isPunct(i - 1, u'.'))) {
            return 0; // a capitalised "Says" inside a sentence is part of a headline or name
        }
        return (flags & (reportOnly ? Lexicons::ReportVerb : Lexicons::Verb)) ? 1 : 0;
    }

    std::u16string m_lowered;
    std::vector<qsizetype> m_lowStart; // where each token starts in m_lowered, and its end + 1
    mutable std::vector<qint8> m_verb[2]; // verbAt(i, false / true), -1 until asked
    std::vector<quint8> m_flags; // Lexicons::flagsOf each word token
    mutable QString m_scratch;   // lowerText() when the tokens are not parted by single spaces
};

// Sentence boundaries of a paragraph outside quotation marks: [first, last] token ranges.
QList<std::pair<int, int>> sentences(const Paragraph &p, const QList<Span> &spans)
{
    QList<bool> inside(p.size(), false);
    for (const Span &s : spans) {
        const int a = std::max(s.open, 0);
        const int b = s.close < 0 ? p.size() - 1 : s.close;
        for (int i = a; i <= b; ++i) {
            inside[i] = true;
        }
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
        if (inside.at(i) || p.tok.at(i).kind != Tok::Punct) {
            continue;
        }
        const QChar c = p.w(i).at(0);
        if (c != u'.' && c != u'?' && c != u'!') {
            continue;
        }
        const int n = i + 1;
        if (n >= p.size() || p.isCap(n) || p.tok.at(n).kind == Tok::Open
            || (p.isWord(n) && p.w(n).at(0).isDigit())) {
            out.append({start, i});
            start = i + 1;
        }
    }
    if (start < p.size()) {
        out.append({start, p.size() - 1});
    }
    return out;
}

class EnglishAttributor {
public:
    explicit EnglishAttributor(Document &doc) : m_doc(doc), m_text(doc.text), m_registry(doc) {}

    void run()
    {
        for (const Block &block : std::as_const(m_doc.blocks)) {
            if (block.kind != BlockKind::Paragraph) {
                continue;
            }
            paragraph(block);
        }
        finishChain();
        m_doc.quotes.removeIf([](const Quote &q) { return q.speaker < 0 && q.cue.isEmpty(); });
        pruneSpeakers();
    }

private:
    // Mentions read while testing a cue that was then rejected leave speakers without quotes.
    void pruneSpeakers()
    {
        QList<int> used(m_doc.speakers.size(), 0);
        for (const Quote &q : std::as_const(m_doc.quotes)) {
            if (q.speaker >= 0) {
                used[q.speaker] = 1;
            }
        }
        QList<int> remap(m_doc.speakers.size(), -1);
        QList<Speaker> kept;
        for (int i = 0; i < m_doc.speakers.size(); ++i) {
            if (used.at(i)) {
                remap[i] = int(kept.size());
                kept.append(m_doc.speakers.at(i));
            }
        }
        m_doc.speakers = kept;
        for (Quote &q : m_doc.quotes) {
            if (q.speaker >= 0) {
                q.speaker = remap.at(q.speaker);
            }
        }
    }

    struct Cue {
        int speaker = -1;
        int verb = -1;
        int verbLen = 0;
        int end = -1; // last token of the cue and its speaker
        bool found = false;
    };

    Cue cueFrom(const Paragraph &p, int verb, int verbLen, const Mention &m, int end)
    {
        Cue c;
        c.verb = verb;
        c.verbLen = verbLen;
        c.end = end;
        c.speaker = m_registry.resolve(m, p.tok.at(std::max(m.first, 0)).start);
        c.found = m.kind != MentionKind::Pronoun || c.speaker >= 0 || true;
        return c;
    }

    // "…" ― Jane Roe: a quotation signed with a dash and a name that ends the sentence, as in
    // collections of readers' comments. The name may carry an apposition ("Jane Roe, 25").
    Cue cueSignature(const Paragraph &p, int from, int name, int to)
    {
        int dash = -1;
        for (int k = from; k < name; ++k) {
            if (p.isDash(k) || p.isPunct(k, u'\u2015')) {
                dash = k;
            }
        }
        if (dash < 0 || !p.isCap(name)) {
            return {};
        }
        const Mention m = p.subjectRight(name, to);
        if (m.kind != MentionKind::Name || m.nameTokens.size() > 5) {
            return {};
        }
        for (int k = m.last + 1; k < to; ++k) {
            if (p.tok.at(k).kind != Tok::Punct) {
                return {};
            }
        }
        return cueFrom(p, dash, 1, m, m.last);
    }

    // "…," Smith said / "…," said Smith, a fellow at X / "…," Smith, who …, said.
    Cue cueAfter(const Paragraph &p, int from, int to)
    {
        int i = from;
        while (i < to && p.tok.at(i).kind == Tok::Punct && !p.isPunct(i, u'.')) {
            ++i;
        }
        if (i >= to) {
            return {};
        }
        if (const Cue signed_ = cueSignature(p, from, i, to); signed_.verb >= 0) {
            return signed_;
        }
        if (const int n = p.verbAt(i)) {
            int k = i + n;
            while (k < to && p.isWord(k) && lex().adverbs.contains(p.lw(k))) {
                ++k;
            }
            const Mention m = p.subjectRight(k, to);
            if (m.kind != MentionKind::None) {
                return cueFrom(p, i, n, m, m.last);
            }
            return {};
        }
        for (int v = i + 1; v < to && v - i < 30; ++v) {
            if (p.isPunct(v, u'.')) {
                break;
            }
            if (const int n = p.verbAt(v)) {
                Mention m = p.subjectLeft(v, i);
                bool leading = m.kind != MentionKind::None && m.first >= i;
                for (int k = i; leading && k < m.first; ++k) {
                    // "coach Jane Doe said": role words may stand before the name
                    leading = p.isWord(k) && !p.isFunction(k) && !p.verbAt(k) && m.first - i <= 4;
                }
                // "“…” of the plan, Smith said.": the quoted words run on into the sentence, and the
                // cue is set off by a comma.
                bool runOn = !leading && m.kind != MentionKind::None && m.first > i && p.isComma(m.first - 1)
                             && p.verbAt(v, true);
                for (int k = i; runOn && k < m.first - 1; ++k) {
                    runOn = p.tok.at(k).kind == Tok::Word || p.isComma(k);
                }
                if (runOn) {
                    leading = true;
                } else if (!leading) {
                    // "Jane Roe, the attorney general, one of the plaintiffs, said": read the name
                    // from the left and let the appositions run up to the verb.
                    Mention right = p.subjectRight(i, v);
                    int k = v - 1;
                    while (k > i && p.isWord(k) && lex().adverbs.contains(p.lw(k))) {
                        --k;
                    }
                    if (right.kind != MentionKind::Name || !(p.isComma(k) || p.isDash(k)) || right.last >= v) {
                        return {};
                    }
                    m = right;
                }
                if (m.first > i && m.kind == MentionKind::Name && !runOn) {
                    const QString prefix = p.textOf(i, m.first - 1);
                    m.title = m.title.isEmpty() ? prefix : prefix + u' ' + m.title;
                }
                // A cue ends the sentence or leads to a new quotation; a long clause after the verb
                // means the quotation was a phrase inside someone's reported words.
                int k = v + n;
                int heavy = 0;
                const Lexicons &L = lex();
                for (; k < to && !p.isPunct(k, u'.') && !p.isComma(k) && !p.isPunct(k, u':'); ++k) {
                    if (heavy == 0 && p.isWord(k) && L.circumstances.contains(p.w(k))) {
                        break; // "said as the crowd left": what follows is about the speaking
                    }
                    if (p.isWord(k) && !(p.isCap(k) || p.isFunction(k) || L.settings.contains(p.lw(k))
                                         || L.timeWords.contains(p.w(k)) || L.determiners.contains(p.lw(k)))) {
                        ++heavy;
                    }
                }
                if (heavy > 2) {
                    return {};
                }
                return cueFrom(p, v, n, m, v + n - 1);
            }
        }
        return {};
    }

    // Smith said: "…" / Smith told reporters, "…" / He said that "…"
    Cue cueBefore(const Paragraph &p, int from, int to)
    {
        for (int v = to - 1; v >= from && to - v < 10; --v) {
            const int n = p.verbAt(v);
            if (!n) {
                continue;
            }
            // Only light material between the verb and the quotation mark.
            const int gap = to - (v + n);
            const bool colon = to - 1 >= from && (p.isPunct(to - 1, u':') || p.isComma(to - 1));
            if (gap > 0 && !colon && !(gap == 1 && p.lw(to - 1) == u"that"_s)) {
                return {};
            }
            Mention m = p.subjectLeft(v, from);
            if (m.kind == MentionKind::None) {
                // "said Smith:" with the speaker after the verb
                m = p.subjectRight(v + n, to);
                if (m.kind == MentionKind::None) {
                    return {};
                }
            }
            return cueFrom(p, v, n, m, v + n - 1);
        }
        // Jane Doe ― "…" / JANE DOE: "…": a name alone before a dash or colon.
        if (to - 1 > from && (p.isDash(to - 1) || p.isPunct(to - 1, u'\u2015') || p.isPunct(to - 1, u':'))) {
            bool allCaps = true;
            for (int i = from; i < to - 1; ++i) {
                if (!p.isCap(i) || p.isFunction(i)) {
                    allCaps = false;
                }
            }
            Mention m;
            if (allCaps && to - 1 - from <= 4 && p.fillName(from, to - 2, m)) {
                m.kind = MentionKind::Name;
                m.first = from;
                m.last = to - 2;
                return cueFrom(p, to - 1, 1, m, to - 1);
            }
        }
        // According to X: "…"
        for (int a = from; a < to; ++a) {
            if (const int n = p.sourcePhraseAt(a)) {
                const Mention m = p.subjectRight(a + n, to);
                if (m.kind != MentionKind::None) {
                    return cueFrom(p, a, n, m, m.last);
                }
            }
        }
        return {};
    }

    int addQuote(const Paragraph &p, const Block &block, qsizetype start, qsizetype end, QuoteKind kind,
                 const Cue &cue)
    {
        // Trim spaces and the comma or colon that joins the quote to its cue.
        while (start < end && (m_text.at(start).isSpace())) {
            ++start;
        }
        while (end > start && (m_text.at(end - 1).isSpace() || m_text.at(end - 1) == u','
                               || m_text.at(end - 1) == u':' || m_text.at(end - 1) == u'\u2014')) {
            --end;
        }
        if (end <= start) {
            return -1;
        }
        Quote q;
        q.kind = kind;
        q.range = {start, end};
        q.section = std::max(block.section, 0);
        q.paragraph = block.paragraph;
        q.speaker = cue.speaker;
        if (cue.verb >= 0) {
            q.cueRange = {p.tok.at(cue.verb).start, p.tok.at(cue.verb + cue.verbLen - 1).end};
            q.cue = m_doc.textOf(q.cueRange).toString();
        }
        m_doc.quotes.append(q);
        if (q.speaker >= 0) {
            m_lastSpeaker = q.speaker;
            m_lastSpeakerParagraph = block.paragraph;
        }
        return int(m_doc.quotes.size() - 1);
    }

    // The reported words after a cue: skip time phrases, the person told and "that".
    // "said on Tuesday he would", "said after the meeting they were": a short phrase of time
    // between the verb and a reported clause that opens with a subject pronoun. Returns the
    // pronoun's token, or `k` when no such phrase stands there.
    static int afterTimePhrase(const Paragraph &p, int k, int end)
    {
        const Lexicons &L = lex();
        if (k > end || !p.isWord(k)) {
            return k;
        }
        const QStringView prep = p.lw(k);
        // Words that only open a phrase of time; "on", "in" and "at" also open places and objects,
        // so their phrase must be made of time or setting words.
        const bool temporal = prep == u"after"_s || prep == u"before"_s || prep == u"during"_s
                              || prep == u"following"_s || prep == u"since"_s;
        const bool loose = prep == u"on"_s || prep == u"in"_s || prep == u"at"_s || prep == u"last"_s
                           || prep == u"this"_s || prep == u"earlier"_s || prep == u"later"_s;
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
            if (!temporal && !(L.timeWords.contains(p.w(j)) || L.timeWords.contains(word)
                               || L.settings.contains(word) || L.determiners.contains(word))) {
                return k;
            }
            if (temporal && p.isFunction(j) && !L.determiners.contains(word)) {
                return k;
            }
        }
        return k;
    }

    int clauseStart(const Paragraph &p, int k, int end, bool told)
    {
        const Lexicons &L = lex();
        // "told reporters that", "said in a statement Monday that": jump to a near "that".
        bool timePhrase = false; // "said during a visit to the plant that"
        for (int j = k; j <= end && j - k < 12; ++j) {
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
            // clause itself ("said a device was found and that ...").
            const QStringView word = p.lw(j);
            if (word == u"after"_s || word == u"before"_s || word == u"during"_s || word == u"following"_s) {
                timePhrase = true;
            }
            if (!(p.isCap(j) || p.isFunction(j) || L.settings.contains(word) || L.timeWords.contains(p.w(j))
                  || L.determiners.contains(word) || L.groups.contains(word) || (told && j == k)
                  || (timePhrase && !p.verbAt(j)))) {
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
        if (k <= end && p.isWord(k) && (p.isFunction(k) && p.lw(k) != u"the"_s && p.lw(k) != u"a"_s
                                        && !lex().pronouns.contains(p.lw(k))
                                        && p.lw(k) != u"there"_s && p.lw(k) != u"this"_s
                                        && p.lw(k) != u"if"_s && p.lw(k) != u"when"_s
                                        && p.lw(k) != u"it"_s && p.lw(k) != u"his"_s
                                        && p.lw(k) != u"her"_s && p.lw(k) != u"their"_s
                                        && p.lw(k) != u"its"_s && p.lw(k) != u"our"_s
                                        && p.lw(k) != u"my"_s && p.lw(k) != u"your"_s
                                        && p.lw(k) != u"we"_s && p.lw(k) != u"i"_s)) {
            return -1; // "said in a statement." has no reported words
        }
        return k;
    }

    static int lastContentToken(const Paragraph &p, int first, int last)
    {
        while (last >= first && p.tok.at(last).kind == Tok::Punct) {
            --last;
        }
        return last;
    }

    bool reported(const Paragraph &p, const Block &block, int first, int last, int skipUntil)
    {
        const Lexicons &L = lex();
        const int endTok = lastContentToken(p, first, last);
        auto words = [&](int a, int b) {
            int n = 0;
            for (int i = a; i <= b; ++i) {
                n += p.isWord(i);
            }
            return n;
        };
        auto emitClause = [&](int a, int b, const Cue &cue, int minWords = 3) {
            const int e = lastContentToken(p, a, b);
            if (a < 0 || e < a || words(a, e) < minWords) {
                return false;
            }
            bool quoted = false;
            for (int i = a; i <= e; ++i) {
                quoted = quoted || p.tok.at(i).kind == Tok::Open;
            }
            qsizetype end = p.tok.at(e).end;
            if (e + 1 <= last && p.tok.at(e + 1).kind == Tok::Close) {
                end = p.tok.at(e).end;
            }
            addQuote(p, block, p.tok.at(a).start, end, quoted ? QuoteKind::Direct : QuoteKind::Indirect, cue);
            return true;
        };
        // According to X, CLAUSE.   /   CLAUSE, according to X.
        for (int a = std::max(first, skipUntil); a <= endTok; ++a) {
            const int n = p.sourcePhraseAt(a);
            if (!n) {
                continue;
            }
            const bool leading = a == first || (a == first + 1 && p.isFunction(first));
            if (leading) {
                int c = a + n;
                while (c <= endTok && !p.isComma(c) && c - a < 20) {
                    ++c;
                }
                const Mention m = p.subjectRight(a + n, c, true);
                if (m.kind == MentionKind::None || !p.isComma(c)) {
                    continue;
                }
                const Cue cue = cueFrom(p, a, n, m, c);
                return emitClause(c + 1, last, cue);
            }
            if (p.isComma(a - 1)) {
                const Mention m = p.subjectRight(a + n, endTok + 1, true);
                if (m.kind == MentionKind::None) {
                    continue;
                }
                const Cue cue = cueFrom(p, a, n, m, endTok);
                return emitClause(std::max(first, skipUntil), a - 2, cue);
            }
        }
        // PART, Smith said, PART.  The cue interrupts the reported sentence: both parts are quotes.
        for (int c = std::max(first, skipUntil) + 1; c < endTok - 2; ++c) {
            if (!p.isComma(c)) {
                continue;
            }
            int close = -1;
            Cue cue;
            if (const int n = p.verbAt(c + 1, true)) {
                const Mention m = p.subjectRight(c + 1 + n, endTok + 1);
                if (m.kind != MentionKind::None && p.isComma(m.last + 1)) {
                    close = m.last + 1;
                    cue = cueFrom(p, c + 1, n, m, m.last);
                }
            } else {
                for (int v = c + 2; v <= endTok && v - c < 10; ++v) {
                    const int n = p.verbAt(v, true);
                    if (!n) {
                        if (!p.isWord(v) && !p.isComma(v) && !p.isPunct(v, u')') && !p.isPunct(v, u'(')) {
                            break;
                        }
                        continue;
                    }
                    int k = v + n;
                    while (k <= endTok && k - (v + n) < 4 && p.isWord(k)
                           && (L.timeWords.contains(p.w(k)) || L.settings.contains(p.lw(k))
                               || p.isFunction(k) || L.determiners.contains(p.lw(k)))) {
                        ++k;
                    }
                    if (!p.isComma(k)) {
                        break;
                    }
                    Mention m = p.subjectLeft(v, c + 1);
                    // "the head librarian Jane Doe said": role words may stand before the name.
                    bool roleWords = m.kind == MentionKind::Name && m.first > c + 1 && m.first - (c + 1) <= 4;
                    for (int r = c + 1; roleWords && r < m.first; ++r) {
                        roleWords = p.isWord(r) && !p.verbAt(r) && (!p.isFunction(r) || p.lw(r) == u"the"_s);
                    }
                    if (m.kind == MentionKind::None || (m.first != c + 1 && !roleWords)) {
                        break;
                    }
                    if (roleWords) {
                        const QString prefix = p.textOf(c + 1, m.first - 1);
                        m.title = m.title.isEmpty() ? prefix : prefix + u' ' + m.title;
                    }
                    close = k;
                    cue = cueFrom(p, v, n, m, k - 1);
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            // The words before the cue may be short ("Too often, Smith said, …") once the words
            // after it make a clause; a conjunction that joins the sentence to the last one stays out.
            int a = std::max(first, skipUntil);
            const QStringView opener = p.isWord(a) ? p.lw(a) : QStringView();
            if (a + 1 < c && (opener == u"and"_s || opener == u"but"_s || opener == u"so"_s)) {
                ++a;
            }
            const int rightEnd = lastContentToken(p, close + 1, last);
            const bool rightClause = rightEnd > close && words(close + 1, rightEnd) >= 3;
            const bool left = emitClause(a, c - 1, cue, rightClause ? 1 : 3);
            const bool right = emitClause(close + 1, last, cue);
            if (left || right) {
                return true;
            }
        }
        // CLAUSE, Smith said.   /   CLAUSE, said Smith, a fellow at X.
        for (int c = endTok; c > first && endTok - c < 25; --c) {
            if (!p.isComma(c)) {
                continue;
            }
            const int tail = c + 1;
            if (const int n = p.verbAt(tail, true)) {
                const Mention m = p.subjectRight(tail + n, endTok + 1);
                if (m.kind != MentionKind::None && m.last >= endTok - 1) {
                    return emitClause(std::max(first, skipUntil), c - 1, cueFrom(p, tail, n, m, endTok));
                }
            }
            for (int v = tail + 1; v <= endTok && v - tail < 12; ++v) {
                if (const int n = p.verbAt(v, true)) {
                    const Mention m = p.subjectLeft(v, tail);
                    if (m.kind == MentionKind::None || m.first != tail) {
                        break;
                    }
                    // Only time and place words may follow the cue ("said on Monday").
                    bool light = true;
                    for (int k = v + n; k <= endTok; ++k) {
                        if (!p.isWord(k) || !(L.timeWords.contains(p.w(k)) || L.timeWords.contains(p.lw(k))
                                             || p.isFunction(k) || p.isCap(k)
                                             || L.determiners.contains(p.lw(k)) || k - (v + n) < 4)) {
                            light = false;
                        }
                    }
                    if (!light || endTok - (v + n) > 8) {
                        break;
                    }
                    return emitClause(std::max(first, skipUntil), c - 1, cueFrom(p, v, n, m, endTok));
                }
            }
            break;
        }
        // Smith said (that) CLAUSE.
        for (int v = std::max(first, skipUntil); v <= endTok; ++v) {
            if (p.tok.at(v).kind == Tok::Open) {
                // do not look for cues inside quoted words
                int k = v + 1;
                while (k <= last && p.tok.at(k).kind != Tok::Close) {
                    ++k;
                }
                v = k;
                continue;
            }
            int n = p.verbAt(v, true);
            bool quotedOnly = false;
            if (!n && (n = p.verbAt(v))) {
                quotedOnly = true;
                // "called the plan “a disaster”": a verb that only attributes quoted words counts
                // when quoted words follow in the same sentence.
                bool quoted = false;
                for (int k = v + n; k <= last && k - v < 25; ++k) {
                    quoted = quoted || p.tok.at(k).kind == Tok::Open;
                }
                if (!quoted) {
                    n = 0;
                }
            }
            if (!n) {
                continue;
            }
            const Mention m = p.subjectLeft(v, first);
            if (m.kind == MentionKind::None) {
                continue;
            }
            const QStringView verb = p.lw(v);
            const int start = clauseStart(p, v + n, endTok, verb.startsWith(u"tel"_s) || verb == u"told"_s);
            if (start < 0 || start > endTok || words(start, endTok) < 3) {
                continue;
            }
            // Such a verb attributes the quoted words and what leads to them, not the rest of
            // the sentence ("called the plan “a disaster” during a visit on Monday").
            int end = last;
            if (quotedOnly) {
                for (int k = last; k > start; --k) {
                    if (p.tok.at(k).kind == Tok::Close) {
                        end = k;
                        break;
                    }
                }
            }
            return emitClause(start, end, cueFrom(p, v, n, m, v + n - 1));
        }
        // Smith tweeted on Monday, saying (that) CLAUSE: the sentence's subject is the speaker.
        for (int c = std::max(first, skipUntil) + 2; c < endTok - 2; ++c) {
            if (!p.isComma(c) || !p.verbAt(c + 1, true) || !p.lw(c + 1).endsWith(u"ing"_s)) {
                continue;
            }
            const int n = p.verbAt(c + 1, true);
            Mention m;
            int i = first;
            if (p.isWord(i) && L.pronouns.contains(p.lw(i))) {
                m.kind = MentionKind::Pronoun;
                m.phrase = p.lw(i).toString();
                m.first = m.last = i;
            } else if (p.isCap(i) && !p.isFunction(i)) {
                int e = i;
                while (e + 1 < c && p.isCap(e + 1) && !p.isFunction(e + 1)) {
                    ++e;
                }
                if (p.fillName(i, e, m)) {
                    m.kind = MentionKind::Name;
                    m.first = i;
                    m.last = e;
                }
            }
            if (m.kind == MentionKind::None) {
                break;
            }
            const int start = clauseStart(p, c + 1 + n, endTok, false);
            if (start < 0 || start > endTok) {
                break;
            }
            return emitClause(start, last, cueFrom(p, c + 1, n, m, c + n));
        }
        return false;
    }

    void finishChain()
    {
        if (m_chain.isEmpty()) {
            return;
        }
        int speaker = -1;
        for (int q : std::as_const(m_chain)) {
            if (m_doc.quotes.at(q).speaker >= 0 && m_cuedQuotes.contains(q)) {
                speaker = m_doc.quotes.at(q).speaker;
            }
        }
        if (speaker >= 0) {
            for (int q : std::as_const(m_chain)) {
                m_doc.quotes[q].speaker = speaker;
            }
            m_lastSpeaker = speaker;
        }
        m_chain.clear();
    }

    // Names of two or more words ("Sen. Jane Roe") met in a paragraph.
    void rememberNames(const Paragraph &p)
    {
        for (int i = 0; i < p.size(); ++i) {
            if (!p.isCap(i) || p.isFunction(i)) {
                continue;
            }
            int e = i;
            while (e + 1 < p.size() && p.isCap(e + 1) && !p.isFunction(e + 1)) {
                ++e;
            }
            Mention m;
            if (e > i && p.fillName(i, e, m) && m.nameTokens.size() >= 2 && m.nameTokens.size() <= 3) {
                bool plausible = true;
                for (const QString &token : std::as_const(m.nameTokens)) {
                    plausible = plausible && !lex().groups.contains(token.toLower())
                                && !lex().timeWords.contains(token);
                }
                if (plausible) {
                    m_registry.seen(SeenName{m.nameTokens, m.title, m.honorific});
                }
            }
            i = e;
        }
    }

    // Interview transcripts: "SMITH: words" gives the whole line to the capitalised speaker.
    bool transcriptLine(const Paragraph &p, const Block &block)
    {
        int colon = -1;
        const int from = p.size() > 0 && p.tok.at(0).kind == Tok::Open ? 1 : 0;
        for (int i = from; i < p.size() && i < from + 4; ++i) {
            if (p.isPunct(i, u':')) {
                colon = i;
                break;
            }
            const QStringView word = p.w(i);
            if (!p.isWord(i) || word.size() < 2 || word.toString().toUpper() != word || !word.at(0).isLetter()) {
                return false;
            }
        }
        if (colon <= from || colon + 3 >= p.size()) {
            return false;
        }
        Mention m;
        if (!p.fillName(from, colon - 1, m)) {
            return false;
        }
        m.kind = MentionKind::Name;
        m.first = from;
        m.last = colon - 1;
        const Cue cue = cueFrom(p, colon, 1, m, colon);
        qsizetype end = block.range.end;
        if (from == 1 && p.tok.last().kind == Tok::Close) {
            end = p.tok.last().start;
        }
        addQuote(p, block, p.tok.at(colon + 1).start, end, QuoteKind::Direct, cue);
        m_lastSpeaker = -1; // an uncued quotation after a transcript belongs to no one in particular
        return true;
    }

    // "Sen. Jane Roe, who …, pointed to the budget. “We cannot afford it.”": a quotation without a
    // cue that follows a sentence of the same paragraph about a named person, with no quotation of
    // its own, is that person's.
    int previousSubject(const Paragraph &p, const QList<std::pair<int, int>> &units, int unitIndex)
    {
        if (unitIndex == 0) {
            return -1;
        }
        const auto [first, last] = units.at(unitIndex - 1);
        if (m_unitQuoted) {
            return -1; // a quotation there: the usual carrying-on decides
        }
        const Mention m = p.sentenceSubject(first, last + 1);
        if (m.kind != MentionKind::Name) {
            return -1;
        }
        return m_registry.resolve(m, p.tok.at(m.first).start);
    }

    // The same across paragraphs: a paragraph without quotations that ends on a sentence about a
    // named person ("Jane Roe visited the plant on Monday.") hands an uncued quotation opening
    // the next paragraph to that person rather than to whoever spoke before.
    int previousParagraphSubject(const Block &block)
    {
        if (m_prevSubjectParagraph < 0 || block.paragraph - m_prevSubjectParagraph != 1) {
            return -1;
        }
        return m_registry.resolve(m_prevSubject, m_prevSubjectPos);
    }

    // Remembers the subject of the paragraph's last sentence when the paragraph gave no quote.
    void rememberClosingSubject(const Paragraph &p, const Block &block, const QList<std::pair<int, int>> &units,
                                bool quoted)
    {
        m_prevSubjectParagraph = -1;
        if (quoted || units.isEmpty()) {
            return;
        }
        const auto [first, last] = units.last();
        const Mention m = p.sentenceSubject(first, last + 1);
        // A lone capitalised word opening a sentence may be no name at all ("Stronger ties …",
        // "Fill in the gaps."): it counts when it is the surname of someone named before.
        if (m.kind != MentionKind::Name || m.nameTokens.isEmpty()
            || (m.nameTokens.size() < 2 && m.title.isEmpty() && !m_registry.knownSurname(m.nameTokens.last()))) {
            return;
        }
        m_prevSubject = m;
        m_prevSubjectPos = p.tok.at(m.first).start;
        m_prevSubjectParagraph = block.paragraph;
    }

    void paragraph(const Block &block)
    {
        Paragraph p(m_text, tokenize(m_text, block.range));
        if (p.size() == 0) {
            return;
        }
        QList<Span> spans = findSpans(p.tok);
        const bool continuing = m_openChain && !spans.isEmpty() && spans.first().open == 0;
        if (!continuing) {
            finishChain();
        }
        m_openChain = false;
        const int introSpeaker = m_intro;
        m_intro = -2;

        if (transcriptLine(p, block)) {
            m_prevSubjectParagraph = -1;
            return;
        }
        rememberNames(p);
        const QList<std::pair<int, int>> units = sentences(p, spans);
        qsizetype quotesBefore = m_doc.quotes.size();
        const qsizetype quotesAtStart = quotesBefore;
        for (int unitIndex = 0; unitIndex < units.size(); ++unitIndex) {
            const auto [first, last] = units.at(unitIndex);
            m_unitQuoted = unitIndex > 0 && m_doc.quotes.size() > quotesBefore;
            quotesBefore = m_doc.quotes.size();
            QList<Span> inUnit;
            for (const Span &s : std::as_const(spans)) {
                if (s.open >= first && s.open <= last) {
                    inUnit.append(s);
                }
            }
            int skipUntil = first;
            bool anyDirect = false;
            for (int k = 0; k < inUnit.size(); ++k) {
                const Span &s = inUnit.at(k);
                const int closeTok = s.close < 0 ? p.size() : s.close;
                const int afterFrom = closeTok + 1;
                const int afterTo = k + 1 < inUnit.size() ? inUnit.at(k + 1).open : last + 1;
                const int beforeFrom = k > 0 ? (inUnit.at(k - 1).close < 0 ? p.size() : inUnit.at(k - 1).close + 1)
                                             : first;
                const int beforeTo = s.open;
                int wordCount = 0;
                bool sentencePunct = false;
                for (int i = s.open + 1; i < closeTok; ++i) {
                    wordCount += p.isWord(i);
                    if (p.isPunct(i, u'.') || p.isPunct(i, u'?') || p.isPunct(i, u'!') || p.isComma(i)) {
                        sentencePunct = true;
                    }
                }
                Cue cue = cueAfter(p, afterFrom, afterTo);
                bool fromAfter = cue.verb >= 0;
                if (!fromAfter) {
                    cue = cueBefore(p, beforeFrom, beforeTo);
                }
                bool isQuote = false;
                bool leadsUnit = true;
                for (int i = beforeFrom; i < beforeTo; ++i) {
                    if (p.tok.at(i).kind == Tok::Word) {
                        leadsUnit = false;
                    }
                }
                const bool chainPiece = continuing && s.open == 0;
                if (cue.verb >= 0) {
                    isQuote = wordCount >= 3 || sentencePunct || leadsUnit;
                } else if (chainPiece) {
                    isQuote = true;
                    cue.speaker = m_doc.quotes.isEmpty() ? -1 : m_doc.quotes.last().speaker;
                } else if (leadsUnit && (wordCount >= 4 || (sentencePunct && wordCount >= 2))) {
                    isQuote = true;
                    if (k > 0 && !m_doc.quotes.isEmpty()) {
                        cue.speaker = m_doc.quotes.last().speaker;
                    } else if (s.open == 0 && introSpeaker >= 0) {
                        cue.speaker = introSpeaker;
                    } else if (const int subject = previousSubject(p, units, unitIndex); subject >= 0) {
                        cue.speaker = subject;
                    } else if (const int before = unitIndex == 0 && s.open == 0 ? previousParagraphSubject(block) : -1;
                               before >= 0) {
                        cue.speaker = before;
                    } else {
                        // The last speaker carries on only while the article is still with them.
                        cue.speaker = block.paragraph - m_lastSpeakerParagraph <= 2 ? m_lastSpeaker : -1;
                    }
                }
                if (isQuote && cue.speaker < 0 && cue.verb < 0 && s.close >= 0 && !chainPiece) {
                    isQuote = false; // quoted words that nobody can be found for: a passage, not a quote
                }
                if (!isQuote) {
                    continue;
                }
                qsizetype start = p.tok.at(s.open).end;
                if (fromAfter && !leadsUnit && !chainPiece) {
                    // Words before the quotation that run into it belong to the same quote ("Not
                    // paying taxes ''makes me smart,'' he said"), minus a cue of their own.
                    int from = beforeFrom;
                    while (from < beforeTo && p.tok.at(from).kind == Tok::Punct) {
                        ++from;
                    }
                    for (int v = from; v < beforeTo; ++v) {
                        if (const int n = p.verbAt(v, true)) {
                            const Mention m = p.subjectLeft(v, from);
                            if (m.kind != MentionKind::None && m.first == from) {
                                const int c = clauseStart(p, v + n, beforeTo - 1, false);
                                from = c >= 0 ? c : v + n;
                            }
                            break;
                        }
                    }
                    if (from < beforeTo) {
                        start = p.tok.at(from).start;
                    }
                }
                const qsizetype end = s.close < 0 ? block.range.end : p.tok.at(s.close).start;
                const int q = addQuote(p, block, start, end, QuoteKind::Direct, cue);
                if (q < 0) {
                    continue;
                }
                anyDirect = true;
                if (cue.verb >= 0) {
                    m_cuedQuotes.append(q);
                }
                if (chainPiece || (s.close < 0 && s.open == 0)) {
                    m_chain.append(q);
                }
                if (s.close < 0) {
                    m_openChain = true;
                }
                if (fromAfter) {
                    skipUntil = std::max(skipUntil, cue.end + 1);
                    // "…," Smith said, adding that CLAUSE.
                    int a = cue.end + 1;
                    if (p.isComma(a) && p.isWord(a + 1) && p.verbAt(a + 1, true) && p.lw(a + 1).endsWith(u"ing"_s)) {
                        const int n = p.verbAt(a + 1, true);
                        const int startTok = clauseStart(p, a + 1 + n, lastContentToken(p, first, last), false);
                        if (startTok >= 0 && startTok <= last) {
                            Cue more = cue;
                            more.verb = a + 1;
                            more.verbLen = n;
                            const int e = lastContentToken(p, startTok, afterTo - 1);
                            if (e >= startTok + 2) {
                                addQuote(p, block, p.tok.at(startTok).start, p.tok.at(e).end, QuoteKind::Indirect, more);
                            }
                            skipUntil = last + 1;
                        }
                    }
                } else {
                    skipUntil = std::max(skipUntil, closeTok + 1);
                }
            }
            if (!anyDirect || skipUntil <= last) {
                if (!anyDirect) {
                    reported(p, block, first, last, first);
                }
            }
            // "Smith continued:" introduces the quotation of the next paragraph.
            const int end = last;
            if (inUnit.isEmpty() && p.isPunct(end, u':')) {
                for (int v = end - 1; v >= first; --v) {
                    if (p.verbAt(v)) {
                        const Mention m = p.subjectLeft(v, first);
                        if (m.kind != MentionKind::None) {
                            m_intro = m_registry.resolve(m, p.tok.at(m.first).start);
                        }
                        break;
                    }
                }
            }
        }
        rememberClosingSubject(p, block, units, m_doc.quotes.size() > quotesAtStart);
    }

    Document &m_doc;
    Text m_text;
    Registry m_registry;
    int m_lastSpeaker = -1;
    int m_lastSpeakerParagraph = -1;
    Mention m_prevSubject;          // the named subject closing a paragraph without quotes
    qsizetype m_prevSubjectPos = -1;
    int m_prevSubjectParagraph = -1; // its paragraph, or -1
    int m_intro = -2;
    bool m_openChain = false;
    bool m_unitQuoted = false; // the previous sentence unit of the paragraph gave a quote
    QList<int> m_chain;       // quotes of one quotation running over several paragraphs
    QList<int> m_cuedQuotes;  // quotes whose speaker came from their own cue
};

} // namespace

void attributeEnglish(Document &doc)
{
    EnglishAttributor(doc).run();
}

} // namespace QuoteReader
