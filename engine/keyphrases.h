// The key phrases of an English article, as a reader would name its themes: words and phrases of
// one to three words ("bike lanes", "Green Party", "San Francisco"), inflections folded into one
// (stream, streaming), people's names left out (the speakers, and everyone else the article names),
// places and organisations kept, scored against how often spoken English uses their words.
#pragma once

#include "document.h"

namespace QuoteReader {

struct KeyPhrase {
    QString name;      // as the article writes it most often
    QStringList forms; // every way the article writes it, the name first: what quotes are matched by
    double score = 0.0;
};

// The best `wanted` key phrases of `doc`'s title, headings and paragraphs, best first.
QList<KeyPhrase> englishKeyPhrases(const Document &doc, qsizetype wanted);

} // namespace QuoteReader
