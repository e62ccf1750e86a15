// Every quote of the document, one row each, in document order.
#pragma once

#include "readerdocument.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace QuoteReader {

class QuoteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteModel)

public:
    enum Column { SpeakerColumn, KindColumn, CueColumn, SectionColumn, ThemesColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)

    explicit QuoteModel(QObject *parent = nullptr);
    ~QuoteModel() override;

    void setDocument(ReaderDocumentPtr document);
    ReaderDocumentPtr document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Direct access for the proxy's filterAcceptsRow, which runs for every row on every change and
    // cannot afford a QVariant per criterion.
    const Quote &quoteAt(int row) const { return m_document->document.quotes.at(row); }
    const QString &searchKey(int row) const { return m_document->searchKeys.at(row); }
    const QByteArray &speakerCollationKey(int speaker) const;

private:
    QString sectionTitle(int section) const;

    ReaderDocumentPtr m_document; // always with its keys (ReaderDocument::hasKeys())
};

} // namespace QuoteReader
