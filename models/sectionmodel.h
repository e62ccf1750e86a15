// The article's outline: one row per section with its quote count.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QAbstractTableModel>
#include <QList>

namespace QuoteReader {

class SectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionModel)

public:
    enum Column { TitleColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)

    explicit SectionModel(QObject *parent = nullptr);

    void setDocument(ReaderDocumentPtr document);
    // The same article with its quotes changed: the counts follow (dataChanged), the rows stay.
    void updateDocument(ReaderDocumentPtr document);
    // Titles in this script (View > Characters).
    void setScript(Script script);
    // The row of the section holding a document offset, -1 when none does.
    int rowAtOffset(qsizetype offset) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QList<int> countQuotes(const Document &doc);

    ReaderDocumentPtr m_document;
    QList<int> m_counts; // quotes per section
    ScriptCache m_script;
};

} // namespace QuoteReader
