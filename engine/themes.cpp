#include "themes.h"

#include "attribution/zh/lexicons.h"
#include "attribution/zh/names.h"
#include "keyphrases.h"
#include "language.h"
#include "lexicon.h"
#include "log.h"
#include "termmatcher.h"
#include "wordcounts.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace QuoteReader {

namespace {

// Enough for a reader to take in at a glance; the issue asks for about 8-12.
constexpr qsizetype kMaxKeyTerms = 10;
// Candidates weighed for those ten: the best that carry quotes go first (rankForReader). Every
// candidate is matched against every quote, so they are few.
constexpr qsizetype kCandidateTerms = kMaxKeyTerms * 2;
// A word said once is not a theme of the article.
constexpr int kMinCount = 2;

// ---------------------------------------------------------------------------------------------
// Lexicons, loaded once: parsing the 60,000-word background lists per article would cost more
// than segmenting the article.

struct Lexicons {
    WordList zhStopWords = WordList::fromResource(QStringLiteral("zh/stopwords.txt"));
    WordList enStopWords = WordList::fromResource(QStringLiteral("en/stopwords.txt"));
    // Never a theme on its own: verbs, adverbs, time words… (举行, 尽快, 近期); and people (克林顿).
    WordList zhNotNouns = WordList::fromResource(QStringLiteral("zh/not-nouns.txt"));
    WordList zhPeople = WordList::fromResource(QStringLiteral("zh/person-names.txt"));
};

const Lexicons &lexicons()
{
    static const Lexicons instance;
    return instance;
}

// The Chinese background list on first use: an English article need not parse its 60,000 words
// (English articles go to keyphrases.cpp, which reads the English list).
const FrequencyTable &chineseFrequencies()
{
    static const FrequencyTable zh = FrequencyTable::fromResource(QStringLiteral("zh/word-freq.txt"));
    return zh;
}

// ---------------------------------------------------------------------------------------------
// Scoring the words against the background.

struct Candidate {
    QString key;       // what variants share: Simplified form, or lower-cased Latin word
    QString name;      // as written in the article: its most frequent form
    int nameCount = 0; // occurrences of `name` itself
    int count = 0;     // occurrences of every variant
    double background = 0.0;
    double score = 0.0;
    bool han = false;
    bool dropped = false;
};

void addForm(Candidate &c, const QString &form, int count)
{
    c.count += count;
    if (count > c.nameCount || (count == c.nameCount && form < c.name)) {
        c.name = form;
        c.nameCount = count;
    }
}

// Dunning's log-likelihood: how surprising `a` uses in `n` words are next to `b` in `bTotal`.
// Only over-use counts; a word the article uses less than usual is no theme of it.
double keyness(double a, double n, double b, double bTotal)
{
    if (a <= 0.0 || n <= 0.0 || b <= 0.0 || a / n <= 2.0 * b / bTotal) {
        return 0.0;
    }
    const double e1 = n * (a + b) / (n + bTotal);
    const double e2 = bTotal * (a + b) / (n + bTotal);
    return 2.0 * (a * std::log(a / e1) + b * std::log(b / e2));
}

// "China's" -> "China", "voters'" -> "voters".
QStringView withoutPossessive(QStringView word)
{
    if (word.endsWith(u"'s") || word.endsWith(u"\u2019s")) {
        return word.chopped(2);
    }
    if (word.endsWith(u'\'') || word.endsWith(u'\u2019')) {
        return word.chopped(1);
    }
    return word;
}

// Lower case, with the typographic apostrophe the stop word list does not use (you’re).
QString latinKey(QStringView word)
{
    return withoutPossessive(word).toString().toLower().replace(u'\u2019', u'\'');
}

// The singular forms a plural could come from, most specific first.
QStringList singularsOf(const QString &key)
{
    QStringList forms;
    if (key.size() > 4 && key.endsWith(u"ies")) {
        forms.append(key.left(key.size() - 3) + u'y');
    }
    if (key.size() > 3 && key.endsWith(u"es")) {
        forms.append(key.left(key.size() - 2));
    }
    if (key.size() > 2 && key.endsWith(u's') && !key.endsWith(u"ss")) {
        forms.append(key.left(key.size() - 1));
    }
    return forms;
}

bool hasLetter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

// Whether a Chinese term is a person's name (古天樂, 克林頓, 瑪麗·居里): people are not themes, whether
// they speak in the article or are only named in it. Places and organisations stay.
bool isChinesePersonName(const QString &term)
{
    static const Attribution::Zh::Names names(Attribution::Zh::Lexicons::get());
    // Two characters after a surname are as often a word as a name (卫星, 高速): only a transliteration
    // is taken for a name at that length.
    return names.isTransliteration(term) || (term.size() >= 3 && names.isName(term, false));
}

// Whether a term is a speaker's name or part of one: the speakers have their own list, and a
// surname that ICU cut out of a full name is no theme.
bool isSpeakerName(const Document &doc, const QString &term)
{
    for (const Speaker &speaker : doc.speakers) {
        if (speaker.name.contains(term, Qt::CaseInsensitive) || term.contains(speaker.name, Qt::CaseInsensitive)) {
            return true;
        }
        for (const QString &alias : speaker.aliases) {
            if (alias.size() > 1 && alias.compare(term, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
    }
    return false;
}

struct Compound {
    QString key;
    QString first; // Simplified keys of the two words (of the two pairs, for three characters)
    QString second;
    bool triple = false;
};

// A Chinese article's key terms, words and compounds said more often than jieba's frequencies lead one
// to expect. English articles' themes are key phrases (keyphrases.cpp).
QList<Candidate> chineseKeyTerms(const Document &doc)
{
    const Lexicons &lex = lexicons();
    const FrequencyTable &background = chineseFrequencies();
    const WordCounts counts = countWords(doc);
    if (counts.total == 0 || background.isEmpty()) {
        return {};
    }
    // A word the list does not hold is taken to be about as rare as the rarest words it holds
    // (those sit near a twentieth of the mean), not infinitely rare: otherwise any word said
    // twice that the list happens to miss would outrank the article's real subject.
    const double floor = 0.05 * background.total() / double(background.size());

    ScriptFolder folder(doc.language == u"zh-Hant");
    const auto countOf = [&counts](QStringView word) {
        const auto it = counts.words.find(toView(word));
        return it == counts.words.end() ? 0 : it->second;
    };
    // A word the list does not know that starts or ends with a particle or pronoun (新的, 也有,
    // 有了) is a phrase ICU glued together, not a term.
    const auto gluedPhrase = [&](const QString &key) {
        return !background.contains(key)
               && (lex.zhStopWords.contains(QStringView(key).left(1))
                   || lex.zhStopWords.contains(QStringView(key).right(1)));
    };

    QHash<QString, Candidate> han;   // by Simplified form
    QHash<QString, Candidate> latin; // by lower-cased form
    QList<Compound> compounds;

    for (const auto &[word, count] : counts.words) {
        const QStringView view(word.data(), qsizetype(word.size()));
        if (containsHan(view)) {
            if (count < kMinCount || isSingleCharacter(view)) {
                continue;
            }
            const QString &key = folder.fold(view);
            if (lex.zhStopWords.contains(key) || gluedPhrase(key)) {
                continue;
            }
            Candidate &c = han[key];
            c.key = key;
            c.han = true;
            addForm(c, view.toString(), count);
            continue;
        }
        // "a.m", "U.S": abbreviations are not terms.
        if (view.size() < 2 || !hasLetter(view) || view.contains(u'.')) {
            continue;
        }
        const QString key = latinKey(view);
        const QStringList singulars = singularsOf(key);
        if (key.size() < 2 || lex.enStopWords.contains(key) || lex.zhStopWords.contains(key)
            || std::any_of(singulars.cbegin(), singulars.cend(),
                           [&lex](const QString &s) { return lex.enStopWords.contains(s); })) {
            continue;
        }
        Candidate &c = latin[key];
        c.key = key;
        addForm(c, withoutPossessive(view).toString(), count);
    }

    // Two adjacent words make a term when the language has the compound (人工 + 智能), or when
    // they keep company: the pair is most of the rarer word's uses (大 + 模型, or a new word ICU
    // knows only as single characters, 算 + 力). A phrase that merely recurs is not enough.
    // The same compound may be cut in different places (互聯 + 網, 互 + 聯網): its uses are
    // added up under its Simplified form, built from its words' cached forms (the transliteration
    // works character by character) so that no pair needs a transliteration of its own.
    struct Split {
        QString first;
        QString second;
        int count = 0;
    };
    struct Pair {
        Candidate candidate;
        Split main; // the most frequent cut
    };
    QHash<QString, Pair> pairs;
    QString key;
    for (const auto &[pair, bigram] : counts.bigrams) {
        const QStringView view(pair.data(), qsizetype(pair.size()));
        const QStringView first = view.left(bigram.split);
        const QStringView second = view.mid(bigram.split);
        const QString &firstKey = folder.fold(first);
        const QString &secondKey = folder.fold(second);
        key = firstKey;
        key += secondKey;
        // Pairs said once count only toward a compound the language knows.
        if (bigram.count < kMinCount && !background.contains(key)) {
            continue;
        }
        if (lex.zhStopWords.contains(firstKey) || lex.zhStopWords.contains(secondKey)
            || lex.zhStopWords.contains(key)) {
            continue;
        }
        Pair &p = pairs[key];
        p.candidate.key = key;
        p.candidate.han = true;
        addForm(p.candidate, view.toString(), bigram.count);
        if (bigram.count > p.main.count) {
            p.main = {firstKey, secondKey, bigram.count};
        }
    }
    // Two adjacent words make a term when the language has the compound (人工 + 智能), or when
    // they keep company: the pair is most of the rarer word's uses (大 + 模型, or a new word ICU
    // knows only as single characters, 算 + 力). A phrase that merely recurs is not enough.
    const auto countOfKey = [&](const QString &k) {
        const auto it = han.constFind(k);
        return it == han.cend() ? 0 : it->count;
    };
    for (auto &pair : pairs) {
        Candidate &c = pair.candidate;
        if (c.count < kMinCount) {
            continue;
        }
        const bool known = background.contains(c.key);
        // Single characters are not candidates, so their counts come from the text as written.
        const auto partCount = [&](const QString &part) {
            const int n = countOfKey(part);
            return n > 0 ? n : countOf(part);
        };
        const bool together = c.count >= kMinCount + 1
                              && 2 * c.count >= std::min(partCount(pair.main.first), partCount(pair.main.second));
        if (!known && !together) {
            continue;
        }
        Candidate &target = han[c.key];
        if (target.key.isEmpty()) {
            target = c;
        } else {
            // Also written as one word elsewhere in the article.
            target.count += c.count;
            if (c.nameCount > target.nameCount) {
                target.name = c.name;
                target.nameCount = c.nameCount;
            }
        }
        compounds.append({c.key, pair.main.first, pair.main.second, false});
    }
    for (const auto &[triple, count] : counts.triples) {
        const QStringView view(triple.data(), qsizetype(triple.size()));
        key = folder.fold(view.left(1));
        key += folder.fold(view.mid(1, 1));
        key += folder.fold(view.mid(2, 1));
        if (count < kMinCount || lex.zhStopWords.contains(key) || gluedPhrase(key)) {
            continue;
        }
        const bool known = background.contains(key);
        const int rarest = std::min({countOf(view.left(1)), countOf(view.mid(1, 1)), countOf(view.mid(2, 1))});
        if (!known && !(count >= kMinCount + 1 && 2 * count >= rarest)) {
            continue;
        }
        Candidate &c = han[key];
        c.key = key;
        c.han = true;
        addForm(c, view.toString(), count);
        compounds.append({key, key.left(2), key.mid(1), true});
    }

    // A compound the language does not know, chained onto another compound through a shared
    // word (傳統 + 民 beside 民 + 居, 智能 + 大會 beside 人工 + 智能), is the seam between two
    // terms rather than a term, unless it is the more frequent of the two. The same for three
    // characters overlapping three others: a longer unknown word, or a phrase, has no clear cut.
    QHash<QString, QList<qsizetype>> firstOf;
    QHash<QString, QList<qsizetype>> secondOf;
    for (qsizetype i = 0; i < compounds.size(); ++i) {
        firstOf[compounds.at(i).first].append(i);
        secondOf[compounds.at(i).second].append(i);
    }
    QSet<QString> seams;
    for (qsizetype i = 0; i < compounds.size(); ++i) {
        const Compound &compound = compounds.at(i);
        if (background.contains(compound.key)) {
            continue;
        }
        const int count = han.value(compound.key).count;
        const auto outranked = [&](const QList<qsizetype> &others) {
            return std::any_of(others.cbegin(), others.cend(), [&](qsizetype j) {
                return j != i && compounds.at(j).key != compound.key && han.value(compounds.at(j).key).count >= count;
            });
        };
        if (outranked(secondOf.value(compound.first)) || outranked(firstOf.value(compound.second))) {
            seams.insert(compound.key);
        }
    }
    compounds.removeIf([&seams](const Compound &c) { return seams.contains(c.key); });
    for (const QString &key : std::as_const(seams)) {
        han.remove(key);
    }

    // A word that occurs almost only inside a compound (人工 in 人工智能) adds nothing beside it.
    for (const Compound &compound : std::as_const(compounds)) {
        const int whole = han.value(compound.key).count;
        for (const QString &part : {compound.first, compound.second}) {
            const auto it = han.find(part);
            if (it != han.end() && it->count <= whole + whole / 4 + 1) {
                it->dropped = true;
            }
        }
    }

    // Latin words (GPU, GPUs): a plural goes into its singular when the article has the singular too,
    // so that one theme finds both.
    QStringList plurals;
    for (auto it = latin.cbegin(); it != latin.cend(); ++it) {
        if (!singularsOf(it.key()).isEmpty()) {
            plurals.append(it.key());
        }
    }
    plurals.sort(); // the hash's order differs between runs; the result must not
    for (const QString &plural : std::as_const(plurals)) {
        for (const QString &singular : singularsOf(plural)) {
            if (!latin.contains(singular)) {
                continue;
            }
            // take() may move the hash's other entries: look the singular up only after it.
            const Candidate merged = latin.take(plural);
            latin[singular].count += merged.count;
            break;
        }
    }

    QList<Candidate> all;
    const double n = double(counts.total);
    for (QHash<QString, Candidate> *group : {&han, &latin}) {
        for (Candidate &c : *group) {
            if (c.dropped || c.count < kMinCount
                || (c.han && (lex.zhNotNouns.contains(c.key) || lex.zhPeople.contains(c.key)))) {
                continue;
            }
            // Latin words in a Chinese article are measured against nothing: they are rare there.
            c.background = std::max(c.han ? background.weight(c.key) : 0.0, floor);
            c.score = keyness(c.count, n, c.background, background.total());
            if (c.score > 0.0) {
                all.append(std::move(c));
            }
        }
    }
    std::sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.key < b.key;
    });

    // Speakers' names are left out. The check compares with every speaker, so it runs in score
    // order and only as far as the pool below and the result need: a long document has thousands
    // of candidates and hundreds of speakers.
    qsizetype kept = 0;
    qsizetype next = 0;
    const auto fillTo = [&](qsizetype wanted) {
        for (; kept < wanted && next < all.size(); ++next) {
            const Candidate &c = all.at(next);
            if (!isSpeakerName(doc, c.name) && !(c.han && isChinesePersonName(c.name))) {
                if (kept != next) {
                    all[kept] = std::move(all[next]);
                }
                ++kept;
            }
        }
    };

    // The same for substrings that are not one of a compound's words (聯網 in 互聯網 cut as
    // 互聯 + 網): looked at in a pool a few times the size of the result.
    fillTo(kCandidateTerms * 2);
    const qsizetype pool = kept;
    for (qsizetype i = 0; i < pool; ++i) {
        Candidate &shorter = all[i];
        if (!shorter.han) {
            continue;
        }
        for (qsizetype j = 0; j < pool; ++j) {
            const Candidate &longer = all.at(j);
            if (j != i && longer.han && !longer.dropped && longer.key.size() > shorter.key.size()
                && longer.key.contains(shorter.key) && shorter.count <= longer.count + longer.count / 4 + 1) {
                shorter.dropped = true;
                break;
            }
        }
    }
    // Past the pool, more candidates only as needed to make up the result.
    qsizetype shown = std::count_if(all.cbegin(), all.cbegin() + kept, [](const Candidate &c) { return !c.dropped; });
    while (shown < kCandidateTerms && next < all.size()) {
        const qsizetype before = kept;
        fillTo(kept + (kCandidateTerms - shown));
        if (kept == before) {
            break;
        }
        shown += kept - before;
    }
    all.resize(kept);
    all.removeIf([](const Candidate &c) { return c.dropped; });
    for (qsizetype i = 0; i < std::min(all.size(), kMaxKeyTerms * 2); ++i) {
        qCDebug(lcEngine) << "key term candidate" << all.at(i).name << all.at(i).count << all.at(i).background
                          << all.at(i).score;
    }
    if (all.size() > kCandidateTerms) {
        all.resize(kCandidateTerms);
    }
    return all;
}

// ---------------------------------------------------------------------------------------------
// Matching theme terms in quotes (TermMatcher: all the terms of all the themes in one automaton).

// A term or a name as the matcher compares it: Simplified, case-folded.
QString foldTerm(const QString &term)
{
    return toSimplified(term.trimmed()).toCaseFolded();
}

// The user's themes made ready for matching. A batch extracts every article with the same list (the
// CLI's --themes), which may hold 100,000 themes: their automaton is built once, shared by the threads.
struct UserThemeIndex {
    QList<Theme> themes; // the list it was built from (a copy: shares the data, so it can be recognised)
    QSet<QString> names; // folded
    TermMatcher matcher; // owners are indices into `themes`
};

bool sameNamesAndTerms(const QList<Theme> &a, const QList<Theme> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.constData() == b.constData()) {
        return true;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).terms != b.at(i).terms) {
            return false;
        }
    }
    return true;
}

std::shared_ptr<const UserThemeIndex> userThemeIndex(const QList<Theme> &themes)
{
    static std::mutex mutex;
    static std::shared_ptr<const UserThemeIndex> last;
    {
        const std::lock_guard lock(mutex);
        if (last && sameNamesAndTerms(last->themes, themes)) {
            return last;
        }
    }
    auto index = std::make_shared<UserThemeIndex>();
    index->themes = themes;
    QList<QStringList> terms;
    terms.reserve(themes.size());
    index->names.reserve(themes.size());
    for (const Theme &theme : themes) {
        index->names.insert(foldTerm(theme.name));
        QStringList folded;
        folded.reserve(theme.terms.size());
        for (const QString &term : theme.terms) {
            folded.append(foldTerm(term));
        }
        terms.append(std::move(folded));
    }
    index->matcher = TermMatcher(terms);
    const std::lock_guard lock(mutex);
    last = index;
    return index;
}

// ---------------------------------------------------------------------------------------------
// The article's own themes, and their order for the reader.

QList<Theme> foundThemes(const Document &doc)
{
    QList<Theme> themes;
    if (isChinese(doc.language)) {
        for (const Candidate &c : chineseKeyTerms(doc)) {
            themes.append(Theme{c.name, {c.name}, false, 0});
        }
    } else {
        // A candidate far weaker than the best is no theme, quotes or not ("start", "card").
        const QList<KeyPhrase> phrases = englishKeyPhrases(doc, kCandidateTerms);
        for (const KeyPhrase &phrase : phrases) {
            if (themes.size() >= kMaxKeyTerms && phrase.score < phrases.front().score / 4) {
                break;
            }
            themes.append(Theme{phrase.name, phrase.forms, false, 0});
        }
    }
    return themes;
}

// A theme is a filter: one that matches no quote filters nothing. Of the article's own themes, those
// that carry quotes come first, best first, and the list is made up to its length from the others.
void rankForReader(Document &doc)
{
    const auto firstFound = std::find_if(doc.themes.begin(), doc.themes.end(),
                                         [](const Theme &t) { return !t.userDefined; });
    std::stable_partition(firstFound, doc.themes.end(), [](const Theme &t) { return t.quotes > 0; });
    const qsizetype keep = (firstFound - doc.themes.begin()) + kMaxKeyTerms;
    if (doc.themes.size() <= keep) {
        return;
    }
    QSet<QString> gone;
    for (qsizetype i = keep; i < doc.themes.size(); ++i) {
        gone.insert(doc.themes.at(i).name);
    }
    doc.themes.resize(keep);
    for (Quote &quote : doc.quotes) {
        quote.themes.removeIf([&gone](const QString &name) { return gone.contains(name); });
    }
}

} // namespace

namespace {

// A quote's words as the matcher reads them (Simplified, case-folded, like the terms); empty when the
// quote has no words in the text.
QString matchableText(const Document &doc, const Quote &quote)
{
    if (quote.range.isEmpty() || quote.range.end > doc.text.size()) {
        return {};
    }
    const QStringView raw = doc.textOf(quote.range);
    return (doc.language == u"zh-Hant" ? toSimplified(raw) : raw.toString()).toCaseFolded();
}

} // namespace

void findThemes(Document &doc, const QList<Theme> &userThemes)
{
    const std::shared_ptr<const UserThemeIndex> user = userThemeIndex(userThemes);
    doc.themes.clear();
    doc.themes.reserve(userThemes.size() + kMaxKeyTerms);
    for (Theme theme : userThemes) {
        theme.userDefined = true;
        theme.quotes = 0;
        doc.themes.append(std::move(theme));
    }
    QList<QStringList> keyTermsFolded;
    for (const Theme &found : foundThemes(doc)) {
        // A user theme of the same name already stands for the word.
        if (user->names.contains(foldTerm(found.name))) {
            continue;
        }
        doc.themes.append(found);
        QStringList folded;
        folded.reserve(found.terms.size());
        for (const QString &term : found.terms) {
            folded.append(foldTerm(term));
        }
        keyTermsFolded.append(folded);
    }
    const TermMatcher keys(keyTermsFolded);
    const qsizetype firstKey = userThemes.size();

    for (Quote &quote : doc.quotes) {
        quote.themes.clear();
        const QString text = matchableText(doc, quote);
        if (text.isEmpty()) {
            continue;
        }
        const TermMatcher::Text prepared(text);
        QList<int> matched = user->matcher.ownersIn(prepared);
        for (const int key : keys.ownersIn(prepared)) {
            matched.append(int(firstKey) + key);
        }
        // In the order of doc.themes, as a reader scans them.
        for (const int theme : std::as_const(matched)) {
            quote.themes.append(doc.themes.at(theme).name);
            ++doc.themes[theme].quotes;
        }
    }
    rankForReader(doc);
}

void matchThemes(Document &doc, const QList<int> &quotes)
{
    // doc.themes as they stand (a correction may follow a change of the list): one automaton over them all.
    QList<QStringList> terms;
    terms.reserve(doc.themes.size());
    for (const Theme &theme : std::as_const(doc.themes)) {
        QStringList folded;
        folded.reserve(theme.terms.size());
        for (const QString &term : theme.terms) {
            folded.append(foldTerm(term));
        }
        terms.append(std::move(folded));
    }
    const TermMatcher matcher(terms);
    for (const int index : quotes) {
        if (index < 0 || index >= doc.quotes.size()) {
            continue;
        }
        Quote &quote = doc.quotes[index];
        quote.themes.clear();
        const QString text = matchableText(doc, quote);
        if (text.isEmpty()) {
            continue;
        }
        for (const int theme : matcher.ownersIn(text)) {
            quote.themes.append(doc.themes.at(theme).name);
        }
    }
    QHash<QString, int> counts;
    for (const Quote &quote : std::as_const(doc.quotes)) {
        for (const QString &name : quote.themes) {
            ++counts[name];
        }
    }
    for (Theme &theme : doc.themes) {
        theme.quotes = counts.value(theme.name);
    }
}

} // namespace QuoteReader
