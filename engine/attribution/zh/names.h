// Telling a person's name in Chinese text: by its surname, by the characters of a transliteration,
// and by where it stands (a run of characters that is no common word, before a speech verb).
#pragma once

#include "attribution/zh/lexicons.h"

namespace QuoteReader::Attribution::Zh {

bool isNameChar(QChar c);
// A separator inside a foreign name: 瑪麗·居里, 安德魯-約翰遜.
bool isNameSeparator(QChar c);

class Names final
{
public:
    explicit Names(const Lexicons &lexicons)
        : m_lex(lexicons)
    {
    }

    // Length of the surname `text` starts with (1, or 2 for 歐陽 and for the double surnames of
    // married women in Hong Kong, 林鄭), 0 if none.
    qsizetype surnameAt(QStringView text) const;

    // The length of the Chinese name `text` starts with: a surname and one or two characters, or
    // two surnames and two (葉劉淑儀). The shorter reading wins where a word of two characters or a
    // character that follows names (也, 在, 表示) would otherwise be swallowed. 0 if none.
    // With `strict`, a given name that is also a common word (口罩 in 戴口罩) is not read as one:
    // in narration, where no speech verb vouches for a name, such a run is a verb and its object.
    qsizetype chineseNameAt(QStringView text, bool strict = false) const;

    // `np` as a whole is a name: Chinese (王小明), transliterated (布朗, 維克多·葛弗斯), or, where it
    // stands as the subject of a speech verb, any run of two to four characters that is no
    // common word (宇佐, 藤原和夫).
    bool isName(QStringView np, bool asSubject) const;

    // The length of the name that ends `np` after a role (國民黨主席馬英九 → 3, 斐濟總理拉布卡 → 3,
    // 發展局局長林鄭月娥 → 4), 0 if none. With `roleRequired`, what stands before the name must end
    // like a role, a body or a place.
    qsizetype nameAtEnd(QStringView np, bool roleRequired = false) const;

    bool isTransliteration(QStringView np) const;
    bool isCommonWord(QStringView word) const { return m_lex.commonWords.contains(word); }

private:
    bool isChineseName(QStringView np, bool strict = false) const;

    const Lexicons &m_lex;
};

} // namespace QuoteReader::Attribution::Zh
