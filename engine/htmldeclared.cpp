#include "htmldeclared.h"

#include <QSet>

namespace QuoteReader::Html {

namespace {

// A body shorter than this is a summary, not the article: it says little about where the article is.
constexpr qint64 kMinimumShingles = 60;

// Words, with every Han or kana character a word of its own (those scripts do not space words).
QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        const bool wide = c.unicode() >= 0x2E80 && c.isLetter();
        const bool letter = c.isLetterOrNumber() && !wide;
        if (!letter && start >= 0) {
            out.append(text.mid(start, i - start));
            start = -1;
        }
        if (wide) {
            out.append(text.mid(i, 1));
        } else if (letter && start < 0) {
            start = i;
        }
    }
    return out;
}

template<typename Visit>
void forEachShingle(QStringView text, Visit &&visit)
{
    const QList<QStringView> w = words(text);
    QList<size_t> hashes;
    hashes.reserve(w.size());
    for (const QStringView word : w) {
        hashes.append(qHash(word.toString().toCaseFolded()));
    }
    for (qsizetype i = 0; i + 4 <= hashes.size(); ++i) {
        visit(qHashMulti(0, hashes.at(i), hashes.at(i + 1), hashes.at(i + 2), hashes.at(i + 3)));
    }
}

} // namespace

DeclaredBody compareWithDeclaredBody(const Page &page)
{
    DeclaredBody declared;
    if (page.jsonLdBody.isEmpty()) {
        return declared;
    }
    QSet<size_t> body;
    forEachShingle(page.jsonLdBody, [&](size_t h) {
        body.insert(h);
        ++declared.shingles;
    });
    if (declared.shingles < kMinimumShingles) {
        declared.shingles = 0;
        return declared;
    }
    const qsizetype lines = page.lines.size();
    declared.found.resize(lines + 1);
    declared.total.resize(lines + 1);
    declared.found[0] = 0;
    declared.total[0] = 0;
    for (qsizetype l = 0; l < lines; ++l) {
        qint64 found = 0;
        qint64 total = 0;
        forEachShingle(page.lineText(int(l)), [&](size_t h) {
            ++total;
            found += body.contains(h);
        });
        declared.found[l + 1] = declared.found[l] + found;
        declared.total[l + 1] = declared.total[l] + total;
    }
    return declared;
}

} // namespace QuoteReader::Html
