#include "attribution/legacy_profile.h"

namespace QuoteReader::Attribution {

namespace {

// Hands the quotes of an attributor of the old kind on as attributed candidates.
class LegacyContext final : public Context {
public:
    LegacyContext(Document &doc, void (*attributor)(Document &)) : Context(doc)
    {
        attributor(doc);
        for (const Quote &quote : std::as_const(doc.quotes)) {
            Candidate candidate;
            candidate.range = quote.range;
            candidate.kind = quote.kind;
            candidate.paragraph = std::max(0, paragraphAt(quote.range.start));
            candidate.cueText = quote.cue;
            candidate.cueRange = quote.cueRange;
            candidate.speaker = quote.speaker;
            candidate.rule = QStringLiteral("legacy");
            candidates.append(candidate);
        }
    }
};

class Legacy final : public Rule {
public:
    QLatin1StringView name() const override { return QLatin1StringView("legacy"); }
    void apply(Context &) const override {}
};

} // namespace

Profile legacyProfile(QLatin1StringView language, void (*attributor)(Document &))
{
    Profile profile;
    profile.language = language;
    profile.read = [attributor](Document &doc) -> std::unique_ptr<Context> {
        return std::make_unique<LegacyContext>(doc, attributor);
    };
    profile.rules.push_back(std::make_unique<Legacy>());
    profile.finish.minimumLetters = 1;
    return profile;
}

} // namespace QuoteReader::Attribution
