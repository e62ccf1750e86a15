// A parsed article as the reader holds it: the engine's Document plus what the models precompute from it once.
#pragma once

#include "document.h"

#include <QByteArray>
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
    // Per quote: what the search matches (quote, cue, speaker name, role and pinyin, themes), folded.
    QStringList searchKeys;
    // Per speaker: ICU collation keys of the names (Chinese by pinyin).
    QList<QByteArray> speakerKeys;

    // True when the keys belong to this document (a hand-made ReaderDocument may lack them).
    bool hasKeys() const
    {
        return searchKeys.size() == document.quotes.size() && speakerKeys.size() == document.speakers.size();
    }
};

using ReaderDocumentPtr = std::shared_ptr<const ReaderDocument>;

struct PrepareOptions {
    bool traditional = false; // also compute ReaderDocument::traditional
};

// Takes the document and computes the folded text and every key the models need. Costly for big
// documents (ICU transliteration of the whole text): call it off the GUI thread, so the models only
// take finished results.
ReaderDocumentPtr prepareDocument(Document document, const PrepareOptions &options = {});

// The same after only the themes changed: the texts and speaker keys of `previous` are kept, the
// search keys (which hold the themes) are computed again.
ReaderDocumentPtr reprepareDocument(const ReaderDocument &previous, Document document);

// The per-quote search keys and per-speaker collation keys of `prepared` (needs `simplified`).
void computeKeys(ReaderDocument &prepared);

} // namespace QuoteReader
