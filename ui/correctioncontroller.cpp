#include "correctioncontroller.h"

#include "articlesession.h"
#include "exporter.h"
#include "mainwindow.h"
#include "quotefilterproxy.h"
#include "readerview.h"
#include "roles.h"
#include "speakermodel.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace QuoteReader {

CorrectionController::CorrectionController(MainWindow *window, ArticleSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    createActions();
    connect(m_session, &ArticleSession::correctionsChanged, this, &CorrectionController::save);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &CorrectionController::updateActions);
    updateActions();
}

void CorrectionController::createActions()
{
    QUndoStack *stack = m_session->undoStack();
    // "Undo Change Speaker": named after the edit, in a sentence each language words its own way.
    m_undo = new QAction(this);
    m_undo->setObjectName(u"undoAction"_qs);
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo = new QAction(this);
    m_redo->setObjectName(u"redoAction"_qs);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    const auto name = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setEnabled(stack->canRedo());
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, name);
    connect(stack, &QUndoStack::cleanChanged, this, name);
    name();

    m_menu = new QMenu(tr("&Corrections"), m_window);
    m_menu->setObjectName(u"correctionsMenu"_qs);
    const auto add = [this](QMenu *menu, const QString &name, const QString &text, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        return action;
    };
    m_changeSpeaker = add(m_menu, u"changeSpeakerAction"_qs, tr("Change &Speaker…"),
                          [this] { changeSpeaker(targetQuotes()); });
    m_changeSpeaker->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_changeSpeaker->setToolTip(tr("Give the selected quotes to another speaker, or to a new one (Ctrl+Shift+S)"));
    m_kindGroup = new QActionGroup(this);
    m_direct = add(m_menu, u"directAction"_qs, tr("&Direct Quote"), [this] { setKind(QuoteKind::Direct); });
    m_indirect = add(m_menu, u"indirectAction"_qs, tr("&Indirect Quote"), [this] { setKind(QuoteKind::Indirect); });
    for (QAction *kind : {m_direct, m_indirect}) {
        kind->setCheckable(true);
        m_kindGroup->addAction(kind);
    }
    m_toggleKind = add(m_menu, u"toggleKindAction"_qs, tr("&Toggle Direct/Indirect"), [this] { toggleKind(); });
    m_toggleKind->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_setBoundaries = add(m_menu, u"setBoundariesAction"_qs, tr("Set Quote to Se&lection"),
                          [this] { setBoundaries(); });
    m_setBoundaries->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_setBoundaries->setToolTip(tr("The current quote becomes the text selected in the article (Ctrl+Shift+B)"));
    m_delete = add(m_menu, u"deleteQuoteAction"_qs, tr("De&lete Quote"), [this] { deleteQuotes(); });
    m_delete->setShortcut(QKeySequence::Delete);
    m_menu->addSeparator();
    m_add = add(m_menu, u"addQuoteAction"_qs, tr("&Add Quote from Selection…"), [this] { addQuote(); });
    m_add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_add->setToolTip(tr("A quote the reader missed: select its words in the article (Ctrl+Shift+N)"));
    m_menu->addSeparator();
    m_rename = add(m_menu, u"renameSpeakerAction"_qs, tr("&Rename Speaker…"),
                   [this] { renameSpeaker(targetSpeaker()); });
    m_role = add(m_menu, u"editRoleAction"_qs, tr("Edit R&ole…"), [this] { editRole(targetSpeaker()); });
    m_merge = add(m_menu, u"mergeSpeakersAction"_qs, tr("&Merge Speaker Into…"),
                  [this] { mergeSpeaker(targetSpeaker()); });
    m_menu->addSeparator();
    m_showList = add(m_menu, u"showCorrectionsAction"_qs, tr("Show All &Corrections…"), [this] { showCorrections(); });
    m_revert = add(m_menu, u"revertCorrectionsAction"_qs, tr("Re&vert All Corrections"), [this] {
        if (m_session->revertAll()) {
            m_window->statusBar()->showMessage(tr("Every correction taken back; Undo brings them back."), 5000);
        }
    });
    m_export = new QAction(tr("Export Co&rrections…"), this);
    m_export->setObjectName(u"exportCorrectionsAction"_qs);
    connect(m_export, &QAction::triggered, this, &CorrectionController::exportDialog);
    m_import = new QAction(tr("&Import Corrections…"), this);
    m_import->setObjectName(u"importCorrectionsAction"_qs);
    connect(m_import, &QAction::triggered, this, &CorrectionController::importDialog);
    // The speaker's name in the menu: which speaker the action is about is not obvious from the focus.
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        updateActions();
        const QString name = speakerName(targetSpeaker());
        m_rename->setText(name.isEmpty() ? tr("&Rename Speaker…") : tr("&Rename “%1”…").arg(name));
        m_role->setText(name.isEmpty() ? tr("Edit R&ole…") : tr("Edit R&ole of “%1”…").arg(name));
        m_merge->setText(name.isEmpty() ? tr("&Merge Speaker Into…") : tr("&Merge “%1” Into…").arg(name));
    });
}

QList<int> CorrectionController::targetQuotes() const
{
    QList<int> quotes;
    if (!m_session->document()) {
        return quotes;
    }
    const QModelIndexList rows = m_window->quoteTable()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        quotes.append(row.data(QuoteIndexRole).toInt());
    }
    if (quotes.isEmpty() && m_window->reader()->currentQuote() >= 0) {
        quotes.append(m_window->reader()->currentQuote());
    }
    std::sort(quotes.begin(), quotes.end());
    return quotes;
}

int CorrectionController::targetSpeaker() const
{
    const ReaderDocumentPtr document = m_session->document();
    if (!document) {
        return -1;
    }
    const QModelIndex paneCurrent = m_window->speakerView()->currentIndex();
    const int paneSpeaker = paneCurrent.isValid() ? paneCurrent.data(SpeakerIndexRole).toInt() : -1;
    if (m_window->speakerView()->hasFocus() && paneSpeaker >= 0) {
        return paneSpeaker;
    }
    const QList<int> quotes = targetQuotes();
    if (!quotes.isEmpty()) {
        const int speaker = document->document.quotes.at(quotes.first()).speaker;
        if (speaker >= 0) {
            return speaker;
        }
    }
    return paneSpeaker;
}

QString CorrectionController::speakerName(int speaker) const
{
    const ReaderDocumentPtr document = m_session->document();
    return document && speaker >= 0 && speaker < document->document.speakers.size()
               ? document->document.speakers.at(speaker).name
               : QString();
}

int CorrectionController::speakerNamed(const QString &name) const
{
    const ReaderDocumentPtr document = m_session->document();
    for (int i = 0; document && i < document->document.speakers.size(); ++i) {
        if (document->document.speakers.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

QStringList CorrectionController::speakerNames() const
{
    QStringList names;
    const SpeakerModel *model = m_window->speakerModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, SpeakerModel::NameColumn).data(Qt::EditRole).toString());
    }
    return names;
}

void CorrectionController::updateActions()
{
    const ReaderDocumentPtr document = m_session->document();
    const bool open = document != nullptr;
    const QList<int> quotes = targetQuotes();
    const bool haveQuotes = !quotes.isEmpty();
    const bool selection = open && !m_window->reader()->selectedDocumentRange().isEmpty();
    const bool speaker = targetSpeaker() >= 0;
    m_changeSpeaker->setEnabled(haveQuotes);
    m_direct->setEnabled(haveQuotes);
    m_indirect->setEnabled(haveQuotes);
    m_toggleKind->setEnabled(haveQuotes);
    if (haveQuotes) {
        const QuoteKind kind = document->document.quotes.at(quotes.first()).kind;
        (kind == QuoteKind::Direct ? m_direct : m_indirect)->setChecked(true);
    }
    m_delete->setText(quotes.size() > 1 ? tr("De&lete %n Quotes", nullptr, int(quotes.size())) : tr("De&lete Quote"));
    m_delete->setEnabled(haveQuotes);
    m_setBoundaries->setEnabled(selection && quotes.size() == 1);
    m_add->setEnabled(selection);
    m_rename->setEnabled(speaker);
    m_role->setEnabled(speaker);
    m_merge->setEnabled(speaker && document->document.speakers.size() > 1);
    m_showList->setEnabled(open);
    m_revert->setEnabled(open && !m_session->corrections().isEmpty());
    m_export->setEnabled(open);
    m_import->setEnabled(open);
}

void CorrectionController::addQuoteActions(QMenu *menu)
{
    updateActions();
    QMenu *speakers = menu->addMenu(tr("&Speaker"));
    speakers->setEnabled(m_changeSpeaker->isEnabled());
    // The article's people at hand: correcting a speaker is mostly picking another one of them.
    const QList<int> quotes = targetQuotes();
    constexpr int kListed = 20;
    const QStringList names = speakerNames();
    for (const QString &name : names.mid(0, kListed)) {
        speakers->addAction(name, this, [this, quotes, name] { m_session->setSpeaker(quotes, name); });
    }
    speakers->addSeparator();
    speakers->addAction(tr("(No Speaker)"), this, [this, quotes] { m_session->setSpeaker(quotes, std::nullopt); });
    speakers->addAction(tr("Other Speaker…"), this, [this, quotes] { changeSpeaker(quotes); });
    menu->addAction(m_direct);
    menu->addAction(m_indirect);
    menu->addAction(m_setBoundaries);
    menu->addAction(m_delete);
}

void CorrectionController::addReaderActions(QMenu *menu, int quote)
{
    updateActions();
    menu->addSeparator();
    if (quote >= 0) {
        addQuoteActions(menu);
        menu->addSeparator();
    }
    menu->addAction(m_add);
    if (quote < 0) {
        menu->addAction(m_setBoundaries);
    }
}

void CorrectionController::addSpeakerActions(QMenu *menu, int speaker)
{
    const bool valid = !speakerName(speaker).isEmpty();
    const QString name = speakerName(speaker);
    menu->addAction(tr("&Rename “%1”…").arg(name), this, [this, speaker] { renameSpeaker(speaker); })
        ->setEnabled(valid);
    menu->addAction(tr("Edit R&ole of “%1”…").arg(name), this, [this, speaker] { editRole(speaker); })
        ->setEnabled(valid);
    QMenu *into = menu->addMenu(tr("&Merge “%1” Into").arg(name));
    for (const QString &other : speakerNames()) {
        if (other != name) {
            into->addAction(other, this,
                            [this, speaker, other] { m_session->mergeSpeakers(speaker, speakerNamed(other)); });
        }
    }
    into->setEnabled(valid && !into->isEmpty());
}

bool CorrectionController::askSpeaker(const QString &title, const QString &label, const QString &current,
                                      std::optional<QString> *speaker)
{
    const QString none = tr("(No Speaker)");
    QStringList items = speakerNames();
    items.append(none);
    const qsizetype at = items.indexOf(current);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, title, label, items, int(at < 0 ? 0 : at), true, &ok).trimmed();
    if (!ok) {
        return false;
    }
    *speaker = chosen.isEmpty() || chosen == none ? std::nullopt : std::optional<QString>(chosen);
    return true;
}

void CorrectionController::changeSpeaker(const QList<int> &quotes)
{
    const ReaderDocumentPtr document = m_session->document();
    if (!document || quotes.isEmpty()) {
        return;
    }
    const Speaker *now = document->document.speakerOf(document->document.quotes.at(quotes.first()));
    std::optional<QString> speaker;
    if (askSpeaker(tr("Change Speaker"),
                   tr("Who said the %n selected quote(s)? Pick a name or type a new one:", nullptr, int(quotes.size())),
                   now ? now->name : QString(), &speaker)) {
        m_session->setSpeaker(quotes, speaker);
    }
}

void CorrectionController::setKind(QuoteKind kind)
{
    m_session->setKind(targetQuotes(), kind);
}

void CorrectionController::toggleKind()
{
    const QList<int> quotes = targetQuotes();
    const ReaderDocumentPtr document = m_session->document();
    if (quotes.isEmpty() || !document) {
        return;
    }
    const bool direct = document->document.quotes.at(quotes.first()).kind == QuoteKind::Direct;
    m_session->setKind(quotes, direct ? QuoteKind::Indirect : QuoteKind::Direct);
}

void CorrectionController::setBoundaries()
{
    const QList<int> quotes = targetQuotes();
    const TextRange range = m_window->reader()->selectedDocumentRange();
    if (quotes.size() != 1 || range.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the quote's words in the article, with one quote current."),
                                           5000);
        return;
    }
    if (!m_session->setBoundaries(quotes.first(), range)) {
        m_window->statusBar()->showMessage(tr("The quote already has those words."), 4000);
    }
}

void CorrectionController::deleteQuotes()
{
    m_session->deleteQuotes(targetQuotes());
}

void CorrectionController::addQuote()
{
    const ReaderDocumentPtr document = m_session->document();
    const TextRange selected = m_window->reader()->selectedDocumentRange();
    const TextRange range = document ? trimQuoteRange(document->document.text, selected) : TextRange{};
    if (range.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the words of the quote in the article first."), 5000);
        return;
    }
    std::optional<QString> speaker;
    const QString excerpt = document->document.textOf(range).left(40).toString();
    if (!askSpeaker(tr("Add Quote"), tr("Who said “%1”? Pick a name or type a new one:").arg(excerpt), QString(),
                    &speaker)) {
        return;
    }
    // Words that stood between quotation marks are a direct quote; others are reported speech.
    static const QString openers = QStringLiteral("\"'“‘「『«");
    const bool marked = range.start > 0 && openers.contains(document->document.text.at(range.start - 1));
    m_session->addQuote(range, speaker, marked ? QuoteKind::Direct : QuoteKind::Indirect);
}

void CorrectionController::renameSpeaker(int speaker)
{
    const QString name = speakerName(speaker);
    if (name.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString newName = QInputDialog::getText(m_window, tr("Rename Speaker"), tr("New name for “%1”:").arg(name),
                                                  QLineEdit::Normal, name, &ok)
                                .trimmed();
    if (!ok || newName.isEmpty() || newName == name) {
        return;
    }
    // The name of someone else in the article: the two are one person.
    const int other = speakerNamed(newName);
    if (other >= 0) {
        m_session->mergeSpeakers(speaker, other);
    } else {
        m_session->renameSpeaker(speaker, newName);
    }
}

void CorrectionController::editRole(int speaker)
{
    const QString name = speakerName(speaker);
    if (name.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString role = QInputDialog::getText(m_window, tr("Edit Role"), tr("Role or title of “%1”:").arg(name),
                                               QLineEdit::Normal,
                                               m_session->document()->document.speakers.at(speaker).role, &ok);
    if (ok) {
        m_session->setRole(speaker, role);
    }
}

void CorrectionController::mergeSpeaker(int speaker)
{
    const QString name = speakerName(speaker);
    if (name.isEmpty()) {
        return;
    }
    QStringList others = speakerNames();
    others.removeAll(name);
    if (others.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(m_window, tr("Merge Speakers"),
                                               tr("“%1” is the same person as:").arg(name), others, 0, false, &ok);
    if (ok && speakerNamed(into) >= 0) {
        m_session->mergeSpeakers(speaker, speakerNamed(into));
    }
}

void CorrectionController::save()
{
    if (m_session->contentKey().isEmpty()) {
        return;
    }
    QString error;
    if (m_store.save(m_session->contentKey(), m_window->currentPath(), m_session->corrections(), &error)) {
        m_shownSaveError.clear();
        return;
    }
    // Kept in memory and tried again on the next edit; said once, not on every keystroke.
    m_window->statusBar()->showMessage(tr("Corrections not saved: %1").arg(error));
    if (error != m_shownSaveError) {
        m_shownSaveError = error;
        m_window->showError(
            tr("Corrections Not Saved"),
            tr("%1\n\nThey stay in this window; export them (File > Export Corrections…) to keep them.").arg(error));
    }
}

void CorrectionController::articleOpened(const CorrectionStore::Found &kept)
{
    m_shownSaveError.clear();
    updateActions();
    if (!kept.error.isEmpty()) {
        m_window->showError(tr("Corrections Not Restored"), kept.error);
    }
    if (!m_session->report().unanchored.isEmpty()) {
        showCorrections(tr("Some of your corrections could not be applied to this version of the article: their "
                           "quote or speaker is no longer found. They are kept, and listed first below."));
    } else if (!kept.corrections.isEmpty()) {
        m_window->statusBar()->showMessage(tr("%n correction(s) of yours restored.", nullptr,
                                              int(kept.corrections.size())),
                                           5000);
    }
}

bool CorrectionController::exportCorrections(const QString &path, QString *error)
{
    const ReaderDocumentPtr document = m_session->document();
    QString message;
    bool ok = false;
    if (!document) {
        message = tr("Cannot export to “%1”: no article is open.").arg(QDir::toNativeSeparators(path));
    } else {
        const CorrectionsFile file{ArticleId{m_session->contentKey(), QFileInfo(m_window->currentPath()).fileName()},
                                   m_session->corrections()};
        ok = writeCorrectionsFile(path, file, &message);
    }
    if (!ok) {
        m_window->showError(tr("Export Failed"), message);
        if (error) {
            *error = message;
        }
        return false;
    }
    Exporter::rememberFolder(path);
    m_window->statusBar()->showMessage(tr("%n correction(s) exported to “%1”.", nullptr,
                                          int(m_session->corrections().size()))
                                           .arg(QDir::toNativeSeparators(path)),
                                       5000);
    return true;
}

bool CorrectionController::importCorrections(const QString &path, QString *error)
{
    const CorrectionsReadResult read = readCorrectionsFile(path);
    if (!read.file || !m_session->document()) {
        const QString message = read.file ? tr("Cannot import “%1”: no article is open.").arg(path) : read.error;
        m_window->showError(tr("Import Failed"), message);
        if (error) {
            *error = message;
        }
        return false;
    }
    const qsizetype before = m_session->corrections().size();
    if (!m_session->importCorrections(read.file->corrections)) {
        m_window->statusBar()->showMessage(tr("“%1” holds no correction.").arg(QFileInfo(path).fileName()), 5000);
        return true;
    }
    const auto missed = std::count_if(m_session->report().unanchored.cbegin(), m_session->report().unanchored.cend(),
                                      [before](const UnanchoredCorrection &u) { return u.index >= before; });
    if (missed > 0) {
        QString note = tr("%n of the corrections imported could not be applied to this article: their quote or "
                          "speaker is not found in it. They are kept, and listed first below.",
                          nullptr, int(missed));
        // Made on another article, or on another version of this one: say so, it explains the misses.
        const ArticleId &made = read.file->article;
        if (!made.key.isEmpty() && made.key != m_session->contentKey()) {
            note += u' ' + tr("The file was made for “%1”, whose text differs from this article's.").arg(made.name);
        }
        showCorrections(note);
    } else {
        m_window->statusBar()->showMessage(tr("%n correction(s) imported.", nullptr,
                                              int(read.file->corrections.size())),
                                           5000);
    }
    return true;
}

QDialog *CorrectionController::showCorrections(const QString &note)
{
    if (m_list) {
        m_list->close();
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"correctionsDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Corrections of “%1”").arg(QFileInfo(m_window->currentPath()).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, dialog);
        label->setObjectName(u"correctionsNote"_qs);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(u"correctionsList"_qs);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Correction"), tr("Applied")});
    const QList<Correction> corrections = m_session->corrections();
    const QList<UnanchoredCorrection> &missed = m_session->report().unanchored;
    for (const UnanchoredCorrection &u : missed) {
        auto *item = new QTreeWidgetItem(list,
                                         {describeCorrection(corrections.at(u.index)), tr("No: %1").arg(u.reason)});
        item->setForeground(1, QColor(0xc9, 0x2a, 0x2a));
    }
    for (int i = 0; i < corrections.size(); ++i) {
        const bool notApplied = std::any_of(missed.cbegin(), missed.cend(),
                                            [i](const UnanchoredCorrection &u) { return u.index == i; });
        if (!notApplied) {
            new QTreeWidgetItem(list, {describeCorrection(corrections.at(i)), tr("Yes")});
        }
    }
    if (corrections.isEmpty()) {
        new QTreeWidgetItem(list,
                            {tr("No corrections yet: right-click a quote or a speaker to correct it."), QString()});
    }
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *remove = buttons->addButton(tr("Remove Those Not Applied"), QDialogButtonBox::ActionRole);
    remove->setObjectName(u"removeUnappliedButton"_qs);
    remove->setEnabled(!missed.isEmpty());
    connect(remove, &QPushButton::clicked, dialog, [this, dialog] {
        m_session->removeUnanchored();
        dialog->close();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(m_window->fontMetrics().horizontalAdvance(u'M') * 60, m_window->fontMetrics().height() * 22);
    m_list = dialog;
    dialog->open();
    return dialog;
}

void CorrectionController::exportDialog()
{
    if (!m_session->document()) {
        return;
    }
    const QString base = QFileInfo(m_window->currentPath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Corrections"),
                                                Exporter::startFolder() + u'/' + base + u"-corrections.json"_qs,
                                                tr("QuoteReader corrections (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".json"_qs;
    }
    exportCorrections(path);
}

void CorrectionController::importDialog()
{
    if (!m_session->document()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Corrections"), Exporter::startFolder(),
                                                      tr("QuoteReader corrections (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importCorrections(path);
    }
}

} // namespace QuoteReader
