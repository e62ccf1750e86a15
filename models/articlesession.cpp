#include "articlesession.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace QuoteReader {

// One edit: the list of corrections before and after it. Lists are short (the user's edits), so
// keeping both is cheaper and simpler than an inverse for every kind of correction.
class CorrectionsCommand final : public QUndoCommand
{
public:
    CorrectionsCommand(ArticleSession *session, std::function<QString()> title, QList<Correction> before,
                       QList<Correction> after)
        : QUndoCommand(title())
        , m_session(session)
        , m_title(std::move(title))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override { m_session->setCorrections(m_after); }
    void undo() override { m_session->setCorrections(m_before); }
    void retranslate() { setText(m_title()); }

private:
    ArticleSession *m_session;
    std::function<QString()> m_title; // the name in the language of the moment
    QList<Correction> m_before;
    QList<Correction> m_after;
};

ArticleSession::ArticleSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

ArticleSession::~ArticleSession()
{
    // The stack clears itself when deleted, telling its listeners of a change: not of a session going away.
    m_undo->blockSignals(true);
    delete m_undo;
}

ReaderDocumentPtr ArticleSession::applyTo(const ReaderDocument &base, const QList<Correction> &corrections,
                                          CorrectionsReport *report, const QHash<QString, int> &colors)
{
    Document doc = base.document;
    CorrectionsReport applied = applyCorrections(doc, corrections);
    if (report) {
        *report = std::move(applied);
    }
    return reprepareDocument(base, std::move(doc), colors);
}

void ArticleSession::open(ReaderDocumentPtr base, const QString &contentKey, const QList<Correction> &corrections,
                          ReaderDocumentPtr corrected, const CorrectionsReport &report, bool keepHistory)
{
    if (!keepHistory) {
        m_undo->clear();
    }
    m_base = std::move(base);
    m_contentKey = contentKey;
    m_corrections = corrections;
    m_colors = m_base ? m_base->colorSlotsByName() : QHash<QString, int>();
    if (!m_base || corrections.isEmpty()) {
        m_document = m_base;
        m_report = {};
    } else if (corrected) {
        m_document = std::move(corrected);
        m_report = report;
    } else {
        m_document = applyTo(*m_base, m_corrections, &m_report, m_colors);
    }
    rememberColors();
}

void ArticleSession::close()
{
    m_undo->clear();
    m_base.reset();
    m_document.reset();
    m_contentKey.clear();
    m_corrections.clear();
    m_report = {};
    m_colors.clear();
}

void ArticleSession::replaceBase(ReaderDocumentPtr base, const QList<Correction> &corrections,
                                 ReaderDocumentPtr corrected)
{
    m_base = std::move(base);
    if (m_corrections.isEmpty()) {
        m_document = m_base;
        m_report = {};
    } else if (corrected && corrections == m_corrections) {
        m_document = std::move(corrected);
    } else {
        m_document = applyTo(*m_base, m_corrections, &m_report, m_colors);
    }
    rememberColors();
    emit documentChanged(m_document);
}

void ArticleSession::setCorrections(const QList<Correction> &corrections)
{
    m_corrections = corrections;
    if (m_corrections.isEmpty()) {
        m_document = m_base;
        m_report = {};
    } else {
        m_document = applyTo(*m_base, m_corrections, &m_report, m_colors);
    }
    rememberColors();
    emit documentChanged(m_document);
    emit correctionsChanged();
}

void ArticleSession::rememberColors()
{
    if (m_document) {
        m_colors.insert(m_document->colorSlotsByName());
    }
}

bool ArticleSession::push(std::function<QString()> title, QList<Correction> after)
{
    if (!m_base || after == m_corrections) {
        return false;
    }
    m_undo->push(new CorrectionsCommand(this, std::move(title), m_corrections, std::move(after)));
    return true;
}

bool ArticleSession::push(CorrectionAction action, QList<Correction> after)
{
    return push([action] { return correctionTitle(action); }, std::move(after));
}

void ArticleSession::retranslate()
{
    for (int i = 0; i < m_undo->count(); ++i) {
        // The stack hands its commands out const; they are ours, made in push().
        auto *command = static_cast<CorrectionsCommand *>(const_cast<QUndoCommand *>(m_undo->command(i)));
        command->retranslate();
    }
}

bool ArticleSession::setSpeaker(const QList<int> &quotes, const std::optional<QString> &speaker)
{
    if (!m_document) {
        return false;
    }
    const Document &doc = m_document->document;
    QList<Correction> after = m_corrections;
    for (const int quote : quotes) {
        if (quote < 0 || quote >= doc.quotes.size()) {
            continue;
        }
        const Speaker *current = doc.speakerOf(doc.quotes.at(quote));
        const std::optional<QString> now = current ? std::optional<QString>(current->name) : std::nullopt;
        if (now != speaker) {
            after.append(Correction::setSpeaker(doc, quote, speaker));
        }
    }
    return push(CorrectionAction::SetSpeaker, std::move(after));
}

bool ArticleSession::setKind(const QList<int> &quotes, QuoteKind kind)
{
    if (!m_document) {
        return false;
    }
    const Document &doc = m_document->document;
    QList<Correction> after = m_corrections;
    for (const int quote : quotes) {
        if (quote >= 0 && quote < doc.quotes.size() && doc.quotes.at(quote).kind != kind) {
            after.append(Correction::setKind(doc, quote, kind));
        }
    }
    return push(CorrectionAction::SetKind, std::move(after));
}

bool ArticleSession::setBoundaries(int quote, TextRange range)
{
    if (!m_document || quote < 0 || quote >= m_document->document.quotes.size()) {
        return false;
    }
    const Document &doc = m_document->document;
    range = trimQuoteRange(doc.text, range);
    if (range.isEmpty() || range == doc.quotes.at(quote).range) {
        return false;
    }
    return push(CorrectionAction::SetBoundaries,
                m_corrections + QList<Correction>{Correction::setBoundaries(doc, quote, range)});
}

bool ArticleSession::deleteQuotes(const QList<int> &quotes)
{
    if (!m_document) {
        return false;
    }
    const Document &doc = m_document->document;
    QList<Correction> after = m_corrections;
    for (const int quote : quotes) {
        if (quote >= 0 && quote < doc.quotes.size()) {
            after.append(Correction::deleteQuote(doc, quote));
        }
    }
    if (after.size() - m_corrections.size() > 1) {
        return push([] { return tr("Delete Quotes"); }, std::move(after));
    }
    return push(CorrectionAction::DeleteQuote, std::move(after));
}

bool ArticleSession::addQuote(TextRange range, const std::optional<QString> &speaker, QuoteKind kind)
{
    if (!m_document) {
        return false;
    }
    const Document &doc = m_document->document;
    range = trimQuoteRange(doc.text, range);
    if (range.isEmpty()) {
        return false;
    }
    return push(CorrectionAction::AddQuote,
                m_corrections + QList<Correction>{Correction::addQuote(doc, range, speaker, kind)});
}

bool ArticleSession::renameSpeaker(int speaker, const QString &name)
{
    if (!m_document || speaker < 0 || speaker >= m_document->document.speakers.size()) {
        return false;
    }
    const QString newName = name.trimmed();
    const QString &oldName = m_document->document.speakers.at(speaker).name;
    if (newName.isEmpty() || newName == oldName) {
        return false;
    }
    // The person keeps the colour they have, under the new name.
    if (!m_colors.contains(newName)) {
        m_colors.insert(newName, m_document->colorSlot(speaker));
    }
    return push(CorrectionAction::RenameSpeaker,
                m_corrections + QList<Correction>{Correction::renameSpeaker(oldName, newName)});
}

bool ArticleSession::setRole(int speaker, const QString &role)
{
    if (!m_document || speaker < 0 || speaker >= m_document->document.speakers.size()) {
        return false;
    }
    const Speaker &s = m_document->document.speakers.at(speaker);
    if (role.trimmed() == s.role) {
        return false;
    }
    return push(CorrectionAction::SetRole,
                m_corrections + QList<Correction>{Correction::setRole(s.name, role.trimmed())});
}

bool ArticleSession::mergeSpeakers(int from, int into)
{
    const qsizetype count = m_document ? m_document->document.speakers.size() : 0;
    if (from < 0 || into < 0 || from >= count || into >= count || from == into) {
        return false;
    }
    const Document &doc = m_document->document;
    return push(CorrectionAction::MergeSpeakers,
                m_corrections
                    + QList<Correction>{
                        Correction::mergeSpeakers(doc.speakers.at(from).name, doc.speakers.at(into).name)});
}

bool ArticleSession::importCorrections(const QList<Correction> &corrections)
{
    return push([] { return tr("Import Corrections"); }, m_corrections + corrections);
}

bool ArticleSession::revertAll()
{
    return push([] { return tr("Revert All Corrections"); }, {});
}

bool ArticleSession::removeUnanchored()
{
    QList<Correction> kept;
    for (int i = 0; i < m_corrections.size(); ++i) {
        const bool missed = std::any_of(m_report.unanchored.cbegin(), m_report.unanchored.cend(),
                                        [i](const UnanchoredCorrection &u) { return u.index == i; });
        if (!missed) {
            kept.append(m_corrections.at(i));
        }
    }
    return push([] { return tr("Remove Corrections Not Applied"); }, std::move(kept));
}

} // namespace QuoteReader
