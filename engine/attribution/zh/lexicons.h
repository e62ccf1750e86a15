// The word lists Chinese attribution reads, loaded once from resources/lexicon/zh.
#pragma once

#include "lexicon.h"

namespace QuoteReader::Attribution::Zh {

struct Lexicons {
    WordList verbs;         // speech verbs, tagged say / ask / view / topic
    WordList blockers;      // words that hold a speech verb without being one: 問題, 稱為, 指標
    WordList pronouns;      // tagged male / female / plural / any
    WordList adverbs;       // between subject and verb: 也, 還, 進一步
    WordList boundaries;    // open an adverbial after the subject: 在, 對, 接受
    WordList timeWords;     // 昨天, 上午, 日前: time between subject and verb
    WordList channels;      // how it was said, between subject and verb: 發表聲明, 在臉書發文
    WordList discourse;     // open a clause before its subject: 此外, 不過, 對此
    WordList titles;        // end a role: 院士, 發言人, 總理
    WordList titleSuffixes; // characters that end a role: 長, 員, 師
    WordList groups;        // anonymous and collective sources: 官員, 知情人士, 警方
    WordList organisations; // what a body's name ends with: 公司, 政府, 委員會
    WordList surnames;
    WordList translitChars; // characters of transliterated names: 布, 朗, 斯
    WordList nameChars;     // characters names are made of: 明, 華, 宇, 佐
    WordList commonWords;   // words that are not names
    WordList nonSpeakers;   // stand before a speech verb without speaking: 結果, 數據, 這
    WordList determiners;   // before a source, not part of it: 一位, 某, 由
    WordList anaphors;      // point back to a source named before: 該, 上述, 這位
    WordList addressees;    // whom words are told to: 記者, 本報
    WordList continuations; // open a sentence that goes on with what was said: 此外, 因此
    WordList subordinators; // open a subordinate clause: 因為, 如果, 即使
    WordList modals;        // say a verb must or may be done: 要, 應該, 必須
    WordList pivotVerbs;    // make their object the doer of the next verb: 要求, 請, 讓
    WordList nominalisers;  // make a speech verb after them a noun: 按照, 根據, 表達, 進行
    WordList speechNouns;   // end a phrase that gives a source: 根據X的說法, 在X眼中
    WordList afterName;     // characters that follow a name and end it: 也, 在, 是
    WordList functionChars; // prepositions, conjunctions, pronouns, numerals…: never open a name

    static const Lexicons &get();

    // A role ends with a title (院士, 發言人), a title-making character (館長, 研究員) or a word for
    // a kind of person or source (市民, 網友, 人士).
    bool endsWithRole(QStringView text) const;
    // Stands for a body: a listed group or a name ending like an organisation's (市政府, 中金公司).
    bool endsWithOrganisation(QStringView text) const;
};

} // namespace QuoteReader::Attribution::Zh
