#include "speakerdelegate.h"

#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace QuoteReader {

namespace {
constexpr int kLineGap = 1;
constexpr int kVerticalPadding = 3;
} // namespace

SpeakerDelegate::SpeakerDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SpeakerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString role = index.data(SpeakerRoleRole).toString();
    // The style draws background, check box and colour swatch; the two lines of text are ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont);
    QFont roleFont = opt.font;
    roleFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics roleMetrics(roleFont);

    const int height = nameMetrics.height() + (role.isEmpty() ? 0 : kLineGap + roleMetrics.height());
    int y = textRect.top() + (textRect.height() - height) / 2;
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    if (!role.isEmpty()) {
        y += nameMetrics.height() + kLineGap;
        QColor roleColor = textColor;
        if (!selected) {
            roleColor = opt.palette.color(group, QPalette::PlaceholderText);
        }
        painter->setFont(roleFont);
        painter->setPen(roleColor);
        painter->drawText(QRect(textRect.left(), y, textRect.width(), roleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          roleMetrics.elidedText(role, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize SpeakerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont roleFont = option.font;
    roleFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    // Every row two lines high, with or without a role: uniform rows scroll faster and look calmer.
    const int height = QFontMetrics(nameFont).height() + kLineGap + QFontMetrics(roleFont).height()
                       + 2 * kVerticalPadding;
    size.setHeight(std::max(size.height(), height));
    // Wide enough for the name; the role elides (the column stretches with the dock).
    return size;
}

} // namespace QuoteReader
