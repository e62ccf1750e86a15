#include "attribution/speakers.h"

namespace QuoteReader::Attribution {

int SpeakerRegistry::find(QStringView name) const
{
    if (name.isEmpty() || name.size() > m_longest) {
        return -1;
    }
    const auto it = m_byName.find(toView(name));
    return it == m_byName.end() ? -1 : it->second;
}

int SpeakerRegistry::add(const QString &name, bool group)
{
    if (const int known = find(name); known >= 0) {
        return known;
    }
    Speaker speaker;
    speaker.name = name;
    speaker.group = group;
    m_speakers.append(speaker);
    const int index = int(m_speakers.size()) - 1;
    m_byName.emplace(std::u16string(toView(name)), index);
    m_longest = std::max(m_longest, name.size());
    return index;
}

void SpeakerRegistry::addAlias(int index, const QString &alias, bool findable)
{
    Speaker &speaker = m_speakers[index];
    if (alias.isEmpty() || alias == speaker.name) {
        return;
    }
    if (!speaker.aliases.contains(alias)) {
        speaker.aliases.append(alias);
    }
    if (findable) {
        // The first speaker to own a word keeps it: a later alias never takes over a name.
        m_byName.try_emplace(std::u16string(toView(alias)), index);
        m_longest = std::max(m_longest, alias.size());
    }
}

void SpeakerRegistry::setRole(int index, const QString &role)
{
    if (m_speakers.at(index).role.isEmpty()) {
        m_speakers[index].role = role;
    }
}

void SpeakerRegistry::replaceRole(int index, const QString &role)
{
    m_speakers[index].role = role;
}

void SpeakerRegistry::rename(int index, const QString &name)
{
    Speaker &speaker = m_speakers[index];
    if (name.isEmpty() || name == speaker.name) {
        return;
    }
    const QString old = speaker.name;
    speaker.name = name;
    speaker.aliases.removeAll(name);
    addAlias(index, old, true);
    m_byName.try_emplace(std::u16string(toView(name)), index);
    m_longest = std::max(m_longest, name.size());
}

} // namespace QuoteReader::Attribution
