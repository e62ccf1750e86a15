#include "attribution/profile.h"
#include "attribution/en/reading.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution {

namespace {

Profile makeEnglishProfile()
{
    using namespace English;
    Profile profile;
    profile.language = QLatin1StringView("en");
    profile.read = [](Document &doc) -> std::unique_ptr<Context> { return std::make_unique<Reading>(doc); };
    // From the most certain to the least: where two rules' quotes overlap, the earlier one's stays.
    profile.rules.push_back(std::make_unique<Headline>());
    profile.rules.push_back(std::make_unique<Transcript>());
    profile.rules.push_back(std::make_unique<Signature>());
    profile.rules.push_back(std::make_unique<CueAfter>());
    profile.rules.push_back(std::make_unique<CueBefore>());
    profile.rules.push_back(std::make_unique<NameColon>());
    profile.rules.push_back(std::make_unique<AccordingTo>());
    profile.rules.push_back(std::make_unique<Adding>());
    profile.rules.push_back(std::make_unique<Interrupted>());
    profile.rules.push_back(std::make_unique<ReportedBeforeCue>());
    profile.rules.push_back(std::make_unique<Reported>());
    profile.rules.push_back(std::make_unique<Participle>());
    profile.rules.push_back(std::make_unique<Pronoun>());
    profile.rules.push_back(std::make_unique<ContinuedQuotation>());
    profile.rules.push_back(std::make_unique<Introduction>());
    profile.rules.push_back(std::make_unique<SentenceSubject>());
    profile.rules.push_back(std::make_unique<ParagraphEnd>());
    profile.rules.push_back(std::make_unique<UncuedContinuation>());
    // A one-word answer in quotation marks ("Yes," she said) is a quote.
    profile.finish.minimumLetters = 1;
    return profile;
}

} // namespace

const Profile &englishProfile()
{
    static const Profile profile = makeEnglishProfile();
    return profile;
}

} // namespace QuoteReader::Attribution
