// What the window tests share: the seed article, waiting for a load, answering the input dialogs an
// action opens, and reading files.
#pragma once

#include "correctionstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace QuoteReader::GuiTest {

inline const QString kSeed = QStringLiteral(QUOTEREADER_SOURCE_DIR "/resources/sample-article.txt");

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fresh start: no settings, no corrections kept by an earlier test (the data folder of test mode
// outlives the test).
inline void forgetEverything()
{
    QSettings().clear();
    QDir(CorrectionStore().folder()).removeRecursively();
    QFile::remove(CorrectionStore().folder()); // a test may leave a file where the folder goes
}

// Waits for the window to finish an open it started: true when loaded, false when it failed.
inline bool waitForLoad(MainWindow *window, QString *error = nullptr)
{
    QSignalSpy loaded(window, &MainWindow::documentLoaded);
    QSignalSpy failed(window, &MainWindow::loadFailed);
    QElapsedTimer waited;
    waited.start();
    while (loaded.isEmpty() && failed.isEmpty() && waited.elapsed() < 20000) {
        QTest::qWait(10);
    }
    if (!failed.isEmpty() && error) {
        *error = failed.at(0).at(0).toString();
    }
    return !loaded.isEmpty();
}

// Answers the modal QInputDialogs the next action opens, in order, with `answers`; "" cancels one.
// A timer finds each dialog once it is shown (getText() blocks in its own event loop). `seen` collects
// each dialog's label, so a test can check what it was asked.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(QStringList answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last || m_answers.isEmpty()) {
                return;
            }
            m_last = dialog;
            m_labels.append(dialog->labelText());
            m_items.append(dialog->comboBoxItems());
            const QString answer = m_answers.takeFirst();
            ++m_answered;
            if (answer.isEmpty()) {
                dialog->reject();
            } else {
                dialog->setTextValue(answer);
                dialog->accept();
            }
        });
        m_timer.start();
    }
    int answered() const { return m_answered; }
    QStringList labels() const { return m_labels; }
    QList<QStringList> items() const { return m_items; }

private:
    QStringList m_answers;
    QStringList m_labels;
    QList<QStringList> m_items;
    QTimer m_timer;
    QPointer<QInputDialog> m_last;
    int m_answered = 0;
};

} // namespace QuoteReader::GuiTest
