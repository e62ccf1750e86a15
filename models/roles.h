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
    ColorRole,       // QColor of the speaker
    CountRole,       // number of quotes
    SpeakerRoleRole, // the speaker's title or position
    TermsRole,       // QStringList of a theme's terms
    UserDefinedRole, // bool: a theme of the user's rather than one found in the article
    SearchKeyRole,   // the folded text the search matches against
    CorrectionRole,  // int(QuoteCorrection): as found, corrected or added by the user
    RuleRole,        // the attribution rule that found the quote ("user" for one the user added)
    ColorSlotRole,   // the speaker's colour slot (palette.h)
};

// How a quote came to be what it is, for the mark in the table and the "corrected only" filter.
enum class QuoteCorrection { AsFound, Corrected, Added };

} // namespace QuoteReader
