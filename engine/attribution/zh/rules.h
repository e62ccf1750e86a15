// The rules of Chinese attribution, in the order the profile runs them (profile.cpp). Each takes
// only candidates no earlier rule attributed and stamps its name on those it attributes.
#pragma once

#include "attribution/zh/reading.h"

namespace QuoteReader::Attribution::Zh {

class ChineseRule : public Rule
{
public:
    void apply(Context &context) const final { run(static_cast<Reading &>(context)); }

protected:
    virtual void run(Reading &reading) const = 0;
};

// The rules that attribute through a cue whose own subject names the speaker (a name, a body, a
// source): they differ only in the cues they take.
class NamedSubjectRule : public ChineseRule
{
protected:
    void run(Reading &reading) const final;
    virtual bool takes(const Cue &cue, Link link) const = 0;
};

// The rules that resolve what a cue's subject points to (a pronoun, a short form...).
class ResolvingRule : public ChineseRule
{
protected:
    void run(Reading &reading) const final;
    virtual bool takes(const Subject &subject) const = 0;
    virtual int speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype pos) const = 0;
};

#define QUOTEREADER_RULE_NAME(ruleName)                                                                                \
public:                                                                                                                \
    QLatin1StringView name() const override                                                                            \
    {                                                                                                                  \
        return QLatin1StringView(ruleName);                                                                            \
    }

// 記者：…, 李洪元：… (an interview turn), …寫下遺言：「…」 (a quotation after a colon).
class ColonRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("colon")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 張三表示：「…」
class CueBeforeRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("cue-before")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 「…」張三表示
class CueAfterRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("cue-after")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 張三表示，… (the reported speech after the verb)
class ReportedRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("reported")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 據張三表示，…, 據消息人士透露，…
class AccordingToRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("according-to")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 在張三看來，…
class ViewRule final : public NamedSubjectRule
{
    QUOTEREADER_RULE_NAME("view")
protected:
    bool takes(const Cue &cue, Link link) const override;
};

// 張三昨天發表聲明，指…: a cue whose clause has no subject shares its sentence's.
class SharedSubjectRule final : public ResolvingRule
{
    QUOTEREADER_RULE_NAME("shared-subject")
protected:
    bool takes(const Subject &subject) const override;
    int speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype pos) const override;
};

// 陳指…, 王教授說, 林鄭表示: the person the article named in full.
class ShortFormRule final : public ResolvingRule
{
    QUOTEREADER_RULE_NAME("short-form")
protected:
    bool takes(const Subject &subject) const override;
    int speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype pos) const override;
};

// 該人士指出, 上述官員表示: the source named before.
class AnaphorRule final : public ResolvingRule
{
    QUOTEREADER_RULE_NAME("anaphor")
protected:
    bool takes(const Subject &subject) const override;
    int speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype pos) const override;
};

// 他進一步表示
class PronounRule final : public ResolvingRule
{
    QUOTEREADER_RULE_NAME("pronoun")
protected:
    bool takes(const Subject &subject) const override;
    int speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype pos) const override;
};

// A quotation with no cue of its own, beside a speaker's words: theirs too.
class UncuedContinuationRule final : public ChineseRule
{
    QUOTEREADER_RULE_NAME("uncued-continuation")
protected:
    void run(Reading &reading) const override;
};

// 張亞勤用“跑馬”來類比…，“42公里的馬拉松…”: a quotation with no cue in a sentence that opens
// with a person is theirs.
class SentenceSubjectRule final : public ChineseRule
{
    QUOTEREADER_RULE_NAME("sentence-subject")
protected:
    void run(Reading &reading) const override;
};

#undef QUOTEREADER_RULE_NAME

} // namespace QuoteReader::Attribution::Zh
