// A language as attribution sees it: its reading of the text and its ordered list of rules.
#pragma once

#include "attribution/context.h"

#include <QStringList>

#include <functional>

#include <memory>
#include <vector>

namespace QuoteReader::Attribution {

struct FinishOptions {
    // Fewer letters than this make no quote: a lone word after a verb is a parse slip.
    int minimumLetters = 4;
};

struct Profile {
    QLatin1StringView language;
    std::function<std::unique_ptr<Context>(Document &doc)> read;
    std::vector<std::unique_ptr<const Rule>> rules; // in the order they run
    FinishOptions finish;

    QStringList ruleNames() const;
};

const Profile &chineseProfile();
const Profile &englishProfile();

} // namespace QuoteReader::Attribution
