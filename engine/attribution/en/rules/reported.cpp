#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// Whether quoted words follow the verb at `v` closely in the sentence ending at `last`.
bool quotedWordsFollow(const Passage &p, int from, int v, int last)
{
    for (int k = from; k <= last && k - v < 25; ++k) {
        if (p.tok.at(k).kind == Tok::Open) {
            return true;
        }
    }
    return false;
}

// The closing mark ending what a verb of quoted words attributes, from `start` on.
int quotedEnd(const Passage &p, int start, int last)
{
    int first = -1;
    int lastClose = -1;
    for (int k = start; k <= last; ++k) {
        if (p.tok.at(k).kind == Tok::Close) {
            first = first < 0 ? k : first;
            lastClose = k;
        }
    }
    for (int k = lastClose + 1; lastClose >= 0 && k <= last; ++k) {
        const QStringView before = p.isWord(k - 1) ? p.lw(k - 1) : QStringView();
        if (p.isWord(k) && isAuxiliary(p.lw(k)) && before != u"who" && before != u"which" && before != u"that") {
            return first;
        }
    }
    return lastClose >= 0 ? lastClose : last;
}

// "called the plan a disaster", "described the talks as useful", "accused him of lying", "called
// him “a genius” for his strategies": a verb tagged "object" reports its object and what is said
// of it, up to the end of that phrase. Returns the report's last token, -1 when the verb reports
// nothing here: a particle or an indefinite object makes it another verb ("called for", "called
// off", "called a meeting"), an infinitive a request ("called on them to", "called Smith to say"),
// and the complement the tag names ("as", "of"), or else quoted words or a noun phrase of its own
// ("a hoax"), must follow the object before any other function word.
int objectReport(const Passage &p, int v, int k, int last)
{
    const Lexicons &L = lexicons();
    if (k > last || !p.isWord(k)) {
        return -1;
    }
    const QStringView opener = p.lw(k);
    const bool object = !p.isFunction(k) || L.objectPronouns.contains(opener)
                        || (L.determiners.contains(opener) && opener != u"a" && opener != u"an");
    if (!object) {
        return -1;
    }
    const QString tag = L.verbs.tag(p.lw(v));
    const qsizetype dash = tag.indexOf(u'-');
    const QStringView complement = dash < 0 ? QStringView()
                                            : QStringView(tag).mid(dash + 1, tag.indexOf(u' ') - dash - 1);
    bool completed = false;
    int end = -1;
    for (int j = k; j <= last; ++j) {
        if (p.tok.at(j).kind == Tok::Open) {
            completed = completed || complement.isEmpty();
            while (j < last && p.tok.at(j).kind != Tok::Close) {
                ++j;
            }
            end = j;
            continue;
        }
        if (p.isPunct(j, u';') || p.isPunct(j, u':') || p.isDash(j) || (p.isPunct(j, u'.') && j < last)) {
            break;
        }
        if (!p.isWord(j)) {
            // ", adding", ", and said", ", which": the phrase about the object has ended.
            if (p.isComma(j) && p.isWord(j + 1) && completed
                && (L.conjunctions.contains(p.lw(j + 1)) || p.lw(j + 1).endsWith(u"ing") || p.verbAt(j + 1)
                    || p.lw(j + 1) == u"which" || p.lw(j + 1) == u"who")) {
                break;
            }
            end = j;
            continue;
        }
        const QStringView word = p.lw(j);
        if (!completed) {
            if (word == u"to" && p.isWord(j + 1) && !p.isFunction(j + 1)) {
                return -1; // "called on them to act", "called Smith to say"
            }
            completed = j > k && (complement.isEmpty() ? (word == u"a" || word == u"an") : word == complement);
            if (!completed && j > k && p.isFunction(j)) {
                return -1; // "called the hearing because …": the object had no complement
            }
        } else if (L.circumstances.contains(word)
                   || (L.conjunctions.contains(word)
                       && (p.verbAt(j + 1) || L.determiners.contains(p.lw(j + 1))
                           || L.pronouns.contains(p.lw(j + 1))))) {
            // "… a disaster during a visit", "… “lone wolves” and describe their actions",
            // "… a “success” and the so-called …": what follows is about the speaking, or another clause.
            break;
        }
        end = j;
    }
    return completed ? end : -1;
}

// "Roe, who in 2019 said the harbour would never close, was wrong": a cue inside a relative clause
// set off by commas reports up to the comma that closes it, where the main clause's verb follows.
// Returns `end` when the subject is not introduced so.
int relativeClauseEnd(const Passage &p, const Mention &m, int v, int start, int end)
{
    const Lexicons &L = lexicons();
    bool relative = false;
    for (int k = m.last + 1; k < v && !relative; ++k) {
        relative = p.isWord(k) && (p.lw(k) == u"who" || p.lw(k) == u"which") && (p.isComma(k - 1) || p.isDash(k - 1));
    }
    if (!relative) {
        return end;
    }
    for (int k = start; k < end; ++k) {
        if ((p.isComma(k) || p.isDash(k)) && p.isWord(k + 1)
            && (isAuxiliary(p.lw(k + 1)) || L.adverbs.contains(p.lw(k + 1)) || p.verbAt(k + 1))) {
            return k - 1;
        }
    }
    return end;
}

} // namespace

void Reported::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok, sentenceFirst] = sentence;
        for (int v = first; v <= endTok; ++v) {
            if (p.tok.at(v).kind == Tok::Open) {
                // no cue inside quoted words
                int k = v + 1;
                while (k <= last && p.tok.at(k).kind != Tok::Close) {
                    ++k;
                }
                v = k;
                continue;
            }
            int n = p.verbAt(v, true);
            bool quotedOnly = false;
            int objectEnd = -1;
            if (!n && (n = p.verbAt(v)) && n == 1 && (p.flags(v) & Lexicons::ObjectVerb)) {
                objectEnd = objectReport(p, v, v + 1, last);
            }
            if (objectEnd < 0 && n && !p.verbAt(v, true)) {
                // "called the plan “a disaster”": a verb that only attributes quoted words counts
                // when quoted words follow in the same sentence.
                quotedOnly = true;
                if (!quotedWordsFollow(p, v + n, v, last)) {
                    n = 0;
                }
            }
            if (!n) {
                continue;
            }
            const Mention m = subjectLeft(p, v, sentenceFirst);
            if (!m.found()) {
                continue;
            }
            const QStringView verb = p.lw(v);
            const int start = objectEnd >= 0
                                  ? v + n
                                  : clauseStart(p, v + n, endTok, verb.startsWith(u"tel") || verb == u"told");
            if (start < 0 || start > endTok || wordCount(p, start, endTok) < 3) {
                continue;
            }
            // Such a verb attributes the quoted words and what leads to them, not the rest of the
            // sentence ("called the plan “a disaster” during a visit on Monday"): up to the last
            // quotation, or the first where a verb after them starts a clause of its own ("called
            // it a “success” and the so-called “summer of music” will go on").
            const int end = objectEnd >= 0 ? objectEnd
                            : quotedOnly   ? quotedEnd(p, start, last)
                                           : relativeClauseEnd(p, m, v, start, coordinatedClauseEnd(p, start, last));
            // The cue is found: the sentence is its clause, or nobody's if that is too short.
            const Candidate whole = reading.candidates.at(i);
            const Site site = reading.site(i);
            if (takeClause(reading, i, start, end)) {
                reading.attributeCue(i, Cue{v, n, v + n - 1, m}, name());
            } else {
                reading.candidates[i].dropped = true;
            }
            // "call them “lone wolves” and describe their actions as crimes": the rest of the
            // sentence may report again; it is read as a sentence of its own.
            if (end < endTok && wordCount(p, end + 1, endTok) >= 3) {
                Site rest = site;
                rest.from = end + 1;
                rest.to = last;
                Candidate words = whole;
                words.range = p.rangeOf(rest.from, rest.to);
                reading.addCandidate(words, rest);
            }
            return;
        }
    });
}

} // namespace QuoteReader::Attribution::English
