// Finding many terms in a text at once. One Aho–Corasick automaton holds every term, so a text is read
// once whatever the number of terms: building costs the total length of the terms, matching the length
// of the text plus the matches. (Matching each term on its own cost terms × text: 100,000 user themes
// on a 12 MB article ran for minutes.)
//
// Terms and texts are compared as given (UTF-16 units): the caller folds both the same way (case,
// script). A term that starts or ends with a Latin letter or digit matches whole words only, and its
// last word may take a plural ending: "market" finds "markets", "policy" finds "policies" and "days",
// but "art" finds neither "start" nor "artist".
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace QuoteReader {

// A letter or digit of a script written with spaces between its words (not Han, kana or Hangul): the
// characters a Latin word term may not continue into.
bool isLatinWordChar(QChar c);

class TermMatcher final
{
public:
    TermMatcher() = default;
    // `terms.at(i)` is the list of terms of owner i (a theme); empty terms are ignored.
    explicit TermMatcher(const QList<QStringList> &terms);

    bool isEmpty() const { return m_patterns.empty(); }

    // A text read for matching: where its Latin words run, found once for any number of matchers.
    class Text final
    {
    public:
        explicit Text(QStringView text);
        QStringView text() const { return m_text; }
        // How many Latin word characters start at `i` (counted up to 4, which is more than any plural
        // ending); 0 at the end of the text.
        uint8_t run(qsizetype i) const { return m_run[size_t(i)]; }

    private:
        QStringView m_text;
        std::vector<uint8_t> m_run;
    };

    // The owners with a term in `text`, each once, in increasing order.
    QList<int> ownersIn(const Text &text) const;
    QList<int> ownersIn(QStringView text) const { return ownersIn(Text(text)); }

private:
    struct Pattern {
        int32_t length = 0;     // of the needle in the trie
        bool wordStart = false; // must not continue a word before it
        bool wordEnd = false;   // must be followed only by a plural ending
        bool yWord = false;     // the needle is the term without its final 'y' (policy: polic + y/ys/ies)
        int32_t firstOwner = 0; // into m_owners
        int32_t owners = 0;
    };

    int32_t child(int32_t node, char16_t c) const;
    int32_t step(int32_t node, char16_t c) const;
    static bool accepts(const Pattern &pattern, const Text &text, qsizetype end);

    // The trie, numbered breadth first so that a node's children are consecutive and sorted by label.
    std::vector<char16_t> m_label;
    std::vector<int32_t> m_firstChild;
    std::vector<int32_t> m_childCount;
    std::vector<int32_t> m_fail;         // the longest proper suffix that is a node
    std::vector<int32_t> m_output;       // the nearest node on the fail chain (itself included) ending a pattern, -1
    std::vector<int32_t> m_firstPattern; // patterns ending at a node: [m_firstPattern[n], m_firstPattern[n + 1])
    std::vector<int32_t> m_rootChild;    // the root's children by first unit: 65,536 entries, -1 for none
    std::vector<Pattern> m_patterns;     // sorted by the node they end at
    std::vector<int32_t> m_owners;
    int m_ownerCount = 0;
};

} // namespace QuoteReader
