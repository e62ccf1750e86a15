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

void HashFilter::build(const std::vector<size_t> &hashes)
{
    // About 16 bits per hash: one probe then answers wrongly "maybe" for about 6% of misses.
    int log2Bits = 6;
    while (log2Bits < 40 && (size_t(1) << log2Bits) < hashes.size() * 16) {
        ++log2Bits;
    }
    m_shift = 64 - log2Bits;
    m_bits.assign((size_t(1) << log2Bits) / 64, 0);
    for (const size_t hash : hashes) {
        const size_t i = (hash * 0x9E3779B97F4A7C15ULL) >> m_shift;
        m_bits[i >> 6] |= quint64(1) << (i & 63);
    }
}

size_t WordList::hashOf(QStringView word) const
{
    size_t hash = kHashSeed;
    for (const QChar c : word) {
        hash = extendHash(hash, c);
    }
    return hash;
}

WordList WordList::fromText(QStringView text, const CharFolding &folding)
{
    WordList list;
    std::vector<size_t> entries, prefixes, reversedEntries, suffixes;
    list.m_fold = &folding;
    list.m_tags = decltype(list.m_tags)(0, FoldedHash{&folding}, FoldedEqual{&folding});
    forEachEntry(text, [&](QStringView word, QStringView tag) {
        if (word.isEmpty() || list.m_tags.find(toView(word)) != list.m_tags.end()) {
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
        size_t forward = kHashSeed;
        size_t backward = kHashSeed;
        for (qsizetype i = 0; i < word.size(); ++i) {
            forward = list.extendHash(forward, word[i]);
            backward = list.extendHash(backward, word[word.size() - 1 - i]);
            (i + 1 < word.size() ? prefixes : entries).push_back(forward);
            (i + 1 < word.size() ? suffixes : reversedEntries).push_back(backward);
        }
    });
    list.m_entryHashes.build(entries);
    list.m_prefixHashes.build(prefixes);
    list.m_reversedEntries.build(reversedEntries);
    list.m_suffixHashes.build(suffixes);
    return list;
}

WordList WordList::fromResource(const QString &name, const CharFolding &folding)
{
    return fromText(QString::fromUtf8(readResource(name)), folding);
}

// The lengths are walked upwards, the hash extended by one unit at a time, and the walk stops as soon
// as no longer entry can start (end) with what was read: most probes end after one or two units.
qsizetype WordList::matchAtStart(QStringView text) const
{
    if (text.isEmpty() || !startsSomeEntry(text.front().unicode())) {
        return 0;
    }
    const qsizetype longest = std::min(m_longest, text.size());
    qsizetype match = 0;
    size_t hash = kHashSeed;
    for (qsizetype len = 1; len <= longest; ++len) {
        hash = extendHash(hash, text[len - 1]);
        if (hasLength(len) && m_entryHashes.mayContain(hash) && m_tags.find(toView(text.left(len))) != m_tags.end()) {
            match = len;
        }
        if (!m_prefixHashes.mayContain(hash)) {
            break;
        }
    }
    return match;
}

qsizetype WordList::matchAtEnd(QStringView text) const
{
    if (text.isEmpty() || !endsSomeEntry(text.back().unicode())) {
        return 0;
    }
    const qsizetype longest = std::min(m_longest, text.size());
    qsizetype match = 0;
    size_t hash = kHashSeed;
    for (qsizetype len = 1; len <= longest; ++len) {
        hash = extendHash(hash, text[text.size() - len]);
        if (hasLength(len) && m_reversedEntries.mayContain(hash)
            && m_tags.find(toView(text.right(len))) != m_tags.end()) {
            match = len;
        }
        if (!m_suffixHashes.mayContain(hash)) {
            break;
        }
    }
    return match;
}

bool WordList::contains(QStringView word) const
{
    return !word.isEmpty() && startsSomeEntry(word.front().unicode()) && hasLength(word.size())
           && m_entryHashes.mayContain(hashOf(word)) && m_tags.find(toView(word)) != m_tags.end();
}

const QString &WordList::tag(QStringView word) const
{
    static const QString none;
    if (word.isEmpty() || !startsSomeEntry(word.front().unicode()) || !hasLength(word.size())
        || !m_entryHashes.mayContain(hashOf(word))) {
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
        const bool digits = !tag.isEmpty() && tag.size() <= 15 && std::all_of(tag.cbegin(), tag.cend(), [](QChar c) {
            return c.isDigit() && c.unicode() < 128;
        });
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
