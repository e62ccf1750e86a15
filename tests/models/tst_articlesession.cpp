// Corrections through the session: every edit is one undoable command with its name, and the models
// and the proxy follow each edit, undo and redo with row removals, insertions and dataChanged (never a
// reset), checked by QAbstractItemModelTester.
#include "articlesession.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "roles.h"
#include "sectionmodel.h"
#include "speakermodel.h"
#include "testdocument.h"
#include "thememodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace QuoteReader;

namespace {

// "speaker|kind|corrected-mark|text" per row of a quote model or proxy.
QStringList quoteRows(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        const int mark = cell(0, CorrectionRole).toInt();
        rows.append(cell(QuoteModel::SpeakerColumn).toString() + u'|' + cell(QuoteModel::KindColumn).toString() + u'|'
                    + (mark == int(QuoteCorrection::Added)       ? u"added"_qs
                       : mark == int(QuoteCorrection::Corrected) ? u"corrected"_qs
                                                                 : u""_qs)
                    + u'|' + cell(QuoteModel::TextColumn).toString());
    }
    return rows;
}

QStringList speakerRows(const SpeakerModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.append(model.index(row, SpeakerModel::NameColumn).data().toString() + u'|'
                    + model.index(row, SpeakerModel::RoleColumn).data().toString() + u'|'
                    + model.index(row, SpeakerModel::CountColumn).data().toString());
    }
    return rows;
}

int quoteWith(const Document &doc, const QString &words)
{
    for (int i = 0; i < doc.quotes.size(); ++i) {
        if (doc.quoteText(doc.quotes.at(i)) == words) {
            return i;
        }
    }
    return -1;
}

int speakerNamed(const Document &doc, const QString &name)
{
    for (int i = 0; i < doc.speakers.size(); ++i) {
        if (doc.speakers.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestArticleSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<ArticleSession>();
        m_quotes = std::make_unique<QuoteModel>();
        m_speakers = std::make_unique<SpeakerModel>();
        m_sections = std::make_unique<SectionModel>();
        m_themes = std::make_unique<ThemeModel>();
        m_proxy = std::make_unique<QuoteFilterProxy>();
        m_proxy->setSourceModel(m_quotes.get());
        m_proxy->sort(QuoteModel::TextColumn);
        m_quotes->setSession(m_session.get());
        m_speakers->setSession(m_session.get());
        m_session->open(Test::makeReaderDocument(), u"key"_qs, {});
        m_quotes->setDocument(m_session->document());
        m_speakers->setDocument(m_session->document());
        m_sections->setDocument(m_session->document());
        m_themes->setDocument(m_session->document());
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{m_quotes.get(), m_speakers.get(), m_sections.get(),
                                                         m_themes.get(), m_proxy.get()}) {
            m_testers.emplace_back(
                std::make_unique<QAbstractItemModelTester>(model,
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        connect(m_session.get(), &ArticleSession::documentChanged, this, [this](ReaderDocumentPtr document) {
            m_quotes->updateDocument(document);
            m_speakers->updateDocument(document);
            m_sections->updateDocument(document);
            m_themes->updateDocument(document);
        });
        m_resets = std::make_unique<QSignalSpy>(m_quotes.get(), &QAbstractItemModel::modelReset);
    }

    void cleanup()
    {
        QCOMPARE(m_resets->size(), 0); // every change was told row by row
        m_testers.clear();
        m_proxy.reset();
        m_quotes.reset();
        m_speakers.reset();
        m_sections.reset();
        m_themes.reset();
        m_session.reset();
    }

    void changeSpeakerToANewNameInTheTableIsOneUndoableCommand()
    {
        const QStringList before = quoteRows(*m_quotes);
        QSignalSpy changed(m_quotes.get(), &QAbstractItemModel::dataChanged);
        // Typed into the table's speaker cell.
        QVERIFY(m_quotes->setData(m_quotes->index(3, QuoteModel::SpeakerColumn), u"王小明"_qs));
        QCOMPARE(quoteRows(*m_quotes).at(3), u"王小明|indirect|corrected|costs rise"_qs);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), u"Change Speaker"_qs);
        QVERIFY(speakerRows(*m_speakers).contains(u"王小明||1"_qs));

        m_session->undoStack()->undo();
        QCOMPARE(quoteRows(*m_quotes), before);
        QVERIFY(!speakerRows(*m_speakers).contains(u"王小明||1"_qs));
        m_session->undoStack()->redo();
        QCOMPARE(quoteRows(*m_quotes).at(3), u"王小明|indirect|corrected|costs rise"_qs);
    }

    void changeKindAndSpeakerOfSeveralQuotes()
    {
        const Document &doc = m_session->document()->document;
        QVERIFY(m_session->setKind({0, 2}, QuoteKind::Indirect));
        QCOMPARE(m_session->undoStack()->undoText(), u"Change Kind"_qs);
        QCOMPARE(quoteRows(*m_quotes).at(0), u"陳國強|indirect|corrected|開發軟體很難"_qs);
        QVERIFY(m_session->setSpeaker({0, 1}, u"李華"_qs));
        const QStringList speakers = speakerRows(*m_speakers);
        // Both of 陳國強's and Jane Smith's quotes went to 李華: they are gone from the list.
        QCOMPARE(speakers, QStringList{u"李華||4"_qs});
        QCOMPARE(m_session->undoStack()->count(), 2);
        QVERIFY(!m_session->setSpeaker({0}, u"李華"_qs)); // nothing to change: no command
        QCOMPARE(m_session->undoStack()->count(), 2);
        Q_UNUSED(doc);
    }

    void deleteAndAddQuoteRemoveAndInsertRows()
    {
        const Document doc = m_session->document()->document;
        QSignalSpy removed(m_quotes.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_quotes.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(m_session->deleteQuotes({1}));
        QCOMPARE(m_session->undoStack()->undoText(), u"Delete Quote"_qs);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_quotes->rowCount(), 4);
        QVERIFY(!speakerRows(*m_speakers).join(u',').contains(u"Jane Smith"_qs));

        // A missed quote, added from a selection of the text.
        const TextRange selection = Test::rangeOf(doc.text, u"Someone noted costs rise."_qs);
        QVERIFY(m_session->addQuote(selection, u"Jane Smith"_qs, QuoteKind::Direct));
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Quote"_qs);
        QCOMPARE(inserted.size(), 1);
        const QStringList rows = quoteRows(*m_quotes);
        QVERIFY2(rows.contains(u"Jane Smith|direct|added|Someone noted costs rise."_qs), qPrintable(rows.join(u'\n')));
        QCOMPARE(m_quotes->rowCount(), 5);

        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(m_quotes->rowCount(), 5);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(speakerRows(*m_speakers).join(u',').contains(u"Jane Smith"_qs));
    }

    void setBoundariesMovesTheQuote()
    {
        const Document doc = m_session->document()->document;
        const int quote = quoteWith(doc, u"the network is slow"_qs);
        QVERIFY(m_session->setBoundaries(quote, Test::rangeOf(doc.text, u"network is slow."_qs)));
        QCOMPARE(m_session->undoStack()->undoText(), u"Set Quote to Selection"_qs);
        QVERIFY(quoteRows(*m_quotes).contains(u"Jane Smith|indirect|corrected|network is slow."_qs));
        QVERIFY(!m_session->setBoundaries(quoteWith(m_session->document()->document, u"network is slow."_qs),
                                          Test::rangeOf(doc.text, u"network is slow."_qs)));
    }

    void renameEditRoleAndMergeFollowInTheSpeakerModel()
    {
        const Document doc = m_session->document()->document;
        const int chen = speakerNamed(doc, u"陳國強"_qs);
        const int colour = m_speakers->index(m_speakers->rowOfSpeaker(chen), 0).data(ColorSlotRole).toInt();
        // Typed in the dock: the name and the role.
        QVERIFY(m_speakers->setData(m_speakers->index(m_speakers->rowOfSpeaker(chen), SpeakerModel::NameColumn),
                                    u"陳國強博士"_qs));
        QCOMPARE(m_session->undoStack()->undoText(), u"Rename Speaker"_qs);
        const int renamed = speakerNamed(m_session->document()->document, u"陳國強博士"_qs);
        QVERIFY(renamed >= 0);
        // The person keeps their colour under the new name.
        QCOMPARE(m_speakers->index(m_speakers->rowOfSpeaker(renamed), 0).data(ColorSlotRole).toInt(), colour);
        QVERIFY(m_speakers->setData(m_speakers->index(m_speakers->rowOfSpeaker(renamed), SpeakerModel::RoleColumn),
                                    u"教授"_qs));
        QCOMPARE(m_session->undoStack()->undoText(), u"Edit Role"_qs);
        QVERIFY(speakerRows(*m_speakers).contains(u"陳國強博士|教授|1"_qs));

        const Document now = m_session->document()->document;
        QVERIFY(m_session->mergeSpeakers(speakerNamed(now, u"Jane Smith"_qs), speakerNamed(now, u"李華"_qs)));
        QCOMPARE(m_session->undoStack()->undoText(), u"Merge Speakers"_qs);
        // 李華 had no role: the merged speaker's comes along.
        QCOMPARE(speakerRows(*m_speakers), (QStringList{u"李華|Engineer|3"_qs, u"陳國強博士|教授|1"_qs}));
        // The table says 李華 for the merged quote.
        QVERIFY(quoteRows(*m_quotes).contains(u"李華|indirect|corrected|the network is slow"_qs));

        while (m_session->undoStack()->canUndo()) {
            m_session->undoStack()->undo();
        }
        QCOMPARE(speakerRows(*m_speakers).size(), 3);
        QVERIFY(m_session->corrections().isEmpty());
    }

    void checkedSpeakersFollowTheirNamesAcrossEdits()
    {
        const Document doc = m_session->document()->document;
        const int li = speakerNamed(doc, u"李華"_qs);
        m_speakers->setCheckedSpeakers({li});
        m_proxy->setSpeakers(m_speakers->checkedSpeakers());
        connect(m_speakers.get(), &SpeakerModel::checkedSpeakersChanged, this,
                [this] { m_proxy->setSpeakers(m_speakers->checkedSpeakers()); });
        QCOMPARE(m_proxy->rowCount(), 2);
        // 陳國強 goes (his one quote moves to Jane Smith): 李華's index changes, the check follows.
        QVERIFY(m_session->setSpeaker({0}, u"Jane Smith"_qs));
        const int liNow = speakerNamed(m_session->document()->document, u"李華"_qs);
        QVERIFY(liNow != li);
        QCOMPARE(m_speakers->checkedSpeakers(), QSet<int>{liNow});
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void correctedOnlyFilterShowsTheUsersQuotes()
    {
        QVERIFY(m_session->setKind({4}, QuoteKind::Direct));
        const Document doc = m_session->document()->document;
        QVERIFY(m_session->addQuote(Test::rangeOf(doc.text, u"Opening line"_qs), std::nullopt, QuoteKind::Indirect));
        QSignalSpy filterChanged(m_proxy.get(), &QuoteFilterProxy::filterChanged);
        m_proxy->setCorrectedOnly(true);
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(quoteRows(*m_proxy),
                 (QStringList{u"(unknown)|indirect|added|Opening line"_qs, u"李華|direct|corrected|軟體會更好"_qs}));
        // A further correction shows up at once; its undo takes it away.
        QVERIFY(m_session->deleteQuotes({quoteWith(m_session->document()->document, u"costs rise"_qs)}));
        QCOMPARE(m_proxy->rowCount(), 2);
        QVERIFY(m_session->setSpeaker({quoteWith(m_session->document()->document, u"開發軟體很難"_qs)}, u"李華"_qs));
        QCOMPARE(m_proxy->rowCount(), 3);
        m_session->undoStack()->undo();
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void sectionAndThemeCountsFollow()
    {
        const Document doc = m_session->document()->document;
        QCOMPARE(m_sections->index(1, SectionModel::CountColumn).data().toInt(), 4);
        QSignalSpy sectionChanged(m_sections.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_session->deleteQuotes({quoteWith(doc, u"軟體會更好"_qs)}));
        QCOMPARE(m_sections->index(1, SectionModel::CountColumn).data().toInt(), 3);
        QCOMPARE(sectionChanged.size(), 1);
        int software = -1;
        for (int row = 0; row < m_themes->rowCount(); ++row) {
            if (m_themes->index(row, 0).data(Qt::EditRole).toString() == u"軟體"_qs) {
                software = row;
            }
        }
        QVERIFY(software >= 0);
        QCOMPARE(m_themes->index(software, ThemeModel::CountColumn).data().toInt(), 1);
    }

    void importRevertAndRemoveUnanchored()
    {
        const Document doc = m_session->document()->document;
        Correction missing = Correction::deleteQuote(doc, 0);
        missing.quote.text = u"這句話不在文章裡"_qs;
        const QList<Correction> imported = {Correction::setKind(doc, 1, QuoteKind::Direct), missing};
        QVERIFY(m_session->importCorrections(imported));
        QCOMPARE(m_session->undoStack()->undoText(), u"Import Corrections"_qs);
        QCOMPARE(m_session->report().unanchored.size(), 1);
        QCOMPARE(m_session->report().unanchored.first().index, 1);
        QVERIFY(m_session->removeUnanchored());
        QCOMPARE(m_session->corrections().size(), 1);
        QVERIFY(m_session->report().unanchored.isEmpty());
        QVERIFY(m_session->revertAll());
        QCOMPARE(m_session->undoStack()->undoText(), u"Revert All Corrections"_qs);
        QVERIFY(m_session->corrections().isEmpty());
        QCOMPARE(quoteRows(*m_quotes).at(1), u"Jane Smith|indirect||the network is slow"_qs);
        m_session->undoStack()->undo();
        QCOMPARE(quoteRows(*m_quotes).at(1), u"Jane Smith|direct|corrected|the network is slow"_qs);
    }

    void everyChangeSaysSoForSaving()
    {
        QSignalSpy saved(m_session.get(), &ArticleSession::correctionsChanged);
        QVERIFY(m_session->setKind({0}, QuoteKind::Indirect));
        m_session->undoStack()->undo();
        m_session->undoStack()->redo();
        QCOMPARE(saved.size(), 3);
    }

private:
    std::unique_ptr<ArticleSession> m_session;
    std::unique_ptr<QuoteModel> m_quotes;
    std::unique_ptr<SpeakerModel> m_speakers;
    std::unique_ptr<SectionModel> m_sections;
    std::unique_ptr<ThemeModel> m_themes;
    std::unique_ptr<QuoteFilterProxy> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<QSignalSpy> m_resets;
};

QTEST_GUILESS_MAIN(TestArticleSession)
#include "tst_articlesession.moc"
