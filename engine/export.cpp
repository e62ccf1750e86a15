// The export writers: JSON (the document of shared/docs/quotes-json.md), CSV, Markdown, HTML and plain text.
// Each is a thin class over one QuoteSelection that streams into a QIODevice, so the CLI can pipe a
// large batch without holding it and the desktop app can write the same bytes to a file or the clipboard.
#include "export.h"

#include "articletext.h"
#include "atomicfile.h"
#include "escape.h"
#include "sink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>

#include <algorithm>
#include <utility>

namespace QuoteReader {

namespace {

// Messages for people, translated in the desktop reader (the context names them for lupdate).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Export)
};

// A small streaming JSON emitter. QJsonObject would sort the keys; writing them in the order of
// quotes-json.md keeps the output readable and lets it stream without building a tree first.
class JsonOut final
{
public:
    JsonOut(Sink &sink, bool compact)
        : m_sink(sink)
        , m_compact(compact)
    {
    }
    Q_DISABLE_COPY_MOVE(JsonOut)

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // "name": [ {…}, {…} ] with one object per item, its fields written by `fields(item)`.
    template<typename Items, typename Fields>
    void objectArray(QLatin1StringView name, const Items &items, Fields &&fields)
    {
        key(name);
        beginArray();
        for (const auto &item : items) {
            beginObject();
            fields(item);
            endObject();
        }
        endArray();
    }

    void key(QLatin1StringView name)
    {
        separate();
        m_sink.append('"');
        m_sink.append(QByteArrayView(name.data(), name.size()));
        m_sink.append(m_compact ? QByteArrayView("\":") : QByteArrayView("\": "));
        m_afterKey = true;
    }

    void value(QStringView text)
    {
        separate();
        QByteArray &out = m_sink.buffer();
        out.append('"');
        // Encoded into a buffer kept between calls: a document has hundreds of thousands of short strings
        // (theme names on every quote), and an allocation each would cost more than the encoding.
        m_utf8.resize(m_encoder.requiredSpace(text.size()));
        const char *p = m_utf8.constData();
        const char *const end = m_encoder.appendToBuffer(m_utf8.data(), text);
        while (p < end) {
            // Bytes that need no escape go out as one run: quotes are long and escapes are rare.
            const char *run = p;
            // DEL and the C1 controls (UTF-8 C2 80..C2 9F) are escaped too: a terminal obeys them.
            while (run < end && static_cast<unsigned char>(*run) >= 0x20 && *run != '"' && *run != '\\'
                   && *run != '\x7f' && *run != '\xc2') {
                ++run;
            }
            if (run > p) {
                out.append(p, run - p);
                p = run;
                continue;
            }
            const char c = *p++;
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            default: {
                const bool c1 = u == 0xC2 && p < end && static_cast<unsigned char>(*p) <= 0x9F;
                const unsigned code = c1 ? static_cast<unsigned char>(*p++) : u;
                if (c1 || code < 0x20 || code == 0x7F) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out.append("\\u00");
                    out.append(hex[code >> 4]);
                    out.append(hex[code & 0xf]);
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
        m_sink.append(QByteArrayView()); // lets the sink flush a large buffer
    }
    void value(qint64 number)
    {
        separate();
        m_sink.append(QByteArrayView(QByteArray::number(number)));
    }
    void value(bool flag)
    {
        separate();
        m_sink.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
    }
    void null()
    {
        separate();
        m_sink.append(QByteArrayView("null"));
    }
    void strings(const QStringList &list)
    {
        beginArray();
        for (const QString &item : list) {
            value(QStringView(item));
        }
        endArray();
    }

    template<typename T>
    void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }
    void field(QLatin1StringView name, const QString &v)
    {
        key(name);
        value(QStringView(v));
    }
    void field(QLatin1StringView name, int v)
    {
        key(name);
        value(qint64(v));
    }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.isEmpty()) {
            return;
        }
        if (m_levels.last()++ > 0) {
            m_sink.append(',');
        }
        newline();
    }
    void open(char bracket)
    {
        separate();
        m_sink.append(bracket);
        m_levels.append(0);
    }
    void close(char bracket)
    {
        const int count = m_levels.takeLast();
        if (count > 0) {
            newline();
        }
        m_sink.append(bracket);
    }
    void newline()
    {
        if (m_compact) {
            return;
        }
        m_sink.append('\n');
        m_sink.append(QByteArrayView(QByteArray(m_levels.size() * 4, ' ')));
    }

    Sink &m_sink;
    bool m_compact = false;
    bool m_afterKey = false;
    QList<int> m_levels; // items written so far at each open level
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8;
};

QString sectionTitle(const Document &doc, int section)
{
    return section >= 0 && section < doc.sections.size() ? doc.sections.at(section).title : QString();
}

QString sourceFileName(const Document &doc)
{
    return QFileInfo(doc.source.path).fileName();
}

// Text for the writers meant for people (CSV, Markdown, HTML, text): no terminal controls.
QString shown(QStringView text)
{
    return withVisibleControls(text);
}

// ---- JSON -------------------------------------------------------------------------------------------

struct SelectionCounts {
    bool whole = true;       // every quote of the document is selected
    QList<Speaker> speakers; // those quoted in the selection, counted there
    QList<Theme> themes;     // those the selected quotes carry, counted there
};

SelectionCounts countSelection(const QuoteSelection &selection, const QList<const Quote *> &selected)
{
    const Document &doc = *selection.document;
    SelectionCounts counts;
    // Every quote once, in whatever order (a table sorted by speaker): the whole article.
    QList<bool> seen(doc.quotes.size(), false);
    qsizetype distinct = 0;
    for (const int index : selection.quotes) {
        if (index >= 0 && index < seen.size() && !seen.at(index)) {
            seen[index] = true;
            ++distinct;
        }
    }
    counts.whole = distinct == doc.quotes.size();
    if (counts.whole) {
        counts.speakers = doc.speakers;
        counts.themes = doc.themes;
        return counts;
    }
    QList<int> perSpeaker(doc.speakers.size(), 0);
    QHash<QString, int> perTheme;
    for (const Quote *quote : selected) {
        if (doc.speakerOf(*quote)) {
            ++perSpeaker[quote->speaker];
        }
        for (const QString &theme : quote->themes) {
            ++perTheme[theme];
        }
    }
    for (qsizetype i = 0; i < doc.speakers.size(); ++i) {
        if (perSpeaker.at(i) > 0) {
            counts.speakers.append(doc.speakers.at(i));
            counts.speakers.last().quotes = perSpeaker.at(i);
        }
    }
    for (const Theme &theme : doc.themes) {
        if (perTheme.value(theme.name) > 0) {
            counts.themes.append(theme);
            counts.themes.last().quotes = perTheme.value(theme.name);
        }
    }
    return counts;
}

class JsonWriter final : public QuoteWriter
{
public:
    explicit JsonWriter(bool compact)
        : m_compact(compact)
    {
    }

    bool write(const QuoteSelection &selection, QIODevice *device) const override
    {
        if (!selection.document) {
            return false;
        }
        const Document &doc = *selection.document;
        Sink sink(device);
        JsonOut json(sink, m_compact);
        json.beginObject();
        json.field(QLatin1StringView("format"), QStringLiteral("quotereader/1"));

        json.key(QLatin1StringView("source"));
        json.beginObject();
        json.field(QLatin1StringView("path"), doc.source.path);
        json.field(QLatin1StringView("encoding"), doc.source.encoding);
        json.field(QLatin1StringView("encodingDetected"), doc.source.encodingDetected);
        json.field(QLatin1StringView("bytes"), qint64(doc.source.bytes));
        json.field(QLatin1StringView("format"), toString(doc.source.format));
        json.endObject();

        json.field(QLatin1StringView("language"), doc.language);
        json.field(QLatin1StringView("title"), doc.title);

        json.objectArray(QLatin1StringView("sections"), doc.sections, [&json](const Section &section) {
            json.field(QLatin1StringView("title"), section.title);
            json.field(QLatin1StringView("paragraphs"), section.paragraphs);
            json.field(QLatin1StringView("start"), qint64(section.range.start));
            json.field(QLatin1StringView("end"), qint64(section.range.end));
        });

        QList<const Quote *> selected;
        for (const int index : selection.quotes) {
            if (index >= 0 && index < doc.quotes.size()) {
                selected.append(&doc.quotes.at(index));
            }
        }
        // A part of the article describes that part: its speakers and themes, counted in it, and no
        // noise (which belongs to the article, not to its quotes).
        const SelectionCounts counts = countSelection(selection, selected);

        json.objectArray(QLatin1StringView("speakers"), counts.speakers, [&json](const Speaker &speaker) {
            json.field(QLatin1StringView("name"), speaker.name);
            json.field(QLatin1StringView("role"), speaker.role);
            json.key(QLatin1StringView("aliases"));
            json.strings(speaker.aliases);
            json.field(QLatin1StringView("group"), speaker.group);
            json.field(QLatin1StringView("quotes"), speaker.quotes);
        });
        json.objectArray(QLatin1StringView("quotes"), selected, [&json, &doc](const Quote *selectedQuote) {
            const Quote &quote = *selectedQuote;
            const Speaker *speaker = doc.speakerOf(quote);
            json.key(QLatin1StringView("speaker"));
            if (speaker) {
                json.value(QStringView(speaker->name));
            } else {
                json.null();
            }
            json.field(QLatin1StringView("role"), speaker ? speaker->role : QString());
            json.field(QLatin1StringView("kind"), toString(quote.kind));
            json.field(QLatin1StringView("cue"), quote.cue);
            json.field(QLatin1StringView("rule"), quote.rule);
            if (quote.corrected) {
                json.field(QLatin1StringView("corrected"), true);
            }
            json.field(QLatin1StringView("text"), doc.quoteText(quote));
            json.field(QLatin1StringView("section"), quote.section);
            json.field(QLatin1StringView("paragraph"), quote.paragraph);
            json.field(QLatin1StringView("start"), qint64(quote.range.start));
            json.field(QLatin1StringView("end"), qint64(quote.range.end));
            json.key(QLatin1StringView("themes"));
            json.strings(quote.themes);
        });

        json.objectArray(QLatin1StringView("themes"), counts.themes, [&json](const Theme &theme) {
            json.field(QLatin1StringView("name"), theme.name);
            json.key(QLatin1StringView("terms"));
            json.strings(theme.terms);
            json.field(QLatin1StringView("quotes"), theme.quotes);
            json.field(QLatin1StringView("userDefined"), theme.userDefined);
        });

        json.objectArray(QLatin1StringView("noise"), counts.whole ? doc.noise : QList<Noise>(),
                         [&json, &doc](const Noise &noise) {
                             json.field(QLatin1StringView("kind"), toString(noise.kind));
                             json.field(QLatin1StringView("text"), doc.textOf(noise.range).toString());
                             json.field(QLatin1StringView("start"), qint64(noise.range.start));
                             json.field(QLatin1StringView("end"), qint64(noise.range.end));
                             if (!noise.original.isEmpty()) {
                                 // A repaired span: the text shows the repair, this is what the file had.
                                 json.field(QLatin1StringView("original"), noise.original);
                             }
                         });

        json.endObject();
        sink.append('\n');
        return sink.finish();
    }

private:
    bool m_compact = false;
};

// ---- CSV --------------------------------------------------------------------------------------------

class CsvWriter final : public QuoteWriter
{
public:
    explicit CsvWriter(const WriterOptions &options)
        : m_options(options)
    {
    }

    bool write(const QuoteSelection &selection, QIODevice *device) const override
    {
        if (!selection.document) {
            return false;
        }
        const Document &doc = *selection.document;
        Sink sink(device);
        if (m_options.csvBom) {
            sink.append(QByteArrayView("\xEF\xBB\xBF"));
        }
        if (m_options.csvHeader) {
            QStringList header;
            if (m_options.csvFileColumn) {
                header << QStringLiteral("file");
            }
            header << QStringLiteral("speaker") << QStringLiteral("role") << QStringLiteral("kind")
                   << QStringLiteral("cue") << QStringLiteral("section") << QStringLiteral("themes")
                   << QStringLiteral("text");
            writeRow(sink, header);
        }
        for (const int index : selection.quotes) {
            if (index < 0 || index >= doc.quotes.size()) {
                continue;
            }
            const Quote &quote = doc.quotes.at(index);
            const Speaker *speaker = doc.speakerOf(quote);
            QStringList row;
            if (m_options.csvFileColumn) {
                row << doc.source.path;
            }
            row << (speaker ? speaker->name : QString()) << (speaker ? speaker->role : QString())
                << toString(quote.kind) << quote.cue << sectionTitle(doc, quote.section) << quote.themes.join(u"; ")
                << doc.quoteText(quote);
            writeRow(sink, row);
        }
        return sink.finish();
    }

private:
    static void writeRow(Sink &sink, const QStringList &cells)
    {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                line += u',';
            }
            line += csvCell(cells.at(i));
        }
        line += u"\r\n";
        sink.append(QStringView(line));
    }

    WriterOptions m_options;
};

// ---- Grouped writers: Markdown, HTML, text ------------------------------------------------------------

struct SpeakerGroup {
    int speaker = -1;  // index into Document::speakers, -1 for the unattributed quotes
    QList<int> quotes; // indices into Document::quotes, in selection order
};

// Speakers in the order their first selected quote appears; the unattributed quotes come last because
// they belong to nobody and would otherwise split the named speakers.
QList<SpeakerGroup> groupBySpeaker(const QuoteSelection &selection)
{
    const Document &doc = *selection.document;
    QList<SpeakerGroup> groups;
    QHash<int, qsizetype> groupOf;
    SpeakerGroup unattributed;
    for (const int index : selection.quotes) {
        if (index < 0 || index >= doc.quotes.size()) {
            continue;
        }
        const Quote &quote = doc.quotes.at(index);
        if (!doc.speakerOf(quote)) {
            unattributed.quotes.append(index);
            continue;
        }
        auto it = groupOf.constFind(quote.speaker);
        if (it == groupOf.cend()) {
            it = groupOf.insert(quote.speaker, groups.size());
            groups.append(SpeakerGroup{quote.speaker, {}});
        }
        groups[*it].quotes.append(index);
    }
    if (!unattributed.quotes.isEmpty()) {
        groups.append(std::move(unattributed));
    }
    return groups;
}

QString groupName(const Document &doc, const SpeakerGroup &group)
{
    return group.speaker >= 0 ? doc.speakers.at(group.speaker).name : Messages::tr("Unattributed");
}

QString groupRole(const Document &doc, const SpeakerGroup &group)
{
    return group.speaker >= 0 ? doc.speakers.at(group.speaker).role : QString();
}

QString documentHeading(const Document &doc)
{
    const QString name = doc.title.isEmpty() ? sourceFileName(doc) : doc.title;
    return Messages::tr("Quotes from %1").arg(name);
}

// "indirect · 指出 · 大模型還面臨局限性 · article.txt": what a reader needs to find the quote again.
QStringList quoteDetails(const Document &doc, const Quote &quote)
{
    QStringList parts;
    parts << toString(quote.kind);
    if (!quote.cue.isEmpty()) {
        parts << quote.cue;
    }
    const QString section = sectionTitle(doc, quote.section);
    parts << (section.isEmpty() ? Messages::tr("opening") : section);
    if (!quote.themes.isEmpty()) {
        parts << Messages::tr("themes: %1").arg(quote.themes.join(u", "));
    }
    parts << sourceFileName(doc);
    return parts;
}

QString quoteCount(qsizetype n)
{
    return n == 1 ? Messages::tr("1 quote") : Messages::tr("%1 quotes").arg(n);
}

// Named speakers only: "Unattributed" is a group of quotes, not a person.
QString countLine(const QuoteSelection &selection, const QList<SpeakerGroup> &groups)
{
    const auto named = std::count_if(groups.cbegin(), groups.cend(),
                                     [](const SpeakerGroup &g) { return g.speaker >= 0; });
    return quoteCount(selection.quotes.size()) + u" · "
           + (named == 1 ? Messages::tr("1 speaker") : Messages::tr("%1 speakers").arg(named));
}

class MarkdownWriter final : public QuoteWriter
{
public:
    bool write(const QuoteSelection &selection, QIODevice *device) const override
    {
        if (!selection.document) {
            return false;
        }
        const Document &doc = *selection.document;
        const QList<SpeakerGroup> groups = groupBySpeaker(selection);
        Sink sink(device);
        QString out;
        out += u"# " + markdownEscape(documentHeading(doc)) + u"\n\n";
        out += Messages::tr("Source") + u": " + markdownEscape(sourceFileName(doc)) + u" · "
               + countLine(selection, groups) + u"\n";
        sink.append(QStringView(out));
        for (const SpeakerGroup &group : groups) {
            out.clear();
            out += u"\n## " + markdownEscape(groupName(doc, group));
            const QString role = groupRole(doc, group);
            if (!role.isEmpty()) {
                out += u" — " + markdownEscape(role);
            }
            out += u'\n';
            for (const int index : group.quotes) {
                const Quote &quote = doc.quotes.at(index);
                out += u'\n';
                const QStringList lines = doc.quoteText(quote).split(u'\n', Qt::SkipEmptyParts);
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (i > 0) {
                        out += u">\n";
                    }
                    out += u"> " + markdownEscape(lines.at(i).trimmed()) + u'\n';
                }
                out += u">\n> — *" + markdownEscape(quoteDetails(doc, quote).join(u" · ")) + u"*\n";
            }
            sink.append(QStringView(out));
        }
        return sink.finish();
    }
};

class HtmlWriter final : public QuoteWriter
{
public:
    bool write(const QuoteSelection &selection, QIODevice *device) const override
    {
        if (!selection.document) {
            return false;
        }
        const Document &doc = *selection.document;
        const QList<SpeakerGroup> groups = groupBySpeaker(selection);
        const QString heading = htmlEscape(documentHeading(doc));
        Sink sink(device);
        QString out;
        out += u"<!DOCTYPE html>\n<html";
        if (!doc.language.isEmpty()) {
            out += u" lang=\"" + htmlEscape(doc.language) + u'"';
        }
        out += u">\n<head>\n<meta charset=\"utf-8\">\n"
               u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               u"<meta name=\"generator\" content=\"QuoteReader\">\n";
        out += u"<title>" + heading + u"</title>\n";
        out += u"<style>\n"
               u"body { font-family: system-ui, sans-serif; line-height: 1.6; max-width: 46em; margin: 2em auto; "
               u"padding: 0 1em; color: #222; }\n"
               u"h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }\n"
               u"h2 .role { font-weight: normal; font-size: 0.75em; color: #555; }\n"
               u"blockquote { margin: 1em 0; padding: 0.5em 1em; border-left: 4px solid #7a9cc6; "
               u"background: #f5f7fa; }\n"
               u"blockquote p { margin: 0.3em 0; }\n"
               u"blockquote footer { font-size: 0.85em; color: #555; }\n"
               u".source { color: #555; }\n"
               u"</style>\n</head>\n<body>\n";
        out += u"<h1>" + heading + u"</h1>\n";
        out += u"<p class=\"source\">" + htmlEscape(Messages::tr("Source")) + u": <cite>"
               + htmlEscape(sourceFileName(doc)) + u"</cite> · " + htmlEscape(countLine(selection, groups)) + u"</p>\n";
        sink.append(QStringView(out));
        for (const SpeakerGroup &group : groups) {
            out.clear();
            out += u"<section class=\"speaker\">\n<h2>" + htmlEscape(groupName(doc, group));
            const QString role = groupRole(doc, group);
            if (!role.isEmpty()) {
                out += u" <span class=\"role\">" + htmlEscape(role) + u"</span>";
            }
            out += u"</h2>\n";
            for (const int index : group.quotes) {
                const Quote &quote = doc.quotes.at(index);
                out += u"<blockquote>\n";
                const QStringList lines = doc.quoteText(quote).split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : lines) {
                    out += u"<p>" + htmlEscape(line.trimmed()) + u"</p>\n";
                }
                out += u"<footer>" + htmlEscape(quoteDetails(doc, quote).join(u" · ")) + u"</footer>\n";
                out += u"</blockquote>\n";
            }
            out += u"</section>\n";
            sink.append(QStringView(out));
        }
        sink.append(QByteArrayView("</body>\n</html>\n"));
        return sink.finish();
    }
};

class TextWriter final : public QuoteWriter
{
public:
    bool write(const QuoteSelection &selection, QIODevice *device) const override
    {
        if (!selection.document) {
            return false;
        }
        const Document &doc = *selection.document;
        const QList<SpeakerGroup> groups = groupBySpeaker(selection);
        Sink sink(device);
        QString out;
        out += shown(documentHeading(doc)) + u'\n';
        out += Messages::tr("Source") + u": " + shown(sourceFileName(doc)) + u" · " + countLine(selection, groups)
               + u'\n';
        sink.append(QStringView(out));
        for (const SpeakerGroup &group : groups) {
            out.clear();
            out += u'\n' + shown(groupName(doc, group));
            const QString role = groupRole(doc, group);
            if (!role.isEmpty()) {
                out += u" — " + shown(role);
            }
            out += u" (" + quoteCount(group.quotes.size()) + u")\n";
            for (const int index : group.quotes) {
                const Quote &quote = doc.quotes.at(index);
                out += u'\n';
                const QStringList lines = doc.quoteText(quote).split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : lines) {
                    out += u"    " + shown(line.trimmed()) + u'\n';
                }
                out += u"    — " + shown(quoteDetails(doc, quote).join(u" · ")) + u'\n';
            }
            sink.append(QStringView(out));
        }
        return sink.finish();
    }
};

} // namespace

QuoteSelection QuoteSelection::all(const Document &document)
{
    QuoteSelection selection{&document, {}};
    selection.quotes.reserve(document.quotes.size());
    for (int i = 0; i < document.quotes.size(); ++i) {
        selection.quotes.append(i);
    }
    return selection;
}

std::unique_ptr<QuoteWriter> makeWriter(ExportFormat format)
{
    return makeWriter(format, WriterOptions{});
}

std::unique_ptr<QuoteWriter> makeWriter(ExportFormat format, const WriterOptions &options)
{
    switch (format) {
    case ExportFormat::Json:
        return std::make_unique<JsonWriter>(options.compactJson);
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>(options);
    case ExportFormat::Markdown:
        return std::make_unique<MarkdownWriter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlWriter>();
    case ExportFormat::Text:
        return std::make_unique<TextWriter>();
    case ExportFormat::Article:
        return std::make_unique<ArticleTextWriter>();
    }
    return nullptr;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"json") {
        return ExportFormat::Json;
    }
    if (lower == u"csv") {
        return ExportFormat::Csv;
    }
    if (lower == u"md" || lower == u"markdown") {
        return ExportFormat::Markdown;
    }
    if (lower == u"html" || lower == u"htm") {
        return ExportFormat::Html;
    }
    if (lower == u"txt" || lower == u"text") {
        return ExportFormat::Text;
    }
    if (lower == u"article") {
        return ExportFormat::Article;
    }
    return std::nullopt;
}

QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Text:
    case ExportFormat::Article:
        return QStringLiteral("txt");
    }
    return {};
}

bool exportToFile(const QuoteSelection &selection, ExportFormat format, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = Messages::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    if (!selection.document) {
        return fail(Messages::tr("there is no document to export."));
    }
    std::unique_ptr<QuoteWriter> writer = makeWriter(format);
    AtomicFile file(path);
    if (!file.open()) {
        return fail(file.errorString());
    }
    if (!writer || !writer->write(selection, file.device())) {
        const QString reason = deviceError(*file.device());
        file.cancel();
        return fail(reason);
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    if (error) {
        error->clear();
    }
    return true;
}

} // namespace QuoteReader
