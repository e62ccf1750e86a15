// Word lists the engine reads from resources/lexicon: speech verbs, pronouns, titles, stop words.
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace QuoteReader {

// Lookups probe the article text in place, many times per character: a transparent hash lets a
// QStringView find a stored key without allocating a QString per probe.
struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::u16string_view s) const noexcept { return std::hash<std::u16string_view>{}(s); }
};
struct ViewEqual {
    using is_transparent = void;
    bool operator()(std::u16string_view a, std::u16string_view b) const noexcept { return a == b; }
};
inline std::u16string_view toView(QStringView s)
{
    return {reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size())};
}
template<typename T>
using ViewMap = std::unordered_map<std::u16string, T, ViewHash, ViewEqual>;

// Characters folded before a lexicon lookup. Chinese lexicons fold Traditional and variant
// characters to the Simplified one (發→发, 佈→布), so that one entry serves both scripts and every
// variant spelling (发布, 發布, 發佈); other lexicons fold nothing.
class CharFolding final
{
public:
    static const CharFolding &identity();
    static const CharFolding &chineseVariants(); // zh/variant-folding.txt
    char16_t operator()(char16_t c) const { return m_table.empty() ? c : m_table[c]; }

private:
    std::vector<char16_t> m_table; // empty: the identity
};

// Hash and equality over folded characters, for keys stored folded and views probed as written.
struct FoldedHash {
    using is_transparent = void;
    const CharFolding *fold = &CharFolding::identity();
    size_t operator()(std::u16string_view s) const noexcept
    {
        size_t h = 1469598103934665603ULL;
        for (const char16_t c : s) {
            h = (h ^ (*fold)(c)) * 1099511628211ULL;
        }
        return h;
    }
};
struct FoldedEqual {
    using is_transparent = void;
    const CharFolding *fold = &CharFolding::identity();
    bool operator()(std::u16string_view a, std::u16string_view b) const noexcept
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [this](char16_t x, char16_t y) {
                   return (*fold)(x) == (*fold)(y);
               });
    }
};

// A set of hashes that can answer "certainly not" without touching the hash table: the attributors
// probe every prefix of the text at every character, and a miss in a table of 100,000 entries costs
// a cache miss; here it costs one bit. False positives (about 1 in 20) only cost the real lookup.
class HashFilter final
{
public:
    void build(const std::vector<size_t> &hashes);
    bool mayContain(size_t hash) const
    {
        const size_t i = (hash * 0x9E3779B97F4A7C15ULL) >> m_shift;
        return !m_bits.empty() && ((m_bits[i >> 6] >> (i & 63)) & 1);
    }

private:
    std::vector<quint64> m_bits;
    int m_shift = 64;
};

// One lexicon file: an entry per line, '#' starts a comment line, an optional tab separates
// the entry from its tags ("他\tmale"). Lookups take views so callers can probe the text in place.
class WordList final
{
public:
    WordList() = default;
    static WordList fromText(QStringView text, const CharFolding &folding = CharFolding::identity());
    // ":/lexicon/" + name
    static WordList fromResource(const QString &name, const CharFolding &folding = CharFolding::identity());

    bool isEmpty() const { return m_tags.empty(); }
    qsizetype size() const { return qsizetype(m_tags.size()); }
    bool contains(QStringView word) const;
    // The entry's tag, "" when it has none or is no entry.
    const QString &tag(QStringView word) const;
    QStringList entries() const { return m_entries; }
    qsizetype longestEntry() const { return m_longest; }

    // Length of the longest entry that `text` starts with (0 if none).
    qsizetype matchAtStart(QStringView text) const;
    // Length of the longest entry that `text` ends with (0 if none).
    qsizetype matchAtEnd(QStringView text) const;

private:
    // The attributors probe the text at every character, and most characters start no entry: one bit
    // per UTF-16 unit that starts (ends) an entry, and one per entry length, spare them a hash of every
    // prefix (suffix) up to the longest entry.
    static bool bit(const std::vector<quint64> &bits, char16_t c)
    {
        return !bits.empty() && ((bits[c >> 6] >> (c & 63)) & 1);
    }
    bool startsSomeEntry(char16_t c) const { return bit(m_firstUnits, (*m_fold)(c)); }
    bool endsSomeEntry(char16_t c) const { return bit(m_lastUnits, (*m_fold)(c)); }
    bool hasLength(qsizetype len) const { return (m_lengths >> std::min<qsizetype>(len, 63)) & 1; }

    // FoldedHash of a word, one unit at a time: from the start (prefixes) or from the end (suffixes).
    static constexpr size_t kHashSeed = 1469598103934665603ULL;
    size_t extendHash(size_t hash, QChar c) const { return (hash ^ (*m_fold)(c.unicode())) * 1099511628211ULL; }
    size_t hashOf(QStringView word) const;

    const CharFolding *m_fold = &CharFolding::identity();
    HashFilter m_entryHashes;     // every entry, hashed from its start
    HashFilter m_prefixHashes;    // every proper prefix of an entry: a longer entry may start here
    HashFilter m_reversedEntries; // every entry, hashed from its end
    HashFilter m_suffixHashes;    // every proper suffix, hashed from its end
    // entry (folded) -> tag ("" when untagged)
    std::unordered_map<std::u16string, QString, FoldedHash, FoldedEqual> m_tags;
    QStringList m_entries; // in file order
    qsizetype m_longest = 0;
    std::vector<quint64> m_firstUnits; // 65,536 bits, empty while the list is
    std::vector<quint64> m_lastUnits;
    quint64 m_lengths = 0; // bit n: some entry has n units (bit 63: 63 or more)
};

// A word -> weight table (background frequencies), same file format with the weight as the tag.
class FrequencyTable final
{
public:
    static FrequencyTable fromResource(const QString &name);
    bool isEmpty() const { return m_weights.empty(); }
    double weight(QStringView word) const;
    bool contains(QStringView word) const { return m_weights.find(toView(word)) != m_weights.end(); }
    double total() const { return m_total; }
    qsizetype size() const { return qsizetype(m_weights.size()); }

private:
    ViewMap<double> m_weights;
    double m_total = 0.0;
};

QString lexiconResourcePath(const QString &name);

} // namespace QuoteReader
