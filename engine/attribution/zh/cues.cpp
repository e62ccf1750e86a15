// Finding the cues of Chinese speech: speech verbs (表示, 指出, 說), 據X說 and 在X看來, interview
// turns (記者：…) and quotations after a colon (…寫下遺言：「…」).
#include "attribution/zh/reading.h"

#include "textutil.h"

#include <array>

namespace QuoteReader::Attribution::Zh {

namespace {

// After these a verb is done, not reporting: 說了很多, 表示過關注, 寫著.
bool endsVerb(QChar c)
{
    return c == u'了' || c == u'過' || c == u'过' || c == u'着' || c == u'著';
}

bool isColon(QChar c)
{
    return c == u'：' || c == u':';
}

} // namespace

// The length of the speech verb at `pos` (verbs in a row make one cue: 回應表示, 表示說), 0 if
// none or if a longer word holds it (問題, 稱為, 指標).
qsizetype Reading::verbAt(qsizetype pos, qsizetype end) const
{
    const qsizetype n = lex.verbs.matchAtStart(text.mid(pos, end - pos));
    if (n == 0) {
        return 0;
    }
    const int paragraph = paragraphAt(pos);
    const qsizetype floor = paragraph >= 0 ? paragraphs.at(paragraph).range.start : pos;
    // A word that holds the whole verb (問題, 據說, 十指) blocks it; one that only overlaps its start
    // does not (在…中指出 holds 中指 but is 指出).
    // Nor one whose first character belongs to the word before it (同學說 is 同學 說, not 學說).
    for (qsizetype back = 0; back <= 3 && pos - back >= floor; ++back) {
        const qsizetype blocker = lex.blockers.matchAtStart(text.mid(pos - back, end - (pos - back)));
        const bool taken = back > 0 && pos - back > floor && lex.commonWords.contains(text.mid(pos - back - 1, 2));
        if (blocker > back && blocker - back >= n && !(back == 0 && blocker == n) && !taken) {
            return 0;
        }
    }
    qsizetype length = n;
    while (pos + length < end) {
        const QStringView rest = text.mid(pos + length, end - pos - length);
        const qsizetype more = lex.verbs.matchAtStart(rest);
        if (more == 0 || lex.blockers.matchAtStart(rest) > 0) {
            break;
        }
        length += more;
    }
    if (pos + length < end && endsVerb(text[pos + length])) {
        return 0;
    }
    // 他的家暴說而引起…: 說 before 而 is a noun (a theory, a claim), it reports nothing.
    if (pos + length < end && text[pos + length] == u'而'
        && (text[pos + length - 1] == u'說' || text[pos + length - 1] == u'说')) {
        return 0;
    }
    // 他說的「智慧車站」: a verb before 的 makes a relative clause, what it reports is not given.
    if (pos + length < end && text[pos + length] == u'的') {
        return 0;
    }
    // 稱這項計劃為「…」: 稱 with its object before 為 names something, it reports nothing.
    if (length == 1 && (text[pos] == u'稱' || text[pos] == u'称')) {
        for (qsizetype j = pos + 1;
             j < std::min(end, pos + 16) && !isClausePunctuation(text[j]) && !isOpeningQuote(text[j]); ++j) {
            if ((text[j] == u'為' || text[j] == u'为') && !lex.commonWords.contains(text.mid(j, 2))
                && !lex.commonWords.contains(text.mid(j - 1, 2))) {
                return 0;
            }
        }
    }
    // 證實受感染, 表示被騙: a passive after the verb says what happened to someone, not what was said.
    if (pos + length < end && QStringView(u"受遭被").contains(text[pos + length])) {
        return 0;
    }
    // 不承諾, 不願表示: a verb negated reports nothing, but an opinion negated is one (不認為).
    if (pos > floor && (text[pos - 1] == u'不' || text.mid(pos - 2, 2) == u"不願" || text.mid(pos - 2, 2) == u"不愿")
        && lex.verbs.tag(text.mid(pos, length)) != u"view" && !QStringView(u"認认覺觉相同贊赞排").contains(text[pos])) {
        return 0;
    }
    // 觀察家, 分析師, 評估員: a verb that makes a person's title is no cue.
    if (pos + length < end && QStringView(u"家者員员師师").contains(text[pos + length])) {
        return 0;
    }
    // What someone should not or did not say reports nothing: 不應提及, 沒有說, 未透露.
    // Nor what remains to be done or is only wished: 仍需觀察, 有待評估, 盼能說明, 打算解釋.
    static constexpr std::array<std::u16string_view, 23> negations{u"不應", u"不应", u"不能", u"不要", u"不會", u"不会",
                                                                   u"沒有", u"没有", u"沒",   u"没",   u"未",   u"需",
                                                                   u"有待", u"值得", u"尚待", u"須",   u"能",   u"可以",
                                                                   u"想",   u"願意", u"愿意", u"打算", u"準備"};
    for (const std::u16string_view negation : negations) {
        const qsizetype n = qsizetype(negation.size());
        if (pos - n >= floor && text.mid(pos - n, n) == QStringView(negation.data(), n)) {
            return 0;
        }
    }
    // 沒多說, 未再提及, 不再表示: a negation with an adverb of degree or repetition between.
    if (pos - 2 >= floor && QStringView(u"多再曾").contains(text[pos - 1])
        && QStringView(u"不沒没未").contains(text[pos - 2])) {
        return 0;
    }
    // 均被告知, 被指: a passive verb reports what others said to or of its subject.
    if (pos > floor && text[pos - 1] == u'被') {
        return 0;
    }
    // 按照防護要求, 經過評估: in a phrase of these prepositions a verb is a noun.
    {
        const qsizetype clause = clauseStart(pos, floor);
        const QStringView before = text.mid(clause, pos - clause);
        // (Not where a channel stands right before the verb: 發表聲明指出 reports what the statement says;
        // nor where a second verb follows the noun: 做出回應稱 is a response, then words said.)
        for (qsizetype i = 0; i < before.size() && lex.channels.matchAtEnd(before) < 2 && length == n; ++i) {
            const qsizetype n = lex.nominalisers.matchAtStart(before.mid(i));
            if (n > 0 && !(n == 1 && lex.commonWords.contains(before.mid(i, 2)))) {
                return 0;
            }
        }
    }
    // 按照…的要求, 他的說明: after a long 的-phrase a verb is a noun. A short one is a manner (大聲的說).
    if (pos > floor && text[pos - 1] == u'的' && pos - 1 - clauseStart(pos - 1, floor) > 4) {
        return 0;
    }
    // 宣布為, 證實為, 表示成: a verb of saying that names something as something reports nothing.
    if (pos + length < end
        && (text[pos + length] == u'為' || text[pos + length] == u'为' || text[pos + length] == u'成')) {
        return 0;
    }
    // 用「小步快跑」來形容…, 拿…來說明: a verb of purpose after 來 describes, it reports nothing.
    if (pos > floor && (text[pos - 1] == u'來' || text[pos - 1] == u'来')) {
        const qsizetype clause = clauseStart(pos - 1, floor);
        const QStringView before = text.mid(clause, pos - 1 - clause);
        if (before.contains(u'用') || before.contains(u'拿') || before.contains(u'以')) {
            return 0;
        }
    }
    return length;
}

// An interview turn or transcript line: a speaker and a colon at the head of a sentence (記者：…,
// 李洪元：…). A heading glued before it in a one-line article is passed over (…說廣東話記者：).
bool Reading::isTurnAt(qsizetype colon, TextRange paragraph, TextRange *label) const
{
    constexpr qsizetype kLongestLabel = 20;
    qsizetype start = colon;
    while (start > paragraph.start && colon - start < kLongestLabel) {
        const QChar c = text[start - 1];
        if (isFullStop(c) || isClosingQuote(c) || c == u'\n' || isColon(c)) {
            break;
        }
        if (c == u'（' || c == u'(' || c == u'，' || c == u',') {
            return false; // inside a parenthesis or a clause: （編輯：…）, 原因有三：
        }
        --start;
    }
    while (start < colon && (text[start].isSpace() || text[start] == u'\u3000')) {
        ++start;
    }
    qsizetype end = colon;
    while (end > start && (text[end - 1].isSpace() || text[end - 1] == u'\u3000')) {
        --end;
    }
    if (end <= start || lex.verbs.matchAtEnd(text.mid(start, end - start)) > 0) {
        return false;
    }
    // A byline: 記者：陸柯言, a short name and then nothing or blank space.
    qsizetype word = colon + 1;
    while (word < paragraph.end && (text[word].isSpace() || text[word] == u'\u3000')) {
        ++word;
    }
    qsizetype nameEnd = word;
    while (nameEnd < paragraph.end && isHan(text[nameEnd]) && nameEnd - word <= 4) {
        ++nameEnd;
    }
    if (nameEnd - word <= 4
        && (nameEnd == paragraph.end || text[nameEnd].isSpace() || text[nameEnd] == u'\u3000' || text[nameEnd] == u'、'
            || text[nameEnd] == u'/' || text[nameEnd] == u'／')) {
        return false;
    }
    const Subject whole = classify({start, end});
    if (whole.kind == SubjectKind::Name || whole.kind == SubjectKind::Source
        || turnLabels.find(toView(text.mid(start, end - start))) != turnLabels.end()) {
        *label = {start, end};
        return true;
    }
    // A label glued after a heading: the longest ending that names someone on its own.
    for (qsizetype length = std::min<qsizetype>(end - start - 1, 6); length >= 2; --length) {
        const QStringView tail = text.mid(end - length, length);
        if (names.isName(tail, false) || lex.addressees.contains(tail) || lex.titles.contains(tail)
            || turnLabels.find(toView(tail)) != turnLabels.end() || personNamed(tail) >= 0) {
            *label = {end - length, end};
            return true;
        }
    }
    return false;
}

// A speech verb in a subordinate clause (…，因為公眾會認為…) is part of what is said; one after
// a copula (她是首位否認消息的官員) or with its object put before it (將香港宣布…, 把…說成…)
// names an act and reports no words.
// The verb at `verb` makes a description: a 的 follows it before its clause ends (否認消息的官員).
bool Reading::describedAfter(qsizetype verb) const
{
    for (qsizetype i = verb; i < text.size() && i - verb < 20; ++i) {
        if (isClausePunctuation(text[i]) || text[i] == u'\n') {
            return false;
        }
        if (text[i] == u'的') {
            return true;
        }
    }
    return false;
}

bool Reading::isEmbeddedVerb(qsizetype clause, qsizetype verb) const
{
    QStringView before = text.mid(clause, verb - clause);
    if (lex.subordinators.matchAtStart(before) == 0) {
        before = before.mid(lex.discourse.matchAtStart(before)); // 但因為…
    }
    if (lex.subordinators.matchAtStart(before) > 0) {
        return true;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QChar c = before[i];
        // 是 on its own, not inside a word (但是, 於是, 還是), nor in a description before 的
        // (本身是律師的民主黨議員涂謹申指出), and only where the verb is in a description
        // itself (是首位否認消息的官員), not where the source follows it (原因是歐盟也宣稱…).
        const bool copula = c == u'是' && !(i > 0 && lex.commonWords.contains(before.mid(i - 1, 2)))
                            && !(i + 1 < before.size() && lex.commonWords.contains(before.mid(i, 2)))
                            && before.indexOf(u'的', i) < 0 && describedAfter(verb);
        // 將 with words between it and the verb puts the object first; right before it, it is "will".
        const bool disposal = c == u'把'
                              || ((c == u'將' || c == u'将') && i < before.size() - 1
                                  && lex.adverbs.matchAtStart(before.mid(i + 1)) < before.size() - i - 1);
        if (copula || disposal) {
            return true;
        }
    }
    return false;
}

// 根據X的說法，… / 據X介紹，… / 在X的眼中，…: a phrase of a noun that gives the source of
// what follows its comma. `pos` must open a clause.
bool Reading::nounCueAt(qsizetype pos, int paragraph, Cue *cue) const
{
    const TextRange para = paragraphs.at(paragraph).range;
    if (pos > para.start && !isClausePunctuation(text[pos - 1])) {
        return false;
    }
    qsizetype start = pos + lex.discourse.matchAtStart(text.mid(pos, para.end - pos));
    static constexpr std::array<std::u16string_view, 5> openers{u"根據", u"根据", u"據", u"据", u"在"};
    qsizetype opener = 0;
    for (const std::u16string_view word : openers) {
        const QStringView w(word.data(), qsizetype(word.size()));
        if (text.mid(start, w.size()) == w) {
            opener = w.size();
            break;
        }
    }
    if (opener == 0) {
        return false;
    }
    qsizetype end = start + opener;
    while (end < para.end && !isClausePunctuation(text[end]) && end - start < 40) {
        ++end;
    }
    if (end >= para.end || (text[end] != u'，' && text[end] != u',')) {
        return false;
    }
    const QStringView phrase = text.mid(start + opener, end - start - opener);
    const qsizetype noun = lex.speechNouns.matchAtEnd(phrase);
    if (noun == 0 || noun == phrase.size()) {
        return false;
    }
    const QString &tag = lex.speechNouns.tag(phrase.right(noun));
    if ((tag == u"view") != (opener == 1 && text[start] == u'在')) {
        return false;
    }
    qsizetype sourceEnd = end - noun;
    if (text[sourceEnd - 1] == u'的') {
        --sourceEnd;
    }
    const Subject subject = classify({start + opener, sourceEnd});
    if (subject.kind == SubjectKind::None) {
        return false;
    }
    cue->verb = {end - noun, end};
    cue->tag = tag == u"view" ? QStringLiteral("view") : QStringLiteral("say");
    cue->paragraph = paragraph;
    cue->subject = subject;
    cue->according = tag != u"view";
    return true;
}

// Whether the verb at `verb` is what someone asks another to say: a pivot verb, then the one
// asked, then the verb (議員要求局長承諾…, 請她說明…).
bool Reading::isAskedOfAnother(qsizetype clause, qsizetype verb) const
{
    for (qsizetype j = clause; j + 1 < verb; ++j) {
        const qsizetype pivot = lex.pivotVerbs.matchAtStart(text.mid(j, verb - j));
        // Not inside a longer word (需要, 只要, 請求 read as 請).
        if (pivot == 0 || j + pivot >= verb || (j > clause && lex.commonWords.contains(text.mid(j - 1, pivot + 1)))
            || lex.commonWords.contains(text.mid(j, pivot + 1))) {
            continue;
        }
        const SubjectKind asked = classify({j + pivot, verb}, true).kind;
        if (asked == SubjectKind::Name || asked == SubjectKind::Source || asked == SubjectKind::Pronoun
            || asked == SubjectKind::ShortForm) {
            return true;
        }
    }
    return false;
}

void Reading::findCues()
{
    qsizetype nextQuotation = 0; // quotations are in text order: walked alongside the text
    for (int p = 0; p < paragraphs.size(); ++p) {
        const TextRange para = paragraphs.at(p).range;
        for (qsizetype i = para.start; i < para.end; ++i) {
            while (nextQuotation < quotations.size() && quotations.at(nextQuotation).inner.end <= i) {
                ++nextQuotation;
            }
            if (nextQuotation < quotations.size() && quotations.at(nextQuotation).speech
                && quotations.at(nextQuotation).inner.contains(i)) {
                i = quotations.at(nextQuotation).inner.end - 1; // no cues inside quoted words
                continue;
            }
            Cue cue;
            cue.paragraph = p;
            if (isColon(text[i])) {
                // A speech verb earlier in the clause, its addressee before the colon, is the cue:
                // 林博士告訴本報記者：「…」 (no turn of 本報記者, no colon of its own).
                const bool cuedInClause = !cues.isEmpty() && cues.constLast().paragraph == p
                                          && cues.constLast().verb.start >= clauseStart(i, para.start)
                                          && cues.constLast().tag != u"turn"
                                          && cues.constLast().subject.kind != SubjectKind::None;
                TextRange label;
                if (!cuedInClause && isTurnAt(i, para, &label)) {
                    cue.verb = {i, i + 1};
                    cue.tag = QStringLiteral("turn");
                    cue.subject = classify(label);
                    if (cue.subject.kind == SubjectKind::None) {
                        cue.subject.kind = SubjectKind::Source;
                        cue.subject.range = cue.subject.name = label;
                    }
                    cues.append(cue);
                    continue;
                }
                // A quotation after a colon with no speech verb before it: …寫下遺言：「…」, …聲明如下：
                const qsizetype next = wordsAfter(i, i + 1, para.end, false);
                const bool quotationNext = quotationOpeningAt(next) >= 0
                                           || (next >= para.end && p + 1 < paragraphs.size()
                                               && quotationOpeningAt(paragraphs.at(p + 1).range.start) >= 0);
                // A statement given after a colon that ends its paragraph: …發布聲明：⏎…, …聲明如下：⏎…
                const qsizetype clause = clauseStart(i, para.start);
                const QStringView before = text.mid(clause, i - clause);
                const bool statementNext = next >= para.end && p + 1 < paragraphs.size()
                                           && (lex.channels.matchAtEnd(before) > 0 || before.endsWith(u"如下")
                                               || lex.channels.matchAtEnd(before.left(before.size() - 2)) > 0);
                if ((quotationNext || statementNext) && i > para.start && !cuedInClause
                    && lex.verbs.matchAtEnd(text.mid(para.start, i - para.start)) == 0) {
                    cue.verb = {i, i + 1};
                    cue.tag = QStringLiteral("colon");
                    const qsizetype clause = clauseStart(i, para.start);
                    cue.subject = subjectAtHead(clause, i);
                    if (cue.subject.kind == SubjectKind::None) {
                        // The writer of the quoted words is whoever the nearest clause names
                        // (…，常凱寫了一段遺言，講述…：「…」), not a reporter further back.
                        cue.subject = inheritedSubject(clause, para, true);
                    }
                    cues.append(cue);
                }
                continue;
            }
            if (nounCueAt(i, p, &cue)) {
                cues.append(cue);
                i = cue.verb.end - 1;
                continue;
            }
            const qsizetype length = verbAt(i, para.end);
            if (length == 0) {
                continue;
            }
            cue.verb = {i, i + length};
            const qsizetype first = lex.verbs.matchAtStart(text.mid(i, length));
            cue.tag = lex.verbs.tag(text.mid(i, first));
            // 堅持 reports only before a mark, a quotation or another verb (堅持：…, 堅持說); 堅持對華政策
            // is holding to a policy.
            if (cue.tag == u"insist") {
                const QChar next = i + length < para.end ? text[i + length] : QChar(u'。');
                if (length == first && !isClausePunctuation(next) && !isOpeningQuote(next)) {
                    i += length - 1;
                    continue;
                }
                cue.tag = QStringLiteral("say");
            }
            const qsizetype clause = skipLeading(clauseStart(i, para.start), i);
            const qsizetype from = clauseStart(i, para.start);
            cue.according = text.mid(from, i - from).contains(u'據') || text.mid(from, i - from).contains(u'据');
            // A speech verb in a subordinate clause (…，因為公眾會認為…) is part of what is said; one
            // after a copula (她是首位否認消息的官員) or with its object put before it (將香港宣布…,
            // 把…說成…) names an act, it reports no words.
            if (isEmbeddedVerb(from, i)) {
                i += length - 1;
                continue;
            }
            if (isAskedOfAnother(clause, i)) {
                i += length - 1;
                continue;
            }
            cue.subject = readSubject(i, para, cue.tag == u"view");
            // The article's own reporter observing or learning is narration, not a quote; only a
            // journalist asking is quoted.
            if (cue.tag != u"ask" && cue.subject.kind == SubjectKind::Source
                && lex.addressees.contains(view(cue.subject.name))) {
                cue.subject = Subject{};
            }
            // 據X了解: X's knowledge; 據了解 and 據記者了解 are the writer's own.
            if (cue.tag == u"learn"
                && (!cue.according || cue.subject.kind == SubjectKind::None
                    || lex.addressees.contains(view(cue.subject.name)))) {
                i += length - 1;
                continue;
            }
            // The adverbs between the subject and the verb belong to the cue: 也表示, 進一步指出.
            if (cue.subject.kind != SubjectKind::None && !cue.subject.inherited) {
                qsizetype at = std::max(cue.subject.range.end, clause);
                while (at < i && lex.adverbs.matchAtStart(text.mid(at, i - at)) > 0) {
                    at += lex.adverbs.matchAtStart(text.mid(at, i - at));
                }
                if (at == i) {
                    cue.verb.start = std::max(cue.subject.range.end, clause);
                }
            }
            cues.append(cue);
            i += length - 1;
        }
    }
}

} // namespace QuoteReader::Attribution::Zh
