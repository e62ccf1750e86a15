#include "lexicon.h"

#include "log.h"

#include <QFile>

#include <algorithm>

namespace QuoteReader {

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(lexiconResourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        // A missing lexicon is a packaging error, not bad user input: say so loudly once.
        qCCritical(lcEngine) << "lexicon missing from the resources:" << name;
        return {};
    }
    return file.readAll();
}

// Calls `entry(word, tag)` for each entry line of a lexicon file.
template<typename Fn>
void forEachEntry(QStringView text, Fn &&entry)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0) {
            entry(line, QStringView());
        } else {
            entry(line.left(tab).trimmed(), line.mid(tab + 1).trimmed());
        }
    }
}

} // namespace

QString lexiconResourcePath(const QString &name)
{
    return QStringLiteral(":/lexicon/") + name;
}

const CharFolding &CharFolding::identity()
{
    static const CharFolding none;
    return none;
}

const CharFolding &CharFolding::chineseVariants()
{
    static const CharFolding folding = [] {
        CharFolding f;
        f.m_table.resize(65536);
        for (size_t c = 0; c < f.m_table.size(); ++c) {
            f.m_table[c] = char16_t(c);
        }
        forEachEntry(QString::fromUtf8(readResource(QStringLiteral("zh/variant-folding.txt"))),
                     [&f](QStringView from, QStringView to) {
                         if (from.size() == 1 && to.size() == 1) {
                             f.m_table[from.front().unicode()] = to.front().unicode();
                         }
                     });
        return f;
    }();
    return folding;
}

WordList WordList::fromText(QStringView text, const CharFolding &folding)
{
    WordList list;
    list.m_fold = &folding;
    list.m_tags = decltype(list.m_tags)(0, FoldedHash{&folding}, FoldedEqual{&folding});
    forEachEntry(text, [&list, &folding](QStringView word, QStringView tag) {
        if (word.isEmpty() || list.contains(word)) {
            return;
        }
        std::u16string key(toView(word));
        for (char16_t &c : key) {
            c = folding(c);
        }
        list.m_tags.emplace(std::move(key), tag.toString());
        list.m_entries.append(word.toString());
        list.m_longest = std::max(list.m_longest, word.size());
        if (list.m_firstUnits.empty()) {
            list.m_firstUnits.assign(65536 / 64, 0);
            list.m_lastUnits.assign(65536 / 64, 0);
        }
        const char16_t first = folding(word.front().unicode());
        const char16_t last = folding(word.back().unicode());
        list.m_firstUnits[first >> 6] |= quint64(1) << (first & 63);
        list.m_lastUnits[last >> 6] |= quint64(1) << (last & 63);
        list.m_lengths |= quint64(1) << std::min<qsizetype>(word.size(), 63);
    });
    return list;
}

WordList WordList::fromResource(const QString &name, const CharFolding &folding)
{
    return fromText(QString::fromUtf8(readResource(name)), folding);
}

qsizetype WordList::matchAtStart(QStringView text) const
{
    if (text.isEmpty() || !startsSomeEntry(text.front().unicode())) {
        return 0;
    }
    for (qsizetype len = std::min(m_longest, text.size()); len > 0; --len) {
        if (hasLength(len) && m_tags.find(toView(text.left(len))) != m_tags.end()) {
            return len;
        }
    }
    return 0;
}

qsizetype WordList::matchAtEnd(QStringView text) const
{
    if (text.isEmpty() || !endsSomeEntry(text.back().unicode())) {
        return 0;
    }
    for (qsizetype len = std::min(m_longest, text.size()); len > 0; --len) {
        if (hasLength(len) && m_tags.find(toView(text.right(len))) != m_tags.end()) {
            return len;
        }
    }
    return 0;
}

const QString &WordList::tag(QStringView word) const
{
    static const QString none;
    if (word.isEmpty() || !startsSomeEntry(word.front().unicode()) || !hasLength(word.size())) {
        return none;
    }
    const auto it = m_tags.find(toView(word));
    return it == m_tags.end() ? none : it->second;
}

double FrequencyTable::weight(QStringView word) const
{
    const auto it = m_weights.find(toView(word));
    return it == m_weights.end() ? 0.0 : it->second;
}

FrequencyTable FrequencyTable::fromResource(const QString &name)
{
    FrequencyTable table;
    const QString text = QString::fromUtf8(readResource(name));
    // Tens of thousands of entries are read at every start: most weights are whole counts, which
    // are read digit by digit rather than through the general number parser.
    table.m_weights.reserve(size_t(text.count(u'\n')));
    forEachEntry(QStringView(text), [&table](QStringView word, QStringView tag) {
        double weight = 0.0;
        const bool digits = !tag.isEmpty() && tag.size() <= 15 &&
                            std::all_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        if (digits) {
            for (const QChar c : tag) {
                weight = weight * 10 + (c.unicode() - u'0');
            }
        } else {
            bool ok = false;
            weight = tag.toDouble(&ok);
            if (!ok) {
                return;
            }
        }
        if (weight <= 0.0) {
            return;
        }
        table.m_weights.insert_or_assign(std::u16string(toView(word)), weight);
        table.m_total += weight;
    });
    return table;
}

} // namespace QuoteReader
