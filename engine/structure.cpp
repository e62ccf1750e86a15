#include "structure.h"

#include "language.h"
#include "lexicon.h"
#include "textutil.h"

#include <QRegularExpression>
#include <QSet>

namespace QuoteReader {

namespace {

struct StructureLexicons {
    WordList captionPrefixes = WordList::fromResource(QStringLiteral("structure/caption-prefixes.txt"));
    WordList captionSuffixes = WordList::fromResource(QStringLiteral("structure/caption-suffixes.txt"));
    WordList boilerplatePrefixes = WordList::fromResource(QStringLiteral("structure/boilerplate-prefixes.txt"));
    WordList bylineWords = WordList::fromResource(QStringLiteral("structure/byline-words.txt"));
    WordList datelineMarkers = WordList::fromResource(QStringLiteral("structure/dateline-markers.txt"));
    WordList newsAgencies = WordList::fromResource(QStringLiteral("structure/news-agencies.txt"));
};

const StructureLexicons &lexicons()
{
    static const StructureLexicons instance;
    return instance;
}

struct Line {
    TextRange range;
    BlockKind kind = BlockKind::Paragraph;
    bool hinted = false; // the markup said what the line is (a heading, the title, noise)
    bool placed = false; // the markup placed the line in the article (a web page's paragraph)
};

// A line that ends as a sentence ends. Scraped teasers are cut at a fixed length and end anywhere.
bool endsLikeSentence(QStringView line)
{
    auto isCloser = [](QChar c) {
        return isClosingQuote(c) || c == u'"' || c == u'’' || c == u'\'' || c == u')' || c == u'）' || c == u'】';
    };
    qsizetype i = line.size() - 1;
    qsizetype lastQuote = -1;
    // Closing quotes and brackets after the punctuation: 」。 ." .”) .'' are all complete.
    while (i >= 0 && isCloser(line[i])) {
        if (lastQuote < 0 && line[i] != u')' && line[i] != u'）' && line[i] != u'】') {
            lastQuote = i;
        }
        --i;
    }
    if (i < 0) {
        return false;
    }
    if (isSentenceEnd(line[i]) || line[i] == u'：' || line[i] == u':') {
        return true;
    }
    if (lastQuote < 0) {
        return false;
    }
    // A quotation closing the line without punctuation before its mark ends a sentence when it is
    // a quotation of words (他說“好”…), not a term at the end of a heading (數字展廳不是“噱頭”).
    qsizetype open = i;
    while (open >= 0 && !isOpeningQuote(line[open]) && line[open] != u'"' && line[open] != u'‘'
           && line[open] != u'\'') {
        --open;
    }
    return open < 0 || i - open > 8;
}

// Length in "reading units": a Han character counts one, a Latin word counts one. Counting stops
// past `limit`: callers only ask whether a line is short, and paragraphs can be long.
qsizetype readingLength(QStringView line, qsizetype limit)
{
    qsizetype units = 0;
    bool inWord = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        // ASCII first: English lines are read to their limit, and the Unicode tables cost a call a character.
        const bool asciiWord = u < 0x80 && (char16_t(u - u'0') < 10 || char16_t((u | 0x20) - u'a') < 26);
        if (u >= 0x80 && isHanOrSurrogate(c)) {
            ++units;
            inWord = false;
        } else if (asciiWord || (u >= 0x80 && c.isLetterOrNumber())) {
            if (!inWord) {
                ++units;
            }
            inWord = true;
        } else {
            inWord = false;
        }
        if (units > limit) {
            break;
        }
    }
    return units;
}

bool hasSpeechMarks(QStringView line)
{
    for (const QChar c : line) {
        if (isOpeningQuote(c) || c == u'"' || c == u'“') {
            return true;
        }
    }
    return false;
}

bool startsWithAny(QStringView line, const WordList &prefixes)
{
    return prefixes.matchAtStart(line) > 0;
}

// A credit at the end of a short line: …（資料照）, …（台電提供）, … 本報記者 王某 攝
bool endsWithCaptionCredit(QStringView line)
{
    if (readingLength(line, 60) > 60) {
        return false;
    }
    QStringView body = line;
    if (body.endsWith(u'）') || body.endsWith(u')')) {
        const qsizetype open = std::max(body.lastIndexOf(u'（'), body.lastIndexOf(u'('));
        if (open < 0) {
            return false;
        }
        body = body.mid(open + 1, body.size() - open - 2).trimmed();
    } else {
        // Without brackets the credit stands after a blank, a bar, a slash or a stop: 本報記者　王某　攝,
        // …。記者王某／攝影, 視覺中國|圖, …堆放的多桶鎂粉 ，遇難者家屬供圖. A credit of a word or two (供圖, 攝) may
        // follow a name; a one-character one (圖) only a short one.
        qsizetype separator = -1;
        for (const QChar mark : {QChar(u' '), QChar(u'\u3000'), QChar(u'|'), QChar(u'｜'), QChar(u'，'), QChar(u'。'),
                                 QChar(u'／'), QChar(u'/')}) {
            separator = std::max(separator, body.lastIndexOf(mark));
        }
        const qsizetype suffix = separator >= 0 ? lexicons().captionSuffixes.matchAtEnd(body.mid(separator + 1)) : 0;
        if (separator < 0 || body.size() - separator - 1 > (suffix >= 2 ? 10 : 3)) {
            return false;
        }
        body = body.mid(separator + 1);
    }
    return lexicons().captionSuffixes.matchAtEnd(body) > 0;
}

bool isCaption(QStringView line)
{
    if (startsWithAny(line, lexicons().captionPrefixes) || endsWithCaptionCredit(line)) {
        return true;
    }
    // A picture's description that names its source last: 事故救援現場。來源：新華網
    for (const QStringView source :
         {QStringView(u"來源："), QStringView(u"来源："), QStringView(u"來源:"), QStringView(u"来源:")}) {
        if (const qsizetype at = line.lastIndexOf(source);
            at > 0 && readingLength(line, 60) <= 60 && line.size() - at - source.size() <= 12) {
            return true;
        }
    }
    // A short line wholly in brackets: (資料圖), （圖片來源：網絡）, [Photo]
    const bool bracketed = (line.startsWith(u'(') && line.endsWith(u')'))
                           || (line.startsWith(u'（') && line.endsWith(u'）'))
                           || (line.startsWith(u'[') && line.endsWith(u']'));
    return bracketed && readingLength(line, 20) <= 20 && !lexicons().bylineWords.matchAtStart(line.mid(1));
}

bool isByline(QStringView line)
{
    if (readingLength(line, 24) > 24) {
        return false;
    }
    if (line.startsWith(u"By ") && !line.contains(u'.') && !hasSpeechMarks(line)) {
        return readingLength(line, 8) <= 8;
    }
    const WordList &words = lexicons().bylineWords;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (const qsizetype n = words.matchAtStart(line.mid(i));
            n > 0 && !(i + n == line.size() && words.tag(line.mid(i, n)) == u"person")) {
            return !endsLikeSentence(line) || line.endsWith(u'）') || line.endsWith(u')');
        }
    }
    return false;
}

bool isBoilerplate(QStringView line)
{
    return startsWithAny(line, lexicons().boilerplatePrefixes);
}

bool isNumberedHeadingMarker(QStringView line)
{
    // 一、 二、 … and （一） (二): section numbering in Chinese reports.
    static const QRegularExpression marker(
        QStringLiteral("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"));
    return marker.match(line).hasMatch();
}

// The longest run of text inside quotation marks: headings may hold a term in quotation marks
// (城市上空也要有「交通規則」), not a quotation.
qsizetype longestQuoted(QStringView line)
{
    qsizetype longest = 0;
    qsizetype open = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (open < 0 && (isOpeningQuote(c) || c == u'"')) {
            open = i;
        } else if (open >= 0 && (isClosingQuote(c) || c == u'"')) {
            longest = std::max(longest, i - open - 1);
            open = -1;
        }
    }
    return open >= 0 ? std::max(longest, line.size() - open - 1) : longest;
}

bool looksLikeHeading(QStringView line, bool chinese)
{
    const qsizetype length = readingLength(line, 40);
    // No heading runs past 40 units; most lines are paragraphs, so this goes first.
    if (line.isEmpty() || length > 40 || longestQuoted(line) > 8) {
        return false;
    }
    const QChar last = line.back();
    const bool question = last == u'？' || last == u'?';
    // A line wholly in 【】 or 《》 is a column's tag (【肺炎大爆發】) or the title of a work the
    // article quotes, not a heading of the article's own.
    if ((line.startsWith(u'【') && last == u'】' && line.indexOf(u'】') == line.size() - 1)
        || (line.startsWith(u'《') && last == u'》' && line.indexOf(u'》') == line.size() - 1)) {
        return false;
    }
    if (isNumberedHeadingMarker(line)) {
        return length <= (chinese ? 40 : 16);
    }
    // 記者：這部電影拍了多久？ is a transcript line; 專家：需補齐水利短板 a heading. A line with a
    // colon near its head is a heading only when it is no full sentence.
    const qsizetype colon = std::max(line.indexOf(u'：'), line.indexOf(u':'));
    if (colon >= 0 && colon <= 8 && (question || endsLikeSentence(line))) {
        return false;
    }
    if (chinese) {
        if (length < 2 || length > (question ? 36 : 26)) {
            return false;
        }
        if (!question && (endsLikeSentence(line) || last == u'，' || last == u',' || last == u'、')) {
            return false;
        }
        // Headings are phrases; a run of clauses is a sentence that lost its full stop.
        const qsizetype commas = line.count(u'，') + line.count(u',');
        return commas <= (question ? 2 : 1);
    }
    if (length < 2 || length > 14 || (!question && endsLikeSentence(line)) || last == u',') {
        return false;
    }
    return line.front().isUpper() || line.front().isDigit();
}

// English headlines capitalise most words; a sentence does not.
bool isTitleCase(QStringView line)
{
    int words = 0;
    int capitalised = 0;
    bool atWordStart = true;
    for (const QChar c : line) {
        if (c.isLetter()) {
            if (atWordStart) {
                ++words;
                capitalised += c.isUpper();
            }
            atWordStart = false;
        } else {
            atWordStart = c.isSpace() || c == u'-' || c == u'‘' || c == u'“' || c == u'"';
        }
    }
    return words >= 2 && capitalised * 10 >= words * 6;
}

// Where the body starts on a line that also carries the headline (0 if the line has none).
qsizetype gluedHeadlineEnd(QStringView line)
{
    // The headline ends before the body's first clause does.
    qsizetype firstComma = line.indexOf(u'，');
    if (firstComma < 0) {
        firstComma = line.size();
    }
    const qsizetype window = std::min<qsizetype>({line.size(), 64, firstComma});
    static const QRegularExpression datePattern(QStringLiteral("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"));
    const StructureLexicons &lex = lexicons();
    for (qsizetype i = 6; i < window; ++i) {
        const QStringView rest = line.mid(i);
        if (const qsizetype n = lex.datelineMarkers.matchAtStart(rest)) {
            const QString tag = lex.datelineMarkers.tag(rest.left(n));
            return tag == u"after" ? i + n : i;
        }
        if (lex.newsAgencies.matchAtStart(rest) > 0) {
            return i;
        }
        if (rest.front().isDigit() && (i == 0 || !line[i - 1].isDigit())) {
            const auto match = datePattern.match(rest, 0, QRegularExpression::NormalMatch,
                                                 QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                return i;
            }
        }
    }
    return 0;
}

// A credit closing an article: "– Bloomberg", "—Associated Press", a reporter's name in capitals
// ("JON BREAM"). Only a line of a few words that is nothing else.
bool isClosingCredit(QStringView line)
{
    QStringView rest = line.trimmed();
    bool dash = false;
    while (!rest.isEmpty() && (rest.front() == u'–' || rest.front() == u'—' || rest.front() == u'-')) {
        rest = rest.mid(1).trimmed();
        dash = true;
    }
    if (rest.isEmpty() || endsLikeSentence(rest) || hasSpeechMarks(rest)) {
        return false;
    }
    int words = 0;
    int capitalised = 0;
    int upper = 0;
    int letters = 0;
    bool atStart = true;
    for (const QChar c : rest) {
        if (c.isLetter()) {
            if (c.script() != QChar::Script_Latin) {
                return false;
            }
            ++letters;
            upper += c.isUpper();
            if (atStart) {
                ++words;
                capitalised += c.isUpper();
            }
            atStart = false;
        } else if (c.isSpace() || c == u'/' || c == u'&') {
            atStart = true;
        } else if (c != u'.' && c != u'\'' && c != u'’' && c != u'-') {
            return false; // a colon, a digit or a bracket: not a name alone
        }
    }
    if (words == 0 || words > 4 || capitalised < words - (words > 2 ? 1 : 0)) {
        return false;
    }
    // After a dash any capitalised name is a credit; without one, only a name in capitals.
    return dash || (words >= 2 && upper == letters);
}

// Words a line shares with the article it ends: English words of four letters or more, lower-case;
// pairs of Chinese characters. Teasers of other articles share few of them.
QSet<QString> topicTerms(QStringView text)
{
    QSet<QString> terms;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        if (isHanOrSurrogate(c)) {
            if (i + 1 < text.size() && isHanOrSurrogate(text[i + 1])) {
                terms.insert(text.mid(i, 2).toString());
            }
        }
        const bool latin = c.isLetter() && !isHanOrSurrogate(c);
        if (latin && start < 0) {
            start = i;
        } else if (!latin && start >= 0) {
            if (i - start >= 4) {
                terms.insert(text.mid(start, i - start).toString().toLower());
            }
            start = -1;
        }
    }
    return terms;
}

// A teaser's marks: a bullet before it, or the age of the other article it stands for ("3 hours
// ago", "2 小時前").
bool hasTeaserMarker(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral("^[•·▪►»>*]\\s*|\\b\\d+\\s*(?:min(?:ute)?s?|hours?|days?|"
                                                          "weeks?)\\s+ago\\b|\\d+\\s*(?:分鐘|分钟|小時|小时|天)前"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(line).hasMatch();
}

// The run of lines at the end that are not the article: teasers and headlines of other articles,
// cut off mid-sentence. Returns the index of the first such line (lines.size() if none). Lines before
// `keep` (the headline and the lede) are never taken, and the run needs evidence of teasers, not
// only lines without a full stop: several short headline-like lines, lines of another topic than
// the article's, or the marks of a list of links.
qsizetype relatedTailStart(const QList<Line> &lines, QStringView text, qsizetype keep, bool chinese)
{
    auto isText = [&lines](qsizetype i) {
        return i >= 0 && i < lines.size()
               && (lines.at(i).kind == BlockKind::Paragraph || lines.at(i).kind == BlockKind::Heading);
    };
    auto lineText = [&](qsizetype i) { return text.mid(lines.at(i).range.start, lines.at(i).range.length()); };
    auto complete = [&](qsizetype i) { return endsLikeSentence(lineText(i)); };
    qsizetype start = lines.size();
    int cut = 0;
    qsizetype longestCut = 0; // teasers are cut at about one length
    for (qsizetype i = lines.size() - 1; i >= keep; --i) {
        const Line &line = lines.at(i);
        if (!isText(i)) {
            if (line.kind == BlockKind::Boilerplate || line.kind == BlockKind::Caption) {
                continue; // furniture may sit among the teasers
            }
            break;
        }
        const qsizetype length = line.range.length();
        if (complete(i)) {
            // A teaser that happened to end well sits between cut-off ones and is no longer than
            // they are; the article's last paragraph has the article (or a heading) before it.
            const bool sandwiched = isText(i - 1) && !complete(i - 1) && start < lines.size() && !complete(start)
                                    && length <= longestCut + longestCut / 4;
            if (!sandwiched) {
                break;
            }
        } else {
            ++cut;
            longestCut = std::max(longestCut, length);
        }
        start = i;
    }
    // A single unfinished last line may be the article's own; teasers come in runs.
    if (cut < 2) {
        return lines.size();
    }
    // The article's vocabulary, from the text before the run (its end and its start, enough to
    // know what it is about without reading a long document whole).
    QString body;
    for (qsizetype i = 0, taken = 0; i < start && taken < 16384; ++i) {
        if (isText(i)) {
            body += lineText(i);
            body += u'\n';
            taken += lines.at(i).range.length();
        }
    }
    for (qsizetype i = start - 1, taken = 0; i >= 0 && taken < 32768; --i) {
        if (isText(i)) {
            body += lineText(i);
            body += u'\n';
            taken += lines.at(i).range.length();
        }
    }
    const QSet<QString> article = topicTerms(body);
    int runLines = 0;
    int teasers = 0;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (!isText(i)) {
            continue;
        }
        ++runLines;
        const QStringView line = lineText(i);
        const QSet<QString> terms = topicTerms(line);
        const auto shared = std::count_if(terms.cbegin(), terms.cend(),
                                          [&](const QString &t) { return article.contains(t); });
        const bool judged = terms.size() >= 3;
        const bool otherTopic = judged && shared * 3 < terms.size();
        const bool onTopic = judged && shared * 2 >= terms.size();
        // A short headline: in English its words are capitalised; in Chinese it is short and cut.
        const bool headline = !complete(i) && readingLength(line, 40) <= (chinese ? 40 : 16)
                              && (chinese || isTitleCase(line));
        teasers += otherTopic || hasTeaserMarker(line) || (headline && !onTopic);
    }
    const bool evidence = teasers >= 2 && teasers * 2 >= runLines;
    return evidence ? start : lines.size();
}

NoiseKind noiseKindFor(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Caption:
        return NoiseKind::Caption;
    case BlockKind::Byline:
        return NoiseKind::Byline;
    case BlockKind::Related:
        return NoiseKind::Related;
    case BlockKind::Navigation:
        return NoiseKind::Navigation;
    case BlockKind::Comments:
        return NoiseKind::Comments;
    default:
        return NoiseKind::Boilerplate;
    }
}

} // namespace

void buildStructure(Document &doc, const QList<LineHint> &hints)
{
    const QStringView text(doc.text);
    const bool chinese = isChinese(doc.language);

    // Lines, with their line numbers for the loader's hints.
    QList<Line> lines;
    {
        QHash<int, BlockKind> hinted;
        for (const LineHint &hint : hints) {
            hinted.insert(hint.line, hint.kind);
        }
        int number = 0;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0) {
                end = text.size();
            }
            if (end > start) {
                Line line{{start, end}, BlockKind::Paragraph, false};
                if (const auto it = hinted.constFind(number); it != hinted.cend()) {
                    // A paragraph of a web page's article may still be a byline or a caption.
                    line.kind = *it;
                    line.placed = *it == BlockKind::Paragraph;
                    line.hinted = !line.placed;
                }
                lines.append(line);
            }
            start = end + 1;
            ++number;
        }
    }
    auto lineText = [&text](const Line &line) { return text.mid(line.range.start, line.range.length()); };

    // Furniture recognisable from the line alone.
    for (Line &line : lines) {
        if (line.hinted) {
            continue;
        }
        const QStringView body = lineText(line);
        if (isBoilerplate(body)) {
            line.kind = BlockKind::Boilerplate;
        } else if (isCaption(body)) {
            line.kind = BlockKind::Caption;
        } else if (isByline(body)) {
            line.kind = BlockKind::Byline;
        }
    }

    // Credits closing the article ("– Bloomberg", "JON BREAM"), each a line of its own.
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        Line &line = lines[i];
        if (line.kind == BlockKind::Boilerplate || line.kind == BlockKind::Byline || line.kind == BlockKind::Caption) {
            continue;
        }
        if (line.hinted || !isClosingCredit(lineText(line))) {
            break;
        }
        line.kind = BlockKind::Byline;
    }

    // The tail of other articles' teasers; on a web page, the markup has told them apart already.
    // The headline and the lede are never part of it.
    const bool placed = std::any_of(lines.cbegin(), lines.cend(), [](const Line &l) { return l.placed; });
    qsizetype keep = 0;
    {
        int textLines = 0;
        const auto isTextLine = [](const Line &l) {
            return l.kind == BlockKind::Paragraph || l.kind == BlockKind::Heading || l.kind == BlockKind::Title;
        };
        while (keep < lines.size() && textLines < 2) {
            if (isTextLine(lines.at(keep))) {
                ++textLines;
                // Without a headline first, the first line is the lede itself.
                const bool headline = lines.at(keep).kind == BlockKind::Title
                                      || (!endsLikeSentence(lineText(lines.at(keep)))
                                          && readingLength(lineText(lines.at(keep)), 40) <= (chinese ? 40 : 24));
                if (textLines == 1 && !headline) {
                    ++textLines;
                }
            }
            ++keep;
        }
    }
    const qsizetype tail = placed ? lines.size() : relatedTailStart(lines, text, keep, chinese);
    for (qsizetype i = tail; i < lines.size(); ++i) {
        if (lines[i].kind == BlockKind::Paragraph || lines[i].kind == BlockKind::Heading) {
            lines[i].kind = BlockKind::Related;
        }
    }

    // The headline: a hint, a short first line, or the head of a one-line article.
    const bool hasTitleHint = std::any_of(lines.cbegin(), lines.cend(),
                                          [](const Line &l) { return l.kind == BlockKind::Title; });
    qsizetype first = 0;
    while (first < tail && lines[first].kind != BlockKind::Paragraph && lines[first].kind != BlockKind::Title) {
        ++first;
    }
    if (!hasTitleHint && first < tail && !lines[first].hinted) {
        const QStringView body = lineText(lines[first]);
        const bool followedByText = first + 1 < tail;
        const bool headline = chinese ? looksLikeHeading(body, true) && !body.endsWith(u'？')
                                      : (isTitleCase(body) && readingLength(body, 24) <= 24 && !hasSpeechMarks(body))
                                            || looksLikeHeading(body, false);
        if (headline && followedByText) {
            lines[first].kind = BlockKind::Title;
        } else if (chinese && !followedByText && readingLength(body, 80) > 80) {
            if (const qsizetype split = gluedHeadlineEnd(body)) {
                Line head{{lines[first].range.start, lines[first].range.start + split}, BlockKind::Title, false};
                lines[first].range.start += split;
                // The body may start with the separator between headline and dateline.
                while (lines[first].range.start < lines[first].range.end
                       && (text[lines[first].range.start].isSpace() || text[lines[first].range.start] == u'-')) {
                    ++lines[first].range.start;
                }
                lines.insert(first, head);
            }
        }
    }

    // Headings between paragraphs.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        // A web page's markup states its headings; its short lines are list items, not headings.
        if (line.hinted || line.placed || line.kind != BlockKind::Paragraph) {
            continue;
        }
        // A heading introduces text: the next article line must be a paragraph.
        qsizetype next = i + 1;
        while (next < lines.size()
               && (lines[next].kind == BlockKind::Caption || lines[next].kind == BlockKind::Byline)) {
            ++next;
        }
        if (next >= lines.size() || lines[next].kind != BlockKind::Paragraph) {
            continue;
        }
        const QStringView body = lineText(line);
        if (looksLikeHeading(body, chinese) && readingLength(lineText(lines[next]), 40) > readingLength(body, 40)) {
            line.kind = BlockKind::Heading;
        }
    }

    // Blocks, sections and noise.
    doc.sections.append(Section{});
    int paragraph = 0;
    for (const Line &line : std::as_const(lines)) {
        Block block{line.kind, line.range, int(doc.sections.size()) - 1, -1};
        switch (line.kind) {
        case BlockKind::Title:
            if (doc.title.isEmpty()) {
                doc.title = lineText(line).toString();
            }
            block.section = -1;
            break;
        case BlockKind::Heading: {
            Section section;
            section.title = lineText(line).toString();
            section.headingBlock = int(doc.blocks.size());
            section.range = line.range;
            doc.sections.append(section);
            block.section = int(doc.sections.size()) - 1;
            break;
        }
        case BlockKind::Paragraph:
            block.paragraph = paragraph++;
            ++doc.sections.last().paragraphs;
            break;
        case BlockKind::Caption:
        case BlockKind::Byline:
        case BlockKind::Related:
        case BlockKind::Boilerplate:
        case BlockKind::Navigation:
        case BlockKind::Comments:
            doc.noise.append(Noise{noiseKindFor(line.kind), line.range, {}});
            if (line.kind != BlockKind::Caption && line.kind != BlockKind::Byline) {
                block.section = -1;
            }
            break;
        }
        if (block.section >= 0) {
            Section &section = doc.sections[block.section];
            if (section.range.isEmpty() && section.headingBlock < 0) {
                section.range.start = line.range.start;
            }
            section.range.end = line.range.end;
        }
        doc.blocks.append(block);
    }
    // An article that opens with a heading has no untitled opening.
    if (doc.sections.size() > 1 && doc.sections.first().paragraphs == 0) {
        doc.sections.removeFirst();
        for (Block &block : doc.blocks) {
            if (block.section >= 0) {
                --block.section;
            }
        }
    }
}

} // namespace QuoteReader
