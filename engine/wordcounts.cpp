// Counting an article's words with ICU's word segmentation, for its key terms (themes.cpp).
#include "wordcounts.h"

#include "log.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>
#include <mutex>

namespace QuoteReader {

namespace {

// How much paragraph text (UTF-16 units) is segmented for key terms. Every real article is
// segmented whole: a long feature runs to twenty thousand characters. A longer document (a 12 MB
// report, a folder pasted into one file) is segmented in an evenly spread sample of its paragraphs
// of this size: ten key terms are the words it uses most out of proportion, and 64K characters
// drawn from its whole length find the same ones, while segmenting all of it would cost more than
// the rest of the pipeline together (ICU's dictionary segmentation of Chinese runs at about 20 MB/s).
// Quotes are still matched against the terms over their whole text.
constexpr qsizetype kSegmentBudget = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// ICU objects. They are costly to create and not safe to share between threads, and batch runs
// extract articles on every core: one per thread, created on first use.

icu::BreakIterator *wordBreaker(const QString &language)
{
    thread_local std::unordered_map<std::string, std::unique_ptr<icu::BreakIterator>> breakers;
    const std::string tag = language.toStdString();
    auto it = breakers.find(tag);
    if (it == breakers.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> breaker(
            icu::BreakIterator::createWordInstance(icu::Locale::forLanguageTag(tag, status), status));
        if (U_FAILURE(status)) {
            qCWarning(lcEngine) << "no ICU word break iterator for" << language << u_errorName(status);
            breaker.reset();
        }
        it = breakers.emplace(tag, std::move(breaker)).first;
    }
    return it->second.get();
}

icu::Transliterator *traditionalToSimplified()
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCWarning(lcEngine) << "no ICU Traditional-Simplified transliterator:" << u_errorName(status);
            t.reset();
        }
        return t;
    }();
    return transliterator.get();
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0x20000 && c <= 0x3FFFF);
}

} // namespace

bool containsHan(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
        if (isHan(pair ? QChar::surrogateToUcs4(c, s.at(++i)) : c.unicode())) {
            return true;
        }
    }
    return false;
}

// Text in Simplified characters; everything that is not Traditional Chinese passes unchanged.
QString toSimplified(QStringView s)
{
    icu::Transliterator *t = traditionalToSimplified();
    if (!t || !containsHan(s)) {
        return s.toString();
    }
    icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}


// ---------------------------------------------------------------------------------------------
// Counting the article's words.


bool isSingleCharacter(QStringView word)
{
    return word.size() == 1 || (word.size() == 2 && word.at(0).isHighSurrogate());
}

// Segments each paragraph once, in place (UText over the document's own buffer: no copy), and
// counts the words by view, so the loop allocates only for a word it has not seen before.
WordCounts countWords(const Document &doc)
{
    WordCounts counts;
    icu::BreakIterator *breaker = wordBreaker(doc.language);
    if (!breaker) {
        return counts;
    }
    const QStringView text(doc.text);
    UText ut = UTEXT_INITIALIZER;
    const auto bump = [](ViewMap<int> &map, QStringView word) {
        const auto it = map.find(toView(word));
        if (it == map.end()) {
            map.emplace(std::u16string(toView(word)), 1);
        } else {
            ++it->second;
        }
    };
    const auto counted = [&text](const Block &block) {
        return block.kind == BlockKind::Paragraph && !block.range.isEmpty() && block.range.end <= text.size();
    };
    qsizetype paragraphText = 0;
    for (const Block &block : doc.blocks) {
        paragraphText += counted(block) ? block.range.length() : 0;
    }
    // Within the budget every paragraph is taken; beyond it, a paragraph is taken whenever the text
    // taken so far falls behind the budget's share of the text seen so far: an even spread, the same
    // on every run.
    const double share = paragraphText > kSegmentBudget ? double(kSegmentBudget) / double(paragraphText) : 1.0;
    qsizetype seen = 0;
    qsizetype taken = 0;
    for (const Block &block : doc.blocks) {
        if (!counted(block)) {
            continue;
        }
        seen += block.range.length();
        if (share < 1.0 && double(taken) >= share * double(seen)) {
            continue;
        }
        taken += block.range.length();
        const QStringView para = text.mid(block.range.start, block.range.length());
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&ut, reinterpret_cast<const UChar *>(para.utf16()), para.size(), &status);
        breaker->setText(&ut, status);
        if (U_FAILURE(status)) {
            continue;
        }
        int32_t prevStart = -1;
        int32_t prevEnd = -1;
        int32_t singlesStart[2] = {-1, -1}; // the last two single characters, when adjacent
        for (int32_t start = breaker->first(), end = breaker->next(); end != icu::BreakIterator::DONE;
             start = end, end = breaker->next()) {
            const int32_t rule = breaker->getRuleStatus();
            // Spaces, punctuation (UBRK_WORD_NONE) and numbers (UBRK_WORD_NUMBER) are never terms.
            if (rule < UBRK_WORD_LETTER) {
                prevEnd = -1;
                singlesStart[0] = singlesStart[1] = -1;
                continue;
            }
            ++counts.total;
            const QStringView word = para.mid(start, end - start);
            bump(counts.words, word);
            const bool han = rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT;
            if (han && prevEnd == start) {
                const QStringView pair = para.mid(prevStart, end - prevStart);
                const auto it = counts.bigrams.find(toView(pair));
                if (it == counts.bigrams.end()) {
                    counts.bigrams.emplace(std::u16string(toView(pair)), Bigram{1, start - prevStart});
                } else {
                    ++it->second.count;
                }
            }
            // Characters ICU could not place in a word come out one by one; three in a row that
            // recur are likely one word it does not know.
            const bool single = han && end - start == 1;
            if (single && singlesStart[0] >= 0 && singlesStart[1] == start - 1 && singlesStart[0] == start - 2) {
                bump(counts.triples, para.mid(start - 2, 3));
            }
            if (single && prevEnd == start && singlesStart[1] == start - 1) {
                singlesStart[0] = singlesStart[1];
            } else {
                singlesStart[0] = -1;
            }
            singlesStart[1] = single ? start : -1;
            prevStart = han ? start : -1;
            prevEnd = han ? end : -1;
        }
    }
    // The iterator is kept for the next article; it must not point into this one.
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    utext_openUChars(&ut, empty, 0, &status);
    breaker->setText(&ut, status);
    utext_close(&ut);
    qCDebug(lcEngine) << "themes: counted" << counts.total << "words," << counts.words.size() << "distinct";
    return counts;
}

} // namespace QuoteReader
