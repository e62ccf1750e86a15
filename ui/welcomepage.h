// What the reader shows before any article: what the program does, and the two ways in.
#pragma once

#include <QWidget>

namespace QuoteReader {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    // `samplePath`: the bundled sample article; its button is hidden when the file is not there (tests).
    WelcomePage(const QString &samplePath, QWidget *parent = nullptr);

signals:
    void openRequested();
    void sampleRequested();
};

} // namespace QuoteReader
