#include "quotedelegate.h"

#include "document.h"
#include "quotemodel.h"
#include "roles.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace QuoteReader {

QuoteDelegate::QuoteDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QIcon QuoteDelegate::correctionMark(const QPalette &palette)
{
    // Drawn, like the application icon: the build has no SVG icons and themes may lack "document-edit".
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        QPainterPath pencil;
        pencil.moveTo(3 * s, 13 * s);
        pencil.lineTo(4 * s, 10 * s);
        pencil.lineTo(11 * s, 3 * s);
        pencil.lineTo(13 * s, 5 * s);
        pencil.lineTo(6 * s, 12 * s);
        pencil.closeSubpath();
        painter.setPen(QPen(palette.color(QPalette::Text), 1.2 * s));
        painter.setBrush(QColor(0xe6, 0x77, 0x00));
        painter.drawPath(pencil);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void QuoteDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == QuoteModel::TextColumn
        && index.data(CorrectionRole).toInt() != int(QuoteCorrection::AsFound)) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (m_markPalette != option->palette.cacheKey()) {
            m_mark = correctionMark(option->palette);
            m_markPalette = option->palette.cacheKey();
        }
        option->icon = m_mark;
        const int side = option->fontMetrics.height() - 2;
        option->decorationSize = QSize(side, side);
    }
}

QWidget *QuoteDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case QuoteModel::SpeakerColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"speakerEditor"_qs);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_names);
        combo->lineEdit()->setPlaceholderText(tr("Speaker's name (empty: no speaker)"));
        return combo;
    }
    case QuoteModel::KindColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"kindEditor"_qs);
        combo->addItem(tr("direct"), int(QuoteKind::Direct));
        combo->addItem(tr("indirect"), int(QuoteKind::Indirect));
        return combo;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void QuoteDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<QComboBox *>(editor)) {
        QRect rect = editor->geometry();
        rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
        editor->setGeometry(rect);
    }
}

void QuoteDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (index.column() == QuoteModel::SpeakerColumn) {
        combo->setEditText(index.data(Qt::EditRole).toString());
    } else {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    }
}

void QuoteDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, index.column() == QuoteModel::SpeakerColumn ? QVariant(combo->currentText().trimmed())
                                                                      : combo->currentData());
}

} // namespace QuoteReader
