#include "attribution/en/people.h"

#include "attribution/en/lexicons.h"

#include <algorithm>

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

namespace {

// How far back a pronoun or a surname looks for who it stands for: longer than any article, so
// that a long text made of many articles neither reaches across them nor keeps every name it met.
constexpr qsizetype kLookBack = 200'000;

// A key equal for any two words that compare equal ignoring case (QString::compare folds each
// code point alone, and so does this): lookups find their candidates by it, then test them with
// the comparison itself.
QString foldKey(QStringView word)
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

void insertSorted(QList<int> &list, int index)
{
    list.insert(std::lower_bound(list.begin(), list.end(), index) - list.begin(), index);
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

Gender genderOf(QStringView tag)
{
    return tag == u"male"_s ? Gender::Male : tag == u"female"_s ? Gender::Female : Gender::Unknown;
}

} // namespace

void People::seen(const Mention &name, qsizetype position)
{
    forget(position - kLookBack);
    const qsizetype sequence = m_seenBase + qsizetype(m_seen.size());
    m_seen.push_back(SeenName{name.nameTokens, name.title, name.honorific, position});
    QList<qsizetype> &bySurname = m_seenBySurname[foldKey(name.nameTokens.last())];
    // Entries forgotten since stay in front of the list until it is touched again.
    bySurname.erase(bySurname.begin(), std::lower_bound(bySurname.begin(), bySurname.end(), m_seenBase));
    bySurname.append(sequence);
}

void People::forget(qsizetype before)
{
    while (!m_seen.empty() && m_seen.front().position < before) {
        m_seen.pop_front();
        ++m_seenBase;
    }
}

bool People::knownSurname(QStringView word, qsizetype before) const
{
    const auto it = m_seenBySurname.constFind(foldKey(word));
    if (it == m_seenBySurname.cend()) {
        return false;
    }
    return std::any_of(it->cbegin(), it->cend(), [&](qsizetype s) {
        return s >= m_seenBase && m_seen.at(size_t(s - m_seenBase)).position < before;
    });
}

int People::resolve(const Mention &m, qsizetype position, qsizetype seenBefore)
{
    int index = -1;
    switch (m.kind) {
    case MentionKind::Name:
        index = named(m, seenBefore);
        break;
    case MentionKind::Pronoun:
        return pronoun(m.phrase.toLower(), position, seenBefore);
    case MentionKind::Group:
    case MentionKind::Description:
        index = group(m);
        break;
    case MentionKind::None:
        break;
    }
    mentioned(index, position);
    return index;
}

int People::pronoun(QStringView word, qsizetype position, qsizetype seenBefore)
{
    const Gender agree = genderOf(lexicons().pronouns.tag(word));
    const bool personal = agree != Gender::Unknown;
    const auto fits = [&](int i) {
        const bool isGroup = m_registry.at(i).group;
        if (!personal) {
            return isGroup;
        }
        const Gender gender = m_registry.gender(i);
        return !isGroup && !m_people.at(i).nameTokens.isEmpty() && (gender == Gender::Unknown || gender == agree);
    };
    int best = -1;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), std::pair<qsizetype, int>{position, -1});
    while (it != m_mentions.cbegin()) {
        --it;
        if (it->first < position - kLookBack) {
            break;
        }
        if (fits(it->second)) {
            best = it->second;
            break;
        }
    }
    if (best < 0 && personal) {
        // Nobody of the kind quoted yet: the last person named ("Dr. Jane Roe arrived. She said").
        const SeenName *name = lastSeen(seenBefore, [&](const SeenName &n) {
            const Gender gender = genderOf(lexicons().honorifics.tag(n.honorific));
            return gender == Gender::Unknown || gender == agree;
        });
        if (name) {
            Mention m;
            m.kind = MentionKind::Name;
            m.nameTokens = name->tokens;
            m.title = name->title;
            m.honorific = name->honorific;
            best = named(m, seenBefore);
        }
    }
    if (best >= 0) {
        if (personal && m_registry.gender(best) == Gender::Unknown) {
            m_registry.setGender(best, agree);
        }
        m_registry.addAlias(best, word.toString());
        mentioned(best, position);
    }
    return best;
}

int People::unresolved(QStringView pronoun)
{
    const QString word = pronoun.toString();
    return added(m_registry.add(word, lexicons().pronouns.tag(word) == u"plural"_s), {});
}

const People::SeenName *People::lastSeen(qsizetype before, const std::function<bool(const SeenName &)> &fits) const
{
    for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it) {
        if (it->position >= before) {
            continue;
        }
        if (fits(*it)) {
            return &*it;
        }
    }
    return nullptr;
}

int People::named(const Mention &m, qsizetype seenBefore)
{
    const QStringList &tokens = m.nameTokens;
    const QString surname = tokens.last();
    int found = -1;
    // Candidates: people whose last name, or first name, may equal one of ours; the tests below
    // decide, and the last person that passes them is the one found.
    const QString surnameKey = foldKey(surname);
    QList<int> candidates = m_byLast.value(surnameKey);
    candidates += m_byFirst.value(tokens.size() == 1 ? surnameKey : foldKey(tokens.first()));
    std::sort(candidates.begin(), candidates.end());
    for (const int i : std::as_const(candidates)) {
        const QStringList &known = m_people.at(i).nameTokens;
        if (m_registry.at(i).group || known.isEmpty()) {
            continue;
        }
        if (tokens.size() > 1 && known.size() > 1 && !same(known.first(), tokens.first())) {
            continue; // "Jane Roe" and "John Roe", "North Korea" and "South Korea" are two
        }
        if (same(known.last(), surname) || (tokens.size() == 1 && same(known.first(), surname))
            || (known.size() == 1 && same(tokens.first(), known.first()))) {
            found = i;
        }
    }
    if (found < 0 && tokens.size() == 1) {
        // A surname alone: the fullest form written before ("Smith" after "Jane Smith").
        const SeenName *full = nullptr;
        const QList<qsizetype> seen = m_seenBySurname.value(surnameKey);
        for (qsizetype s = seen.size() - 1; s >= 0 && !full; --s) {
            if (seen.at(s) < m_seenBase) {
                break;
            }
            const SeenName &n = m_seen.at(size_t(seen.at(s) - m_seenBase));
            if (n.position < seenBefore && n.tokens.size() > 1 && same(n.tokens.last(), surname)) {
                full = &n;
            }
        }
        if (full) {
            Mention expanded = m;
            expanded.nameTokens = full->tokens;
            if (expanded.title.isEmpty()) {
                expanded.title = full->title;
            }
            if (expanded.honorific.isEmpty()) {
                expanded.honorific = full->honorific;
            }
            const int index = named(expanded, seenBefore);
            m_registry.addAlias(index, surname);
            return index;
        }
    }
    const QString name = tokens.join(u' ');
    const Gender gender = genderOf(lexicons().honorifics.tag(m.honorific));
    if (found < 0) {
        found = added(m_registry.add(name, false), tokens);
    } else if (tokens.size() > m_people.at(found).nameTokens.size()) {
        unindex(found);
        m_registry.rename(found, name);
        m_people[found].nameTokens = tokens;
        index(found);
    } else {
        m_registry.addAlias(found, name);
    }
    if (!m.honorific.isEmpty()) {
        m_registry.addAlias(found, m.honorific + u' ' + surname);
    }
    if (gender != Gender::Unknown) {
        m_registry.setGender(found, gender);
    }
    addRole(found, m);
    return found;
}

int People::group(const Mention &m)
{
    const auto same = m_byName.constFind(m.phrase.toLower());
    if (same != m_byName.cend() && !same->isEmpty()) {
        const int i = same->first();
        addRole(i, m);
        return i;
    }
    const int index = added(m_registry.add(m.phrase, m.kind == MentionKind::Group), {});
    addRole(index, m);
    return index;
}

// Keeps m_people and the indexes in step with a speaker the registry returned for a new name.
int People::added(int i, const QStringList &nameTokens)
{
    if (i < m_people.size()) {
        return i; // the registry knew the name already
    }
    m_people.resize(m_registry.size());
    m_people[i].nameTokens = nameTokens;
    index(i);
    return i;
}

void People::index(int i)
{
    const QStringList &tokens = m_people.at(i).nameTokens;
    if (!tokens.isEmpty() && !m_registry.at(i).group) {
        insertSorted(m_byFirst[foldKey(tokens.first())], i);
        insertSorted(m_byLast[foldKey(tokens.last())], i);
    }
    insertSorted(m_byName[m_registry.at(i).name.toLower()], i);
}

void People::unindex(int i)
{
    const QStringList &tokens = m_people.at(i).nameTokens;
    if (!tokens.isEmpty() && !m_registry.at(i).group) {
        m_byFirst[foldKey(tokens.first())].removeOne(i);
        m_byLast[foldKey(tokens.last())].removeOne(i);
    }
    m_byName[m_registry.at(i).name.toLower()].removeOne(i);
}

void People::mentioned(int index, qsizetype position)
{
    if (index < 0) {
        return;
    }
    const std::pair<qsizetype, int> entry{position, index};
    m_mentions.insert(std::upper_bound(m_mentions.begin(), m_mentions.end(), entry), entry);
}

void People::addRole(int index, const Mention &m)
{
    QString role = m.title;
    if (!m.apposition.isEmpty()) {
        role = role.isEmpty() ? m.apposition : role + u", "_s + m.apposition;
    }
    const QString &current = m_registry.at(index).role;
    if (!role.isEmpty() && (current.isEmpty() || (current.size() < role.size() && !m.apposition.isEmpty()))) {
        m_registry.replaceRole(index, role);
    }
}

} // namespace QuoteReader::Attribution::English
