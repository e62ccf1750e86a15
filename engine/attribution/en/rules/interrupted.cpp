#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// ", said Smith," right after the comma at `c`: the cue and the comma that closes it.
std::pair<Cue, int> invertedCue(const Passage &p, int c, int endTok)
{
    const int n = p.verbAt(c + 1, true);
    const Mention m = subjectRight(p, c + 1 + n, endTok + 1);
    if (!m.found() || !p.isComma(m.last + 1)) {
        return {};
    }
    return {Cue{c + 1, n, m.last, m}, m.last + 1};
}

// ", Smith said on Monday," after the comma at `c`.
std::pair<Cue, int> subjectCue(const Passage &p, int c, int endTok)
{
    const Lexicons &L = lexicons();
    for (int v = c + 2; v <= endTok && v - c < 10; ++v) {
        const int n = p.verbAt(v, true);
        if (!n) {
            if (!p.isWord(v) && !p.isComma(v) && !p.isPunct(v, u')') && !p.isPunct(v, u'(')) {
                break;
            }
            continue;
        }
        if (p.lw(v).endsWith(u"ing")) {
            break; // "Clinton was supported by 42 percent of those responding, while": no cue
        }
        int k = v + n;
        while (k <= endTok && k - (v + n) < 4 && p.isWord(k)
               && (L.timeWords.contains(p.w(k)) || L.settings.contains(p.lw(k)) || p.isFunction(k)
                   || L.determiners.contains(p.lw(k)))) {
            ++k;
        }
        if (!p.isComma(k)) {
            break;
        }
        Mention m = subjectLeft(p, v, c + 1);
        // "the head librarian Jane Doe said": role words may stand before the name.
        bool roleWords = m.kind == MentionKind::Name && m.first > c + 1 && m.first - (c + 1) <= 4;
        for (int r = c + 1; roleWords && r < m.first; ++r) {
            roleWords = p.isWord(r) && !p.verbAt(r) && (!p.isFunction(r) || p.lw(r) == u"the");
        }
        if (!m.found() || (m.first != c + 1 && !roleWords)) {
            break;
        }
        if (roleWords) {
            prefixTitle(m, p.textOf(c + 1, m.first - 1));
        }
        return {Cue{v, n, k - 1, m}, k};
    }
    return {};
}

} // namespace

void Interrupted::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok, sentenceFirst] = sentence;
        for (int c = first + 1; c < endTok - 2; ++c) {
            if (!p.isComma(c)) {
                continue;
            }
            const auto [cue, close] = p.verbAt(c + 1, true) ? invertedCue(p, c, endTok) : subjectCue(p, c, endTok);
            if (!cue.found()) {
                continue;
            }
            // A conjunction joining the sentence to the last stays out of the words before the cue;
            // the subject alone before it ("The museum, Mr. Obama said, would …") or a relative
            // pronoun ending them ("the stadium, which, Tompkins said, is …") are no quote.
            int a = first;
            const QStringView opener = p.isWord(a) ? p.lw(a) : QStringView();
            if (a + 1 < c && (opener == u"and" || opener == u"but" || opener == u"so")) {
                ++a;
            }
            const QStringView leftEnd = p.isWord(c - 1) ? p.lw(c - 1) : QStringView();
            const bool rightClause = clauseWords(p, close + 1, last) >= 3;
            const bool left = clauseWords(p, a, c - 1) >= 3 && leftEnd != u"which" && leftEnd != u"who"
                              && leftEnd != u"that";
            if (!left && !rightClause) {
                continue;
            }
            const Candidate sentence = reading.candidates.at(i);
            const Site site = reading.site(i);
            if (left) {
                takeClause(reading, i, a, c - 1, 1);
                reading.attributeCue(i, cue, name());
            } else {
                reading.candidates[i].dropped = true;
            }
            if (rightClause) {
                const int right = reading.addCandidate(sentence, site);
                takeClause(reading, right, close + 1, last);
                reading.attributeCue(right, cue, name());
            }
            return;
        }
    });
}

} // namespace QuoteReader::Attribution::English
