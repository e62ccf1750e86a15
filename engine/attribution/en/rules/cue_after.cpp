#include "attribution/en/cues.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// "said Smith, a fellow at X": the verb first, the speaker after it.
Cue invertedCue(const Passage &p, int verb, int n, int to)
{
    int k = verb + n;
    while (k < to && p.isWord(k) && lexicons().adverbs.contains(p.lw(k))) {
        ++k;
    }
    Cue cue;
    cue.mention = subjectRight(p, k, to);
    if (!cue.mention.found()) {
        return {};
    }
    cue.verb = verb;
    cue.verbLen = n;
    cue.end = cue.mention.last;
    return cue;
}

// A cue ends the sentence or leads to a new quotation; a long clause after the verb means the
// quotation was a phrase inside someone's reported words.
bool heavyAfterVerb(const Passage &p, int k, int to)
{
    const Lexicons &L = lexicons();
    int heavy = 0;
    for (; k < to && !p.isPunct(k, u'.') && !p.isComma(k) && !p.isPunct(k, u':'); ++k) {
        if (heavy == 0 && p.isWord(k) && L.circumstances.contains(p.w(k))) {
            break; // "said as the crowd left": what follows is about the speaking
        }
        if (p.isWord(k)
            && !(p.isCap(k) || p.isFunction(k) || L.settings.contains(p.lw(k)) || L.timeWords.contains(p.w(k))
                 || L.determiners.contains(p.lw(k)))) {
            ++heavy;
        }
    }
    return heavy > 2;
}

// "Smith said", "coach Jane Doe said", "Jane Roe, the attorney general, said": the speaker first.
Cue subjectCue(const Passage &p, int i, int v, int n, int to)
{
    Mention m = subjectLeft(p, v, i);
    bool leading = m.found() && m.first >= i;
    for (int k = i; leading && k < m.first; ++k) {
        // "coach Jane Doe said": role words may stand before the name
        leading = p.isWord(k) && !p.isFunction(k) && !p.verbAt(k) && m.first - i <= 4;
    }
    // "“…” of the plan, Smith said.": the quoted words run on into the sentence, and the cue is
    // set off by a comma.
    bool runOn = !leading && m.found() && m.first > i && p.isComma(m.first - 1) && p.verbAt(v, true);
    for (int k = i; runOn && k < m.first - 1; ++k) {
        runOn = p.tok.at(k).kind == Tok::Word || p.isComma(k);
    }
    if (runOn) {
        leading = true;
    } else if (!leading) {
        // "Jane Roe, the attorney general, one of the plaintiffs, said": read the name from the
        // left and let the appositions run up to the verb.
        const Mention right = subjectRight(p, i, v);
        int k = v - 1;
        while (k > i && p.isWord(k) && lexicons().adverbs.contains(p.lw(k))) {
            --k;
        }
        if (right.kind != MentionKind::Name || !(p.isComma(k) || p.isDash(k)) || right.last >= v) {
            return {};
        }
        m = right;
    }
    if (m.first > i && m.kind == MentionKind::Name && !runOn) {
        prefixTitle(m, p.textOf(i, m.first - 1));
    }
    if (heavyAfterVerb(p, v + n, to)) {
        return {};
    }
    Cue cue;
    cue.mention = m;
    cue.verb = v;
    cue.verbLen = n;
    cue.end = v + n - 1;
    if (runOn) {
        cue.runsTo = m.first - 2;
    }
    return cue;
}

Cue cueAfter(const Passage &p, int from, int to)
{
    int i = from;
    while (i < to && p.tok.at(i).kind == Tok::Punct && !p.isPunct(i, u'.')) {
        ++i;
    }
    // "… a “lawful source,” as a ministry memo put it": "as" introduces a cue of the quoted words.
    const bool as = i + 1 < to && p.isWord(i) && p.lw(i) == u"as";
    i += as;
    if (i >= to) {
        return {};
    }
    if (const int n = p.verbAt(i)) {
        return as ? Cue{} : invertedCue(p, i, n, to);
    }
    for (int v = i + 1; v < to && v - i < 30; ++v) {
        if (p.isPunct(v, u'.')) {
            break;
        }
        if (const int n = p.verbAt(v)) {
            Cue cue = subjectCue(p, i, v, n, to);
            cue.quotedOnly = as;
            return cue;
        }
    }
    return {};
}

} // namespace

void CueAfter::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const Cue cue = cueAfter(reading.passageOf(i), site.afterFrom, site.afterTo);
        if (cue.found()) {
            takeWithCueAfter(reading, i, cue, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
