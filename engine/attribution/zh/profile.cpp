#include "attribution/profile.h"
#include "attribution/zh/reading.h"
#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution {

// Chinese: the rules that read the speaker off the cue's own subject first, the ones that resolve
// a subject pointing elsewhere after them (so that those see every speaker named around them),
// quotations without a cue last.
const Profile &chineseProfile()
{
    static const Profile profile = [] {
        Profile p;
        p.language = QLatin1StringView("zh");
        p.read = [](Document &doc) -> std::unique_ptr<Context> { return std::make_unique<Zh::Reading>(doc); };
        p.rules.push_back(std::make_unique<Zh::ColonRule>());
        p.rules.push_back(std::make_unique<Zh::CueBeforeRule>());
        p.rules.push_back(std::make_unique<Zh::CueAfterRule>());
        p.rules.push_back(std::make_unique<Zh::ReportedRule>());
        p.rules.push_back(std::make_unique<Zh::AccordingToRule>());
        p.rules.push_back(std::make_unique<Zh::ViewRule>());
        p.rules.push_back(std::make_unique<Zh::SharedSubjectRule>());
        p.rules.push_back(std::make_unique<Zh::ShortFormRule>());
        p.rules.push_back(std::make_unique<Zh::AnaphorRule>());
        p.rules.push_back(std::make_unique<Zh::PronounRule>());
        p.rules.push_back(std::make_unique<Zh::UncuedContinuationRule>());
        p.rules.push_back(std::make_unique<Zh::SentenceSubjectRule>());
        return p;
    }();
    return profile;
}

} // namespace QuoteReader::Attribution
