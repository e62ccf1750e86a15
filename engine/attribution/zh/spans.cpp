// Where reported speech begins and ends: from the words after the verb to the end of its
// sentence, and on through the sentences that plainly continue it.
#include "attribution/zh/reading.h"

#include "textutil.h"

#include <algorithm>
#include <array>

namespace QuoteReader::Attribution::Zh {

namespace {

bool isSkippedMark(QChar c)
{
    return c == u'：' || c == u':' || c == u'，' || c == u',' || c.isSpace() || c == u'\u3000';
}

} // namespace

// The first position of the words after a verb: past punctuation, whom they were told (告訴記者，…),
// and for a question whom it was put to (詢問侯友宜，…).
qsizetype Reading::wordsAfter(qsizetype verbStart, qsizetype verbEnd, qsizetype end, bool asking) const
{
    auto skipMarks = [&](qsizetype i) {
        while (i < end && isSkippedMark(text[i])) {
            ++i;
        }
        return i;
    };
    qsizetype i = skipMarks(verbEnd);
    qsizetype object = lex.addressees.matchAtStart(text.mid(i, end - i));
    if (object == 0 && asking) {
        // The one asked: a name or a title up to a comma.
        const qsizetype comma = text.mid(i, std::min<qsizetype>(end - i, 10)).indexOf(u'，');
        if (comma > 0 && classify({i, i + comma}).kind != SubjectKind::None) {
            object = comma;
        }
    }
    // Whom it was told: 告訴記者，…, 回應我們稱：… (the addressee, then a mark or a second verb),
    // 告訴她不要… (a verb of telling takes a person as its object).
    const QStringView verb = text.mid(verbStart, verbEnd - verbStart);
    const bool telling = verb.endsWith(u"訴") || verb.endsWith(u"诉") || verb.endsWith(u"知") || verb.endsWith(u"應")
                         || verb.endsWith(u"应") || asking;
    if (object == 0 && telling) {
        object = lex.pronouns.matchAtStart(text.mid(i, end - i));
    }
    // A named addressee up to a colon or a comma: 告訴時報記者：, 對本報記者表示，.
    if (object == 0 && telling) {
        const QStringView ahead = text.mid(i, std::min<qsizetype>(end - i, 12));
        for (qsizetype mark = 0; mark < ahead.size(); ++mark) {
            if (ahead[mark] == u'：' || ahead[mark] == u':' || ahead[mark] == u'，' || ahead[mark] == u',') {
                if (mark >= 2 && lex.addressees.matchAtEnd(ahead.left(mark)) > 0) {
                    object = mark;
                }
                break;
            }
        }
    }
    if (object > 0 && i + object < end) {
        const qsizetype after = i + object;
        const qsizetype secondVerb = lex.verbs.matchAtStart(text.mid(after, end - after));
        if (isSkippedMark(text[after]) || isOpeningQuote(text[after]) || text[after] == u'"') {
            i = skipMarks(after);
        } else if (secondVerb > 0) {
            i = skipMarks(after + secondVerb);
        } else if (telling && lex.pronouns.contains(text.mid(i, object))) {
            i = after;
        }
    }
    return i;
}

qsizetype Reading::sentenceEnd(qsizetype pos, qsizetype paragraphEnd) const
{
    qsizetype i = pos;
    while (i < paragraphEnd) {
        const QChar c = text[i];
        if (isOpeningQuote(c) || c == u'"') {
            const int q = quotationOpeningAt(i);
            if (q >= 0 && quotations.at(q).outer.end > i) {
                const Quotation &quotation = quotations.at(q);
                i = std::min(quotation.outer.end, paragraphEnd);
                // “…。” ends its sentence with the closing mark.
                if (quotation.inner.length() > 0 && isFullStop(text[quotation.inner.end - 1])) {
                    return i;
                }
                continue;
            }
        }
        ++i;
        if (isFullStop(c)) {
            while (i < paragraphEnd && isClosingQuote(text[i])) {
                ++i;
            }
            return i;
        }
    }
    return paragraphEnd;
}

// Whether the sentence at `next` goes on with what `speaker` was reporting: not a quotation of its
// own, not a sentence about someone else or about the speaker by name (narration), and in a run-on
// article only a sentence that opens like a continuation (此外, 因此).
bool Reading::continuesReport(qsizetype next, qsizetype end, const Subject &speaker) const
{
    Q_UNUSED(speaker)
    while (next < end && (text[next].isSpace() || text[next] == u'\u3000')) {
        ++next;
    }
    if (next >= end) {
        return false;
    }
    if (const int q = quotationOpeningAt(next); q >= 0 && quotations.at(q).speech) {
        return false;
    }
    // 據了解, 據悉: the writer's own sourcing takes up the narration again.
    static constexpr std::array<std::u16string_view, 6> sourcing{u"據了解", u"据了解", u"據悉",
                                                                 u"据悉",   u"據報",   u"据报"};
    for (const std::u16string_view word : sourcing) {
        if (text.mid(next, qsizetype(word.size())) == QStringView(word.data(), qsizetype(word.size()))) {
            return false;
        }
    }
    // A sentence of what must be done (要堅持…，充分反映群眾願望) goes on with the speaker's: its
    // verbs are theirs.
    const qsizetype sentence = sentenceEnd(next, end);
    if (opensWithModal(next, sentence)) {
        return true;
    }
    // A sentence with a cue of its own is someone speaking anew, even where the reading could not
    // tell who (…。另外，台聯高層昨證實，…).
    const auto cue = std::lower_bound(cues.cbegin(), cues.cend(), next,
                                      [](const Cue &c, qsizetype pos) { return c.verb.start < pos; });
    if (cue != cues.cend() && cue->verb.start < sentence) {
        // …說：實際上…。我認為…: the speaker's own 我 goes on with what they say.
        const qsizetype clause = skipLeading(clauseStart(cue->verb.start, next), cue->verb.start);
        const QChar first = clause < text.size() ? text[clause] : QChar();
        return first == u'我'
               && (clause + 1 >= text.size() || (text[clause + 1] != u'國' && text[clause + 1] != u'国'));
    }
    const Subject head = subjectAtHead(next, std::min(sentenceEnd(next, end), next + 30));
    return head.kind != SubjectKind::Name && head.kind != SubjectKind::Source && head.kind != SubjectKind::ShortForm;
}

// The reported speech of `cue`, from `from` to the end of its sentence and the sentences that go on
// with it, stopping at `limit` (where the next cue's clause begins) and before a quotation that is
// an utterance of its own (…表示，…，「…」).
TextRange Reading::reportedSpan(int cue, qsizetype from, qsizetype limit) const
{
    const int maxSentences = runOn ? 3 : 6;
    const Subject &subject = cues.at(cue).subject;
    const qsizetype paragraphEnd = paragraphs.at(cues.at(cue).paragraph).range.end;
    qsizetype end = from;
    int sentences = 0;
    qsizetype i = from;
    while (i < limit) {
        qsizetype stop = sentenceEnd(i, limit);
        // A quotation after a comma or colon is said on its own: it ends the report.
        for (qsizetype j = i; j < stop; ++j) {
            const int q = quotationOpeningAt(j);
            if (q < 0) {
                continue;
            }
            qsizetype before = j;
            while (before > from && (text[before - 1].isSpace() || text[before - 1] == u'\u3000')) {
                --before;
            }
            const QChar mark = before > from ? text[before - 1] : QChar(u'，');
            if (quotations.at(q).speech
                && (mark == u'，' || mark == u',' || mark == u'：' || mark == u':' || isFullStop(mark))) {
                stop = j;
                break;
            }
            j = quotations.at(q).outer.end - 1;
        }
        if (stop <= i) {
            break;
        }
        end = stop;
        ++sentences;
        if (stop >= limit || sentences >= maxSentences
            || (stop < limit && !isFullStop(text[stop - 1]) && !isClosingQuote(text[stop - 1]))) {
            break;
        }
        // A question is asked in one sentence.
        if (cues.at(cue).tag == u"ask") {
            break;
        }
        // A sentence is taken whole or not at all: one the next cue cuts in two is not the speaker's.
        if (!continuesReport(stop, limit, subject) || sentenceEnd(stop, paragraphEnd) > limit) {
            break;
        }
        i = stop;
    }
    while (end > from && (isSkippedMark(text[end - 1]) || text[end - 1] == u'、')) {
        --end; // a dangling comma is not the speaker's
    }
    return {from, end};
}

} // namespace QuoteReader::Attribution::Zh
