// Golden files for data-driven tests: a Document described as compact lines, compared with a
// committed expected file; a mismatch comes back as a unified diff. With QUOTEREADER_REGENERATE=1
// in the environment the expected file is rewritten instead (for intended changes; review the diff).
#pragma once

#include "document.h"

#include <QString>

namespace QuoteReader::Golden {

// speaker|kind|cue|text per quote, then "speaker name|role|person-or-group|aliases" per speaker.
QString describeQuotes(const Document &doc);
// kind|section|text per block, then "section title|paragraphs" per section.
QString describeStructure(const Document &doc);

QString readUtf8(const QString &path);
// The document the engine makes of the article at `path`; a test cannot go on without it, so a
// refusal stops the test with the engine's message.
Document extractOrFail(const QString &path);
// "" when `actual` matches the file at `expectedPath`, else a message with the diff.
QString compare(const QString &actual, const QString &expectedPath);
// `path` with its suffix replaced by `suffix` (".expected").
QString withSuffix(const QString &path, const QString &suffix);

} // namespace QuoteReader::Golden
