#include "welcomepage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace QuoteReader {

WelcomePage::WelcomePage(const QString &samplePath, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcome"_qs);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Who said what?"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Open a news article (plain text, HTML or Markdown; Chinese or English) to see everyone quoted in it, "
           "highlighted in the text, and to pick out the quotes you need.<br><br>"
           "You can also drop a file on this window."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 36);
    text->setMinimumHeight(text->heightForWidth(text->width()));
    auto *openButton = new QPushButton(tr("&Open an Article…"), this);
    openButton->setObjectName(u"welcomeOpen"_qs);
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *sampleButton = new QPushButton(tr("Try the &Sample Article"), this);
    sampleButton->setObjectName(u"welcomeSample"_qs);
    sampleButton->setVisible(QFileInfo::exists(samplePath));
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace QuoteReader
