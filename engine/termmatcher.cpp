#include "termmatcher.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>

namespace QuoteReader {

namespace {

struct Entry {
    QString needle;
    uint8_t flags = 0; // wordStart | wordEnd << 1 | yWord << 2
    int32_t owner = 0;
};

constexpr int32_t kRoot = 0;
constexpr int kMaxRun = 4; // a plural ending is at most three units: longer runs need not be counted

} // namespace

bool isLatinWordChar(QChar c)
{
    if (!c.isLetterOrNumber()) {
        return false;
    }
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return false;
    default:
        return true;
    }
}

TermMatcher::TermMatcher(const QList<QStringList> &terms)
    : m_ownerCount(int(terms.size()))
{
    std::vector<Entry> entries;
    for (qsizetype owner = 0; owner < terms.size(); ++owner) {
        for (const QString &term : terms.at(owner)) {
            if (term.isEmpty()) {
                continue;
            }
            const bool wordStart = isLatinWordChar(term.front());
            const bool wordEnd = isLatinWordChar(term.back());
            const bool yWord = wordEnd && term.size() > 2 && term.endsWith(u'y');
            entries.push_back({yWord ? term.chopped(1) : term,
                               uint8_t((wordStart ? 1 : 0) | (wordEnd ? 2 : 0) | (yWord ? 4 : 0)), int32_t(owner)});
        }
    }
    if (entries.empty()) {
        return;
    }
    // Sorted needles build the trie in one sweep (each shares a prefix with the one before), and equal
    // terms of several owners become one pattern.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const auto units = [](const QString &s) {
            return std::u16string_view(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
        };
        return std::make_tuple(units(a.needle), a.flags, a.owner) < std::make_tuple(units(b.needle), b.flags, b.owner);
    });

    // The trie in the order nodes are made (depth first), children linked in increasing label order.
    std::vector<char16_t> label{0};
    std::vector<int32_t> firstChild{-1};
    std::vector<int32_t> lastChild{-1};
    std::vector<int32_t> nextSibling{-1};
    std::vector<int32_t> path{kRoot}; // the nodes of the previous needle, by depth
    std::vector<int32_t> patternNode; // per pattern, in the numbering of this first pass
    QStringView previous;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        const QStringView needle(entry.needle);
        if (i > 0 && needle == previous && entry.flags == entries[i - 1].flags) {
            m_owners.push_back(entry.owner);
            ++m_patterns.back().owners;
            continue;
        }
        qsizetype common = 0;
        while (common < needle.size() && common < previous.size() && needle.at(common) == previous.at(common)) {
            ++common;
        }
        path.resize(size_t(common) + 1);
        for (qsizetype d = common; d < needle.size(); ++d) {
            const int32_t parent = path.back();
            const auto node = int32_t(label.size());
            label.push_back(needle.at(d).unicode());
            firstChild.push_back(-1);
            lastChild.push_back(-1);
            nextSibling.push_back(-1);
            if (lastChild[size_t(parent)] < 0) {
                firstChild[size_t(parent)] = node;
            } else {
                nextSibling[size_t(lastChild[size_t(parent)])] = node;
            }
            lastChild[size_t(parent)] = node;
            path.push_back(node);
        }
        previous = needle;
        Pattern pattern;
        pattern.length = int32_t(needle.size());
        pattern.wordStart = entry.flags & 1;
        pattern.wordEnd = entry.flags & 2;
        pattern.yWord = entry.flags & 4;
        pattern.firstOwner = int32_t(m_owners.size());
        pattern.owners = 1;
        m_owners.push_back(entry.owner);
        m_patterns.push_back(pattern);
        patternNode.push_back(path.back());
    }

    // Breadth first: a node's children get consecutive numbers, still in label order.
    const size_t nodes = label.size();
    std::vector<int32_t> renumbered(nodes, -1);
    std::vector<int32_t> order{kRoot}; // old numbers in the new order
    order.reserve(nodes);
    renumbered[kRoot] = kRoot;
    m_label.assign(nodes, 0);
    m_firstChild.assign(nodes, 0);
    m_childCount.assign(nodes, 0);
    std::vector<int32_t> parentOf(nodes, kRoot);
    for (size_t next = 0; next < order.size(); ++next) {
        const int32_t old = order[next];
        const auto id = int32_t(next);
        m_firstChild[next] = int32_t(order.size());
        for (int32_t c = firstChild[size_t(old)]; c >= 0; c = nextSibling[size_t(c)]) {
            renumbered[size_t(c)] = int32_t(order.size());
            m_label[order.size()] = label[size_t(c)];
            parentOf[order.size()] = id;
            order.push_back(c);
            ++m_childCount[next];
        }
    }

    m_rootChild.assign(0x10000, -1);
    for (int32_t i = 0; i < m_childCount[kRoot]; ++i) {
        const int32_t c = m_firstChild[kRoot] + i;
        m_rootChild[m_label[size_t(c)]] = c;
    }
    m_fail.assign(nodes, kRoot);
    for (size_t v = 1; v < nodes; ++v) {
        const int32_t parent = parentOf[v];
        m_fail[v] = parent == kRoot ? kRoot : step(m_fail[size_t(parent)], m_label[v]);
    }

    // Patterns by the node they end at, and each node's nearest pattern-ending suffix.
    std::vector<int32_t> byNode(m_patterns.size());
    std::iota(byNode.begin(), byNode.end(), 0);
    for (int32_t &node : patternNode) {
        node = renumbered[size_t(node)];
    }
    std::stable_sort(byNode.begin(), byNode.end(),
                     [&](int32_t a, int32_t b) { return patternNode[size_t(a)] < patternNode[size_t(b)]; });
    std::vector<Pattern> sorted;
    sorted.reserve(m_patterns.size());
    m_firstPattern.assign(nodes + 1, 0);
    for (const int32_t p : byNode) {
        sorted.push_back(m_patterns[size_t(p)]);
        ++m_firstPattern[size_t(patternNode[size_t(p)]) + 1];
    }
    std::partial_sum(m_firstPattern.begin(), m_firstPattern.end(), m_firstPattern.begin());
    m_patterns = std::move(sorted);
    m_output.assign(nodes, -1);
    for (size_t v = 1; v < nodes; ++v) { // breadth first: a node's fail target is done before it
        m_output[v] = m_firstPattern[v + 1] > m_firstPattern[v] ? int32_t(v) : m_output[size_t(m_fail[v])];
    }
}

int32_t TermMatcher::child(int32_t node, char16_t c) const
{
    if (node == kRoot) {
        return m_rootChild[c];
    }
    const auto begin = m_label.begin() + m_firstChild[size_t(node)];
    const auto end = begin + m_childCount[size_t(node)];
    const auto it = std::lower_bound(begin, end, c);
    return it != end && *it == c ? int32_t(it - m_label.begin()) : -1;
}

int32_t TermMatcher::step(int32_t node, char16_t c) const
{
    for (;;) {
        const int32_t next = child(node, c);
        if (next >= 0) {
            return next;
        }
        if (node == kRoot) {
            return kRoot;
        }
        node = m_fail[size_t(node)];
    }
}

TermMatcher::Text::Text(QStringView text)
    : m_text(text)
    , m_run(size_t(text.size()) + 1, 0)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        m_run[size_t(i)] = isLatinWordChar(text.at(i)) ? uint8_t(std::min(kMaxRun, m_run[size_t(i) + 1] + 1)) : 0;
    }
}

bool TermMatcher::accepts(const Pattern &pattern, const Text &text, qsizetype end)
{
    const qsizetype start = end - pattern.length;
    if (pattern.wordStart && start > 0 && text.run(start - 1) > 0) {
        return false;
    }
    if (!pattern.wordEnd) {
        return true;
    }
    // What follows the needle up to the end of its word: nothing or a plural ending.
    const uint8_t tail = text.run(end);
    const QStringView rest = text.text().mid(end, tail);
    if (pattern.yWord) {
        return rest == u"y" || rest == u"ys" || rest == u"ies";
    }
    return tail == 0 || rest == u"s" || rest == u"es";
}

QList<int> TermMatcher::ownersIn(const Text &text) const
{
    QList<int> owners;
    const QStringView units = text.text();
    if (m_patterns.empty() || units.isEmpty()) {
        return owners;
    }
    std::vector<int32_t> found; // patterns accepted, repeats included
    int32_t node = kRoot;
    for (qsizetype i = 0; i < units.size(); ++i) {
        node = step(node, units.at(i).unicode());
        for (int32_t out = m_output[size_t(node)]; out >= 0; out = m_output[size_t(m_fail[size_t(out)])]) {
            for (int32_t p = m_firstPattern[size_t(out)]; p < m_firstPattern[size_t(out) + 1]; ++p) {
                if (accepts(m_patterns[size_t(p)], text, i + 1)) {
                    found.push_back(p);
                }
            }
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    for (const int32_t p : found) {
        const Pattern &pattern = m_patterns[size_t(p)];
        for (int32_t o = 0; o < pattern.owners; ++o) {
            owners.append(m_owners[size_t(pattern.firstOwner) + size_t(o)]);
        }
    }
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    return owners;
}

} // namespace QuoteReader
