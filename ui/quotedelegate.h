// The quote table's cells: the speaker and the kind edited in place (a list of the article's speakers
// that takes a new name too, direct or indirect), and a pencil before the words of a quote the user
// corrected or added.
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace QuoteReader {

class QuoteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteDelegate)

public:
    explicit QuoteDelegate(QObject *parent = nullptr);

    // The names offered when the speaker is edited, most quoted first.
    void setSpeakerNames(const QStringList &names) { m_names = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // An editor at least as wide as it needs: the speaker column may be narrower than a name typed in.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // The mark of a corrected quote, drawn in the text colour of `palette`.
    static QIcon correctionMark(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QStringList m_names;
    mutable QIcon m_mark; // correctionMark() for the palette below, made once
    mutable qint64 m_markPalette = -1;
};

} // namespace QuoteReader
