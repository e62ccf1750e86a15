// One paragraph as English attribution reads it: words, punctuation and quotation marks, each word
// lower-cased once and looked up once in the lexicons, and the sentences between them.
#pragma once

#include "document.h"

#include <QList>

#include <string>
#include <utility>
#include <vector>

namespace QuoteReader::Attribution::English {

enum class Tok : quint8 { Word, Punct, Open, Close };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    Tok kind = Tok::Word;
    bool single = false; // for quote marks: a single quotation mark
};

// Splits one paragraph into words, punctuation and quotation marks. An apostrophe inside a word
// (don't, Clinton's) belongs to the word; a period belongs to an abbreviation or an initial.
QList<Token> tokenize(QStringView text, TextRange range);

// Quoted words of one paragraph, by token.
struct Span {
    int open = -1;  // token index of the opening mark (-1: continues from the previous paragraph)
    int close = -1; // token index of the closing mark (-1: runs to the end of the paragraph)
    bool single = false;
};

QList<Span> findSpans(const QList<Token> &tokens);

class Passage final
{
public:
    Passage(QStringView text, QList<Token> tokens);

    QStringView text; // the whole document's text: tokens point into it
    QList<Token> tok;

    int size() const { return int(tok.size()); }
    QStringView w(int i) const { return text.mid(tok.at(i).start, tok.at(i).end - tok.at(i).start); }
    // The token lower-cased. The cue and subject searches ask for it many times per token, inside
    // leftward scans: it is computed once per paragraph.
    QStringView lw(int i) const { return lowered(i, i); }
    bool isWord(int i) const { return i >= 0 && i < size() && tok.at(i).kind == Tok::Word; }
    bool isMark(int i) const
    {
        return i >= 0 && i < size() && (tok.at(i).kind == Tok::Open || tok.at(i).kind == Tok::Close);
    }
    bool isPunct(int i, QChar c) const
    {
        return i >= 0 && i < size() && tok.at(i).kind == Tok::Punct && tok.at(i).end - tok.at(i).start == 1
               && text.at(tok.at(i).start) == c;
    }
    bool isCap(int i) const { return isWord(i) && text.at(tok.at(i).start).isUpper(); }
    bool isFunction(int i) const;
    bool isComma(int i) const { return isPunct(i, u','); }
    bool isDash(int i) const { return isPunct(i, u'\u2014') || isPunct(i, u'\u2013') || isPunct(i, u'-'); }
    bool isHonorific(int i) const;
    // What the lexicons say of the word (Lexicons::WordFlag), 0 for punctuation.
    quint8 flags(int i) const;
    // A word in capitals of two letters or more: "SMITH", "COURT".
    bool isShouted(int i) const;

    // Length in tokens of the speech verb starting at i (multi-word cues like "pointed out"), 0 if none.
    int verbAt(int i, bool reportOnly = false) const;
    // Length in tokens of a source phrase ("according to") starting at i, 0 if none.
    int sourcePhraseAt(int i) const;
    // Whether some token of [first, last] can start a cue: a speech verb or a source phrase.
    bool mayHoldCue(int first, int last) const;

    // textOf(first, last) lower-cased.
    QStringView lowerText(int first, int last) const;
    QString textOf(int first, int last) const;
    TextRange rangeOf(int first, int last) const { return {tok.at(first).start, tok.at(last).end}; }
    // The first token that ends after `pos`, size() if none.
    int tokenAt(qsizetype pos) const;

private:
    void fold();
    QStringView lowered(int first, int last) const
    {
        const qsizetype start = m_lowStart[size_t(first)];
        return QStringView(m_lowered.data() + start, m_lowStart[size_t(last) + 1] - 1 - start);
    }
    int findVerb(int i, bool reportOnly) const;

    std::u16string m_lowered;             // the tokens lower-cased, one space between neighbours
    std::vector<qsizetype> m_lowStart;    // where each token starts in m_lowered, and its end + 1
    mutable std::vector<qint8> m_verb[2]; // verbAt(i, false / true), -1 until asked
    std::vector<quint8> m_flags;          // Lexicons::flagsOf each word token
    mutable QString m_scratch;            // lowerText() when the tokens are not parted by single spaces
};

// Sentence units of a paragraph outside quotation marks: [first, last] token ranges.
QList<std::pair<int, int>> sentences(const Passage &p, const QList<Span> &spans);

} // namespace QuoteReader::Attribution::English
