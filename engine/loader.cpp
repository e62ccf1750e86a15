// Reading an article file: size and sanity checks, encoding detection, HTML and Markdown to text.
#include "loader.h"

#include "log.h"

#include <QFile>
#include <QFileInfo>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <bitset>
#include <cstring>
#include <memory>
#include <utility>

namespace QuoteReader {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;
// Detection statistics settle long before this; scanning all of a 12 MB file would only cost time.
constexpr qsizetype kSampleBytes = 64 * 1024;

QString formatSize(qint64 bytes)
{
    if (bytes < kMegabyte) {
        return QString::number(bytes) + u" bytes";
    }
    const double mb = double(bytes) / double(kMegabyte);
    QString number = QString::number(mb, 'f', mb >= 100 ? 0 : 1);
    if (number.endsWith(u".0")) {
        number.chop(2);
    }
    return number + u" MB";
}

QString failure(const QString &path, const QString &reason)
{
    return path + u": " + reason;
}

LoadResult refuse(const QString &path, const QString &reason)
{
    LoadResult result;
    result.error = failure(path, reason);
    qCDebug(lcLoader) << result.error;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Byte-level checks

struct Utf8Check {
    bool valid = true;
    qsizetype errorOffset = -1;  // first invalid byte when !valid
    qsizetype truncatedAt = -1;  // start of an incomplete sequence that runs into the end of the data
};

// Strict UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF), with an ASCII fast path.
Utf8Check checkUtf8(const unsigned char *s, qsizetype n)
{
    Utf8Check result;
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most articles, even Chinese ones, have long ASCII runs (markup, digits).
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
        if (i >= n) {
            break;
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            result.valid = false;
            result.errorOffset = i;
            return result;
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n) {
                result.truncatedAt = i;
                return result;
            }
            const unsigned char t = s[i + k];
            const unsigned char min = k == 1 ? lo : 0x80;
            const unsigned char max = k == 1 ? hi : 0xBF;
            if (t < min || t > max) {
                result.valid = false;
                result.errorOffset = i;
                return result;
            }
        }
        i += need + 1;
    }
    return result;
}

bool isControlByte(unsigned char c)
{
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 escapes) occur in real text; the rest do not.
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
}

// The reason the bytes are not text, or "" when they may be.
QString binaryReason(const unsigned char *s, qsizetype n)
{
    if (const void *nul = std::memchr(s, 0, size_t(n))) {
        const qsizetype offset = static_cast<const unsigned char *>(nul) - s;
        return u"this looks like a binary file, not text (NUL bytes at offset "_qs + QString::number(offset) + u").";
    }
    const qsizetype sample = std::min<qsizetype>(n, 1024 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        controls += isControlByte(s[i]) ? 1 : 0;
    }
    // A stray form feed or two is text; several percent of control bytes is not.
    if (controls > 8 && controls * 50 > sample) {
        return u"this looks like a binary file, not text ("_qs + QString::number(controls)
            + u" control characters in the first " + QString::number(sample) + u" bytes).";
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// ICU conversion

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

ConverterPtr openConverter(const char *name)
{
    // An ambiguous alias (a warning) still opens; only a failure means ICU does not know the name.
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name, &status), &ucnv_close);
    if (U_FAILURE(status)) {
        converter.reset();
    }
    return converter;
}

// The name SourceInfo reports: IANA's spelling (ICU's "windows-950-2000" is IANA "Big5").
QString canonicalEncodingName(UConverter *converter)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status) || !internal) {
        return {};
    }
    // ICU's own names for these are lower case or internal ("gb18030", "windows-950-2000").
    static constexpr std::pair<const char *, const char *> fixed[] = {
        {"gb18030", "GB18030"}, {"GB18030", "GB18030"}, {"windows-950-2000", "Big5"}, {"UTF-8", "UTF-8"},
        {"UTF-16LE", "UTF-16LE"}, {"UTF-16BE", "UTF-16BE"}, {"UTF-32LE", "UTF-32LE"}, {"UTF-32BE", "UTF-32BE"},
    };
    for (const auto &[icu, ours] : fixed) {
        if (std::strcmp(icu, internal) == 0) {
            return QString::fromLatin1(ours);
        }
    }
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name) {
            return QString::fromLatin1(name);
        }
    }
    return QString::fromLatin1(internal);
}

struct Decoded {
    bool ok = false;
    QString text;
    qsizetype errorOffset = -1; // byte offset of the first byte that does not decode
    bool truncated = false;     // the data ended inside a character, which was dropped
};

// Decodes with a converter that stops at the first invalid or unmappable byte sequence.
Decoded decodeWith(UConverter *converter, const char *data, qsizetype size, bool allowTruncatedTail)
{
    Decoded result;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        result.errorOffset = 0;
        return result;
    }
    // No encoding ICU reads yields more UTF-16 units than bytes, so one allocation is the usual case.
    result.text.resize(size + 16);
    const char *source = data;
    const char *const sourceEnd = data + size;
    UChar *begin = reinterpret_cast<UChar *>(result.text.data());
    UChar *target = begin;
    for (;;) {
        UChar *const targetLimit = begin + result.text.size();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, targetLimit, &source, sourceEnd, nullptr, true, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR) {
            break;
        }
        const qsizetype written = target - begin;
        result.text.resize(result.text.size() * 2);
        begin = reinterpret_cast<UChar *>(result.text.data());
        target = begin + written;
    }
    result.text.truncate(target - begin);
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode invalidStatus = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &invalidStatus);
        if (U_FAILURE(invalidStatus)) {
            invalidLength = 0;
        }
        result.errorOffset = (source - data) - invalidLength;
        if (status == U_TRUNCATED_CHAR_FOUND && allowTruncatedTail) {
            result.ok = true;
            result.truncated = true;
        }
        if (!result.ok) {
            result.text.clear();
        }
        return result;
    }
    result.ok = true;
    return result;
}

Decoded decodeWith(const char *converterName, const char *data, qsizetype size, bool allowTruncatedTail)
{
    ConverterPtr converter = openConverter(converterName);
    if (!converter) {
        return {};
    }
    return decodeWith(converter.get(), data, size, allowTruncatedTail);
}

// ---------------------------------------------------------------------------------------------
// UTF-16 without a byte order mark

// How plausible a UTF-16 code unit is as article text: ASCII, CJK, kana, Hangul, common punctuation.
bool plausibleUnit(char16_t u)
{
    if (u < 0x80) {
        return u >= 0x20 || u == '\n' || u == '\r' || u == '\t';
    }
    return (u >= 0x00A0 && u <= 0x024F)    // Latin-1 supplement and Latin extended
        || (u >= 0x0370 && u <= 0x04FF)    // Greek, Cyrillic
        || (u >= 0x2000 && u <= 0x206F)    // general punctuation
        || (u >= 0x3000 && u <= 0x30FF)    // CJK punctuation, kana
        || (u >= 0x4E00 && u <= 0x9FFF)    // CJK unified ideographs
        || (u >= 0xAC00 && u <= 0xD7A3)    // Hangul syllables
        || (u >= 0xFF00 && u <= 0xFFEF);   // full-width forms
}

struct Utf16Stats {
    qsizetype plausible = 0;
    qsizetype newlines = 0;
    qsizetype ascii = 0; // units below 0x80 other than NUL: spaces, digits, line breaks
    qsizetype units = 0;
};

Utf16Stats utf16Stats(const unsigned char *s, qsizetype n, bool littleEndian)
{
    Utf16Stats stats;
    const qsizetype limit = std::min<qsizetype>(n, kSampleBytes) & ~qsizetype(1);
    for (qsizetype i = 0; i + 1 < limit; i += 2) {
        const char16_t u = littleEndian ? char16_t(s[i] | (s[i + 1] << 8)) : char16_t((s[i] << 8) | s[i + 1]);
        ++stats.units;
        stats.plausible += plausibleUnit(u) ? 1 : 0;
        stats.newlines += (u == '\n' || u == '\r') ? 1 : 0;
        stats.ascii += (u != 0 && u < 0x80) ? 1 : 0;
    }
    return stats;
}

// ICU's detector only finds BOM-less UTF-16 in mostly-Latin text; Chinese UTF-16 is recognised by
// how its code units are distributed. Returns "UTF-16LE", "UTF-16BE" or nullptr.
const char *detectUtf16(const unsigned char *s, qsizetype n)
{
    if (n < 4) {
        return nullptr;
    }
    const Utf16Stats le = utf16Stats(s, n, true);
    const Utf16Stats be = utf16Stats(s, n, false);
    const auto ratio = [](const Utf16Stats &st) {
        return double(st.plausible) / double(std::max<qsizetype>(1, st.units));
    };
    const double leRatio = ratio(le);
    const double beRatio = ratio(be);
    // With line breaks, the orientation that has newline units is the one (swapped ASCII text reads
    // as CJK, so plausibility alone cannot tell LE from BE there).
    if (le.newlines != be.newlines && std::max(le.newlines, be.newlines) > 0) {
        const bool little = le.newlines > be.newlines;
        // Real UTF-16 text has a fair number of ASCII units (line breaks, digits, spaces); ASCII
        // text with a stray NUL byte read as UTF-16 has almost none.
        const Utf16Stats &chosen = little ? le : be;
        if ((little ? leRatio : beRatio) >= 0.9 && chosen.ascii >= std::max<qsizetype>(3, chosen.units / 1000)) {
            return little ? "UTF-16LE" : "UTF-16BE";
        }
        return nullptr;
    }
    // A single line: accept only a clear winner.
    if (leRatio >= 0.95 && beRatio < 0.75) {
        return "UTF-16LE";
    }
    if (beRatio >= 0.95 && leRatio < 0.75) {
        return "UTF-16BE";
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// GB18030 against Big5

// Characters common in Chinese writing, either script: GB2312 level 1 (the 3,755 most frequent
// Simplified characters) and Big5's frequently used block (5,401 Traditional characters). Built
// from the code tables themselves, so no character list lives in the code.
const std::bitset<0xA000 - 0x4E00> &commonHanzi()
{
    static const std::bitset<0xA000 - 0x4E00> set = [] {
        std::bitset<0xA000 - 0x4E00> bits;
        const auto addAll = [&bits](const char *converterName, int leadFirst, int leadLast, int pairFirst,
                                    int pairLast) {
            QByteArray table;
            table.reserve((leadLast - leadFirst + 1) * 192 * 2);
            for (int lead = leadFirst; lead <= leadLast; ++lead) {
                for (int trail = 0x40; trail <= 0xFE; ++trail) {
                    const int pair = (lead << 8) | trail;
                    if (pair < pairFirst || pair > pairLast || trail == 0x7F || (trail > 0x7E && trail < 0xA1)) {
                        continue;
                    }
                    if (QByteArrayView(converterName) == "GB18030" && trail < 0xA1) {
                        continue; // GB2312 uses only A1..FE trail bytes
                    }
                    table.append(char(lead));
                    table.append(char(trail));
                }
            }
            ConverterPtr converter = openConverter(converterName);
            if (!converter) {
                return;
            }
            UErrorCode status = U_ZERO_ERROR;
            ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_SKIP, nullptr, nullptr, nullptr, &status);
            QString decoded(table.size(), Qt::Uninitialized);
            const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(decoded.data()),
                                                 int32_t(decoded.size()), table.constData(), int32_t(table.size()),
                                                 &status);
            if (U_FAILURE(status)) {
                return;
            }
            for (int32_t i = 0; i < length; ++i) {
                const char16_t u = decoded.at(i).unicode();
                if (u >= 0x4E00 && u < 0xA000) {
                    bits.set(u - 0x4E00);
                }
            }
        };
        addAll("GB18030", 0xB0, 0xD7, 0xB0A1, 0xD7F9);
        addAll("Big5", 0xA4, 0xC6, 0xA440, 0xC67E);
        return bits;
    }();
    return set;
}

// Share of the non-ASCII characters (in a sample) that are common Chinese characters or CJK
// punctuation: high for the right decoding, low for a wrong one, which yields rare characters,
// symbols and private-use code points.
double commonHanziScore(const QString &text)
{
    const auto &common = commonHanzi();
    qsizetype nonAscii = 0;
    qsizetype hits = 0;
    const qsizetype limit = std::min<qsizetype>(text.size(), kSampleBytes);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            continue;
        }
        ++nonAscii;
        if (u >= 0x4E00 && u < 0xA000) {
            hits += common.test(u - 0x4E00) ? 1 : 0;
        } else if ((u >= 0x3000 && u <= 0x3011) || (u >= 0xFF01 && u <= 0xFF1F) || u == 0x2014 || u == 0x2026
                   || (u >= 0x2018 && u <= 0x201D)) {
            ++hits;
        }
    }
    return nonAscii ? double(hits) / double(nonAscii) : 0.0;
}

// ---------------------------------------------------------------------------------------------
// HTML <meta charset>

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool startsWithNoCase(const char *s, const char *end, const char *word)
{
    for (; *word; ++word, ++s) {
        if (s >= end || asciiLower(*s) != *word) {
            return false;
        }
    }
    return true;
}

// The charset a <meta charset=...> or <meta http-equiv content="...; charset=..."> states, if any.
QByteArray metaCharset(const QByteArray &bytes)
{
    const char *s = bytes.constData();
    const char *const end = s + std::min<qsizetype>(bytes.size(), 8192);
    for (const char *p = s; p < end; ++p) {
        if (*p != '<' || !startsWithNoCase(p + 1, end, "meta")) {
            continue;
        }
        const char *tagEnd = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (!tagEnd) {
            return {};
        }
        for (const char *q = p; q + 7 < tagEnd; ++q) {
            if (!startsWithNoCase(q, tagEnd, "charset")) {
                continue;
            }
            q += 7;
            while (q < tagEnd && (*q == ' ' || *q == '\t')) {
                ++q;
            }
            if (q >= tagEnd || *q != '=') {
                continue;
            }
            ++q;
            while (q < tagEnd && (*q == ' ' || *q == '\t' || *q == '"' || *q == '\'')) {
                ++q;
            }
            const char *valueStart = q;
            while (q < tagEnd
                   && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '-'
                       || *q == '_' || *q == '.' || *q == ':')) {
                ++q;
            }
            if (q > valueStart) {
                return QByteArray(valueStart, q - valueStart);
            }
        }
        p = tagEnd;
    }
    return {};
}

// GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing and
// survives the odd character outside the declared set.
const char *preferredConverter(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "gb18030" || lower == "gbk" || lower == "gb2312" || lower == "x-gbk" || lower == "cp936"
        || lower == "euc-cn") {
        return "GB18030";
    }
    if (lower == "big5" || lower == "x-big5" || lower == "cp950") {
        return "Big5";
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Detection

struct Detection {
    QString text;
    QString encoding;
    QString error; // reason, when nothing decodes
    bool truncated = false;
};

Detection acceptDecoded(Decoded decoded, const char *converterName)
{
    Detection detection;
    ConverterPtr converter = openConverter(converterName);
    detection.encoding = converter ? canonicalEncodingName(converter.get()) : QString::fromLatin1(converterName);
    detection.text = std::move(decoded.text);
    detection.truncated = decoded.truncated;
    return detection;
}

Detection detectAndDecode(const QByteArray &bytes, SourceFormat format)
{
    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    const char *data = bytes.constData();

    // 1. A byte order mark settles it. UTF-32LE's mark starts like UTF-16LE's, so it goes first.
    struct Bom {
        const char *marker;
        int length;
        const char *converter;
    };
    static constexpr Bom boms[] = {
        {"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"}, {"\xEF\xBB\xBF", 3, "UTF-8"},
        {"\xFF\xFE", 2, "UTF-16LE"},         {"\xFE\xFF", 2, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (n >= bom.length && std::memcmp(data, bom.marker, size_t(bom.length)) == 0) {
            Decoded decoded = decodeWith(bom.converter, data + bom.length, n - bom.length, true);
            if (!decoded.ok) {
                Detection failed;
                failed.error = u"the file starts with a "_qs + QString::fromLatin1(bom.converter)
                    + u" byte order mark but is not valid " + QString::fromLatin1(bom.converter) + u" at byte offset "
                    + QString::number(decoded.errorOffset + bom.length) + u".";
                return failed;
            }
            return acceptDecoded(std::move(decoded), bom.converter);
        }
    }

    const bool hasNul = std::memchr(data, 0, size_t(n)) != nullptr;

    // 2. Valid UTF-8 (NUL bytes mean UTF-16/32 or binary, even when every byte is ASCII).
    if (!hasNul) {
        const QString binary = binaryReason(u, n);
        if (!binary.isEmpty()) {
            Detection failed;
            failed.error = binary;
            return failed;
        }
        const Utf8Check check = checkUtf8(u, n);
        if (check.valid) {
            Detection detection;
            detection.encoding = u"UTF-8"_qs;
            const qsizetype length = check.truncatedAt >= 0 ? check.truncatedAt : n;
            detection.text = QString::fromUtf8(data, length);
            detection.truncated = check.truncatedAt >= 0;
            return detection;
        }
    }

    // 3. UTF-16 without a byte order mark.
    if (const char *utf16 = detectUtf16(u, n)) {
        Decoded decoded = decodeWith(utf16, data, n, true);
        if (decoded.ok) {
            return acceptDecoded(std::move(decoded), utf16);
        }
    }

    // 4. Not text at all.
    const QString binary = binaryReason(u, n);
    if (!binary.isEmpty()) {
        Detection failed;
        failed.error = binary;
        return failed;
    }

    // 5. What an HTML page says about itself.
    if (format == SourceFormat::Html) {
        const QByteArray declared = metaCharset(bytes);
        if (!declared.isEmpty()) {
            const char *preferred = preferredConverter(declared);
            const char *name = preferred ? preferred : declared.constData();
            Decoded decoded = decodeWith(name, data, n, true);
            if (decoded.ok) {
                return acceptDecoded(std::move(decoded), name);
            }
            qCInfo(lcLoader) << "declared charset" << declared << "does not decode the page; detecting";
        }
    }

    // 6. ICU's statistical detector, with GB18030 and Big5 settled by which decoding reads as Chinese.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    QList<QByteArray> candidates;
    int topConfidence = 0;
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), data, int32_t(std::min<qsizetype>(n, kSampleBytes)), &status);
        ucsdet_enableInputFilter(detector.get(), format == SourceFormat::Html);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode matchStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &matchStatus);
            if (U_FAILURE(matchStatus) || !name) {
                continue;
            }
            if (i == 0) {
                topConfidence = ucsdet_getConfidence(matches[i], &matchStatus);
            }
            const char *preferred = preferredConverter(name);
            QByteArray candidate = preferred ? QByteArray(preferred) : QByteArray(name);
            if (!candidates.contains(candidate)) {
                candidates.append(candidate);
            }
        }
    }

    const bool chineseFirst =
        !candidates.isEmpty() && (candidates.first() == "GB18030" || candidates.first() == "Big5");
    if (chineseFirst || topConfidence < 50) {
        Decoded gb = decodeWith("GB18030", data, n, true);
        Decoded big5 = decodeWith("Big5", data, n, true);
        const double gbScore = gb.ok ? commonHanziScore(gb.text) : -1.0;
        const double big5Score = big5.ok ? commonHanziScore(big5.text) : -1.0;
        qCDebug(lcLoader) << "GB18030 score" << gbScore << "Big5 score" << big5Score << "ICU says" << candidates
                          << topConfidence;
        // A foreign guess (Shift_JIS, EUC-KR, ...) made with low confidence yields to text that
        // reads clearly as Chinese; ICU's own Chinese guess is checked the same way.
        const double needed = chineseFirst ? 0.0 : 0.6;
        if (std::max(gbScore, big5Score) > needed) {
            if (gbScore >= big5Score) {
                return acceptDecoded(std::move(gb), "GB18030");
            }
            return acceptDecoded(std::move(big5), "Big5");
        }
    }

    // Only the first few guesses: every further one is a full decode of a possibly large file.
    for (qsizetype i = 0; i < std::min<qsizetype>(candidates.size(), 6); ++i) {
        Decoded decoded = decodeWith(candidates.at(i).constData(), data, n, true);
        if (decoded.ok) {
            return acceptDecoded(std::move(decoded), candidates.at(i).constData());
        }
    }
    Detection failed;
    failed.error = u"the text encoding could not be recognised (none of the likely encodings decodes it)."_qs;
    return failed;
}

// ---------------------------------------------------------------------------------------------
// Plain text

// '\r\n' and lone '\r' become '\n', in place.
void normaliseLineEnds(QString &text)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    if (firstCr < 0) {
        return;
    }
    QChar *d = text.data();
    const qsizetype n = text.size();
    qsizetype w = firstCr;
    for (qsizetype r = firstCr; r < n; ++r) {
        const QChar c = d[r];
        if (c == u'\r') {
            d[w++] = u'\n';
            if (r + 1 < n && d[r + 1] == u'\n') {
                ++r;
            }
        } else {
            d[w++] = c;
        }
    }
    text.truncate(w);
}

bool onlyWhiteSpace(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF)) {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Shared by the HTML and Markdown converters

struct NamedEntity {
    const char *name;
    char16_t value;
};

// Sorted by name for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0x00C6}, {"Aacute", 0x00C1}, {"Agrave", 0x00C0}, {"Auml", 0x00C4}, {"Ccedil", 0x00C7},
    {"Eacute", 0x00C9}, {"Ntilde", 0x00D1}, {"Ouml", 0x00D6}, {"Prime", 0x2033}, {"Uuml", 0x00DC},
    {"aacute", 0x00E1}, {"acute", 0x00B4}, {"aelig", 0x00E6}, {"agrave", 0x00E0}, {"amp", 0x0026},
    {"apos", 0x0027}, {"auml", 0x00E4}, {"bdquo", 0x201E}, {"bull", 0x2022}, {"ccedil", 0x00E7},
    {"cent", 0x00A2}, {"copy", 0x00A9}, {"darr", 0x2193}, {"deg", 0x00B0}, {"divide", 0x00F7},
    {"eacute", 0x00E9}, {"egrave", 0x00E8}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"euml", 0x00EB},
    {"euro", 0x20AC}, {"frac12", 0x00BD}, {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"gt", 0x003E},
    {"hellip", 0x2026}, {"iacute", 0x00ED}, {"iexcl", 0x00A1}, {"iquest", 0x00BF}, {"laquo", 0x00AB},
    {"larr", 0x2190}, {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x003C},
    {"mdash", 0x2014}, {"micro", 0x00B5}, {"middot", 0x00B7}, {"minus", 0x2212}, {"nbsp", 0x00A0},
    {"ndash", 0x2013}, {"ntilde", 0x00F1}, {"oacute", 0x00F3}, {"ouml", 0x00F6}, {"para", 0x00B6},
    {"plusmn", 0x00B1}, {"pound", 0x00A3}, {"prime", 0x2032}, {"quot", 0x0022}, {"raquo", 0x00BB},
    {"rarr", 0x2192}, {"rdquo", 0x201D}, {"reg", 0x00AE}, {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"sect", 0x00A7}, {"shy", 0x00AD}, {"szlig", 0x00DF}, {"thinsp", 0x2009},
    {"times", 0x00D7}, {"trade", 0x2122}, {"uacute", 0x00FA}, {"uarr", 0x2191}, {"uuml", 0x00FC},
    {"yen", 0x00A5}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

// What browsers make of &#128;..&#159;: the windows-1252 characters those bytes stand for.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the character reference at p[0] == '&'. Returns the number of characters consumed
// (0 when it is not a reference, so the '&' stays as written) and the code point.
qsizetype decodeEntity(const QChar *p, const QChar *end, char32_t &codePoint)
{
    if (end - p < 3) {
        return 0;
    }
    const QChar *q = p + 1;
    if (*q == u'#') {
        ++q;
        bool hex = false;
        if (q < end && (*q == u'x' || *q == u'X')) {
            hex = true;
            ++q;
        }
        char32_t value = 0;
        int digits = 0;
        while (q < end && digits < 8) {
            const char16_t c = q->unicode();
            int digit = -1;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (hex && c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (hex && c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            }
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + char32_t(digit);
            ++digits;
            ++q;
        }
        if (digits == 0) {
            return 0;
        }
        if (q < end && *q == u';') {
            ++q;
        }
        if (value >= 0x80 && value <= 0x9F) {
            value = kWindows1252[value - 0x80];
        } else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            value = 0xFFFD;
        }
        codePoint = value;
        return q - p;
    }
    char name[8];
    int length = 0;
    while (q < end && length < 7 && isAsciiAlnum(q->unicode())) {
        name[length++] = char(q->unicode());
        ++q;
    }
    name[length] = '\0';
    if (length == 0) {
        return 0;
    }
    const auto byName = [](const NamedEntity &e, const char *key) { return std::strcmp(e.name, key) < 0; };
    const auto *found = std::lower_bound(std::begin(kEntities), std::end(kEntities), name, byName);
    if (found == std::end(kEntities) || std::strcmp(found->name, name) != 0) {
        return 0;
    }
    const bool terminated = q < end && *q == u';';
    // Old pages write "&amp" and "&nbsp" without the semicolon; accept only those few that way.
    if (!terminated) {
        static constexpr const char *legacy[] = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"};
        const bool isLegacy = std::any_of(std::begin(legacy), std::end(legacy),
                                          [&name](const char *l) { return std::strcmp(l, name) == 0; });
        if (!isLegacy) {
            return 0;
        }
    }
    codePoint = found->value;
    return (q - p) + (terminated ? 1 : 0);
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar::highSurrogate(cp));
        out.append(QChar::lowSurrogate(cp));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// Scripts written without spaces between words: hard-wrapped lines join without a space there.
bool isWideChar(char16_t c)
{
    if (c < 0x2E80) {
        return false;
    }
    const bool hangul = (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x3130 && c <= 0x318F);
    return !hangul && !(c >= 0xD800 && c <= 0xDFFF);
}

struct Lines {
    QString text;
    QList<LineHint> hints;
    int count = 0;

    void add(QStringView line, std::optional<BlockKind> hint = std::nullopt)
    {
        if (count > 0) {
            text.append(u'\n');
        }
        if (hint) {
            hints.append({count, *hint});
        }
        text.append(line);
        ++count;
    }
};

// ---------------------------------------------------------------------------------------------
// HTML

enum class TagKind {
    Inline,
    Block,
    Heading,
    LineBreak,
    Drop,      // dropped with everything inside: navigation, forms, embedded graphics
    DropRaw,   // raw text to the closing tag: script, style
    Title,
    Pre,
    Article,   // <article>/<main>: a <header> inside belongs to the article
    Header,    // dropped outside an article
};

struct TagInfo {
    TagKind kind = TagKind::Inline;
    int level = 0;
};

TagInfo classifyTag(const char *name)
{
    struct Entry {
        const char *name;
        TagKind kind;
    };
    static constexpr Entry entries[] = {
        {"address", TagKind::Block},    {"article", TagKind::Article},  {"aside", TagKind::Drop},
        {"blockquote", TagKind::Block}, {"body", TagKind::Block},       {"br", TagKind::LineBreak},
        {"button", TagKind::Drop},      {"caption", TagKind::Block},    {"dd", TagKind::Block},
        {"details", TagKind::Block},    {"dialog", TagKind::Drop},      {"div", TagKind::Block},
        {"dl", TagKind::Block},         {"dt", TagKind::Block},         {"fieldset", TagKind::Drop},
        {"figcaption", TagKind::Block}, {"figure", TagKind::Block},     {"footer", TagKind::Drop},
        {"form", TagKind::Drop},        {"head", TagKind::Block},       {"header", TagKind::Header},
        {"hr", TagKind::Block},         {"html", TagKind::Block},       {"iframe", TagKind::Drop},
        {"li", TagKind::Block},         {"main", TagKind::Article},     {"menu", TagKind::Drop},
        {"nav", TagKind::Drop},         {"noscript", TagKind::Drop},    {"object", TagKind::Drop},
        {"ol", TagKind::Block},         {"option", TagKind::Drop},      {"p", TagKind::Block},
        {"pre", TagKind::Pre},          {"script", TagKind::DropRaw},   {"section", TagKind::Block},
        {"select", TagKind::Drop},      {"style", TagKind::DropRaw},    {"summary", TagKind::Block},
        {"svg", TagKind::Drop},         {"table", TagKind::Block},      {"tbody", TagKind::Block},
        {"td", TagKind::Block},         {"template", TagKind::Drop},    {"textarea", TagKind::DropRaw},
        {"tfoot", TagKind::Block},      {"th", TagKind::Block},         {"thead", TagKind::Block},
        {"title", TagKind::Title},      {"tr", TagKind::Block},         {"ul", TagKind::Block},
        {"video", TagKind::Drop},       {"audio", TagKind::Drop},       {"canvas", TagKind::Drop},
        {"math", TagKind::Drop},
    };
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') {
        return {TagKind::Heading, name[1] - '0'};
    }
    for (const Entry &entry : entries) {
        if (std::strcmp(entry.name, name) == 0) {
            return {entry.kind, 0};
        }
    }
    return {};
}

class HtmlConverter
{
public:
    explicit HtmlConverter(QStringView html)
        : m_p(html.data())
        , m_end(html.data() + html.size())
    {
        m_out.reserve(html.size() / 2);
    }

    Lines run();

private:
    struct Heading {
        int line = 0;
        int level = 0;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    void text(QChar c);
    void endLine();
    void parseTag();
    void skipRawText(const char *name);
    void readTitle();
    bool isSpace(char16_t c) const { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0; }

    const QChar *m_p;
    const QChar *m_end;
    QString m_out;
    qsizetype m_lineStart = 0;
    int m_lineCount = 0;
    bool m_lineHasText = false;
    bool m_pendingSpace = false;
    int m_dropDepth = 0;
    int m_preDepth = 0;
    int m_articleDepth = 0;
    int m_headingLevel = 0;
    bool m_headingRecorded = false;
    QList<Heading> m_headings;
    QString m_title;
    bool m_haveTitle = false;
};

void HtmlConverter::text(QChar c)
{
    if (m_dropDepth > 0) {
        return;
    }
    const char16_t u = c.unicode();
    if (isSpace(u)) {
        if (m_preDepth > 0 && u == '\n') {
            endLine();
        } else {
            m_pendingSpace = m_lineHasText;
        }
        return;
    }
    if (u == 0xAD || u == 0x200B) { // soft hyphen and zero-width space only hint at line breaking
        return;
    }
    if (m_pendingSpace) {
        m_out.append(u' ');
        m_pendingSpace = false;
    }
    m_out.append(c);
    m_lineHasText = true;
}

void HtmlConverter::endLine()
{
    if (m_lineHasText) {
        if (m_headingLevel > 0 && !m_headingRecorded) {
            m_headings.append({m_lineCount, m_headingLevel, m_lineStart, m_out.size()});
            m_headingRecorded = true;
        }
        m_out.append(u'\n');
        ++m_lineCount;
    }
    m_lineStart = m_out.size();
    m_lineHasText = false;
    m_pendingSpace = false;
}

// Skips to the end of "</name>" (case-insensitive), or to the end of the input.
void HtmlConverter::skipRawText(const char *name)
{
    const size_t nameLength = std::strlen(name);
    while (m_p < m_end) {
        if (*m_p == u'<' && m_end - m_p > qsizetype(nameLength + 1) && m_p[1] == u'/') {
            bool match = true;
            for (size_t k = 0; k < nameLength && match; ++k) {
                match = asciiLower(char(m_p[2 + k].unicode() < 0x80 ? m_p[2 + k].unicode() : 0)) == name[k];
            }
            if (match) {
                const QChar *close = m_p + 2 + nameLength;
                while (close < m_end && *close != u'>') {
                    ++close;
                }
                m_p = close < m_end ? close + 1 : m_end;
                return;
            }
        }
        ++m_p;
    }
}

void HtmlConverter::readTitle()
{
    QString title;
    bool pendingSpace = false;
    while (m_p < m_end) {
        if (*m_p == u'<' && m_end - m_p >= 7 && m_p[1] == u'/') {
            bool match = true;
            for (int k = 0; k < 5 && match; ++k) {
                const char16_t c = m_p[2 + k].unicode();
                match = c < 0x80 && asciiLower(char(c)) == "title"[k];
            }
            if (match) {
                break;
            }
        }
        char32_t cp = m_p->unicode();
        qsizetype consumed = 1;
        if (*m_p == u'&') {
            consumed = decodeEntity(m_p, m_end, cp);
            if (consumed == 0) {
                consumed = 1;
                cp = u'&';
            }
        }
        m_p += consumed;
        if (cp < 0x10000 && isSpace(char16_t(cp))) {
            pendingSpace = !title.isEmpty();
            continue;
        }
        if (pendingSpace) {
            title.append(u' ');
            pendingSpace = false;
        }
        appendCodePoint(title, cp);
    }
    skipRawText("title");
    if (!m_haveTitle && !title.isEmpty()) {
        m_title = title;
        m_haveTitle = true;
    }
}

void HtmlConverter::parseTag()
{
    // m_p is at '<'.
    const QChar *q = m_p + 1;
    if (q >= m_end) {
        text(u'<');
        ++m_p;
        return;
    }
    if (*q == u'!') {
        // Comments run to "-->", other declarations (DOCTYPE, CDATA) to '>'; unterminated ones to the end.
        if (m_end - q >= 3 && q[1] == u'-' && q[2] == u'-') {
            const QChar *r = q + 3;
            while (r + 2 < m_end && !(r[0] == u'-' && r[1] == u'-' && r[2] == u'>')) {
                ++r;
            }
            m_p = r + 2 < m_end ? r + 3 : m_end;
            return;
        }
        while (q < m_end && *q != u'>') {
            ++q;
        }
        m_p = q < m_end ? q + 1 : m_end;
        return;
    }
    if (*q == u'?') {
        while (q < m_end && *q != u'>') {
            ++q;
        }
        m_p = q < m_end ? q + 1 : m_end;
        return;
    }
    bool closing = false;
    if (*q == u'/') {
        closing = true;
        ++q;
    }
    const auto isLetter = [](char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (q >= m_end || !isLetter(q->unicode())) {
        // "a < b", "<3": text, not markup.
        text(u'<');
        ++m_p;
        return;
    }
    char name[12];
    int length = 0;
    bool tooLong = false;
    while (q < m_end && (isAsciiAlnum(q->unicode()) || *q == u'-' || *q == u':')) {
        if (length < int(sizeof name) - 1) {
            name[length++] = asciiLower(char(q->unicode()));
        } else {
            tooLong = true;
        }
        ++q;
    }
    name[length] = '\0';
    // Attributes: to the '>' that is not inside a quoted value.
    char16_t quote = 0;
    bool selfClosing = false;
    while (q < m_end) {
        const char16_t c = q->unicode();
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            selfClosing = q > m_p && q[-1] == u'/';
            break;
        }
        ++q;
    }
    m_p = q < m_end ? q + 1 : m_end;
    const TagInfo info = tooLong ? TagInfo{} : classifyTag(name);

    switch (info.kind) {
    case TagKind::DropRaw:
        if (!closing && !selfClosing) {
            skipRawText(name);
        }
        return;
    case TagKind::Drop:
    case TagKind::Header:
        if (info.kind == TagKind::Header && m_articleDepth > 0) {
            endLine();
            return;
        }
        if (closing) {
            m_dropDepth = std::max(0, m_dropDepth - 1);
        } else if (!selfClosing) {
            if (m_dropDepth == 0) {
                endLine();
            }
            ++m_dropDepth;
        }
        return;
    default:
        break;
    }
    if (m_dropDepth > 0) {
        return;
    }
    switch (info.kind) {
    case TagKind::Inline:
        return;
    case TagKind::LineBreak:
        endLine();
        return;
    case TagKind::Title:
        if (!closing && !selfClosing) {
            readTitle();
        }
        return;
    case TagKind::Heading:
        endLine();
        if (closing) {
            m_headingLevel = 0;
        } else {
            m_headingLevel = info.level;
            m_headingRecorded = false;
        }
        return;
    case TagKind::Pre:
        endLine();
        m_preDepth = closing ? std::max(0, m_preDepth - 1) : m_preDepth + 1;
        return;
    case TagKind::Article:
        endLine();
        m_articleDepth = closing ? std::max(0, m_articleDepth - 1) : m_articleDepth + 1;
        return;
    case TagKind::Block:
        endLine();
        // A paragraph opening inside an unclosed heading ends the heading.
        if (!closing && name[0] == 'p' && name[1] == '\0') {
            m_headingLevel = 0;
        }
        return;
    default:
        return;
    }
}

Lines HtmlConverter::run()
{
    while (m_p < m_end) {
        const QChar c = *m_p;
        if (c == u'<') {
            parseTag();
        } else if (c == u'&') {
            char32_t cp = 0;
            const qsizetype consumed = decodeEntity(m_p, m_end, cp);
            if (consumed == 0) {
                text(c);
                ++m_p;
            } else {
                m_p += consumed;
                if (cp > 0xFFFF) {
                    text(QChar::highSurrogate(cp));
                    text(QChar::lowSurrogate(cp));
                } else {
                    text(QChar(char16_t(cp)));
                }
            }
        } else if (m_dropDepth > 0) {
            // Dropped content: only a tag can end it.
            while (m_p < m_end && *m_p != u'<') {
                ++m_p;
            }
        } else if (isSpace(c.unicode()) || c.unicode() == 0xAD || c.unicode() == 0x200B) {
            text(c);
            ++m_p;
        } else {
            // A run of ordinary characters is copied in one go.
            const QChar *q = m_p + 1;
            while (q < m_end) {
                const char16_t u = q->unicode();
                if (u == '<' || u == '&' || isSpace(u) || u == 0xAD || u == 0x200B) {
                    break;
                }
                ++q;
            }
            if (m_pendingSpace) {
                m_out.append(u' ');
                m_pendingSpace = false;
            }
            m_out.append(m_p, q - m_p);
            m_lineHasText = true;
            m_p = q;
        }
    }
    endLine();
    if (m_out.endsWith(u'\n')) {
        m_out.chop(1);
    }

    Lines lines;
    const auto headingText = [this](const Heading &h) { return QStringView(m_out).mid(h.start, h.end - h.start); };
    const auto firstH1 =
        std::find_if(m_headings.cbegin(), m_headings.cend(), [](const Heading &h) { return h.level == 1; });
    // The first <h1> is the headline when there is no <title> or the <title> holds it (often with
    // the site's name added); otherwise the <title> goes first as the headline.
    bool titleFromH1 = firstH1 != m_headings.cend();
    if (titleFromH1 && m_haveTitle) {
        const QStringView h1 = headingText(*firstH1);
        titleFromH1 = m_title.contains(h1) || h1.contains(m_title);
    }
    const bool emitTitle = m_haveTitle && !titleFromH1;
    int shift = 0;
    if (emitTitle) {
        lines.text = m_title;
        lines.hints.append({0, BlockKind::Title});
        shift = 1;
        if (!m_out.isEmpty()) {
            lines.text.append(u'\n');
        }
    }
    lines.text.append(m_out);
    for (auto it = m_headings.cbegin(); it != m_headings.cend(); ++it) {
        const bool isTitle = titleFromH1 && it == firstH1;
        lines.hints.append({it->line + shift, isTitle ? BlockKind::Title : BlockKind::Heading});
    }
    lines.count = m_lineCount + shift;
    return lines;
}

// ---------------------------------------------------------------------------------------------
// Markdown

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

QStringView trimAscii(QStringView s)
{
    while (!s.isEmpty() && (s.front() == u' ' || s.front() == u'\t')) {
        s = s.mid(1);
    }
    while (!s.isEmpty() && (s.back() == u' ' || s.back() == u'\t')) {
        s.chop(1);
    }
    return s;
}

qsizetype leadingSpaces(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == u' ') {
        ++i;
    }
    return i;
}

// Emphasis, code, links and images to plain text. Link searches look a bounded distance ahead,
// so a paragraph full of unmatched brackets stays linear.
void appendInline(QString &out, QStringView s, int depth = 0)
{
    constexpr qsizetype kLookahead = 2048;
    const qsizetype n = s.size();
    const auto findClose = [&s, n](qsizetype from, QChar open, QChar close) -> qsizetype {
        int nesting = 0;
        const qsizetype limit = std::min(n, from + kLookahead);
        for (qsizetype k = from; k < limit; ++k) {
            if (s[k] == u'\\') {
                ++k;
            } else if (s[k] == open) {
                ++nesting;
            } else if (s[k] == close) {
                if (nesting == 0) {
                    return k;
                }
                --nesting;
            }
        }
        return -1;
    };
    // After "[text]": "(url)", "[ref]" or nothing. Returns the index after the target, or -1.
    const auto linkTarget = [&](qsizetype afterBracket) -> qsizetype {
        if (afterBracket < n && s[afterBracket] == u'(') {
            const qsizetype close = findClose(afterBracket + 1, u'(', u')');
            return close < 0 ? -1 : close + 1;
        }
        if (afterBracket < n && s[afterBracket] == u'[') {
            const qsizetype close = findClose(afterBracket + 1, u'[', u']');
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (u == '\\' && i + 1 < n && s[i + 1].unicode() < 0x80 && s[i + 1].isPunct()) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (u == '`') {
            qsizetype run = 0;
            while (i + run < n && s[i + run] == u'`') {
                ++run;
            }
            // The matching run of the same length closes the code span; its content is literal.
            const qsizetype limit = std::min(n, i + run + kLookahead);
            qsizetype k = i + run;
            qsizetype closeAt = -1;
            while (k < limit) {
                if (s[k] == u'`') {
                    qsizetype r = 0;
                    while (k + r < n && s[k + r] == u'`') {
                        ++r;
                    }
                    if (r == run) {
                        closeAt = k;
                        break;
                    }
                    k += r;
                } else {
                    ++k;
                }
            }
            if (closeAt >= 0) {
                QStringView code = s.mid(i + run, closeAt - i - run);
                if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ') {
                    code = code.mid(1, code.size() - 2);
                }
                out.append(code);
                i = closeAt + run;
            } else {
                i += run; // a stray backtick is a marker, not text
            }
            continue;
        }
        if (u == '!' && i + 1 < n && s[i + 1] == u'[') {
            const qsizetype close = findClose(i + 2, u'[', u']');
            const qsizetype after = close < 0 ? -1 : linkTarget(close + 1);
            if (after >= 0) {
                i = after; // images are dropped, alt text and all
                continue;
            }
        }
        if (u == '[' && depth < 2) {
            const qsizetype close = findClose(i + 1, u'[', u']');
            const qsizetype after = close < 0 ? -1 : linkTarget(close + 1);
            if (after >= 0) {
                appendInline(out, s.mid(i + 1, close - i - 1), depth + 1);
                i = after;
                continue;
            }
        }
        if (u == '<' && i + 1 < n && (s[i + 1].isLetter() || s[i + 1] == u'/')) {
            // Autolinks keep their address; inline HTML tags go.
            const qsizetype limit = std::min(n, i + 256);
            qsizetype k = i + 1;
            while (k < limit && s[k] != u'>' && s[k] != u'<' && s[k] != u' ') {
                ++k;
            }
            if (k < limit && s[k] == u'>') {
                const QStringView inner = s.mid(i + 1, k - i - 1);
                if (inner.contains(u"://") || inner.startsWith(u"mailto:") || inner.contains(u'@')) {
                    out.append(inner);
                }
                i = k + 1;
                continue;
            }
            qsizetype end = i + 1;
            while (end < limit && s[end] != u'>' && s[end] != u'<') {
                ++end;
            }
            if (end < limit && s[end] == u'>' && s[i + 1].isLetter()) {
                i = end + 1;
                continue;
            }
        }
        if (u == '&') {
            char32_t cp = 0;
            const qsizetype consumed = decodeEntity(s.data() + i, s.data() + n, cp);
            if (consumed > 0) {
                appendCodePoint(out, cp);
                i += consumed;
                continue;
            }
        }
        if (u == '*' || u == '_' || u == '~') {
            qsizetype run = 0;
            while (i + run < n && s[i + run] == c) {
                ++run;
            }
            const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar after = i + run < n ? s[i + run] : QChar(u' ');
            const bool spaceBefore = before.isSpace();
            const bool spaceAfter = after.isSpace();
            // "2 * 3" and snake_case are text; "~" alone is text ("~~" is strike-through).
            const bool literal = (spaceBefore && spaceAfter)
                || (u == '_' && before.isLetterOrNumber() && after.isLetterOrNumber())
                || (u == '~' && run < 2);
            if (literal) {
                out.append(s.mid(i, run));
            }
            i += run;
            continue;
        }
        out.append(c);
        ++i;
    }
}

class MarkdownConverter
{
public:
    explicit MarkdownConverter(QStringView text)
        : m_text(text)
    {
        m_lines.text.reserve(text.size());
    }

    Lines run();

private:
    void flushParagraph();
    void emitHeading(QStringView raw, int level);
    void appendToParagraph(QStringView line);

    QStringView m_text;
    Lines m_lines;
    QString m_paragraph;
    QString m_scratch;
    bool m_paragraphIsItem = false;
    bool m_haveTitle = false;
};

void MarkdownConverter::flushParagraph()
{
    if (m_paragraph.isEmpty()) {
        return;
    }
    m_scratch.clear();
    appendInline(m_scratch, m_paragraph);
    const QStringView line = trimAscii(m_scratch);
    if (!line.isEmpty()) {
        m_lines.add(line);
    }
    m_paragraph.clear();
    m_paragraphIsItem = false;
}

void MarkdownConverter::emitHeading(QStringView raw, int level)
{
    m_scratch.clear();
    appendInline(m_scratch, raw);
    const QStringView line = trimAscii(m_scratch);
    if (line.isEmpty()) {
        return;
    }
    // A level-one heading that opens the document is its headline.
    const bool title = level == 1 && m_lines.count == 0 && !m_haveTitle;
    m_haveTitle = m_haveTitle || title;
    m_lines.add(line, title ? BlockKind::Title : BlockKind::Heading);
}

void MarkdownConverter::appendToParagraph(QStringView line)
{
    // A hard break ("\" or two spaces at the end) ends a line, not the paragraph.
    line = trimAscii(line);
    if (line.endsWith(u'\\')) {
        line.chop(1);
        line = trimAscii(line);
    }
    if (line.isEmpty()) {
        return;
    }
    if (!m_paragraph.isEmpty()) {
        // Chinese and Japanese lines wrapped by hand join without a space.
        if (!isWideChar(m_paragraph.back().unicode()) && !isWideChar(line.front().unicode())) {
            m_paragraph.append(u' ');
        }
    }
    m_paragraph.append(line);
}

Lines MarkdownConverter::run()
{
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inComment = false;
    qsizetype pos = 0;
    const qsizetype n = m_text.size();
    // YAML front matter is metadata, not article text; it counts only when it is closed near the top,
    // otherwise the opening "---" is an ordinary thematic break.
    if (m_text.startsWith(u"---")) {
        qsizetype scan = 0;
        for (int k = 0; k < 200 && scan <= n; ++k) {
            qsizetype eol = m_text.indexOf(u'\n', scan);
            if (eol < 0) {
                eol = n;
            }
            const QStringView t = trimAscii(m_text.mid(scan, eol - scan));
            if (k == 0 && t != u"---") {
                break;
            }
            if (k > 0 && (t == u"---" || t == u"...")) {
                pos = eol + 1;
                break;
            }
            scan = eol + 1;
        }
    }

    while (pos <= n) {
        qsizetype eol = m_text.indexOf(u'\n', pos);
        if (eol < 0) {
            eol = n;
        }
        QStringView line = m_text.mid(pos, eol - pos);
        pos = eol + 1;

        if (inFence) {
            const QStringView t = trimAscii(line);
            qsizetype run = 0;
            while (run < t.size() && t[run] == fenceChar) {
                ++run;
            }
            if (run >= fenceLength && run == t.size()) {
                inFence = false;
            } else if (!isBlank(line)) {
                // Code is kept as it stands, one line per line.
                QStringView code = line;
                while (!code.isEmpty() && code.back().isSpace()) {
                    code.chop(1);
                }
                m_lines.add(code);
            }
            continue;
        }
        if (inComment) {
            if (line.contains(u"-->")) {
                inComment = false;
            }
            continue;
        }

        // Block quote markers go; what they quote is read like any other text.
        for (;;) {
            const qsizetype indent = leadingSpaces(line);
            if (indent < 4 && indent < line.size() && line[indent] == u'>') {
                line = line.mid(indent + 1);
                if (!line.isEmpty() && line.front() == u' ') {
                    line = line.mid(1);
                }
                continue;
            }
            break;
        }

        if (isBlank(line)) {
            flushParagraph();
            continue;
        }
        const qsizetype indent = leadingSpaces(line);
        const QStringView body = line.mid(indent);

        if (indent < 4 && body.startsWith(u"<!--")) {
            flushParagraph();
            inComment = !body.contains(u"-->");
            continue;
        }
        if (indent < 4 && (body.startsWith(u"```") || body.startsWith(u"~~~"))) {
            flushParagraph();
            inFence = true;
            fenceChar = body.front();
            fenceLength = 0;
            while (fenceLength < body.size() && body[fenceLength] == fenceChar) {
                ++fenceLength;
            }
            continue;
        }
        // ATX heading: 1-6 '#' then a space or the end of the line.
        if (indent < 4 && body.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < body.size() && body[level] == u'#') {
                ++level;
            }
            if (level <= 6 && (level == body.size() || body[level] == u' ' || body[level] == u'\t')) {
                flushParagraph();
                QStringView heading = trimAscii(body.mid(level));
                // A closing run of '#' preceded by a space is not part of the heading.
                qsizetype end = heading.size();
                while (end > 0 && heading[end - 1] == u'#') {
                    --end;
                }
                if (end == 0 || heading[end - 1] == u' ') {
                    heading = trimAscii(heading.first(end));
                }
                emitHeading(heading, int(level));
                continue;
            }
        }
        const QStringView trimmed = trimAscii(body);
        const auto allOf = [&trimmed](QChar ch, bool allowSpaces) {
            qsizetype count = 0;
            for (const QChar c : trimmed) {
                if (c == ch) {
                    ++count;
                } else if (!(allowSpaces && c == u' ')) {
                    return qsizetype(0);
                }
            }
            return count;
        };
        // Setext heading: '=' or '-' underline below paragraph text.
        if (indent < 4 && !m_paragraph.isEmpty() && !m_paragraphIsItem
            && (allOf(u'=', false) > 0 || allOf(u'-', false) > 0)) {
            const int level = trimmed.front() == u'=' ? 1 : 2;
            const QString heading = std::exchange(m_paragraph, QString());
            emitHeading(heading, level);
            continue;
        }
        // Thematic break.
        if (indent < 4 && (allOf(u'-', true) >= 3 || allOf(u'*', true) >= 3 || allOf(u'_', true) >= 3)) {
            flushParagraph();
            continue;
        }
        // Link reference definition: "[id]: url".
        if (indent < 4 && body.startsWith(u'[')) {
            const qsizetype close = body.indexOf(u"]:");
            if (close > 1 && !body.first(close).contains(u']')) {
                flushParagraph();
                continue;
            }
        }
        // List item: "-", "*", "+" or "1." / "1)" then a space; each item is a line of its own.
        qsizetype marker = 0;
        if (body.size() >= 2 && (body[0] == u'-' || body[0] == u'*' || body[0] == u'+') && body[1] == u' ') {
            marker = 2;
        } else {
            qsizetype digits = 0;
            while (digits < body.size() && digits < 9 && body[digits].unicode() >= '0'
                   && body[digits].unicode() <= '9') {
                ++digits;
            }
            if (digits > 0 && digits + 1 < body.size() && (body[digits] == u'.' || body[digits] == u')')
                && body[digits + 1] == u' ') {
                marker = digits + 2;
            }
        }
        if (marker > 0) {
            flushParagraph();
            appendToParagraph(body.mid(marker));
            m_paragraphIsItem = true;
            continue;
        }
        appendToParagraph(body);
    }
    flushParagraph();
    return std::move(m_lines);
}

// ---------------------------------------------------------------------------------------------

// The 1-based number and length of the first line longer than `limit`, or {0, 0}.
std::pair<qsizetype, qsizetype> firstLongLine(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return {0, 0};
    }
    qsizetype line = 1;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype eol = text.indexOf(u'\n', start);
        if (eol < 0) {
            eol = n;
        }
        if (eol - start > limit) {
            return {line, eol - start};
        }
        start = eol + 1;
        ++line;
    }
    return {0, 0};
}

} // namespace

SourceFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm") {
        return SourceFormat::Html;
    }
    if (suffix == u"md" || suffix == u"markdown") {
        return SourceFormat::Markdown;
    }
    return SourceFormat::PlainText;
}

LoadResult loadArticle(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(path, u"the file does not exist."_qs);
    }
    if (info.isDir()) {
        return refuse(path, u"this is a folder, not a file."_qs);
    }
    if (!info.isFile()) {
        // Devices and pipes can be endless; an article is a regular file.
        return refuse(path, u"this is not a regular file."_qs);
    }
    if (info.size() > options.maxBytes) {
        return refuse(path, u"the file is "_qs + formatSize(info.size()) + u", larger than the limit of "
                                + formatSize(options.maxBytes) + u".");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable()) {
            return refuse(path, u"the file cannot be read (permission denied)."_qs);
        }
        return refuse(path, u"the file cannot be read ("_qs + file.errorString() + u").");
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return refuse(path, u"the file cannot be read ("_qs + file.errorString() + u").");
    }
    return decodeArticle(bytes, path, options);
}

LoadResult decodeArticle(const QByteArray &bytes, const QString &path, const LoadOptions &options)
{
    if (bytes.size() > options.maxBytes) {
        return refuse(path, u"the file is "_qs + formatSize(bytes.size()) + u", larger than the limit of "
                                + formatSize(options.maxBytes) + u".");
    }
    if (bytes.isEmpty()) {
        return refuse(path, u"the file is empty."_qs);
    }
    const SourceFormat format = formatForPath(path);

    LoadedText loaded;
    loaded.source.path = path;
    loaded.source.bytes = bytes.size();
    loaded.source.format = format;

    QString text;
    if (!options.encoding.isEmpty()) {
        const QString encodingName = QString::fromLatin1(options.encoding);
        ConverterPtr converter = openConverter(options.encoding.constData());
        if (!converter) {
            return refuse(path, u"\u201C"_qs + encodingName + u"\u201D is not an encoding this program knows.");
        }
        loaded.source.encoding = canonicalEncodingName(converter.get());
        loaded.source.encodingDetected = false;
        Decoded decoded = decodeWith(converter.get(), bytes.constData(), bytes.size(), false);
        if (!decoded.ok) {
            return refuse(path, u"the bytes are not valid "_qs + encodingName + u" at byte offset "
                                    + QString::number(decoded.errorOffset)
                                    + u" (the encoding was given, not detected).");
        }
        text = std::move(decoded.text);
    } else {
        Detection detection = detectAndDecode(bytes, format);
        if (!detection.error.isEmpty()) {
            return refuse(path, detection.error);
        }
        if (detection.truncated) {
            qCWarning(lcLoader).noquote()
                << path + u": the file ends inside a character; the partial character was dropped.";
        }
        loaded.source.encoding = detection.encoding;
        text = std::move(detection.text);
    }

    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    normaliseLineEnds(text);
    if (onlyWhiteSpace(text)) {
        return refuse(path, u"the file is empty (it holds only white space)."_qs);
    }

    switch (format) {
    case SourceFormat::Html: {
        Lines lines = HtmlConverter(text).run();
        if (lines.text.isEmpty()) {
            return refuse(path, u"the page holds no article text (no headings or paragraphs)."_qs);
        }
        loaded.text = std::move(lines.text);
        loaded.hints = std::move(lines.hints);
        break;
    }
    case SourceFormat::Markdown: {
        Lines lines = MarkdownConverter(text).run();
        if (lines.text.isEmpty()) {
            return refuse(path, u"the file holds no article text, only Markdown markup."_qs);
        }
        loaded.text = std::move(lines.text);
        loaded.hints = std::move(lines.hints);
        break;
    }
    case SourceFormat::PlainText:
        loaded.text = std::move(text);
        break;
    }

    const auto [longLine, longLength] = firstLongLine(loaded.text, options.maxLineLength);
    if (longLine > 0) {
        return refuse(path, u"line "_qs + QString::number(longLine) + u" is " + QString::number(longLength)
                                + u" characters long, over the limit of " + QString::number(options.maxLineLength)
                                + u" characters per line, so this is not article text.");
    }
    return {std::move(loaded), {}};
}

} // namespace QuoteReader
