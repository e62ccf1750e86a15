#include "attribution/legacy.h"
#include "attribution/profile.h"

namespace QuoteReader::Attribution {

namespace {

// Runs a whole attributor of the old kind and hands its quotes on as attributed candidates.
template<void (*attributor)(Document &)>
std::unique_ptr<Context> readWhole(Document &doc)
{
    attributor(doc);
    auto context = std::make_unique<Context>(doc);
    for (const Quote &quote : std::as_const(doc.quotes)) {
        Candidate candidate;
        candidate.range = quote.range;
        candidate.kind = quote.kind;
        candidate.paragraph = std::max(0, context->paragraphAt(quote.range.start));
        candidate.cueText = quote.cue;
        candidate.cueRange = quote.cueRange;
        candidate.speaker = quote.speaker;
        candidate.rule = QStringLiteral("legacy");
        context->candidates.append(candidate);
    }
    return context;
}

class Legacy final : public Rule {
public:
    QLatin1StringView name() const override { return QLatin1StringView("legacy"); }
    void apply(Context &) const override {}
};

Profile legacyProfile(QLatin1StringView language, std::unique_ptr<Context> (*read)(Document &))
{
    Profile profile;
    profile.language = language;
    profile.read = read;
    profile.rules.push_back(std::make_unique<Legacy>());
    profile.finish.minimumLetters = 1;
    return profile;
}

} // namespace

const Profile &chineseProfile()
{
    static const Profile profile = legacyProfile(QLatin1StringView("zh"), &readWhole<&attributeChinese>);
    return profile;
}

const Profile &englishProfile()
{
    static const Profile profile = legacyProfile(QLatin1StringView("en"), &readWhole<&attributeEnglish>);
    return profile;
}

} // namespace QuoteReader::Attribution
