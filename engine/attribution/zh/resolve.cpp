#include "attribution/zh/resolve.h"

#include "textutil.h"

#include <algorithm>

namespace QuoteReader::Attribution::Zh {

namespace {

// How far back a pronoun or a word pointing back looks for its person: a few paragraphs, and
// never a scan over the whole of a run-on article.
constexpr int kLookBackCandidates = 200;

// 上述宣傳部部長 ends like 張家口市桥东区宣传部部长 and its words stand in it in order.
bool pointsTo(QStringView head, QStringView described)
{
    if (head.isEmpty() || described.isEmpty() || head.back() != described.back()) {
        return false;
    }
    qsizetype at = 0;
    for (const QChar c : head) {
        at = described.indexOf(c, at);
        if (at < 0) {
            return false;
        }
        ++at;
    }
    return true;
}

int speakerForPerson(Reading &reading, int person)
{
    const Person &p = reading.people.at(person);
    const int speaker = reading.speakers.add(p.name, false);
    if (!p.role.isEmpty()) {
        reading.speakers.setRole(speaker, p.role);
    }
    return speaker;
}

} // namespace

bool insideCandidate(const Reading &reading, qsizetype pos)
{
    const auto after = std::upper_bound(reading.candidates.cbegin(), reading.candidates.cend(), pos,
                                        [](qsizetype p, const Candidate &c) { return p < c.range.start; });
    int looked = 0;
    for (auto it = after; it != reading.candidates.cbegin() && looked < kLookBackCandidates; ++looked) {
        --it;
        if (it->range.contains(pos)) {
            return true;
        }
    }
    return reading.insideSpeech(pos);
}

int attributedBefore(const Reading &reading, qsizetype pos, bool people)
{
    const auto after = std::lower_bound(reading.candidates.cbegin(), reading.candidates.cend(), pos,
                                        [](const Candidate &c, qsizetype p) { return c.range.start < p; });
    int looked = 0;
    for (auto it = after; it != reading.candidates.cbegin() && looked < kLookBackCandidates; ++looked) {
        --it;
        if (it->attributed() && !it->dropped && (!people || !reading.speakers.at(it->speaker).group)) {
            return int(it - reading.candidates.cbegin());
        }
    }
    return -1;
}

int speakerForName(Reading &reading, const Subject &subject)
{
    const QStringView name = reading.view(subject.name);
    // The last part of a foreign name given in full earlier (克里斯托弗 for 約翰·克里斯托弗) is that person.
    if (const int person = reading.personNamed(name); person >= 0 && reading.people.at(person).name != name) {
        const int speaker = speakerForPerson(reading, person);
        reading.speakers.addAlias(speaker, name.toString());
        return speaker;
    }
    const int speaker = reading.speakers.add(name.toString(), false);
    if (!subject.role.isEmpty()) {
        reading.speakers.setRole(speaker, reading.view(subject.role).toString());
    } else if (const int person = reading.personNamed(name); person >= 0) {
        reading.speakers.setRole(speaker, reading.people.at(person).role);
    }
    return speaker;
}

int speakerForSource(Reading &reading, const Cue &cue)
{
    const QStringView words = reading.view(cue.subject.name);
    // Journalists who ask are quoted as 記者, whatever word the article uses for the press.
    if (cue.tag == u"ask" && reading.lex.addressees.contains(words)) {
        const bool simplified = reading.doc.language == u"zh-Hans";
        return reading.speakers.add(simplified ? QStringLiteral("记者") : QStringLiteral("記者"), true);
    }
    if (const int known = reading.speakers.find(words); known >= 0) {
        return known;
    }
    // 一位專家, 該名官員: one person, whom a pronoun may stand for; 警方, 官員: a group.
    const qsizetype determiner = reading.lex.determiners.matchAtStart(words);
    const bool one = determiner > 0
                     && (words.startsWith(u'一') || words.startsWith(u'某') || words.startsWith(u'該')
                         || words.startsWith(u'该') || words.startsWith(u'這') || words.startsWith(u'这'));
    return reading.speakers.add(words.toString(), !one);
}

int speakerForShortForm(Reading &reading, const Subject &subject, qsizetype pos)
{
    const QStringView form = reading.view(subject.name);
    const qsizetype surname = reading.names.surnameAt(form);
    const bool titled = surname > 0 && surname < form.size() && reading.lex.titles.contains(form.mid(surname));
    const QStringView prefix = titled || surname == form.size() ? form.left(surname) : form;
    for (int m = reading.mentionBefore(pos); m >= 0; --m) {
        const Person &person = reading.people.at(reading.mentions.at(m).person);
        const bool shortens = person.name.size() > prefix.size()
                              && (person.name.startsWith(prefix)
                                  || (!titled && surname != form.size() && person.name.size() == 3
                                      && person.name.endsWith(form)));
        if (shortens) {
            const int speaker = speakerForPerson(reading, reading.mentions.at(m).person);
            reading.speakers.addAlias(speaker, form.toString(), form.size() >= 2);
            return speaker;
        }
    }
    // 王教授 with no 王 named before is a person given only so; a surname alone names nobody.
    return titled ? reading.speakers.add(form.toString(), false) : -1;
}

int speakerForAnaphor(Reading &reading, const Subject &subject, qsizetype pos)
{
    const QStringView head = reading.view(subject.name);
    if (subject.name == subject.range && reading.lex.anaphors.contains(head)) {
        return -1; // 對方: the other side of an exchange, not a source the text can name
    }
    // 其新聞發言人: the role in the body that spoke last (湖南省公安廳新聞發言人).
    if (reading.view(subject.range).startsWith(u'其')) {
        for (qsizetype before = pos;;) {
            const int c = attributedBefore(reading, before, false);
            if (c < 0) {
                return -1;
            }
            const Speaker &body = reading.speakers.at(reading.candidates.at(c).speaker);
            if (body.group && reading.lex.endsWithOrganisation(body.name)) {
                const int speaker = reading.speakers.add(body.name + head.toString(), false);
                reading.speakers.addAlias(speaker, reading.view(subject.range).toString());
                return speaker;
            }
            before = reading.candidates.at(c).range.start;
        }
    }
    // 官微稱: the body whose channel it is, the last that spoke.
    if (reading.lex.channels.contains(head)) {
        for (qsizetype before = pos;;) {
            const int c = attributedBefore(reading, before, false);
            if (c < 0) {
                return -1;
            }
            if (reading.speakers.at(reading.candidates.at(c).speaker).group) {
                return reading.candidates.at(c).speaker;
            }
            before = reading.candidates.at(c).range.start;
        }
    }
    const auto after = std::lower_bound(reading.candidates.cbegin(), reading.candidates.cend(), pos,
                                        [](const Candidate &c, qsizetype p) { return c.range.start < p; });
    int looked = 0;
    for (auto it = after; it != reading.candidates.cbegin() && looked < kLookBackCandidates; ++looked) {
        --it;
        if (!it->attributed()) {
            continue;
        }
        const Speaker &speaker = reading.speakers.at(it->speaker);
        if (pointsTo(head, speaker.name) || pointsTo(head, QString(speaker.role + speaker.name))) {
            reading.speakers.addAlias(it->speaker, reading.view(subject.range).toString());
            return it->speaker;
        }
    }
    // Nobody named before ends so: the words as written are the source (該公司辦公室一位工作人員).
    if (reading.lex.groups.matchAtEnd(head) > 0 || reading.lex.titles.matchAtEnd(head) > 0
        || reading.lex.endsWithOrganisation(head)) {
        return reading.speakers.add(reading.view(subject.range).toString(), true);
    }
    return -1;
}

int speakerForPronoun(Reading &reading, const Subject &subject, qsizetype pos)
{
    const QString tag = reading.lex.pronouns.tag(reading.view(subject.name));
    if (tag == u"plural") {
        const int group = attributedBefore(reading, pos, false);
        return group >= 0 ? reading.candidates.at(group).speaker : -1;
    }
    const Gender excluded = tag == u"male" ? Gender::Female : tag == u"female" ? Gender::Male : Gender::Unknown;
    const Gender own = tag == u"male" ? Gender::Male : tag == u"female" ? Gender::Female : Gender::Unknown;
    // The last person who spoke, and the last person the narration put at the head of a clause in
    // this paragraph or the one before: the nearer of the two.
    int speaker = -1;
    qsizetype speakerAt = -1;
    // 她 is marked: a speaker 她 stood for a few quotes back is preferred to a nearer one whose
    // gender nothing told (the teacher who spoke in between is no 她 the article has used).
    constexpr int kFemaleLookBack = 6;
    int passed = 0;
    for (qsizetype before = pos;;) {
        const int c = attributedBefore(reading, before, true);
        if (c < 0) {
            break;
        }
        const Gender gender = reading.speakers.gender(reading.candidates.at(c).speaker);
        if (own == Gender::Female && gender == Gender::Female) {
            speaker = reading.candidates.at(c).speaker;
            speakerAt = reading.candidates.at(c).range.start;
            break;
        }
        if (speaker < 0 && (gender != excluded || excluded == Gender::Unknown)) {
            speaker = reading.candidates.at(c).speaker;
            speakerAt = reading.candidates.at(c).range.start;
            if (own != Gender::Female) {
                break;
            }
        }
        if (++passed >= kFemaleLookBack) {
            break;
        }
        before = reading.candidates.at(c).range.start;
    }
    const int paragraph = reading.paragraphAt(pos);
    const qsizetype floor = paragraph > 0 ? reading.paragraphs.at(paragraph - 1).range.start : 0;
    // The sentence of the pronoun begins here: a person named earlier in it is its topic
    // (輪到曾偉雄發言，他稱…) wherever they stand in their clause.
    qsizetype sentence = pos;
    while (sentence > 0 && !isFullStop(reading.text[sentence - 1]) && reading.text[sentence - 1] != u'\n') {
        --sentence;
    }
    for (int m = reading.mentionBefore(pos); m >= 0 && reading.mentions.at(m).pos >= std::max(floor, speakerAt); --m) {
        const Mention &mention = reading.mentions.at(m);
        // A person named inside someone's words is what was said, not who says it.
        if (insideCandidate(reading, mention.pos) || (!mention.clauseHead && mention.pos < sentence)) {
            continue;
        }
        const int candidate = reading.speakers.find(reading.people.at(mention.person).name);
        if (candidate >= 0 && excluded != Gender::Unknown && reading.speakers.gender(candidate) == excluded) {
            continue;
        }
        speaker = speakerForPerson(reading, mention.person);
        break;
    }
    if (speaker >= 0) {
        reading.speakers.addAlias(speaker, reading.view(subject.name).toString());
        if (own != Gender::Unknown) {
            reading.speakers.setGender(speaker, own);
        }
    }
    return speaker;
}

} // namespace QuoteReader::Attribution::Zh
