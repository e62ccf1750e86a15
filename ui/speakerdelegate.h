// Draws a speaker as two lines, the name over the role, so long Chinese titles stay readable in a
// narrow dock; what does not fit is elided and the tooltip holds it whole.
#pragma once

#include <QStyledItemDelegate>

namespace QuoteReader {

class SpeakerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerDelegate)

public:
    explicit SpeakerDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace QuoteReader
