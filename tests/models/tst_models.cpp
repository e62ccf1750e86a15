// The quote, speaker, section and theme models: contents as compact rows, signals, model-tester clean.
#include "attribution/attribution.h"
#include "palette.h"
#include "quotemodel.h"
#include "roles.h"
#include "rulenames.h"
#include "sectionmodel.h"
#include "speakermodel.h"
#include "testdocument.h"
#include "thememodel.h"
#include "themes.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace QuoteReader;

namespace {

// Every row as "cell|cell|..." so a failure shows the whole table at once.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            cells.append(model.index(row, column).data().toString());
        }
        result.append(cells.join(u'|'));
    }
    return result;
}

QStringList checkedNames(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked) {
            result.append(model.index(row, 0).data().toString());
        }
    }
    return result;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"QuoteReaderTest"_qs);
        QCoreApplication::setApplicationName(u"tst_models"_qs);
    }

    void quoteModel_listsEveryQuoteInDocumentOrder()
    {
        QuoteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDocument(Test::makeReaderDocument());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(rows(model), QStringList({
                                  u"陳國強|direct|說|(Opening)|軟體|開發軟體很難"_qs,
                                  u"Jane Smith|indirect|said|Second part|network|the network is slow"_qs,
                                  u"李華|direct|表示|Second part|network, 安全|網絡安全重要"_qs,
                                  u"(unknown)|indirect|noted|Second part||costs rise"_qs,
                                  u"李華|indirect|認為|Second part|軟體|軟體會更好"_qs,
                              }));
        const QModelIndex text = model.index(2, QuoteModel::TextColumn);
        QCOMPARE(text.data(QuoteIndexRole).toInt(), 2);
        QCOMPARE(text.data(SpeakerIndexRole).toInt(), 2);
        QCOMPARE(text.data(SortRole).toLongLong(), text.data(RangeStartRole).toLongLong());
        QCOMPARE(text.data(ThemesRole).toStringList(), QStringList({u"network"_qs, u"安全"_qs}));
        QVERIFY(model.index(0, QuoteModel::SpeakerColumn).data(Qt::DecorationRole).canConvert<QColor>());
        QCOMPARE(model.index(0, QuoteModel::SpeakerColumn).data(Qt::ToolTipRole).toString(), u"工程師"_qs);
    }

    // Every rule any profile can stamp on a quote reads as words in the tooltips, with its name after them.
    void ruleNames_describeEveryRuleOfEveryProfile()
    {
        for (const QString &language : {u"zh-Hant"_qs, u"en"_qs}) {
            const QStringList rules = attributionRules(language);
            QVERIFY(!rules.isEmpty());
            for (const QString &rule : rules) {
                const QString description = RuleNames::describe(rule);
                QVERIFY2(!description.isEmpty(), qPrintable(language + u": no words for the rule "_qs + rule));
                QVERIFY2(description != rule, qPrintable(rule));
                const QString line = RuleNames::foundBy(rule);
                QVERIFY2(line.contains(description) && line.contains(rule), qPrintable(line));
            }
        }
        QVERIFY(RuleNames::describe(u"no-such-rule"_qs).isEmpty());
        QVERIFY(RuleNames::foundBy(u"no-such-rule"_qs).contains(u"no-such-rule"_qs));
    }

    void quoteModel_tooltipSaysHowTheQuoteWasFound()
    {
        Document doc = Test::makeDocument();
        doc.quotes[0].rule = u"cue-after"_qs;
        doc.quotes[1].rule = u"pronoun"_qs;
        doc.quotes[1].corrected = true;
        QuoteModel model;
        model.setDocument(prepareDocument(std::move(doc)));
        const QString found = model.index(0, QuoteModel::TextColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(found.contains(RuleNames::describe(u"cue-after"_qs)) && found.contains(u"cue-after"_qs),
                 qPrintable(found));
        QVERIFY2(!model.index(0, QuoteModel::CueColumn).data(Qt::ToolTipRole).toString().contains(u"cue-after"_qs),
                 "only the speaker and the words say how the quote was found");
        const QString corrected = model.index(1, QuoteModel::CueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(corrected.contains(u"Corrected by you"_qs) && corrected.contains(RuleNames::describe(u"pronoun"_qs)),
                 qPrintable(corrected));
    }

    void quoteModel_searchKeyFoldsScriptCaseAndPinyin()
    {
        QuoteModel model;
        model.setDocument(Test::makeReaderDocument());
        const QString key = model.index(0, 0).data(SearchKeyRole).toString();
        QVERIFY2(key.contains(u"开发软体很难"_qs) || key.contains(u"开发软件很难"_qs), qPrintable(key));
        QVERIFY2(key.contains(u"chen guo qiang"_qs), qPrintable(key));
        QVERIFY2(key.contains(u"chenguoqiang"_qs), qPrintable(key));
        QVERIFY(model.index(1, 0).data(SearchKeyRole).toString().contains(u"jane smith"_qs));
    }

    // Issue 9, defect 10: pinyin finds the words said, not only the speakers, and initials find a name.
    void quoteModel_searchKeyHoldsPinyinOfTheWordsAndInitials()
    {
        QuoteModel model;
        model.setDocument(Test::makeReaderDocument());
        const QString key = model.index(0, 0).data(SearchKeyRole).toString();
        QVERIFY2(key.contains(u"kaifaruantihennan"_qs), qPrintable(key));
        QVERIFY2(key.contains(u"cgq"_qs), qPrintable(key));
        QCOMPARE(pinyinKey(u"算法 GPU"), u"suanfa gpu"_qs);
        QCOMPARE(pinyinInitials(u"朱云來"), u"zyl"_qs);
        QCOMPARE(pinyinInitials(u"Jane Smith"), QString());
    }

    // Issue 9, defect 8: one new speaker in a reloaded file must not move everyone else's colour.
    void palette_speakersKeepTheirColourWhenOneIsAdded()
    {
        const ReaderDocumentPtr first = Test::makeReaderDocument();
        Document reloaded = Test::makeDocument();
        reloaded.speakers.prepend(Speaker{u"王小明"_qs, QString(), {}, false, 1});
        for (Quote &quote : reloaded.quotes) {
            quote.speaker = quote.speaker >= 0 ? quote.speaker + 1 : -1;
        }
        const ReaderDocumentPtr second = prepareDocument(reloaded, {false, first->colorSlotsByName()});
        for (int i = 0; i < first->document.speakers.size(); ++i) {
            QCOMPARE(second->colorSlot(i + 1), first->colorSlot(i));
        }
        QVERIFY(!first->colorSlotsByName().values().contains(second->colorSlot(0))); // the new one differs
        // Without a previous showing, the same article gets the same colours every time.
        QCOMPARE(Test::makeReaderDocument()->colorSlots, first->colorSlots);
        const QList<int> assigned = assignColorSlots(reloaded.speakers);
        QCOMPARE(QSet<int>(assigned.cbegin(), assigned.cend()).size(), assigned.size());
    }

    // Issue 9, defect 4: quote highlights keep the page's text readable on a light and a dark palette.
    void palette_highlightsKeepTextReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light palette, black text") << false << QColor(Qt::black);
        QTest::newRow("dark palette, light text") << true << QColor(0xee, 0xee, 0xee);
    }

    void palette_highlightsKeepTextReadable()
    {
        QFETCH(bool, dark);
        QFETCH(QColor, text);
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a);
            const double lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        for (int slot = -1; slot < 40; ++slot) {
            const QColor background = highlightColor(slot, dark);
            QVERIFY2(contrast(text, background) >= 4.5,
                     qPrintable(u"slot %1: %2 on %3"_qs.arg(slot).arg(text.name(), background.name())));
            QCOMPARE(background.lightness() < 128, dark);
        }
    }

    // Issue 9, defect 7: View > Characters reaches the table and the docks, not only the reader.
    void models_showTheChosenScript()
    {
        const ReaderDocumentPtr doc = Test::makeReaderDocument();
        QuoteModel quotes;
        SpeakerModel speakers;
        SectionModel sections;
        ThemeModel themes;
        QAbstractItemModelTester quoteTester(&quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        quotes.setDocument(doc);
        speakers.setDocument(doc);
        sections.setDocument(doc);
        themes.setDocument(doc);
        QSignalSpy changed(&quotes, &QAbstractItemModel::dataChanged);
        quotes.setScript(Script::Simplified);
        speakers.setScript(Script::Simplified);
        sections.setScript(Script::Simplified);
        themes.setScript(Script::Simplified);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(quotes.index(0, QuoteModel::SpeakerColumn).data().toString(), u"陈国强"_qs);
        QCOMPARE(quotes.index(0, QuoteModel::TextColumn).data().toString().left(2), u"开发"_qs);
        QCOMPARE(quotes.index(2, QuoteModel::ThemesColumn).data().toString(), u"network, 安全"_qs);
        QCOMPARE(quotes.index(0, QuoteModel::SpeakerColumn).data(Qt::EditRole).toString(), u"陳國強"_qs);
        QVERIFY(rows(speakers).contains(u"陈国强|工程师|1"_qs));
        QCOMPARE(themes.index(0, 0).data().toString(), u"软体"_qs);
        QCOMPARE(themes.index(0, 0).data(Qt::EditRole).toString(), u"軟體"_qs); // the filter's name stays
        quotes.setScript(Script::AsWritten);
        QCOMPARE(quotes.index(0, QuoteModel::SpeakerColumn).data().toString(), u"陳國強"_qs);
    }

    void quoteModel_resetToNoDocumentIsEmpty()
    {
        QuoteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void speakerModel_sortsByCountThenByPinyin()
    {
        SpeakerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        // Ties on count fall back to ICU's Chinese collation: Han by pinyin (chen < li), then Latin.
        QCOMPARE(rows(model), QStringList({u"李華||2"_qs, u"陳國強|工程師|1"_qs, u"Jane Smith|Engineer|1"_qs}));
        model.setSortMode(SpeakerModel::SortMode::ByName);
        QCOMPARE(rows(model), QStringList({u"陳國強|工程師|1"_qs, u"李華||2"_qs, u"Jane Smith|Engineer|1"_qs}));
    }

    void speakerModel_sortKeepsPersistentIndexes()
    {
        SpeakerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        QPersistentModelIndex li(model.index(0, 0));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.setSortMode(SpeakerModel::SortMode::ByName);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(li.row(), 1);
        QCOMPARE(li.data().toString(), u"李華"_qs);
    }

    void speakerModel_checkingNamesTheRoleAndSignals()
    {
        SpeakerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy checked(&model, &SpeakerModel::checkedSpeakersChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::CheckStateRole});
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.checkedSpeakers(), QSet<int>{0});
        QCOMPARE(checkedNames(model), QStringList{u"陳國強"_qs});
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole)); // no change, no signal
        QCOMPARE(checked.count(), 1);
        model.setCheckedSpeakers({0, 2});
        QCOMPARE(checked.count(), 2);
        QCOMPARE(checkedNames(model), QStringList({u"李華"_qs, u"陳國強"_qs}));
        QVERIFY(!model.setData(model.index(0, SpeakerModel::CountColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, 0).data(CountRole).toInt(), 2);
    }

    void sectionModel_countsQuotesPerSection()
    {
        SectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        QCOMPARE(rows(model), QStringList({u"(Opening)|1"_qs, u"Second part|4"_qs}));
        const Document doc = Test::makeDocument();
        QCOMPARE(model.index(1, 0).data(RangeStartRole).toLongLong(), doc.sections.at(1).range.start);
    }

    void themeModel_userThemesComeFirstAndAreEditable()
    {
        ThemeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        QCOMPARE(rows(model), QStringList({u"軟體|2"_qs, u"network|2"_qs, u"安全|1"_qs}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy user(&model, &ThemeModel::userThemesChanged);
        QVERIFY(model.addUserTheme(u"Costs"_qs, {u"cost"_qs, u"price"_qs}));
        QVERIFY(!model.addUserTheme(u"Costs"_qs, {u"x"_qs}));
        QVERIFY(!model.addUserTheme(u"  "_qs, {u"x"_qs}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(user.count(), 1);
        QCOMPARE(rows(model).first(), u"Costs|0"_qs);
        QVERIFY(model.isUserTheme(0));
        QVERIFY(!model.isUserTheme(1));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setUserThemeTerms(0, {u"costs"_qs}));
        QVERIFY(!model.setUserThemeTerms(1, {u"found themes stay as found"_qs}));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(TermsRole));
        QCOMPARE(model.index(0, 0).data(TermsRole).toStringList(), QStringList{u"costs"_qs});

        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy checked(&model, &ThemeModel::checkedThemesChanged);
        QVERIFY(model.removeUserTheme(0));
        QVERIFY(!model.removeUserTheme(0)); // row 0 is now a found theme
        QCOMPARE(removed.count(), 1);
        QCOMPARE(checked.count(), 1); // the removed theme's check went with it
        QVERIFY(model.checkedThemes().isEmpty());
        QCOMPARE(rows(model), QStringList({u"軟體|2"_qs, u"network|2"_qs, u"安全|1"_qs}));
    }

    void themeModel_checksSurviveAReloadWhenTheThemeRemains()
    {
        ThemeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Test::makeReaderDocument());
        model.setCheckedThemes({u"network"_qs, u"gone"_qs});
        QSignalSpy checked(&model, &ThemeModel::checkedThemesChanged);
        model.setDocument(Test::makeReaderDocument());
        QCOMPARE(model.checkedThemes(), QSet<QString>{u"network"_qs});
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checkedNames(model), QStringList{u"network"_qs});
    }

    void themeModel_userThemesPersistThroughSettings()
    {
        {
            QSettings settings;
            settings.clear();
        }
        ThemeModel model;
        model.addUserTheme(u"算力"_qs, {u"算力"_qs, u"GPU"_qs});
        model.addUserTheme(u"Costs"_qs, {u"cost"_qs});
        {
            QSettings settings;
            model.saveUserThemes(settings);
        }
        ThemeModel restored;
        QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSettings settings;
        restored.loadUserThemes(settings);
        QStringList names;
        for (const Theme &theme : restored.userThemes()) {
            names.append(theme.name + u'=' + theme.terms.join(u','));
            QVERIFY(theme.userDefined);
        }
        names.sort();
        QCOMPARE(names, QStringList({u"Costs=cost"_qs, u"算力=算力,GPU"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
