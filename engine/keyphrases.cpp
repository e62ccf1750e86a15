#include "keyphrases.h"

#include "lexicon.h"
#include "log.h"
#include "porter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace QuoteReader {

namespace {

struct EnglishLexicons {
    WordList stopWords = WordList::fromResource(QStringLiteral("en/stopwords.txt"));
    WordList functionWords = WordList::fromResource(QStringLiteral("en/function-words.txt"));
    WordList contractions = WordList::fromResource(QStringLiteral("en/contractions.txt"));
    WordList firstNames = WordList::fromResource(QStringLiteral("en/first-names.txt"));
    WordList titles = WordList::fromResource(QStringLiteral("en/titles.txt"));
    WordList honorifics = WordList::fromResource(QStringLiteral("en/honorifics.txt"));
    WordList abbreviations = WordList::fromResource(QStringLiteral("en/abbreviations.txt"));
    WordList speechVerbs = WordList::fromResource(QStringLiteral("en/speech-verbs.txt"));
    WordList notNouns = WordList::fromResource(QStringLiteral("en/not-nouns.txt")); // tagged verb, adj, adv
    FrequencyTable frequencies = FrequencyTable::fromResource(QStringLiteral("en/word-freq.txt"));
};

const EnglishLexicons &lexicons()
{
    static const EnglishLexicons instance;
    return instance;
}

// A phrase runs for at most this many words; a longer capitalised run is a headline or a title of
// a work, not a name.
constexpr int kMaxPhraseWords = 3;
constexpr int kMaxNameWords = 4;

struct Token {
    QStringView text; // as written, without a possessive ending
    QString lower;    // lower case, with a straight apostrophe
    int block = 0;    // index into Document::blocks
    bool capitalised = false;
    bool sentenceStart = false;
    bool breakBefore = false; // punctuation or a new block between this token and the one before
    bool stop = false;        // a stop word, a contraction or a number: never part of a phrase
    bool function = false;    // a function word, a contraction or a number: never part of a name
    bool title = false;       // in the headline
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

QStringView withoutPossessive(QStringView word)
{
    if (word.size() > 2 && isApostrophe(word[word.size() - 2]) && (word.back() == u's' || word.back() == u'S')) {
        return word.chopped(2);
    }
    return word;
}

// Words of one line, with the punctuation between them read as breaks and sentence ends.
void tokenise(QStringView line, int block, bool title, QList<Token> &tokens)
{
    const EnglishLexicons &lex = lexicons();
    bool breakPending = true;
    bool sentencePending = true;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (!c.isLetterOrNumber()) {
            if (c == u'.' || c == u'!' || c == u'?' || c == u'…') {
                breakPending = true;
                sentencePending = true;
            } else if (!c.isSpace()) {
                breakPending = true;
            }
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        // Inside a word: letters and digits, and an apostrophe, hyphen or full stop between letters
        // (don't, e-tron, U.S.).
        while (end < n) {
            const QChar d = line[end];
            if (d.isLetterOrNumber()) {
                ++end;
            } else if ((isApostrophe(d) || d == u'-' || d == u'.') && end + 1 < n && line[end + 1].isLetter()) {
                end += 2;
            } else {
                break;
            }
        }
        const QStringView word = withoutPossessive(line.mid(i, end - i));
        Token token;
        token.text = word;
        token.lower = word.toString().toLower().replace(u'’', u'\'');
        token.block = block;
        token.title = title;
        token.capitalised = word.front().isUpper();
        token.sentenceStart = sentencePending;
        token.breakBefore = breakPending;
        const bool number = std::all_of(word.begin(), word.end(), [](QChar ch) { return !ch.isLetter(); });
        token.function = number || lex.functionWords.contains(token.lower) || lex.contractions.contains(token.lower);
        token.stop = token.function || word.size() < 2 || token.lower.contains(u'.')
                     || lex.stopWords.contains(token.lower);
        tokens.append(std::move(token));
        breakPending = false;
        sentencePending = false;
        // "Mr. Smith", "Jan. 5": the full stop after an abbreviation ends no sentence.
        if (end < n && line[end] == u'.' && (lex.abbreviations.contains(word) || word.size() == 1)) {
            ++end;
        }
        i = end;
    }
}

struct Candidate {
    QString key;
    QHash<QString, int> forms; // as written -> how often
    QStringList words;         // lower case
    int count = 0;
    int titleCount = 0;
    int firstBlock = -1;
    bool proper = false;
    bool dropped = false;
    double score = 0.0;

    QString name; // the form it is shown by: the most frequent that names a thing
};

class Finder final
{
public:
    explicit Finder(const Document &doc)
        : m_doc(doc)
        , m_lex(lexicons())
    {
    }

    QList<KeyPhrase> run(qsizetype wanted);

private:
    void read();
    void settleCapitals();
    void findPeople();
    void addCandidate(const QString &key, QStringView form, const QList<const Token *> &words, bool proper);
    void collect();
    double idf(const QString &lowerWord) const;
    bool isNounPhrase(const QStringList &words) const;
    void score();
    void dropParts();

    const Document &m_doc;
    const EnglishLexicons &m_lex;
    QList<Token> m_tokens;
    int m_firstParagraph = -1;
    QSet<QString> m_people; // lower-case words of people's names
    QHash<QString, Candidate> m_candidates;
};

// Every real article is read whole; a longer document (a report of megabytes, a folder pasted into one
// file) in an evenly spread sample of its blocks of this many characters, as themes.cpp does for
// Chinese: its most telling phrases are the same, and reading all of it would cost more than the
// rest of the pipeline.
constexpr qsizetype kReadBudget = 64 * 1024;

void Finder::read()
{
    const auto counted = [](const Block &block) { return !isNoise(block.kind); };
    qsizetype total = 0;
    for (const Block &block : m_doc.blocks) {
        total += counted(block) ? block.range.length() : 0;
    }
    const double share = total > kReadBudget ? double(kReadBudget) / double(total) : 1.0;
    qsizetype seen = 0;
    qsizetype taken = 0;
    for (int b = 0; b < m_doc.blocks.size(); ++b) {
        const Block &block = m_doc.blocks.at(b);
        if (!counted(block)) {
            continue;
        }
        seen += block.range.length();
        if (block.kind != BlockKind::Title && share < 1.0 && double(taken) >= share * double(seen)) {
            continue;
        }
        taken += block.range.length();
        if (block.kind == BlockKind::Paragraph && m_firstParagraph < 0) {
            m_firstParagraph = b;
        }
        tokenise(m_doc.textOf(block.range), b, block.kind == BlockKind::Title, m_tokens);
    }
}

// A capital means a name only where a sentence does not begin and a headline does not capitalise
// every word: there, a word counts as capitalised when the article writes it so elsewhere, or when
// it is no everyday word of the language.
void Finder::settleCapitals()
{
    QSet<QString> capitalisedInside;
    QSet<QString> lowerSeen;
    for (const Token &token : std::as_const(m_tokens)) {
        if (token.title || token.sentenceStart) {
            continue;
        }
        (token.capitalised ? capitalisedInside : lowerSeen).insert(token.lower);
    }
    for (Token &token : m_tokens) {
        if (!token.capitalised || !(token.title || token.sentenceStart)) {
            continue;
        }
        const bool everyday = m_lex.frequencies.weight(token.lower) >= 200.0 && !m_lex.firstNames.contains(token.text);
        token.capitalised = capitalisedInside.contains(token.lower)
                            || (!lowerSeen.contains(token.lower) && !everyday && !token.title);
    }
}

// People the article names: its speakers, and every capitalised run that a title opens ("Sen. Jane
// Doe"), a given name opens ("Johnny Depp"), or whose last word stands alone elsewhere as someone
// who speaks ("Noem said") or is addressed ("Ms. Noem").
void Finder::findPeople()
{
    for (const Speaker &speaker : m_doc.speakers) {
        if (speaker.group) {
            continue;
        }
        QList<Token> words;
        tokenise(speaker.name, -1, false, words);
        for (const QString &alias : speaker.aliases) {
            tokenise(alias, -1, false, words);
        }
        for (const Token &word : std::as_const(words)) {
            if (word.capitalised && !word.stop) {
                m_people.insert(word.lower);
            }
        }
    }
    const auto withStop = [](const Token &token) { return QString(token.text.toString() + u'.'); };
    const auto isTitle = [&](const Token &token) {
        return m_lex.titles.contains(token.text) || m_lex.honorifics.contains(token.text)
               || m_lex.titles.contains(withStop(token)) || m_lex.honorifics.contains(withStop(token));
    };
    // Surnames: a single capitalised word before a speech verb or after a courtesy title.
    QSet<QString> named;    // alone somewhere, as a surname stands
    QSet<QString> speaking; // alone before a speech verb or after a courtesy title
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const Token &token = m_tokens.at(i);
        if (!token.capitalised || token.stop) {
            continue;
        }
        const bool alone = (i == 0 || m_tokens.at(i - 1).breakBefore || !m_tokens.at(i - 1).capitalised
                            || isTitle(m_tokens.at(i - 1)))
                           && (i + 1 == m_tokens.size() || !m_tokens.at(i + 1).capitalised
                               || m_tokens.at(i + 1).breakBefore);
        const bool speaks = i + 1 < m_tokens.size() && !m_tokens.at(i + 1).breakBefore
                            && m_lex.speechVerbs.contains(m_tokens.at(i + 1).lower);
        const bool addressed = i > 0 && !token.breakBefore && m_lex.honorifics.contains(withStop(m_tokens.at(i - 1)));
        // A surname standing alone, as news refers back to a person ("Noem", never "the Noem").
        const bool bare = !token.sentenceStart && (i == 0 || m_tokens.at(i - 1).lower != u"the");
        if (alone && (speaks || addressed || bare)) {
            named.insert(token.lower);
        }
        if (alone && (speaks || addressed)) {
            speaking.insert(token.lower);
        }
        if (alone && m_lex.firstNames.contains(token.text) && !token.sentenceStart) {
            m_people.insert(token.lower); // a given name alone ("Kevin")
        }
    }
    qsizetype i = 0;
    while (i < m_tokens.size()) {
        if (!m_tokens.at(i).capitalised || m_tokens.at(i).stop) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < m_tokens.size() && m_tokens.at(end).capitalised && !m_tokens.at(end).stop
               && !m_tokens.at(end).breakBefore) {
            ++end;
        }
        qsizetype first = i;
        bool titled = i > 0 && !m_tokens.at(i).breakBefore && isTitle(m_tokens.at(i - 1));
        while (first < end && isTitle(m_tokens.at(first))) { // "President Barack Obama"
            ++first;
            titled = true;
        }
        const qsizetype length = end - first;
        // A single word alone stays a name of a place or a thing unless it speaks or is addressed.
        const bool person = length >= 1 && length <= kMaxNameWords
                            && (titled
                                || (length >= 2
                                    && (m_lex.firstNames.contains(m_tokens.at(first).text)
                                        || named.contains(m_tokens.at(end - 1).lower)))
                                || (length == 1 && speaking.contains(m_tokens.at(first).lower)));
        if (person) {
            for (qsizetype k = first; k < end; ++k) {
                m_people.insert(m_tokens.at(k).lower);
            }
        }
        i = end;
    }
}

void Finder::addCandidate(const QString &key, QStringView form, const QList<const Token *> &words, bool proper)
{
    Candidate &c = m_candidates[key];
    if (c.key.isEmpty()) {
        c.key = key;
        c.proper = proper;
        for (const Token *word : words) {
            c.words.append(word->lower);
        }
        c.firstBlock = words.front()->block;
    }
    ++c.count;
    c.titleCount += words.front()->title;
    ++c.forms[form.toString()];
}

// Capitalised runs are names (of places, organisations, things); runs of other words give phrases of
// one to three words. Phrases never reach over punctuation.
void Finder::collect()
{
    QString form;
    QString key;
    const qsizetype n = m_tokens.size();
    qsizetype i = 0;
    while (i < n) {
        const Token &token = m_tokens.at(i);
        // Inside a sentence a capital makes a name of any word but a function word ("New York",
        // "White House").
        const bool nameWord = token.capitalised && !token.function && (!token.stop || !token.sentenceStart);
        if (token.stop && !nameWord) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (nameWord) {
            // "Bank of America": "of" and "&" join capitalised words.
            while (end < n && !m_tokens.at(end).breakBefore) {
                const Token &next = m_tokens.at(end);
                if (next.capitalised && !next.function) {
                    ++end;
                } else if ((next.lower == u"of" || next.lower == u"&") && end + 1 < n
                           && !m_tokens.at(end + 1).breakBefore && m_tokens.at(end + 1).capitalised
                           && !m_tokens.at(end + 1).function) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end - i <= kMaxNameWords) {
                QList<const Token *> words;
                form.clear();
                key = QStringLiteral("=");
                for (qsizetype k = i; k < end; ++k) {
                    words.append(&m_tokens.at(k));
                    const QStringView text = m_tokens.at(k).text;
                    form += (k > i ? QStringLiteral(" ") : QString()) + text;
                    key += u' ' + m_tokens.at(k).lower;
                }
                const bool person = std::all_of(words.cbegin(), words.cend(), [this](const Token *w) {
                    return w->function || m_people.contains(w->lower);
                });
                // A single capitalised everyday word ("New", "Music") is no name on its own.
                const bool everyday = words.size() == 1 && words.front()->stop;
                if (!person && !everyday) {
                    addCandidate(key, form, words, true);
                }
            }
            i = end;
            continue;
        }
        while (end < n && !m_tokens.at(end).breakBefore && !m_tokens.at(end).stop && !m_tokens.at(end).capitalised) {
            ++end;
        }
        for (qsizetype start = i; start < end; ++start) {
            QList<const Token *> words;
            form.clear();
            key.clear();
            for (qsizetype k = start; k < end && k - start < kMaxPhraseWords; ++k) {
                words.append(&m_tokens.at(k));
                form += (k > start ? QStringLiteral(" ") : QString()) + m_tokens.at(k).lower;
                key += (k > start ? QStringLiteral(" ") : QString()) + porterStem(m_tokens.at(k).lower);
                addCandidate(key, form, words, false);
            }
        }
        i = end;
    }
}

// A theme names a thing: its last word can be a noun, and no word of it is only a verb or an
// adverb ("similar", "avoid", "certainly", "distract attention" are no themes; "running mate" is).
bool Finder::isNounPhrase(const QStringList &words) const
{
    if (m_lex.notNouns.contains(words.back())) {
        return false;
    }
    return std::none_of(words.cbegin(), words.cend() - 1, [this](const QString &word) {
        const QString parts = m_lex.notNouns.tag(word);
        return !parts.isEmpty() && !parts.contains(u"adj");
    });
}

// How rare a word is in spoken English: the log of the share of the background it is not.
double Finder::idf(const QString &lowerWord) const
{
    const double total = m_lex.frequencies.total();
    return std::log((total + 1.0) / (m_lex.frequencies.weight(lowerWord) + 1.0));
}

void Finder::score()
{
    for (Candidate &c : m_candidates) {
        // The headline's words count twice: it says what the article is about.
        const int tf = c.count + c.titleCount;
        // Shown by its most frequent form that names a thing (forces, not forced).
        int shown = -1;
        for (auto it = c.forms.cbegin(); it != c.forms.cend(); ++it) {
            const bool noun = c.proper || isNounPhrase(it.key().toLower().replace(u'’', u'\'').split(u' '));
            if (noun && (it.value() > shown || (it.value() == shown && it.key() < c.name))) {
                c.name = it.key();
                shown = it.value();
            }
        }
        if (tf < 2 || (c.words.size() > 1 && c.count < 2) || shown < 0) {
            c.dropped = true;
            continue;
        }
        double rarity = 0.0;
        int words = 0;
        for (const QString &word : std::as_const(c.words)) {
            if (!m_lex.stopWords.contains(word)) {
                rarity += idf(word);
                ++words;
            }
        }
        rarity /= std::max(1, words);
        const double length = c.words.size() == 1 ? 1.0 : c.words.size() == 2 ? 1.5 : 1.8;
        const double position = c.titleCount > 0 ? 1.3 : c.firstBlock <= m_firstParagraph ? 1.15 : 1.0;
        c.score = tf * rarity * length * position;
    }
}

// A word (or a pair) said almost only inside a longer phrase adds nothing beside it: "Green" and
// "Party" beside "Green Party", "bike" beside "bike lanes".
void Finder::dropParts()
{
    // Longest first, so that a phrase dropped inside a longer one drops no part of its own, and in a
    // fixed order: the hash's order differs between runs, and the same article must give the same themes.
    QList<const Candidate *> longestFirst;
    longestFirst.reserve(m_candidates.size());
    for (const Candidate &c : std::as_const(m_candidates)) {
        longestFirst.append(&c);
    }
    std::sort(longestFirst.begin(), longestFirst.end(), [](const Candidate *a, const Candidate *b) {
        return a->words.size() != b->words.size() ? a->words.size() > b->words.size() : a->key < b->key;
    });
    QHash<QString, QString> byWords; // lower-case words -> key, for lower-case candidates
    for (const Candidate *c : std::as_const(longestFirst)) {
        if (!c->dropped) {
            byWords.insert(c->words.join(u' '), c->key);
        }
    }
    for (const Candidate *candidate : std::as_const(longestFirst)) {
        const Candidate &longer = *candidate;
        if (longer.dropped || longer.words.size() < 2) {
            continue;
        }
        for (qsizetype length = 1; length < longer.words.size(); ++length) {
            for (qsizetype start = 0; start + length <= longer.words.size(); ++start) {
                const QString part = longer.words.mid(start, length).join(u' ');
                for (const QString &key : {byWords.value(part), QString(QStringLiteral("= ") + part)}) {
                    const auto it = m_candidates.find(key);
                    if (it != m_candidates.end() && it->key != longer.key
                        && it->count <= longer.count + longer.count / 4 + 1) {
                        it->dropped = true;
                    }
                }
            }
        }
    }
}

QList<KeyPhrase> Finder::run(qsizetype wanted)
{
    read();
    if (m_tokens.isEmpty() || m_lex.frequencies.isEmpty()) {
        return {};
    }
    settleCapitals();
    findPeople();
    collect();
    score();
    dropParts();
    QList<const Candidate *> ranked;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (!c.dropped && c.score > 0.0) {
            ranked.append(&c);
        }
    }
    std::sort(ranked.begin(), ranked.end(), [](const Candidate *a, const Candidate *b) {
        return a->score != b->score ? a->score > b->score : a->key < b->key;
    });
    QList<KeyPhrase> phrases;
    for (const Candidate *c : std::as_const(ranked)) {
        if (phrases.size() >= wanted) {
            break;
        }
        KeyPhrase phrase{c->name, {}, c->score};
        phrase.forms.append(phrase.name);
        // Other forms, each once whatever its case, and not a plural of one already there: quotes are
        // matched without case, a word with its plural endings.
        const auto covered = [&phrase](const QString &form) {
            return std::any_of(phrase.forms.cbegin(), phrase.forms.cend(), [&form](const QString &f) {
                return form.compare(f, Qt::CaseInsensitive) == 0 || form.compare(f + u's', Qt::CaseInsensitive) == 0
                       || form.compare(f + u"es", Qt::CaseInsensitive) == 0;
            });
        };
        // In a fixed order, since which forms are covered depends on those taken before: the hash's
        // order differs between runs, and the same article must give the same themes.
        QStringList forms = c->forms.keys();
        forms.sort();
        for (const QString &form : std::as_const(forms)) {
            if (!covered(form)) {
                phrase.forms.append(form);
            }
        }
        qCDebug(lcEngine) << "key phrase" << phrase.name << c->count << c->titleCount << c->score;
        phrases.append(std::move(phrase));
    }
    return phrases;
}

} // namespace

QList<KeyPhrase> englishKeyPhrases(const Document &doc, qsizetype wanted)
{
    return Finder(doc).run(wanted);
}

} // namespace QuoteReader
