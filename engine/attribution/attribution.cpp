#include "attribution/attribution.h"

#include "attribution/finish.h"
#include "attribution/profile.h"
#include "language.h"

namespace QuoteReader {

namespace {

const Attribution::Profile &profileFor(const QString &language)
{
    return isChinese(language) ? Attribution::chineseProfile() : Attribution::englishProfile();
}

} // namespace

void attributeQuotes(Document &doc, const AttributionOptions &options)
{
    const Attribution::Profile &profile = profileFor(doc.language);
    const std::unique_ptr<Attribution::Context> context = profile.read(doc);
    do {
        for (const auto &rule : profile.rules) {
            if (!options.disabledRules.contains(rule->name())) {
                rule->apply(*context);
            }
        }
    } while (context->readNext());
    Attribution::finish(*context, profile.finish, profile.ruleNames());
}

QStringList attributionRules(const QString &language)
{
    return profileFor(language).ruleNames();
}

namespace Attribution {

QStringList Profile::ruleNames() const
{
    QStringList names;
    for (const auto &rule : rules) {
        names.append(rule->name());
    }
    return names;
}

} // namespace Attribution

} // namespace QuoteReader
