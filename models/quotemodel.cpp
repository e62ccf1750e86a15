#include "quotemodel.h"

#include "palette.h"
#include "roles.h"

namespace QuoteReader {

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
    endResetModel();
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->document.quotes.size());
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
    return title.isEmpty() ? tr("(Opening)") : title;
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_document) {
        return {};
    }
    const Document &doc = m_document->document;
    const Quote &quote = doc.quotes.at(index.row());
    const Speaker *speaker = doc.speakerOf(quote);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speaker ? speaker->name : tr("(unknown)");
        case KindColumn:
            return quote.kind == QuoteKind::Direct ? tr("direct") : tr("indirect");
        case CueColumn:
            return quote.cue;
        case SectionColumn:
            return sectionTitle(quote.section);
        case ThemesColumn:
            return quote.themes.join(u", ");
        case TextColumn:
            return doc.quoteText(quote).replace(u'\n', u' ');
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return doc.quoteText(quote);
        }
        if (index.column() == SpeakerColumn && speaker && !speaker->role.isEmpty()) {
            return speaker->role;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SpeakerColumn) {
            return speakerColor(quote.speaker);
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
        return index.row();
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
        return speakerColor(quote.speaker);
    case SpeakerRoleRole:
        return speaker ? speaker->role : QString();
    case SearchKeyRole:
        return m_document->searchKeys.at(index.row());
    }
    return {};
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
