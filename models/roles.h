// The item data roles every QuoteReader model answers, one enum so views, proxies and tests agree.
#pragma once

#include <Qt>

namespace QuoteReader {

enum ItemRole {
    // The raw value to sort by, separate from DisplayRole (which is for people): numbers,
    // document offsets or ICU collation keys (QByteArray, compared bytewise).
    SortRole = Qt::UserRole,
    QuoteIndexRole,   // index into Document::quotes
    SpeakerIndexRole, // index into Document::speakers, -1 for none
    SectionIndexRole, // index into Document::sections
    KindRole,         // int(QuoteKind)
    ThemesRole,       // QStringList of theme names
    RangeStartRole,   // offset into Document::text
    RangeEndRole,
    ColorRole,        // QColor of the speaker
    CountRole,        // number of quotes
    SpeakerRoleRole,  // the speaker's title or position
    TermsRole,        // QStringList of a theme's terms
    UserDefinedRole,  // bool: a theme of the user's rather than one found in the article
    SearchKeyRole,    // the folded text the search matches against
};

} // namespace QuoteReader
