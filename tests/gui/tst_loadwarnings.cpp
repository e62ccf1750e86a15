// What the window says about how it read a file, when that was a guess: a UTF-8 article with a damaged
// byte, a file cut inside a character. (The engine's side is in tst_loader.)
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

class TestLoadWarnings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"QuoteReaderTest"_qs);
        QApplication::setApplicationName(u"tst_loadwarnings"_qs);
    }

    void statusBarSaysHowADoubtfulFileWasRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray line = u"陳美玲表示：「天氣幫了大忙，雨水來得剛好，茶園一片翠綠。」\n"_qs.toUtf8();
        QTest::newRow("a damaged byte") << line + "Caf\xE9.\n" + line
                                        << u"“tea.txt”: 1 byte is not valid UTF-8 (at byte offset 91); the rest of "
                                           "the file is, so it was read as UTF-8 with \uFFFD in its place."_qs;
        QTest::newRow("cut inside a character") << line + line.left(line.size() - 5)
                                                << u"“tea.txt”: the file ends inside a character; the partial "
                                                   "character was dropped."_qs;
        QTest::newRow("nothing doubtful") << line << QString();
    }

    void statusBarSaysHowADoubtfulFileWasRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tea.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::documentLoaded);
        window.openFile(path);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.statusBar()->currentMessage(), message);
        if (qEnvironmentVariableIsSet("QUOTEREADER_SCREENSHOT")) {
            window.resize(1300, 500);
            QTest::qWait(100);
            window.grab().save(qEnvironmentVariable("QUOTEREADER_SCREENSHOT") + u'-'
                               + QString::fromUtf8(QTest::currentDataTag()) + u".png");
        }
    }
};

QTEST_MAIN(TestLoadWarnings)
#include "tst_loadwarnings.moc"
