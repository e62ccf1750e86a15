#include "encoding.h"

#include "log.h"
#include "textutil.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <bitset>
#include <cstring>
#include <memory>
#include <utility>

namespace QuoteReader {

namespace {

// Detection statistics settle long before this; scanning all of a 12 MB file would only cost time.
constexpr qsizetype kSampleBytes = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Byte-level checks

struct Utf8Check {
    bool valid = true;
    qsizetype errorOffset = -1; // first invalid byte when !valid
    qsizetype truncatedAt = -1; // start of an incomplete sequence that runs into the end of the data
};

// The length of the valid UTF-8 sequence opening with the non-ASCII byte s[0], of the n bytes
// available: 2 to 4; 0 when it is not valid UTF-8 (no overlongs, no surrogates, nothing past
// U+10FFFF); -1 when the data ends inside it.
int utf8SequenceLength(const unsigned char *s, qsizetype n)
{
    const unsigned char c = s[0];
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
        return 0;
    }
    for (int k = 1; k <= need; ++k) {
        if (k >= n) {
            return -1;
        }
        const unsigned char t = s[k];
        const unsigned char min = k == 1 ? lo : 0x80;
        const unsigned char max = k == 1 ? hi : 0xBF;
        if (t < min || t > max) {
            return 0;
        }
    }
    return need + 1;
}

// Strict UTF-8, with an ASCII fast path.
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
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(s + i, n - i);
        if (length < 0) {
            result.truncatedAt = i;
            return result;
        }
        if (length == 0) {
            result.valid = false;
            result.errorOffset = i;
            return result;
        }
        i += length;
    }
    return result;
}

// How much of a file that is not valid UTF-8 reads as UTF-8 all the same.
struct Utf8Census {
    qsizetype sequences = 0; // valid multi-byte sequences
    qsizetype invalid = 0;   // bytes that open no valid sequence
    qsizetype sequencesBeforeError = 0;
    qsizetype firstError = -1;

    // A UTF-8 file with a few damaged bytes (a bad copy, one Latin-1 character pasted in): reading it
    // in another encoding would garble every other character to save a handful. GB18030 or Big5 read as
    // UTF-8 has several invalid bytes for every valid sequence, Windows-1252 more still.
    bool mostlyUtf8() const { return sequences >= 4 && invalid * 10 <= sequences; }
    // The file began as UTF-8, so another encoding is a guess the reader should hear about.
    bool startedAsUtf8() const { return sequencesBeforeError >= 3; }
};

Utf8Census utf8Census(const unsigned char *s, qsizetype n)
{
    Utf8Census census;
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(s + i, n - i);
        if (length > 0) {
            ++census.sequences;
            i += length;
            continue;
        }
        if (census.firstError < 0) {
            census.firstError = i;
            census.sequencesBeforeError = census.sequences;
        }
        ++census.invalid;
        ++i;
    }
    return census;
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
        return QCoreApplication::translate("QuoteReader::Loader",
                                           "this looks like a binary file, not text (NUL bytes at "
                                           "offset %1).")
            .arg(offset);
    }
    const qsizetype sample = std::min<qsizetype>(n, 1024 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        controls += isControlByte(s[i]) ? 1 : 0;
    }
    // A stray form feed or two is text; several percent of control bytes is not.
    if (controls > 8 && controls * 50 > sample) {
        return QCoreApplication::translate("QuoteReader::Loader", "this looks like a binary file, not text (%1 control "
                                                                  "characters in the first %2 bytes).")
            .arg(controls)
            .arg(sample);
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
        {"gb18030", "GB18030"},   {"GB18030", "GB18030"},   {"windows-950-2000", "Big5"}, {"UTF-8", "UTF-8"},
        {"UTF-16LE", "UTF-16LE"}, {"UTF-16BE", "UTF-16BE"}, {"UTF-32LE", "UTF-32LE"},     {"UTF-32BE", "UTF-32BE"},
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
    return (u >= 0x00A0 && u <= 0x024F)     // Latin-1 supplement and Latin extended
           || (u >= 0x0370 && u <= 0x04FF)  // Greek, Cyrillic
           || (u >= 0x2000 && u <= 0x206F)  // general punctuation
           || (u >= 0x3000 && u <= 0x30FF)  // CJK punctuation, kana
           || (u >= 0x4E00 && u <= 0x9FFF)  // CJK unified ideographs
           || (u >= 0xAC00 && u <= 0xD7A3)  // Hangul syllables
           || (u >= 0xFF00 && u <= 0xFFEF); // full-width forms
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


Detection acceptDecoded(Decoded decoded, const char *converterName)
{
    Detection detection;
    ConverterPtr converter = openConverter(converterName);
    detection.encoding = converter ? canonicalEncodingName(converter.get()) : QString::fromLatin1(converterName);
    detection.text = std::move(decoded.text);
    detection.truncated = decoded.truncated;
    return detection;
}

Detection detectEncoding(const QByteArray &bytes, SourceFormat format, Utf8Census &census)
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
                failed.error = QCoreApplication::translate("QuoteReader::Loader",
                                                           "the file starts with a %1 byte order mark but is not "
                                                           "valid %1 at byte offset %2.")
                                   .arg(QString::fromLatin1(bom.converter))
                                   .arg(decoded.errorOffset + bom.length);
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
        census = utf8Census(u, n);
        if (census.mostlyUtf8()) {
            Detection detection;
            detection.encoding = u"UTF-8"_qs;
            detection.text = QString::fromUtf8(data, n); // each invalid byte becomes U+FFFD
            detection.warning = census.invalid == 1
                                    ? QCoreApplication::translate("QuoteReader::Loader",
                                                                  "1 byte is not valid UTF-8 (at byte offset %1); the "
                                                                  "rest of the file is, so it was read as UTF-8 with "
                                                                  "\uFFFD in its place.")
                                          .arg(census.firstError)
                                    : QCoreApplication::translate("QuoteReader::Loader",
                                                                  "%1 bytes are not valid UTF-8 (the first at byte "
                                                                  "offset %2); the rest of the file is, so it was read "
                                                                  "as UTF-8 with \uFFFD in their place.")
                                          .arg(census.invalid)
                                          .arg(census.firstError);
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

    const bool chineseFirst = !candidates.isEmpty()
                              && (candidates.first() == "GB18030" || candidates.first() == "Big5");
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
    failed.error = QCoreApplication::translate("QuoteReader::Loader", "the text encoding could not be recognised (none "
                                                                      "of the likely encodings decodes it).");
    return failed;
}

} // namespace

Detection detectAndDecode(const QByteArray &bytes, SourceFormat format)
{
    Utf8Census census;
    Detection detection = detectEncoding(bytes, format, census);
    if (detection.error.isEmpty() && detection.warning.isEmpty() && census.startedAsUtf8()
        && detection.encoding != u"UTF-8") {
        detection.warning = QCoreApplication::translate("QuoteReader::Loader",
                                                        "the file reads as UTF-8 up to byte offset %1 but not after "
                                                        "it, so it was read as %2, the encoding that best fits all of "
                                                        "it; choose another encoding if the text looks wrong.")
                                .arg(census.firstError)
                                .arg(detection.encoding);
    }
    return detection;
}

bool isKnownEncoding(const QByteArray &encodingName)
{
    return !encodingName.isEmpty() && openConverter(encodingName.constData()) != nullptr;
}

ForcedDecoding decodeAs(const QByteArray &bytes, const QByteArray &encodingName)
{
    ForcedDecoding result;
    ConverterPtr converter = openConverter(encodingName.constData());
    if (!converter) {
        return result;
    }
    result.known = true;
    result.encoding = canonicalEncodingName(converter.get());
    Decoded decoded = decodeWith(converter.get(), bytes.constData(), bytes.size(), false);
    if (decoded.ok) {
        result.text = std::move(decoded.text);
    } else {
        result.errorOffset = decoded.errorOffset;
    }
    return result;
}

} // namespace QuoteReader
