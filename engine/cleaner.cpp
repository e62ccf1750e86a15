#include "cleaner.h"

#include "lexicon.h"
#include "log.h"
#include "textutil.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>

#include <array>
#include <bitset>

namespace QuoteReader {

namespace {

// ---------------------------------------------------------------------------------------------
// Unicode normalisation

QString toNfc(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return text.toString();
    }
    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    // Almost all text arrives normalised; the quick check spares a copy of a large file.
    const int32_t done = nfc->spanQuickCheckYes(source, status);
    if (U_FAILURE(status) || done == source.length()) {
        return text.toString();
    }
    icu::UnicodeString normalised(source, 0, done);
    nfc->normalizeSecondAndAppend(normalised, source.tempSubString(done), status);
    if (U_FAILURE(status)) {
        return text.toString();
    }
    return QString(reinterpret_cast<const QChar *>(normalised.getBuffer()), normalised.length());
}

// ---------------------------------------------------------------------------------------------
// Pinyin glosses: 熱點(diǎn) -> 熱點. A gloss is a parenthesis right after a Han character that
// holds nothing but lower-case pinyin with at least one tone mark; (AI) or (圖形處理器) stay.

bool isToneVowel(char16_t c)
{
    static constexpr std::u16string_view tones = u"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    return tones.find(c) != std::u16string_view::npos;
}

bool isPinyinLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || c == u'ü' || isToneVowel(c);
}

// Length of a pinyin run with at least one tone mark starting at `text` (0 if none).
qsizetype pinyinRunLength(QStringView text, bool allowSpaces)
{
    qsizetype i = 0;
    bool tone = false;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (isPinyinLetter(c)) {
            tone = tone || isToneVowel(c);
        } else if (!(allowSpaces && c == u' ' && i > 0)) {
            break;
        }
        ++i;
    }
    // At most a few syllables: a longer run is text, not a gloss.
    return tone && i <= 24 ? i : 0;
}

// Length of a gloss starting at text[0] == '(' or '（' (0 if it is not a gloss).
qsizetype glossLength(QStringView text)
{
    if (text.isEmpty() || (text[0] != u'(' && text[0] != u'（')) {
        return 0;
    }
    const qsizetype run = pinyinRunLength(text.mid(1), true);
    if (run == 0 || 1 + run >= text.size()) {
        return 0;
    }
    const QChar close = text[1 + run];
    return close == u')' || close == u'）' ? run + 2 : 0;
}

// ---------------------------------------------------------------------------------------------
// Garbled spans: text once decoded with the wrong encoding and saved again. Two shapes:
//  - Chinese decoded through the wrong double-byte table: runs of rare characters, often with
//    '?' where a byte had no mapping (and broken glosses "?chuàng)" where a converter ate "(");
//  - UTF-8 read as Windows-1252 or Latin-1: "â€™", "Ã©". That one is reversible, so it is repaired.

// The characters that make up nearly all ordinary Chinese text, from the frequency table (most
// frequent first): outside them, a character is rare. Text of any topic holds about one rare
// character in a hundred; text decoded through the wrong table holds mostly rare ones.
class CommonHan
{
public:
    CommonHan()
    {
        const WordList table = WordList::fromResource(QStringLiteral("zh/char-freq.txt"));
        const QStringList entries = table.entries();
        // About 3,000 distinct characters once Traditional twins are counted with their Simplified forms.
        constexpr qsizetype commonCount = 4000;
        for (qsizetype i = 0; i < std::min(commonCount, entries.size()); ++i) {
            if (entries.at(i).size() == 1) {
                m_common.set(entries.at(i).at(0).unicode());
            }
        }
        m_loaded = !entries.isEmpty();
    }
    bool isRare(QChar c) const { return m_loaded && !m_common.test(c.unicode()); }

private:
    std::bitset<65536> m_common;
    bool m_loaded = false;
};

bool isMappingFailure(QStringView line, qsizetype i)
{
    const char16_t c = line[i].unicode();
    if (c == 0xFFFD) {
        return true;
    }
    if (c != u'?') {
        return false;
    }
    // A question mark in the middle of Chinese, followed by more letters rather than a space,
    // a quote or the line's end, marks a byte the wrong table could not map.
    if (i + 1 >= line.size() || i == 0) {
        return false;
    }
    const QChar next = line[i + 1];
    const QChar prev = line[i - 1];
    return isHan(prev) && (isHan(next) || isPinyinLetter(next.unicode()));
}

struct Suspect {
    qsizetype start;
    qsizetype end;
    bool rare;    // a rare Han character
    bool failure; // a mapping failure mark
};

void findGarbledHan(QStringView text, const CommonHan &freq, QList<Noise> &out)
{
    QList<Suspect> suspects;
    auto flush = [&]() {
        int rare = 0;
        int failures = 0;
        for (const Suspect &s : std::as_const(suspects)) {
            rare += s.rare;
            failures += s.failure;
        }
        // Three rare characters close together with a failure mark, or five without: names and
        // technical terms bring one or two rare characters, not such a cluster.
        if ((rare >= 3 && failures > 0) || rare >= 5) {
            out.append(Noise{NoiseKind::Garbled, {suspects.first().start, suspects.last().end}, {}});
        }
        suspects.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        Suspect s{i, i + 1, false, false};
        if (isHan(c)) {
            if (!freq.isRare(c)) {
                continue;
            }
            s.rare = true;
        } else if (isMappingFailure(text, i)
                   || (c == u'?' && !suspects.isEmpty() && suspects.last().end == i && suspects.last().rare)) {
            // (A mark right after a rare character of the cluster is damage too, whatever follows.)
            s.failure = true;
            // A broken gloss after the mark belongs to the same damage: "?chuàng)".
            const qsizetype run = pinyinRunLength(text.mid(i + 1), false);
            if (run > 0 && i + 1 + run < text.size() && text[i + 1 + run] == u')') {
                s.end = i + 2 + run;
            }
        } else {
            continue;
        }
        // Up to two ordinary characters may stand between suspects of one cluster.
        if (!suspects.isEmpty() && s.start - suspects.last().end > 2) {
            flush();
        }
        suspects.append(s);
        i = s.end - 1;
    }
    if (!suspects.isEmpty()) {
        flush();
    }
}

// UTF-8 read as Windows-1252: lead bytes 0xC2-0xF4 show as Â..ô followed by characters that stand
// for continuation bytes 0x80-0xBF. Returns the repaired text if `span` is such a sequence.
QString repairUtf8ReadAsWindows1252(QStringView span)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cp1252 = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) {
        return {};
    }
    ucnv_setFromUCallBack(cp1252, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::array<char, 256> bytes{};
    const int32_t n = ucnv_fromUChars(cp1252, bytes.data(), int32_t(bytes.size()),
                                      reinterpret_cast<const UChar *>(span.utf16()), int32_t(span.size()), &status);
    ucnv_close(cp1252);
    if (U_FAILURE(status) || n <= 0) {
        return {};
    }
    const QByteArray raw(bytes.data(), n);
    if (!isStrictUtf8(raw)) {
        return {};
    }
    return QString::fromUtf8(raw);
}

bool isCp1252Continuation(char16_t c)
{
    // The characters Windows-1252 shows for bytes 0x80-0xBF.
    static constexpr std::u16string_view high = u"€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    return (c >= 0xA0 && c <= 0xBF) || high.find(c) != std::u16string_view::npos || c == 0x81 || c == 0x8D || c == 0x8F
           || c == 0x90 || c == 0x9D;
}

} // namespace

CleanedText cleanText(QStringView decoded)
{
    static const CommonHan freq;
    const QString normalised = toNfc(decoded);
    const QStringView in(normalised);

    CleanedText result;
    result.text.reserve(in.size());
    bool hasHan = false;

    qsizetype lineStart = 0;
    while (lineStart <= in.size()) {
        qsizetype lineEnd = in.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = in.size();
        }
        // Indentation (often ideographic spaces) and trailing blanks carry nothing for a reader.
        const QStringView line = in.mid(lineStart, lineEnd - lineStart).trimmed();
        // Most characters are copied as they are: anything but a no-break space, a possible mojibake
        // lead (U+00C2-U+00F4) and a Han character before a bracket (a gloss may follow). Such runs
        // are appended whole rather than a character at a time.
        const auto plain = [&](qsizetype k) {
            const char16_t u = line[k].unicode();
            if (u < 0xA0) {
                return true;
            }
            if (u == 0xA0 || (u >= 0xC2 && u <= 0xF4)) {
                return false;
            }
            if (isHan(u)) {
                hasHan = true;
                return !(k + 1 < line.size() && (line[k + 1] == u'(' || line[k + 1] == u'（'));
            }
            return true;
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            qsizetype run = i;
            while (run < line.size() && plain(run)) {
                ++run;
            }
            if (run > i) {
                result.text.append(line.mid(i, run - i));
                i = run - 1;
                continue;
            }
            const QChar c = line[i];
            if (isHan(c)) {
                hasHan = true;
                const qsizetype gloss = glossLength(line.mid(i + 1));
                result.text.append(c);
                if (gloss > 0) {
                    result.removed.append(RemovedSpan{result.text.size(), line.mid(i + 1, gloss).toString()});
                    i += gloss;
                }
                continue;
            }
            // Mojibake of UTF-8 read as Windows-1252: a lead character, then continuations.
            const char16_t u = c.unicode();
            if (u >= 0xC2 && u <= 0xF4 && i + 1 < line.size() && isCp1252Continuation(line[i + 1].unicode())) {
                qsizetype end = i + 1;
                while (end < line.size() && end - i < 4 && isCp1252Continuation(line[end].unicode())) {
                    ++end;
                }
                const QString repaired = repairUtf8ReadAsWindows1252(line.mid(i, end - i));
                if (!repaired.isEmpty()) {
                    const qsizetype at = result.text.size();
                    result.text.append(repaired);
                    result.garbled.append(
                        Noise{NoiseKind::Garbled, {at, result.text.size()}, line.mid(i, end - i).toString()});
                    i = end - 1;
                    continue;
                }
            }
            result.text.append(c == QChar::Nbsp ? QChar(u' ') : c);
        }
        if (lineEnd < in.size()) {
            result.text.append(u'\n');
        }
        lineStart = lineEnd + 1;
    }

    if (hasHan) {
        findGarbledHan(result.text, freq, result.garbled);
    }
    return result;
}

} // namespace QuoteReader
