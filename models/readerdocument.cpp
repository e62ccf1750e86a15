#include "readerdocument.h"

#include "textfold.h"

namespace QuoteReader {

ReaderDocumentPtr prepareDocument(Document document)
{
    auto prepared = std::make_shared<ReaderDocument>();
    prepared->simplified = convertScript(document.text, Script::Simplified);
    prepared->document = std::move(document);
    return prepared;
}

} // namespace QuoteReader
