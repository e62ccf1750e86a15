// A parsed article as the reader holds it: the engine's Document plus what the models precompute from it once.
#pragma once

#include "document.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace QuoteReader {

struct ReaderDocument {
    Document document;
    // document.text in Simplified characters, the same length so every TextRange applies to it.
    // Search folds against it.
    QString simplified;
    // document.text in Traditional characters (same length), or "" when not asked for: only the
    // Traditional display needs it, and it costs seconds on a 12 MB article.
    QString traditional;
    // Per quote: what the search matches (quote and its pinyin, cue, speaker name, role, pinyin and
    // initials, themes), folded.
    QStringList searchKeys;
    // Per speaker: ICU collation keys of the names (Chinese by pinyin).
    QList<QByteArray> speakerKeys;
    // Per speaker: the colour slot (palette.h), kept by name across reloads and corrections.
    QList<int> colorSlots;

    // True when the keys belong to this document (a hand-made ReaderDocument may lack them).
    bool hasKeys() const
    {
        return searchKeys.size() == document.quotes.size() && speakerKeys.size() == document.speakers.size()
               && colorSlots.size() == document.speakers.size();
    }
    // The colour slot of a speaker index; -1 (grey) for none.
    int colorSlot(int speaker) const
    {
        return speaker >= 0 && speaker < colorSlots.size() ? colorSlots.at(speaker) : -1;
    }
    // The same article text (the one QString, shared): ranges into one are ranges into the other.
    bool sameTextAs(const ReaderDocument &other) const
    {
        return document.text.isSharedWith(other.document.text)
               || (document.text.constData() == other.document.text.constData()
                   && document.text.size() == other.document.text.size());
    }
    // Speaker name -> colour slot: what a document shown next (reloaded, corrected) should keep.
    QHash<QString, int> colorSlotsByName() const;
};

using ReaderDocumentPtr = std::shared_ptr<const ReaderDocument>;

struct PrepareOptions {
    bool traditional = false;           // also compute ReaderDocument::traditional
    QHash<QString, int> previousColors; // colour slots of the speakers shown before (a reload keeps them)
};

// Takes the document and computes the folded text and every key the models need. Costly for big
// documents (ICU transliteration of the whole text): call it off the GUI thread, so the models only
// take finished results.
ReaderDocumentPtr prepareDocument(Document document, const PrepareOptions &options = {});

// The same text with other quotes (themes found again, corrections applied): the texts of `previous`
// are kept, and the keys of every quote and speaker that did not change. `colors` are the slots to keep.
ReaderDocumentPtr reprepareDocument(const ReaderDocument &previous, Document document,
                                    const QHash<QString, int> &colors = {});

// The per-quote search keys, per-speaker collation keys and colour slots of `prepared` (needs `simplified`).
void computeKeys(ReaderDocument &prepared, const QHash<QString, int> &previousColors = {});

} // namespace QuoteReader
