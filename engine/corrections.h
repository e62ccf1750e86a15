// The user's corrections of what the engine found: who said a quote, its kind and boundaries, quotes
// deleted or added, speakers renamed, given a role or merged. Stored as JSON (docs/corrections.md) and
// applied to a Document the same way by the desktop reader and by `quotereader-cli --corrections`.
#pragma once

#include "document.h"

#include <QList>
#include <QString>

#include <optional>

namespace QuoteReader {

// A piece of the article: its words and where they stood in Document::text when the correction was
// made. Offsets move when the engine cleans the text differently; the words let the anchor be found again.
struct TextAnchor {
    QString text;
    TextRange range;
    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

enum class CorrectionAction {
    SetSpeaker,    // `quote` was said by `speaker` (a name; none for no speaker)
    SetKind,       // `quote` is of `kind`
    SetBoundaries, // `quote` is the words of `to`
    DeleteQuote,   // `quote` is not a quote
    AddQuote,      // `quote` is a quote of `speaker`, of `kind`, that the engine missed
    RenameSpeaker, // the speaker named `name` is called `newName`
    SetRole,       // the speaker named `name` has the role `role`
    MergeSpeakers, // the speaker named `name` is the speaker named `newName`: the quotes follow
};

struct Correction {
    CorrectionAction action = CorrectionAction::SetSpeaker;
    TextAnchor quote;                   // the quote as it stood (SetSpeaker, SetKind, SetBoundaries, DeleteQuote),
                                        // or the words of the quote added (AddQuote)
    TextAnchor to;                      // SetBoundaries: the new words
    std::optional<QString> speaker;     // SetSpeaker, AddQuote: the speaker's name, nullopt for none
    QuoteKind kind = QuoteKind::Direct; // SetKind, AddQuote
    QString name;                       // RenameSpeaker, SetRole, MergeSpeakers: the speaker it is about
    QString newName;                    // RenameSpeaker: the new name; MergeSpeakers: the speaker kept
    QString role;                       // SetRole
    friend bool operator==(const Correction &, const Correction &) = default;

    static Correction setSpeaker(const Document &doc, int quote, const std::optional<QString> &speaker);
    static Correction setKind(const Document &doc, int quote, QuoteKind kind);
    static Correction setBoundaries(const Document &doc, int quote, const TextRange &range);
    static Correction deleteQuote(const Document &doc, int quote);
    static Correction addQuote(const Document &doc, const TextRange &range, const std::optional<QString> &speaker,
                               QuoteKind kind);
    static Correction renameSpeaker(const QString &name, const QString &newName);
    static Correction setRole(const QString &name, const QString &role);
    static Correction mergeSpeakers(const QString &name, const QString &into);
};

// Which article a set of corrections belongs to (contentKey()) and what it was called when they were made.
struct ArticleId {
    QString key;
    QString name;
};

struct CorrectionsFile {
    ArticleId article;
    QList<Correction> corrections; // in the order they were made; later ones see the earlier ones applied
};

struct CorrectionsReadResult {
    std::optional<CorrectionsFile> file;
    QString error; // names the file and the reason, when `file` is empty
};

// A correction that could not be applied, and why (its quote or speaker is no longer in the article).
struct UnanchoredCorrection {
    int index = -1; // into the list given to applyCorrections()
    QString reason;
};

struct CorrectionsReport {
    QList<UnanchoredCorrection> unanchored;
};

// Identifies an article by its words: a hash of the decoded text (after the loader, before cleaning),
// the same when the file is renamed, moved or saved in another encoding.
QString contentKey(QStringView decodedText);

// Applies the corrections in order to `doc`, a document as the engine extracted it (themes found):
// every quote or speaker is found by its anchor, even when offsets moved; what cannot be found is
// reported, never applied elsewhere. Corrected quotes keep their rule and say `corrected`; added ones
// have the rule "user". Afterwards quotes are in reading order, speakers without quotes are gone, and
// the themes of the quotes that changed are matched again.
CorrectionsReport applyCorrections(Document &doc, const QList<Correction> &corrections);

// The quote words of a selection: white space, quotation marks and closing punctuation at either end
// are left out, as the engine leaves them out of its quotes.
TextRange trimQuoteRange(const QString &text, TextRange range);

// One line for people: "Speaker of “42公里…” → 張亞勤". Translated (context QuoteReader::Corrections).
QString describeCorrection(const Correction &correction);
// The name of the edit, for Edit > Undo: "Change Speaker", "Delete Quote".
QString correctionTitle(CorrectionAction action);

QByteArray correctionsToJson(const CorrectionsFile &file);
// `source` names the file in messages.
CorrectionsReadResult correctionsFromJson(const QByteArray &json, const QString &source);
CorrectionsReadResult readCorrectionsFile(const QString &path);
// Atomic (QSaveFile): on failure `error` names the file and the reason, and what was there is kept.
bool writeCorrectionsFile(const QString &path, const CorrectionsFile &file, QString *error);

} // namespace QuoteReader
