#include "porter.h"

#include <cstring>
#include <string>

namespace QuoteReader {

namespace {

// The algorithm's steps over one word, as in Porter's own reference implementation: b[0..k] is
// the word, j marks the end of the stem a suffix test has found.
class Stemmer final
{
public:
    explicit Stemmer(std::string word)
        : b(std::move(word))
        , k(int(b.size()) - 1)
    {
    }

    std::string run()
    {
        if (k <= 1) {
            return b;
        }
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
        return b.substr(0, size_t(k + 1));
    }

private:
    bool cons(int i) const
    {
        switch (b[size_t(i)]) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
            return false;
        case 'y':
            return i == 0 || !cons(i - 1);
        default:
            return true;
        }
    }

    // The number of vowel-consonant sequences in b[0..j].
    int m() const
    {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            ++i;
        }
        ++i;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                ++i;
            }
            ++i;
            ++n;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                ++i;
            }
            ++i;
        }
    }

    bool vowelInStem() const
    {
        for (int i = 0; i <= j; ++i) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    bool doubleConsonant(int i) const { return i >= 1 && b[size_t(i)] == b[size_t(i - 1)] && cons(i); }

    // consonant-vowel-consonant ending at i, the last not w, x or y: hop, not hoop or snow.
    bool cvc(int i) const
    {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        const char ch = b[size_t(i)];
        return ch != 'w' && ch != 'x' && ch != 'y';
    }

    bool ends(const char *s)
    {
        const int length = int(std::char_traits<char>::length(s));
        if (length > k + 1 || b.compare(size_t(k - length + 1), size_t(length), s) != 0) {
            return false;
        }
        j = k - length;
        return true;
    }

    void setTo(const char *s)
    {
        const int length = int(std::char_traits<char>::length(s));
        b.replace(size_t(j + 1), size_t(k - j), s);
        k = j + length;
    }

    void replaceIfMeasured(const char *s)
    {
        if (m() > 0) {
            setTo(s);
        }
    }

    void step1ab()
    {
        if (b[size_t(k)] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[size_t(k - 1)] != 's') {
                --k;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                --k;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                --k;
                const char ch = b[size_t(k)];
                if (ch == 'l' || ch == 's' || ch == 'z') {
                    ++k;
                }
            } else if (m() == 1 && cvc(k)) {
                j = k;
                setTo("e");
            }
        }
    }

    void step1c()
    {
        if (ends("y") && vowelInStem()) {
            b[size_t(k)] = 'i';
        }
    }

    void step2()
    {
        static const char *const pairs[][2] = {
            {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
            {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
            {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
            {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
            {"logi", "log"},
        };
        for (const auto &pair : pairs) {
            if (ends(pair[0])) {
                replaceIfMeasured(pair[1]);
                return;
            }
        }
    }

    void step3()
    {
        static const char *const pairs[][2] = {
            {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
        };
        for (const auto &pair : pairs) {
            if (ends(pair[0])) {
                replaceIfMeasured(pair[1]);
                return;
            }
        }
    }

    void step4()
    {
        static const char *const suffixes[] = {"al",  "ance",  "ence", "er",  "ic",  "able", "ible",
                                               "ant", "ement", "ment", "ent", "ion", "ou",   "ism",
                                               "ate", "iti",   "ous",  "ive", "ize"};
        for (const char *suffix : suffixes) {
            if (!ends(suffix)) {
                continue;
            }
            if (std::strcmp(suffix, "ion") == 0) {
                const char before = j >= 0 ? b[size_t(j)] : '\0';
                if (before != 's' && before != 't') {
                    return;
                }
            }
            if (m() > 1) {
                k = j;
            }
            return;
        }
    }

    void step5()
    {
        j = k;
        if (b[size_t(k)] == 'e') {
            const int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1))) {
                --k;
            }
        }
        if (b[size_t(k)] == 'l' && doubleConsonant(k) && m() > 1) {
            --k;
        }
    }

    std::string b;
    int k = 0;
    int j = 0;
};

} // namespace

QString porterStem(const QString &word)
{
    std::string ascii;
    ascii.reserve(size_t(word.size()));
    for (const QChar c : word) {
        if (c.unicode() < 'a' || c.unicode() > 'z') {
            return word;
        }
        ascii.push_back(char(c.unicode()));
    }
    return QString::fromLatin1(Stemmer(std::move(ascii)).run());
}

} // namespace QuoteReader
