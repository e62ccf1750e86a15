// A parsed article as the reader holds it: the engine's Document plus what the models precompute from it once.
#pragma once

#include "document.h"

#include <QString>

#include <memory>

namespace QuoteReader {

struct ReaderDocument {
    Document document;
    // document.text in Simplified characters, the same length so every TextRange applies to it.
    // Search folds against it; computing it belongs in the loading worker, not the GUI thread.
    QString simplified;
};

using ReaderDocumentPtr = std::shared_ptr<const ReaderDocument>;

// Takes the document and computes the folded text (costly for big documents: call it off the GUI thread).
ReaderDocumentPtr prepareDocument(Document document);

} // namespace QuoteReader
