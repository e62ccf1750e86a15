#include "attribution/zh/reading.h"

#include "textutil.h"

#include <algorithm>
#include <array>

namespace QuoteReader::Attribution::Zh {

namespace {

// A paragraph this long mixes narration and speech like a run-on article.
constexpr qsizetype kRunOnParagraph = 500;

bool isTermAfter(QStringView after)
{
    return after.startsWith(u'的') || after.startsWith(u"一詞") || after.startsWith(u"一词")
           || after.startsWith(u"為主題") || after.startsWith(u"为主题") || after.startsWith(u'等')
           || after.startsWith(u'為') || after.startsWith(u'为') || after.startsWith(u"之");
}

qsizetype hanCount(QStringView words)
{
    return std::count_if(words.cbegin(), words.cend(), [](QChar c) { return isHanOrSurrogate(c); });
}

} // namespace

Reading::Reading(Document &doc)
    : Context(doc)
    , lex(Lexicons::get())
    , names(lex)
{
    quotations = findQuotations(text, paragraphs);
    runOn = paragraphs.size() == 1 || std::any_of(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) {
                return p.range.length() > kRunOnParagraph * 4;
            });
    markSpeech();
    findTurnLabels();
    findNarrationPeople();
    findCues();
    findPeople();
    refineShortForms();
    linkCues();
}

// Scare quotes (“跑馬”), names and titles (“智聯世界·生成未來”) are short and carry no clause; a
// quotation of words has a clause's punctuation or a sentence's length, or a colon before it.
void Reading::markSpeech()
{
    for (int i = 0; i < quotations.size(); ++i) {
        Quotation &q = quotations[i];
        const QStringView inner = view(q.inner);
        const qsizetype han = hanCount(inner);
        const bool clause = std::any_of(inner.cbegin(), inner.cend(), [](QChar c) { return isClausePunctuation(c); });
        qsizetype before = q.outer.start;
        while (before > 0 && text[before - 1].isSpace()) {
            --before;
        }
        // Quotations in a row after a colon (稱：「…」、「…」) are all words said.
        const bool joinedToSpeech = i > 0 && quotations.at(i - 1).speech && before > quotations.at(i - 1).outer.end
                                    && before - quotations.at(i - 1).outer.end == 1
                                    && (text[before - 1] == u'、' || text[before - 1] == u'，'
                                        || text[before - 1] == u',');
        if (joinedToSpeech || (before > 0 && (text[before - 1] == u'：' || text[before - 1] == u':'))) {
            q.speech = han >= 1;
        } else if (isTermAfter(text.mid(q.outer.end, 3))) {
            q.speech = clause && han >= 16;
        } else {
            q.speech = clause ? han >= 6 : han >= 15;
        }
    }
}

void Reading::findTurnLabels()
{
    constexpr qsizetype kLongestLabel = 10;
    ViewMap<int> seen;
    for (const Paragraph &para : std::as_const(paragraphs)) {
        qsizetype head = para.range.start;
        for (qsizetype i = para.range.start; i < para.range.end; ++i) {
            const QChar c = text[i];
            if ((c == u'：' || c == u':') && i > head && i - head <= kLongestLabel) {
                const QStringView label = text.mid(head, i - head).trimmed();
                if (!label.isEmpty() && std::none_of(label.cbegin(), label.cend(), [](QChar l) {
                        return isClausePunctuation(l) || l.isSpace() || isOpeningQuote(l) || isClosingQuote(l);
                    })) {
                    ++seen[std::u16string(toView(label))];
                }
            }
            if (isFullStop(c) || isClosingQuote(c) || c == u'：' || c == u':') {
                head = i + 1;
            }
        }
    }
    for (const auto &[label, count] : seen) {
        if (count >= 2) {
            turnLabels.emplace(label, count);
        }
    }
}

int Reading::personNamed(QStringView name) const
{
    const auto it = peopleByName.find(toView(name));
    return it == peopleByName.end() ? -1 : it->second;
}

int Reading::mentionBefore(qsizetype pos) const
{
    const auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), pos,
                                     [](const Mention &m, qsizetype p) { return m.pos < p; });
    return it == mentions.cbegin() ? -1 : int(it - mentions.cbegin()) - 1;
}

void Reading::addPerson(QStringView name, QStringView role, qsizetype pos, bool clauseHead)
{
    Q_UNUSED(pos)
    Q_UNUSED(clauseHead)
    if (name.size() < 2 || personNamed(name) >= 0) {
        return;
    }
    people.append(Person{name.toString(), role.toString()});
    peopleByName.emplace(std::u16string(toView(name)), int(people.size()) - 1);
}

// The people narration names after a title (立法院長王金平, 警務處處長曾偉雄), read before the
// cues so that a subject can be told by a name the article gave before.
void Reading::findNarrationPeople()
{
    for (const Block &block : std::as_const(doc.blocks)) {
        if (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Title && block.kind != BlockKind::Heading) {
            continue;
        }
        const TextRange range = block.range;
        for (qsizetype i = range.start + 2; i < range.end - 1; ++i) {
            const qsizetype title = lex.titles.matchAtEnd(
                text.mid(std::max(range.start, i - 6), i - std::max(range.start, i - 6)));
            if (title == 0 || insideSpeech(i)) {
                continue;
            }
            // 副主任的梁愛詩: a title, 的, and the name.
            const qsizetype at = text[i] == u'的' && i + 1 < range.end ? i + 1 : i;
            const QStringView rest = text.mid(at, std::min<qsizetype>(8, range.end - at));
            qsizetype length = names.chineseNameAt(rest);
            if (length == 0) {
                while (length < rest.size() && lex.translitChars.contains(rest.mid(length, 1))) {
                    ++length;
                }
                if (length < 2 || !names.isTransliteration(rest.left(length))) {
                    length = 0;
                }
            }
            if (length >= 2) {
                // The role is read where the person is first named (findPeople), whole.
                addPerson(rest.left(length), {}, at, false);
                i = at + length - 1;
            }
        }
    }
    // A surname and a title (陳先生, 方太): a person the article gives no other name.
    static constexpr std::array<std::u16string_view, 8> forms{u"先生", u"女士", u"太太", u"小姐",
                                                              u"伯伯", u"婆婆", u"太",   u"伯"};
    for (const Paragraph &para : std::as_const(paragraphs)) {
        qsizetype surnameBefore = 0; // surnameAt at i - 1
        for (qsizetype i = para.range.start; i + 2 <= para.range.end; ++i) {
            const qsizetype surname = names.surnameAt(text.mid(i, 2));
            // (After another surname, 葉劉太, unless that one ends a word: 居民陳先生.)
            const bool afterSurname = surnameBefore > 0 && isHan(text[i - 1])
                                      && !(i - 2 >= para.range.start && lex.commonWords.contains(text.mid(i - 2, 2)));
            surnameBefore = surname;
            if (surname == 0 || afterSurname) {
                continue;
            }
            for (const std::u16string_view form : forms) {
                const QStringView title(form.data(), qsizetype(form.size()));
                if (text.mid(i + surname, title.size()) == title
                    && (i + surname + title.size() >= para.range.end
                        || !lex.commonWords.contains(text.mid(i + surname + title.size() - 1, 2)))) {
                    addPerson(text.mid(i, surname + title.size()), {}, i, false);
                    break;
                }
            }
        }
    }
    // Someone introduced by a role alone: 一位基金經理, 那位…的女實習生 (the role after the last 的).
    for (const Paragraph &para : std::as_const(paragraphs)) {
        for (qsizetype i = para.range.start; i < para.range.end; ++i) {
            const qsizetype d = lex.determiners.matchAtStart(text.mid(i, para.range.end - i));
            const QStringView det = text.mid(i, d);
            if (d < 2 || !(det.endsWith(u'位') || det.endsWith(u'名'))) {
                continue;
            }
            qsizetype end = i + d;
            while (end < para.range.end && !isClausePunctuation(text[end]) && end - i < 30) {
                if (isOpeningQuote(text[end])) {
                    const int q = quotationOpeningAt(end);
                    end = q >= 0 ? quotations.at(q).outer.end : end + 1;
                    continue;
                }
                ++end;
            }
            QStringView np = text.mid(i + d, end - i - d);
            if (const qsizetype de = np.lastIndexOf(u'的'); de >= 0) {
                np = np.mid(de + 1);
            }
            // The role ends the phrase: 女實習生, 基金經理, not 官員表示; nor does a name (一名居民陳先生
            // is 陳先生, whom the role describes).
            bool endsWithName = false;
            for (qsizetype length = std::min<qsizetype>(np.size() - 1, 4); length >= 2 && !endsWithName; --length) {
                endsWithName = personNamed(np.right(length)) >= 0;
            }
            if (np.size() >= 2 && np.size() <= 8 && lex.endsWithRole(np) && lex.verbs.matchAtEnd(np) == 0
                && !endsWithName) {
                addPerson(np, {}, np.data() - text.data(), true);
                introductions.append(np.data() - text.data());
            }
            i = end;
        }
    }
    // Screen names and aliases in quotation marks: 網友「藍色海風」, 名為「麥田同學」的網友.
    static constexpr std::array<std::u16string_view, 12> introducers{u"網友", u"网友", u"網名", u"网名",
                                                                     u"名為", u"名为", u"化名", u"暱稱",
                                                                     u"昵称", u"叫",   u"博主", u"自稱"};
    for (const Quotation &q : std::as_const(quotations)) {
        const QStringView name = view(q.inner);
        if (q.speech || name.size() < 2 || name.size() > 8
            || std::any_of(name.cbegin(), name.cend(), isClausePunctuation)) {
            continue;
        }
        const QStringView before = text.mid(std::max<qsizetype>(0, q.outer.start - 2),
                                            std::min<qsizetype>(2, q.outer.start));
        if (std::any_of(introducers.cbegin(), introducers.cend(), [before](std::u16string_view word) {
                return before.endsWith(QStringView(word.data(), qsizetype(word.size())));
            })) {
            addPerson(name, {}, q.inner.start, false);
        }
    }
}

// Everyone the article names: the subjects of its cues and the people of narration, where each of
// them is named, and the role written where the article first names them.
void Reading::findPeople()
{
    for (const Cue &cue : std::as_const(cues)) {
        if (cue.subject.kind == SubjectKind::Name) {
            addPerson(view(cue.subject.name), view(cue.subject.role), cue.subject.name.start, true);
        }
    }
    // A foreign name is shortened to its last part once given in full (布朗·史密斯 … 史密斯說): that
    // part names the same person, also where it was read as a subject on its own, unless two full
    // names share it.
    std::unordered_map<std::u16string, int> fullNames; // last part -> people with it
    for (int p = 0, count = int(people.size()); p < count; ++p) {
        const QString &name = people.at(p).name;
        const qsizetype part = std::find_if(name.crbegin(), name.crend(), isNameSeparator) - name.crbegin();
        if (part >= 2 && part < name.size() - 1) {
            const std::u16string last(toView(QStringView(name).right(part)));
            if (++fullNames[last] == 1) {
                peopleByName[last] = p;
            } else {
                peopleByName.erase(last);
            }
        }
    }
    // Where each is named, in text order: the first character of a name tells where to look.
    quint64 lengths = 0;
    std::vector<bool> starts(65536, false);
    for (const auto &[name, person] : peopleByName) {
        lengths |= quint64(1) << std::min<size_t>(name.size(), 63);
        starts[name.front()] = true;
    }
    for (const Paragraph &para : std::as_const(paragraphs)) {
        for (qsizetype i = para.range.start; i < para.range.end; ++i) {
            if (!starts[text[i].unicode()]) {
                continue;
            }
            for (qsizetype length = std::min<qsizetype>(16, para.range.end - i); length >= 2; --length) {
                if (!((lengths >> length) & 1)) {
                    continue;
                }
                const auto it = peopleByName.find(toView(text.mid(i, length)));
                if (it == peopleByName.end()) {
                    continue;
                }
                const qsizetype head = clauseStart(i, para.range.start);
                const QStringView before = text.mid(head, i - head);
                // At the head of a clause, or introduced wherever it stands (…聯繫上了那位…的女實習生).
                const bool introduced = std::binary_search(introductions.cbegin(), introductions.cend(), i);
                const bool atHead = introduced || before.isEmpty() || lex.endsWithRole(before) || before.endsWith(u'的')
                                    || lex.discourse.matchAtStart(before) == before.size()
                                    || lex.determiners.matchAtStart(before) == before.size();
                mentions.append(Mention{i, it->second, atHead && !insideSpeech(i)});
                i += length - 1;
                break;
            }
        }
    }
    // A role is the one written before the name where the article first names the person, often
    // only in the lede: 中國工程院院士、清華大學講席教授張亞勤與中金公司原總裁…朱云來.
    QList<bool> seen(people.size(), false);
    for (const Mention &mention : std::as_const(mentions)) {
        if (seen.at(mention.person)) {
            continue;
        }
        seen[mention.person] = true;
        Person &person = people[mention.person];
        if (!person.role.isEmpty()) {
            continue;
        }
        const int p = paragraphAt(mention.pos);
        qsizetype start = skipLeading(clauseStart(mention.pos, paragraphs.at(p).range.start), mention.pos);
        QStringView role = text.mid(start, mention.pos - start);
        // Two people joined: 張三與李四, 張三和李四.
        for (const QChar joint : {u'與', u'与', u'和', u'及', u'跟'}) {
            if (const qsizetype at = role.lastIndexOf(joint); at >= 0) {
                role = role.mid(at + 1);
            }
        }
        if (const qsizetype de = role.lastIndexOf(u'的'); de >= 0) {
            role = role.mid(de + 1);
        }
        if (lex.endsWithRole(role)) {
            person.role = role.toString();
        }
    }
}

// A name that is the start of a longer one named before (林鄭 for 林鄭月娥) or its given name
// (宇佐 for 王宇佐) is a short form of it.
void Reading::refineShortForms()
{
    // Where the article first names a longer name that starts with (林鄭) or, for a name of three,
    // ends with (宇佐) a given short form.
    ViewMap<qsizetype> shortened;
    QList<qsizetype> first(people.size(), -1);
    for (const Mention &mention : std::as_const(mentions)) {
        if (first.at(mention.person) < 0) {
            first[mention.person] = mention.pos;
        }
    }
    for (int p = 0; p < people.size(); ++p) {
        const QString &full = people.at(p).name;
        if (first.at(p) < 0) {
            continue;
        }
        for (qsizetype length = 2; length < full.size() && length <= 3; ++length) {
            auto [it, added] = shortened.try_emplace(std::u16string(toView(QStringView(full).left(length))),
                                                     first.at(p));
            if (!added) {
                it->second = std::min(it->second, first.at(p));
            }
        }
        if (full.size() == 3) {
            auto [it, added] = shortened.try_emplace(std::u16string(toView(QStringView(full).right(2))), first.at(p));
            if (!added) {
                it->second = std::min(it->second, first.at(p));
            }
        }
    }
    for (Cue &cue : cues) {
        Subject &subject = cue.subject;
        if (subject.kind != SubjectKind::Name || subject.inherited || !subject.role.isEmpty()
            || subject.name.length() > 3) {
            continue;
        }
        const auto it = shortened.find(toView(view(subject.name)));
        if (it != shortened.end() && it->second < subject.name.start) {
            subject.kind = SubjectKind::ShortForm;
        }
    }
}

void Reading::addCandidate(int cue, Link link, TextRange range, QuoteKind kind, int quotation)
{
    const Cue &c = cues.at(cue);
    Candidate candidate;
    candidate.range = range;
    candidate.kind = kind;
    candidate.paragraph = quotation >= 0 ? quotations.at(quotation).paragraph : std::max(0, paragraphAt(range.start));
    candidate.quotation = quotation;
    candidate.cue = cue;
    candidate.cueText = view(c.verb).toString();
    candidate.cueRange = c.verb;
    candidate.subjectRange = c.subject.range;
    candidates.append(candidate);
    links.append(link);
}

// Each cue takes the quotation right after it (張三表示：「…」), the one right before its subject
// (「…」張三表示), or else the reported speech after it; an interview turn takes what follows
// its colon up to the next turn.
void Reading::linkCues()
{
    QList<bool> nested(cues.size(), false);
    QList<bool> used(quotations.size(), false);
    const qsizetype turns = std::count_if(cues.cbegin(), cues.cend(), [](const Cue &c) { return c.tag == u"turn"; });
    for (int c = 0; c < cues.size(); ++c) {
        const Cue &cue = cues.at(c);
        const TextRange para = paragraphs.at(cue.paragraph).range;
        if (nested.at(c)) {
            continue;
        }
        auto nextCue = [&](qsizetype from) {
            for (int d = c + 1; d < cues.size() && cues.at(d).paragraph == cue.paragraph; ++d) {
                if (cues.at(d).verb.start >= from && cues.at(d).subject.kind != SubjectKind::None) {
                    return d;
                }
            }
            return -1;
        };
        if (cue.tag == u"turn") {
            const qsizetype after = wordsAfter(cue.verb.start, cue.verb.end, para.end, false);
            if (const int q = quotationOpeningAt(after); q >= 0) {
                quotations[q].speech = true;
                used[q] = true;
                addCandidate(c, Link::Turn, quotations.at(q).inner, QuoteKind::Direct, q);
                continue;
            }
            int next = -1;
            for (int d = c + 1; d < cues.size() && cues.at(d).paragraph == cue.paragraph; ++d) {
                if (cues.at(d).tag == u"turn") {
                    next = d;
                    break;
                }
            }
            qsizetype end = next >= 0 ? cues.at(next).subject.range.start : para.end;
            // In a run-on article an answer ends where the narration takes up again: a few sentences
            // at most, and none that brings someone else in by name.
            if (runOn) {
                qsizetype stop = sentenceEnd(after, end);
                for (int sentences = 1; stop < end && sentences < 8; ++sentences) {
                    const Subject head = subjectAtHead(stop, sentenceEnd(stop, end));
                    if (head.kind == SubjectKind::Name || head.kind == SubjectKind::Source) {
                        break;
                    }
                    stop = sentenceEnd(stop, end);
                }
                end = std::min(end, stop);
            }
            addCandidate(c, Link::Turn, {after, end}, QuoteKind::Indirect);
            // An answer goes on over the paragraphs after it, up to the next turn.
            if (turns >= 2 && next < 0) {
                for (int p = cue.paragraph + 1; p < paragraphs.size(); ++p) {
                    // Cues are in text order: only those of paragraph p need looking at.
                    auto there = std::find_if(cues.cbegin() + c + 1, cues.cend(),
                                              [p](const Cue &other) { return other.paragraph >= p; });
                    bool turnThere = false;
                    for (; there != cues.cend() && there->paragraph == p && !turnThere; ++there) {
                        turnThere = there->tag == u"turn";
                    }
                    if (turnThere || paragraphs.at(p).block != paragraphs.at(p - 1).block + 1) {
                        break;
                    }
                    addCandidate(c, Link::Turn, paragraphs.at(p).range, QuoteKind::Indirect);
                }
            }
            continue;
        }
        const qsizetype after = wordsAfter(cue.verb.start, cue.verb.end, para.end, cue.tag == u"ask");
        // A cue after a quotation: 「…」張三表示, “…”上述部長告訴記者。
        if (cue.subject.kind != SubjectKind::None && !cue.subject.inherited && cue.tag != u"colon") {
            qsizetype back = cue.subject.range.start;
            while (back > para.start
                   && (text[back - 1].isSpace() || text[back - 1] == u'，' || text[back - 1] == u',')) {
                --back;
            }
            // A term held inside a clause (聯繫到「麥田同學」，她說) is no utterance of the speaker.
            const int closing = quotationClosingAt(back);
            const bool standsAlone = closing >= 0
                                     && (quotations.at(closing).speech
                                         || quotations.at(closing).outer.start == para.start
                                         || isClausePunctuation(text[quotations.at(closing).outer.start - 1]));
            if (const int q = closing;
                q >= 0 && standsAlone && !used.at(q) && hanCount(view(quotations.at(q).inner)) >= 2) {
                quotations[q].speech = true;
                used[q] = true;
                addCandidate(c, Link::CueAfter, quotations.at(q).inner, QuoteKind::Direct, q);
            }
        }
        // A cue before a quotation: 張三表示：「…」, or one that opens the next paragraph after a
        // colon that ends this one (她說：⏎「…」, 聲明如下：⏎「…」).
        int q = quotationOpeningAt(after);
        const bool colonEnds = para.end > para.start && (text[para.end - 1] == u'：' || text[para.end - 1] == u':');
        if (q < 0 && after >= para.end && colonEnds && cue.paragraph + 1 < paragraphs.size()) {
            q = quotationOpeningAt(paragraphs.at(cue.paragraph + 1).range.start);
        }
        // The quotation must end its clause: 稱「冇責任」回答記者問題 holds a fragment of the report.
        const bool endsClause = q >= 0
                                && (quotations.at(q).outer.end >= para.end
                                    || isClausePunctuation(text[quotations.at(q).outer.end])
                                    || isOpeningQuote(text[quotations.at(q).outer.end])
                                    || text[quotations.at(q).outer.end] == u'、');
        if (q >= 0 && !used.at(q) && hanCount(view(quotations.at(q).inner)) >= 1
            && (endsClause || quotations.at(q).speech)
            && (!isTermAfter(text.mid(quotations.at(q).outer.end, 3)) || quotations.at(q).speech)) {
            quotations[q].speech = true;
            used[q] = true;
            addCandidate(c, Link::CueBefore, quotations.at(q).inner, QuoteKind::Direct, q);
            // 她承認「…」，所以必須謹慎…: the sentence goes on with what she said.
            const qsizetype rest = quotations.at(q).outer.end;
            if (rest + 1 < para.end && (text[rest] == u'，' || text[rest] == u',')
                && quotationOpeningAt(rest + 1) < 0) {
                const int next = nextCue(rest);
                const qsizetype limit = next >= 0 ? clauseStart(cues.at(next).verb.start, para.start) : para.end;
                if (limit > rest + 1) {
                    addCandidate(c, Link::Reported, reportedSpan(c, rest + 1, limit), QuoteKind::Indirect);
                }
            }
            continue;
        }
        // What follows a colon that ends the paragraph, with no quotation marks: the paragraphs
        // after it, up to one that brings a cue or a quotation of its own (…發布聲明：⏎…⏎…).
        if (after >= para.end && colonEnds) {
            for (int p = cue.paragraph + 1; p < paragraphs.size() && p <= cue.paragraph + 3; ++p) {
                const TextRange next = paragraphs.at(p).range;
                const bool own = std::any_of(cues.cbegin() + c + 1, cues.cend(), [&](const Cue &other) {
                    return other.paragraph == p && other.subject.kind != SubjectKind::None;
                });
                if (own || quotationOpeningAt(next.start) >= 0
                    || paragraphs.at(p).block != paragraphs.at(p - 1).block + 1) {
                    break;
                }
                addCandidate(c, Link::Reported, next, QuoteKind::Indirect);
            }
            continue;
        }
        if (cue.tag == u"colon" || after >= para.end || isFullStop(text[after])) {
            continue;
        }
        // 談到此事時: a verb of topic inside a time clause introduces no speech.
        if (cue.tag == u"topic") {
            const qsizetype clauseEnd = sentenceEnd(after, para.end);
            const QStringView rest = text.mid(after, clauseEnd - after);
            const qsizetype comma = rest.indexOf(u'，');
            const QStringView clause = comma >= 0 ? rest.left(comma) : rest;
            if (clause.endsWith(u'時') || clause.endsWith(u'时') || clause.endsWith(u"時候")
                || clause.endsWith(u"时候")) {
                continue;
            }
        }
        // A report that opens with 據X介紹 holds X's words as its own (表示，據現場人員介紹，…).
        int next = nextCue(after);
        while (next >= 0 && cues.at(next).according && clauseStart(cues.at(next).verb.start, para.start) <= after + 1) {
            nested[next] = true;
            next = nextCue(cues.at(next).verb.end);
        }
        const qsizetype limit = next >= 0 ? clauseStart(cues.at(next).subject.inherited
                                                                || cues.at(next).subject.kind == SubjectKind::None
                                                            ? cues.at(next).verb.start
                                                            : cues.at(next).subject.range.start,
                                                        para.start)
                                          : para.end;
        if (limit <= after) {
            continue;
        }
        addCandidate(c, Link::Reported, reportedSpan(c, after, limit), QuoteKind::Indirect);
    }
    for (int q = 0; q < quotations.size(); ++q) {
        if (quotations.at(q).speech && !used.at(q)) {
            Candidate candidate;
            candidate.range = quotations.at(q).inner;
            candidate.kind = QuoteKind::Direct;
            candidate.paragraph = quotations.at(q).paragraph;
            candidate.quotation = q;
            candidates.append(candidate);
            links.append(Link::CueBefore);
        }
    }
    std::vector<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return candidates.at(a).range.start < candidates.at(b).range.start; });
    QList<Candidate> sorted;
    QList<Link> sortedLinks;
    for (const int i : order) {
        sorted.append(candidates.at(i));
        sortedLinks.append(links.at(i));
    }
    candidates = std::move(sorted);
    links = std::move(sortedLinks);
}

} // namespace QuoteReader::Attribution::Zh
