// An article's words as ICU's word segmentation counts them, for its key terms (themes.cpp), and
// Traditional Chinese folded to Simplified so that both scripts count as one.
#pragma once

#include "document.h"
#include "lexicon.h"

#include <QString>

namespace QuoteReader {

struct Bigram {
    int count = 0;
    int split = 0; // where the second word starts
};

struct WordCounts {
    ViewMap<int> words;      // every word as written, Han and Latin
    ViewMap<Bigram> bigrams; // two adjacent Han words: compounds ICU splits (人工 + 智能)
    ViewMap<int> triples;    // three adjacent single characters: a word ICU does not know (互 + 聯 + 網)
    qint64 total = 0;        // every word token, stop words included: the article's size in words
};

// Segments the article's paragraphs (an evenly spread sample of a very long one) and counts them.
WordCounts countWords(const Document &doc);

bool containsHan(QStringView s);
bool isSingleCharacter(QStringView word);
// Text in Simplified characters; everything that is not Traditional Chinese passes unchanged.
QString toSimplified(QStringView s);

// Folds terms to Simplified, each distinct term once: the transliterator is slow per call, and
// an article repeats its words.
class ScriptFolder final
{
public:
    explicit ScriptFolder(bool active)
        : m_active(active)
    {
    }

    const QString &fold(QStringView term)
    {
        auto it = m_cache.find(toView(term));
        if (it == m_cache.end()) {
            it = m_cache.emplace(std::u16string(toView(term)), m_active ? toSimplified(term) : term.toString()).first;
        }
        return it->second;
    }

private:
    bool m_active = false;
    ViewMap<QString> m_cache;
};

} // namespace QuoteReader
