// The user's theme file: read (a JSON object of theme name -> terms, in the order written) and written.
#include "themes.h"

#include "log.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace QuoteReader {

namespace {

// A theme file is a short hand-written list; anything bigger is not one.
constexpr qint64 kMaxThemeFileBytes = 4 * 1024 * 1024;


QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

ThemeFileResult refuse(const QString &path, const QString &reason)
{
    return {std::nullopt, QStringLiteral("Theme file ") + path + u' ' + reason + u'.'};
}

qsizetype skipSpace(const QByteArray &json, qsizetype i)
{
    while (i < json.size() && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
        ++i;
    }
    return i;
}

// End of the JSON string starting at `i` (a '"'), just past its closing quote.
qsizetype skipString(const QByteArray &json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\') {
            ++i;
        } else if (json[i] == '"') {
            return i + 1;
        }
    }
    return i;
}

// The top-level keys of a JSON object in the order they are written. QJsonObject sorts its keys,
// and a user lists themes in the order they matter to them. Runs only on text that QJsonDocument
// has already accepted, so it needs no error handling of its own; the key strings are decoded by
// QJsonDocument too, so escapes are handled exactly as in the values.
QStringList keysInFileOrder(const QByteArray &json)
{
    QStringList keys;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{') {
        return keys;
    }
    ++i;
    while (true) {
        i = skipSpace(json, i);
        if (i >= json.size() || json[i] != '"') {
            break;
        }
        const qsizetype keyEnd = skipString(json, i);
        const QByteArrayView inner = QByteArrayView(json).sliced(i + 1, keyEnd - i - 2);
        if (!inner.contains('\\')) {
            keys.append(QString::fromUtf8(inner)); // the usual key: no escape, nothing to decode
        } else {
            const QByteArray literal = '[' + json.mid(i, keyEnd - i) + ']';
            keys.append(QJsonDocument::fromJson(literal).array().at(0).toString());
        }
        i = skipSpace(json, keyEnd);
        ++i; // ':'
        // Skip the value: strings may hold brackets, so they are stepped over whole.
        int depth = 0;
        for (i = skipSpace(json, i); i < json.size(); ++i) {
            const char c = json[i];
            if (c == '"') {
                i = skipString(json, i) - 1;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i >= json.size() || json[i] != ',') {
            break;
        }
        ++i;
    }
    return keys;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        // A character outside the BMP is two UTF-16 units: encoded one by one, each would become '?'.
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += QStringView(s).mid(i, 2).toUtf8();
            ++i;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            // A lone surrogate has no UTF-8 form; JSON's escape keeps it as it was read.
            if (c.unicode() < 0x20 || c.isSurrogate()) {
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            } else {
                out += QStringView(&c, 1).toUtf8();
            }
        }
    }
    out += '"';
}

} // namespace

ThemeFileResult loadThemeFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(path, QStringLiteral("does not exist"));
    }
    if (info.isDir()) {
        return refuse(path, QStringLiteral("is a folder, not a file"));
    }
    if (info.size() > kMaxThemeFileBytes) {
        return refuse(path, QStringLiteral("is larger than the %1 MB allowed for a theme file")
                                .arg(kMaxThemeFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(path, QStringLiteral("cannot be read: ") + file.errorString());
    }
    QByteArray json = file.readAll();
    qsizetype bomBytes = 0;
    if (json.startsWith("\xEF\xBB\xBF")) {
        json.remove(0, 3);
        bomBytes = 3;
    }
    if (json.trimmed().isEmpty()) {
        return refuse(path, QStringLiteral("is empty; it should hold a JSON object of theme names and terms"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(path, QStringLiteral("is not valid JSON: %1 at byte %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset + bomBytes));
    }
    if (!doc.isObject()) {
        return refuse(path, QStringLiteral("does not hold a JSON object of theme names and terms"));
    }
    const QJsonObject object = doc.object();
    // The names in the file's order. A U+FEFF in a name is dropped: Qt 6.4's parser drops it from a key
    // that opens with it (QJsonObject::keys()) but still stores it, so the object finds the value
    // only through its iterator.
    const auto withoutFeff = [](QString name) { return name.remove(QChar(0xFEFF)); };
    QHash<QString, QJsonValue> values;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        values.insert(withoutFeff(it.key()), it.value());
    }
    QStringList names = keysInFileOrder(json);
    for (QString &name : names) {
        name = withoutFeff(name);
    }
    QList<Theme> themes;
    QSet<QString> seen;
    seen.reserve(names.size());
    for (const QString &name : names) {
        if (name.trimmed().isEmpty()) {
            return refuse(path, QStringLiteral("has a theme with an empty name"));
        }
        if (seen.contains(name)) {
            return refuse(path, QStringLiteral("names the theme ") + quoted(name) + QStringLiteral(" twice"));
        }
        seen.insert(name);
        const QJsonValue value = values.value(name);
        if (!value.isArray()) {
            return refuse(path, QStringLiteral("gives the theme ") + quoted(name)
                                    + QStringLiteral(" something other than an array of terms"));
        }
        Theme theme;
        theme.name = name;
        theme.userDefined = true;
        for (const QJsonValue term : value.toArray()) {
            if (!term.isString()) {
                return refuse(path, QStringLiteral("lists a term of the theme ") + quoted(name)
                                        + QStringLiteral(" that is not a string"));
            }
            if (term.toString().trimmed().isEmpty()) {
                return refuse(path, QStringLiteral("lists an empty term in the theme ") + quoted(name));
            }
            theme.terms.append(term.toString());
        }
        themes.append(std::move(theme));
    }
    return {std::move(themes), {}};
}

QByteArray themesToJson(const QList<Theme> &themes)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < themes.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        appendJsonString(out, themes.at(i).name);
        out += ": [";
        const QStringList &terms = themes.at(i).terms;
        for (qsizetype j = 0; j < terms.size(); ++j) {
            if (j > 0) {
                out += ", ";
            }
            appendJsonString(out, terms.at(j));
        }
        out += ']';
    }
    out += themes.isEmpty() ? "}\n" : "\n}\n";
    return out;
}

} // namespace QuoteReader
