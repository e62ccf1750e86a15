// The parsed article: what the engine produces and every view, writer and model reads.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace QuoteReader {

// Offsets are UTF-16 code units into Document::text (the cleaned text), half-open [start, end).
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

enum class SourceFormat { PlainText, Html, Markdown };

struct SourceInfo {
    QString path;
    QString encoding;             // the encoding the bytes were decoded with, e.g. "UTF-8", "GB18030"
    bool encodingDetected = true; // false when the user forced it
    qint64 bytes = 0;
    SourceFormat format = SourceFormat::PlainText;
    QStringList warnings; // what the reader should know about how the file was read: clauses without the
                          // file's name ("the file ends inside a character; …"), for each front end to name it
};

enum class BlockKind {
    Title,       // the headline
    Heading,     // a section heading
    Paragraph,   // body text of the article
    Caption,     // (資料圖), 圖說:, photo credits
    Byline,      // （記者…／台北報導）, By Jane Doe
    Related,     // teasers and cut-off headlines of other articles
    Boilerplate, // editor's notes, "follow us", copyright lines
    Navigation,  // a web page's menus, breadcrumbs and tag lists
    Comments,    // readers' comments under a web page's article
};

// Text outside the article, hidden by the reader unless asked for, never a source of quotes.
inline bool isNoise(BlockKind kind)
{
    return kind != BlockKind::Title && kind != BlockKind::Heading && kind != BlockKind::Paragraph;
}

// One line of the cleaned text, classified.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    TextRange range;
    int section = -1;   // index into Document::sections; -1 for noise outside the article
    int paragraph = -1; // running number of the article's paragraphs (Paragraph blocks only), from 0
};

struct Section {
    QString title;         // "" for the untitled opening
    int headingBlock = -1; // index into Document::blocks, -1 for the untitled opening
    int paragraphs = 0;    // how many Paragraph blocks the section holds
    TextRange range;       // from the heading (or the start) to the end of its last block
};

struct Speaker {
    QString name;        // as written in the article, in its own script
    QString role;        // title or position given in the article, "" if none
    QStringList aliases; // other ways the article refers to the speaker (他, Smith, Ms. Smith)
    bool group = false;  // an anonymous or collective source (消息人士, the ministry)
    int quotes = 0;      // how many quotes are attributed to the speaker
};

enum class QuoteKind { Direct, Indirect };

struct Quote {
    int speaker = -1; // index into Document::speakers, -1 when no speaker could be found
    QuoteKind kind = QuoteKind::Direct;
    QString cue;            // the reporting verb or phrase, "" if none
    QString rule;           // the attribution rule that found the quote and its speaker ("cue-after", "pronoun", …)
    TextRange range;        // the quoted words only, without quotation marks, speaker and cue
    TextRange cueRange;     // where the cue stands, empty if none
    TextRange subjectRange; // where the words naming the speaker stand (張三, 該人士, he), empty if none
    int section = 0;
    int paragraph = 0;      // Block::paragraph of the paragraph the quote starts in
    QStringList themes;     // names of the Document::themes whose terms the quote contains
    bool corrected = false; // changed or added by the user (corrections.h); "corrected": true in the JSON
};

struct Theme {
    QString name;
    QStringList terms;
    bool userDefined = false; // from the user's theme file rather than found in the article
    int quotes = 0;
};

enum class NoiseKind { Caption, Related, Boilerplate, Garbled, Byline, Navigation, Comments };

struct Noise {
    NoiseKind kind = NoiseKind::Caption;
    TextRange range; // in the cleaned text
    // For a Garbled span whose repair was certain: the text as it stood in the file, while the
    // cleaned text holds the repair. "" when the span was left as it was.
    QString original;
};

// What the cleaner took out of the decoded text (pinyin glosses), kept so the reader can show it greyed.
struct RemovedSpan {
    qsizetype cleanOffset = 0; // where it stood in the cleaned text
    QString text;              // what was removed, e.g. "(diǎn)"
};

struct Document {
    SourceInfo source;
    QString language; // BCP 47: "zh-Hant", "zh-Hans", "en"
    QString title;
    QString text; // the cleaned text the reader shows; every range points into it

    QList<Block> blocks;
    QList<Section> sections;
    QList<Speaker> speakers;
    QList<Quote> quotes;
    QList<Theme> themes;
    QList<Noise> noise;
    QList<RemovedSpan> removed;

    QStringView textOf(const TextRange &range) const { return QStringView(text).mid(range.start, range.length()); }
    QString quoteText(const Quote &quote) const { return textOf(quote.range).toString(); }
    const Speaker *speakerOf(const Quote &quote) const
    {
        return quote.speaker >= 0 && quote.speaker < speakers.size() ? &speakers.at(quote.speaker) : nullptr;
    }
};

// Counts the quotes of each speaker and drops the speakers left without one (the quotes' speaker
// indexes follow): the speaker list is of people quoted.
void countSpeakerQuotes(Document &doc);

QString toString(BlockKind kind);
QString toString(QuoteKind kind);
QString toString(NoiseKind kind);
QString toString(SourceFormat format);

} // namespace QuoteReader
