#include "quotemodel.h"

#include "articlesession.h"
#include "palette.h"
#include "roles.h"
#include "rulenames.h"

namespace QuoteReader {

namespace {

QuoteCorrection correctionOf(const Quote &quote)
{
    if (quote.rule == u"user") {
        return QuoteCorrection::Added;
    }
    return quote.corrected ? QuoteCorrection::Corrected : QuoteCorrection::AsFound;
}

QList<QPair<qsizetype, qsizetype>> rangesOf(const Document &doc)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    ranges.reserve(doc.quotes.size());
    for (const Quote &quote : doc.quotes) {
        ranges.append({quote.range.start, quote.range.end});
    }
    return ranges;
}

// Whether a row shows anything else: its quote, its speaker as named and coloured, or its search key.
bool rowDiffers(const ReaderDocument &a, int i, const ReaderDocument &b, int j)
{
    const Quote &qa = a.document.quotes.at(i);
    const Quote &qb = b.document.quotes.at(j);
    const Speaker *sa = a.document.speakerOf(qa);
    const Speaker *sb = b.document.speakerOf(qb);
    return qa.speaker != qb.speaker || qa.kind != qb.kind || qa.cue != qb.cue || qa.rule != qb.rule
           || qa.section != qb.section || qa.themes != qb.themes || qa.corrected != qb.corrected
           || (sa == nullptr) != (sb == nullptr) || (sa && (sa->name != sb->name || sa->role != sb->role))
           || a.colorSlot(qa.speaker) != b.colorSlot(qb.speaker) || a.searchKeys.at(i) != b.searchKeys.at(j);
}

} // namespace

QList<QPair<int, int>> runsOf(const QList<int> &ascending)
{
    QList<QPair<int, int>> runs;
    for (const int n : ascending) {
        if (!runs.isEmpty() && runs.last().second + 1 == n) {
            runs.last().second = n;
        } else {
            runs.append({n, n});
        }
    }
    return runs;
}

QuoteModel::QuoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QuoteModel::~QuoteModel() = default;

void QuoteModel::setDocument(ReaderDocumentPtr document)
{
    // The keys come prepared with the document, computed by the loading worker: a reset here is
    // only pointer assignments, whatever the size of the article. A document made without them
    // (by hand, in tests) gets them here.
    if (document && !document->hasKeys()) {
        auto withKeys = std::make_shared<ReaderDocument>(*document);
        computeKeys(*withKeys);
        document = std::move(withKeys);
    }
    beginResetModel();
    m_document = std::move(document);
    m_rowMap.clear();
    m_mapped = false;
    endResetModel();
}

void QuoteModel::updateDocument(ReaderDocumentPtr document)
{
    if (!m_document || !document || !document->hasKeys() || !m_document->sameTextAs(*document)) {
        setDocument(std::move(document));
        return;
    }
    const RowChanges changes = matchRows(rangesOf(m_document->document), rangesOf(document->document));
    // Rows that go, from the last run back, while the rows still show the old document.
    m_rowMap.clear();
    for (int i = 0; i < m_document->document.quotes.size(); ++i) {
        m_rowMap.append(i);
    }
    m_mapped = true;
    const QList<QPair<int, int>> removedRuns = runsOf(changes.removed);
    for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rowMap.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
    // The rows left are the kept quotes, in the same order in both documents: switch to the new one,
    // and say which of them show something else before any row comes, so that a sorted proxy places
    // the new rows among rows already in their new order.
    const ReaderDocumentPtr previous = std::exchange(m_document, std::move(document));
    m_rowMap.clear();
    QList<int> changed;
    for (qsizetype row = 0; row < changes.kept.size(); ++row) {
        const auto &[before, after] = changes.kept.at(row);
        m_rowMap.append(after);
        if (rowDiffers(*previous, before, *m_document, after)) {
            changed.append(int(row));
        }
    }
    for (const auto &[first, last] : runsOf(changed)) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    // Rows that come, in order: each one's row is its index, since every earlier quote is in by then.
    for (const auto &[first, last] : runsOf(changes.inserted)) {
        beginInsertRows({}, first, last);
        for (int quote = first; quote <= last; ++quote) {
            m_rowMap.insert(quote, quote);
        }
        endInsertRows();
    }
    m_mapped = false;
    m_rowMap.clear();
}

void QuoteModel::setScript(Script script)
{
    if (script == m_script.script()) {
        return;
    }
    m_script.setScript(script);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document) {
        return 0;
    }
    return m_mapped ? int(m_rowMap.size()) : int(m_document->document.quotes.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QByteArray &QuoteModel::speakerCollationKey(int speaker) const
{
    static const QByteArray none;
    return m_document && speaker >= 0 && speaker < m_document->speakerKeys.size() ? m_document->speakerKeys.at(speaker)
                                                                                  : none;
}

QString QuoteModel::sectionTitle(int section) const
{
    const Document &doc = m_document->document;
    if (section < 0 || section >= doc.sections.size()) {
        return {};
    }
    const QString &title = doc.sections.at(section).title;
    return title.isEmpty() ? tr("(Opening)") : m_script(title);
}

QString QuoteModel::displayText(const Quote &quote) const
{
    // The Simplified text is at hand for every document; the other scripts convert the quote.
    if (m_script.script() == Script::Simplified && m_document->simplified.size() == m_document->document.text.size()) {
        return QStringView(m_document->simplified).mid(quote.range.start, quote.range.length()).toString();
    }
    if (m_script.script() == Script::Traditional
        && m_document->traditional.size() == m_document->document.text.size()) {
        return QStringView(m_document->traditional).mid(quote.range.start, quote.range.length()).toString();
    }
    return m_script(m_document->document.quoteText(quote));
}

QString QuoteModel::toolTip(const Quote &quote, int column) const
{
    const Speaker *speaker = m_document->document.speakerOf(quote);
    QStringList lines;
    if (column == TextColumn) {
        lines.append(displayText(quote));
    } else if (column == SpeakerColumn && speaker && !speaker->role.isEmpty()) {
        lines.append(m_script(speaker->role));
    }
    switch (correctionOf(quote)) {
    case QuoteCorrection::Added:
        lines.append(tr("Added by you"));
        break;
    case QuoteCorrection::Corrected:
        lines.append(tr("Corrected by you"));
        if (!quote.rule.isEmpty()) {
            lines.append(RuleNames::foundBy(quote.rule));
        }
        break;
    case QuoteCorrection::AsFound:
        if (!quote.rule.isEmpty() && (column == TextColumn || column == SpeakerColumn)) {
            lines.append(RuleNames::foundBy(quote.rule));
        }
        break;
    }
    return lines.join(u"\n\n");
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_document) {
        return {};
    }
    const Document &doc = m_document->document;
    const int quoteNumber = quoteIndex(index.row());
    const Quote &quote = doc.quotes.at(quoteNumber);
    const Speaker *speaker = doc.speakerOf(quote);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speaker ? m_script(speaker->name) : tr("(unknown)");
        case KindColumn:
            return quote.kind == QuoteKind::Direct ? tr("direct") : tr("indirect");
        case CueColumn:
            return m_script(quote.cue);
        case SectionColumn:
            return sectionTitle(quote.section);
        case ThemesColumn:
            return m_script(quote.themes.join(u", "));
        case TextColumn:
            return displayText(quote).replace(u'\n', u' ');
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speaker ? speaker->name : QString();
        case KindColumn:
            return int(quote.kind);
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(quote, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (index.column() == SpeakerColumn) {
            return speakerColor(m_document->colorSlot(quote.speaker));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speakerCollationKey(quote.speaker);
        case KindColumn:
            return int(quote.kind);
        case CueColumn:
            return quote.cue;
        case SectionColumn:
            return quote.section;
        case ThemesColumn:
            return quote.themes.join(u", ");
        case TextColumn:
            return quote.range.start;
        }
        return {};
    case QuoteIndexRole:
        return quoteNumber;
    case SpeakerIndexRole:
        return quote.speaker;
    case SectionIndexRole:
        return quote.section;
    case KindRole:
        return int(quote.kind);
    case ThemesRole:
        return quote.themes;
    case RangeStartRole:
        return quote.range.start;
    case RangeEndRole:
        return quote.range.end;
    case ColorRole:
        return speakerColor(m_document->colorSlot(quote.speaker));
    case ColorSlotRole:
        return m_document->colorSlot(quote.speaker);
    case SpeakerRoleRole:
        return speaker ? speaker->role : QString();
    case SearchKeyRole:
        return m_document->searchKeys.at(quoteNumber);
    case CorrectionRole:
        return int(correctionOf(quote));
    case RuleRole:
        return quote.rule;
    }
    return {};
}

bool QuoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole || !m_session
        || !m_document) {
        return false;
    }
    // The edit goes through the session, as an undoable correction; the session updates this model.
    const int quote = quoteIndex(index.row());
    switch (index.column()) {
    case SpeakerColumn: {
        const QString name = value.toString().trimmed();
        return m_session->setSpeaker({quote}, name.isEmpty() ? std::nullopt : std::optional<QString>(name));
    }
    case KindColumn:
        return m_session->setKind({quote}, QuoteKind(value.toInt()));
    }
    return false;
}

Qt::ItemFlags QuoteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_session && (index.column() == SpeakerColumn || index.column() == KindColumn)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case KindColumn:
        return tr("Kind");
    case CueColumn:
        return tr("Cue");
    case SectionColumn:
        return tr("Section");
    case ThemesColumn:
        return tr("Themes");
    case TextColumn:
        return tr("Quote");
    }
    return {};
}

} // namespace QuoteReader
