// The corrections file (docs/corrections.md): reading, checking and writing it.
#include "corrections.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuoteReader {

namespace {

constexpr auto kFormat = "quotereader-corrections/1";
// A corrections file holds a few hundred small objects; anything this large is not one.
constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;

// Messages for people, translated in the desktop reader (the context names them for lupdate).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Corrections)
};

QString quoted(const QString &path)
{
    return u'“' + QDir::toNativeSeparators(path) + u'”';
}

struct ActionName {
    CorrectionAction action;
    QLatin1StringView name;
};

constexpr ActionName kActions[] = {
    {CorrectionAction::SetSpeaker, QLatin1StringView("set-speaker")},
    {CorrectionAction::SetKind, QLatin1StringView("set-kind")},
    {CorrectionAction::SetBoundaries, QLatin1StringView("set-boundaries")},
    {CorrectionAction::DeleteQuote, QLatin1StringView("delete-quote")},
    {CorrectionAction::AddQuote, QLatin1StringView("add-quote")},
    {CorrectionAction::RenameSpeaker, QLatin1StringView("rename-speaker")},
    {CorrectionAction::SetRole, QLatin1StringView("set-role")},
    {CorrectionAction::MergeSpeakers, QLatin1StringView("merge-speakers")},
};

QJsonObject anchorToJson(const TextAnchor &anchor)
{
    return QJsonObject{{u"text"_qs, anchor.text}, {u"start"_qs, anchor.range.start}, {u"end"_qs, anchor.range.end}};
}

QJsonValue speakerToJson(const std::optional<QString> &speaker)
{
    return speaker ? QJsonValue(*speaker) : QJsonValue(QJsonValue::Null);
}

QJsonObject correctionToJson(const Correction &c)
{
    QJsonObject object;
    for (const ActionName &entry : kActions) {
        if (entry.action == c.action) {
            object.insert(u"action"_qs, QString(entry.name));
        }
    }
    switch (c.action) {
    case CorrectionAction::SetSpeaker:
        object.insert(u"quote"_qs, anchorToJson(c.quote));
        object.insert(u"speaker"_qs, speakerToJson(c.speaker));
        break;
    case CorrectionAction::SetKind:
        object.insert(u"quote"_qs, anchorToJson(c.quote));
        object.insert(u"kind"_qs, toString(c.kind));
        break;
    case CorrectionAction::SetBoundaries:
        object.insert(u"quote"_qs, anchorToJson(c.quote));
        object.insert(u"to"_qs, anchorToJson(c.to));
        break;
    case CorrectionAction::DeleteQuote:
        object.insert(u"quote"_qs, anchorToJson(c.quote));
        break;
    case CorrectionAction::AddQuote:
        object.insert(u"quote"_qs, anchorToJson(c.quote));
        object.insert(u"speaker"_qs, speakerToJson(c.speaker));
        object.insert(u"kind"_qs, toString(c.kind));
        break;
    case CorrectionAction::RenameSpeaker:
        object.insert(u"speaker"_qs, c.name);
        object.insert(u"to"_qs, c.newName);
        break;
    case CorrectionAction::SetRole:
        object.insert(u"speaker"_qs, c.name);
        object.insert(u"role"_qs, c.role);
        break;
    case CorrectionAction::MergeSpeakers:
        object.insert(u"speaker"_qs, c.name);
        object.insert(u"into"_qs, c.newName);
        break;
    }
    return object;
}

// Reads one correction; `problem` says what is wrong with it (a field missing or of the wrong type).
std::optional<Correction> correctionFromJson(const QJsonObject &object, QString *problem)
{
    const auto missing = [problem](const QString &field) {
        *problem = Messages::tr("has no valid “%1”").arg(field);
        return std::nullopt;
    };
    const auto anchor = [&object](const QString &field) -> std::optional<TextAnchor> {
        const QJsonObject a = object.value(field).toObject();
        if (!a.value(u"text").isString() || a.value(u"text").toString().isEmpty() || !a.value(u"start").isDouble()
            || !a.value(u"end").isDouble()) {
            return std::nullopt;
        }
        TextAnchor result{a.value(u"text").toString(),
                          {qsizetype(a.value(u"start").toDouble()), qsizetype(a.value(u"end").toDouble())}};
        if (result.range.start < 0 || result.range.end < result.range.start) {
            return std::nullopt;
        }
        return result;
    };
    const auto name = [&object](const QString &field) -> std::optional<QString> {
        const QJsonValue value = object.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            return std::nullopt;
        }
        return value.toString();
    };
    const auto kind = [&object]() -> std::optional<QuoteKind> {
        const QString value = object.value(u"kind").toString();
        if (value == u"direct") {
            return QuoteKind::Direct;
        }
        if (value == u"indirect") {
            return QuoteKind::Indirect;
        }
        return std::nullopt;
    };
    const auto speaker = [&object](bool *ok) -> std::optional<QString> {
        const QJsonValue value = object.value(u"speaker");
        *ok = value.isNull() || (value.isString() && !value.toString().trimmed().isEmpty());
        return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
    };

    const QString actionName = object.value(u"action").toString();
    const auto entry = std::find_if(std::cbegin(kActions), std::cend(kActions),
                                    [&actionName](const ActionName &a) { return a.name == actionName; });
    if (entry == std::cend(kActions)) {
        *problem = actionName.isEmpty() ? Messages::tr("has no “action”")
                                        : Messages::tr("has the unknown action “%1”").arg(actionName);
        return std::nullopt;
    }
    Correction c;
    c.action = entry->action;
    const bool aboutAQuote = c.action == CorrectionAction::SetSpeaker || c.action == CorrectionAction::SetKind
                             || c.action == CorrectionAction::SetBoundaries || c.action == CorrectionAction::DeleteQuote
                             || c.action == CorrectionAction::AddQuote;
    if (aboutAQuote) {
        const std::optional<TextAnchor> quote = anchor(u"quote"_qs);
        if (!quote) {
            return missing(u"quote"_qs);
        }
        c.quote = *quote;
    }
    bool ok = true;
    switch (c.action) {
    case CorrectionAction::SetSpeaker:
        c.speaker = speaker(&ok);
        return ok ? std::optional(c) : missing(u"speaker"_qs);
    case CorrectionAction::AddQuote:
        c.speaker = speaker(&ok);
        if (!ok) {
            return missing(u"speaker"_qs);
        }
        [[fallthrough]];
    case CorrectionAction::SetKind:
        if (!kind()) {
            return missing(u"kind"_qs);
        }
        c.kind = *kind();
        return c;
    case CorrectionAction::SetBoundaries: {
        const std::optional<TextAnchor> to = anchor(u"to"_qs);
        if (!to) {
            return missing(u"to"_qs);
        }
        c.to = *to;
        return c;
    }
    case CorrectionAction::DeleteQuote:
        return c;
    case CorrectionAction::RenameSpeaker:
    case CorrectionAction::SetRole:
    case CorrectionAction::MergeSpeakers: {
        const std::optional<QString> who = name(u"speaker"_qs);
        if (!who) {
            return missing(u"speaker"_qs);
        }
        c.name = *who;
        if (c.action == CorrectionAction::SetRole) {
            if (!object.value(u"role").isString()) {
                return missing(u"role"_qs);
            }
            c.role = object.value(u"role").toString();
            return c;
        }
        const QString field = c.action == CorrectionAction::RenameSpeaker ? u"to"_qs : u"into"_qs;
        const std::optional<QString> other = name(field);
        if (!other) {
            return missing(field);
        }
        c.newName = *other;
        return c;
    }
    }
    return std::nullopt;
}

} // namespace

QByteArray correctionsToJson(const CorrectionsFile &file)
{
    QJsonArray corrections;
    for (const Correction &c : file.corrections) {
        corrections.append(correctionToJson(c));
    }
    const QJsonObject root{
        {u"format"_qs, QString::fromLatin1(kFormat)},
        {u"article"_qs, QJsonObject{{u"key"_qs, file.article.key}, {u"name"_qs, file.article.name}}},
        {u"corrections"_qs, corrections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CorrectionsReadResult correctionsFromJson(const QByteArray &json, const QString &source)
{
    const auto refuse = [&source](const QString &reason) {
        return CorrectionsReadResult{std::nullopt, Messages::tr("Corrections file %1: %2").arg(quoted(source), reason)};
    };
    if (json.trimmed().isEmpty()) {
        return refuse(Messages::tr("the file is empty."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(Messages::tr("this is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format").toString() != QLatin1StringView(kFormat)) {
        return refuse(Messages::tr("this is not a QuoteReader corrections file (its “format” is not “%1”).")
                          .arg(QString::fromLatin1(kFormat)));
    }
    if (!root.value(u"corrections").isArray()) {
        return refuse(Messages::tr("it has no list of “corrections”."));
    }
    CorrectionsFile file;
    const QJsonObject article = root.value(u"article").toObject();
    file.article = ArticleId{article.value(u"key").toString(), article.value(u"name").toString()};
    const QJsonArray corrections = root.value(u"corrections").toArray();
    for (qsizetype i = 0; i < corrections.size(); ++i) {
        QString problem;
        const std::optional<Correction> c = correctionFromJson(corrections.at(i).toObject(), &problem);
        if (!c) {
            return refuse(Messages::tr("correction %1 %2.").arg(i + 1).arg(problem));
        }
        file.corrections.append(*c);
    }
    return {std::move(file), {}};
}

CorrectionsReadResult readCorrectionsFile(const QString &path)
{
    const auto refuse = [&path](const QString &reason) {
        return CorrectionsReadResult{std::nullopt, Messages::tr("Corrections file %1: %2").arg(quoted(path), reason)};
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(Messages::tr("the file does not exist."));
    }
    if (!info.isFile()) {
        return refuse(Messages::tr("this is not a regular file."));
    }
    if (info.size() > kMaxBytes) {
        return refuse(Messages::tr("the file is too large to be a corrections file."));
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return refuse(Messages::tr("the file cannot be read (%1).").arg(in.errorString()));
    }
    return correctionsFromJson(in.readAll(), path);
}

bool writeCorrectionsFile(const QString &path, const CorrectionsFile &file, QString *error)
{
    const QByteArray bytes = correctionsToJson(file);
    return writeFileAtomically(
        path, [&bytes](QIODevice *out) { return writeFully(out, bytes); }, error);
}

} // namespace QuoteReader
