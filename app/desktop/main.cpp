// quotereader: the desktop reader. Parses the command line, installs translations, shows the window.
#include "articlesession.h"
#include "languages.h"
#include "mainwindow.h"
#include "quotemodel.h"
#include "readerview.h"
#include "roles.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>

namespace {

// Drawn rather than shipped: the Qt build here has no SVG image plugin and the mark is two shapes.
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 64.0;
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(4 * s, 6 * s, 56 * s, 40 * s), 10 * s, 10 * s);
        QPainterPath tail;
        tail.moveTo(16 * s, 44 * s);
        tail.lineTo(14 * s, 60 * s);
        tail.lineTo(30 * s, 44 * s);
        painter.fillPath(bubble.united(tail), QColor(0x19, 0x71, 0xc2));
        QFont font(QStringLiteral("Serif"));
        font.setPixelSize(int(34 * s));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(4 * s, 4 * s, 56 * s, 48 * s), Qt::AlignCenter, QStringLiteral("“ ”"));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteReader"));
    QApplication::setApplicationName(QStringLiteral("quotereader"));
    QApplication::setApplicationDisplayName(QStringLiteral("QuoteReader"));
    QApplication::setApplicationVersion(QStringLiteral(QT_STRINGIFY(QUOTEREADER_VERSION)));
    QApplication::setWindowIcon(applicationIcon());

    // The language chosen in View > Language, else the system's preferred ones (QLocale::system().uiLanguages(),
    // e.g. zh-TW, zh-Hant); no translation for them (or the C locale): English, whose .qm only holds plurals.
    QuoteReader::Languages::install(QuoteReader::Languages::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A reader for news articles that finds who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The article to open (txt, html, md)."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QApplication::translate("main", "Decode the file as <encoding> instead of detecting it."),
        QStringLiteral("encoding"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> once the article is shown, then quit."),
        QStringLiteral("png"));
    QCommandLineOption correctionShotOption(
        QStringLiteral("screenshot-correction"),
        QApplication::translate(
            "main", "Save a picture of a correction in progress to <png> once the article is shown, then quit."),
        QStringLiteral("png"));
    QCommandLineOption timingOption(
        QStringLiteral("timing"),
        QApplication::translate("main", "Print the time to the first drawn page, to the fully loaded article and the "
                                        "longest stall of the window, then quit."));
    // Hidden, like --screenshot: tools for the project (scripts/screenshot.sh, the reader benchmark), not for users.
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    correctionShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    timingOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(encodingOption);
    parser.addOption(screenshotOption);
    parser.addOption(correctionShotOption);
    parser.addOption(timingOption);
    parser.process(app);

    // On the heap: View > Language replaces the window with one in the new language.
    auto *window = new QuoteReader::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QString screenshot = parser.value(screenshotOption);
    const QString correctionShot = parser.value(correctionShotOption);
    if (!screenshot.isEmpty() || !correctionShot.isEmpty()) {
        window->resize(1360, 860);
        auto grab = [window, screenshot, correctionShot] {
            if (!correctionShot.isEmpty()) {
                // A correction in progress: one quote given to another speaker (marked in the table), the
                // next one's speaker being typed in its cell, its words selected in the article.
                QTableView *table = window->quoteTable();
                if (table->model()->rowCount() > 2) {
                    table->selectRow(0);
                    window->session()->setKind({table->model()->index(0, 0).data(QuoteReader::QuoteIndexRole).toInt()},
                                               QuoteReader::QuoteKind::Indirect);
                    const QModelIndex speaker = table->model()->index(1, QuoteReader::QuoteModel::SpeakerColumn);
                    table->setCurrentIndex(speaker);
                    table->selectionModel()->select(speaker,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    QuoteReader::ReaderView *reader = window->reader();
                    const int quote = speaker.data(QuoteReader::QuoteIndexRole).toInt();
                    const qsizetype at = reader->displayOffsetOfQuote(quote);
                    const QuoteReader::TextRange range{speaker.data(QuoteReader::RangeStartRole).toLongLong(),
                                                       speaker.data(QuoteReader::RangeEndRole).toLongLong()};
                    QTextCursor cursor(reader->document());
                    cursor.setPosition(int(at));
                    cursor.setPosition(int(at + range.length()), QTextCursor::KeepAnchor);
                    reader->setTextCursor(cursor);
                    table->edit(speaker);
                    // The name being typed: another speaker of the article.
                    if (auto *editor = table->findChild<QComboBox *>(QStringLiteral("speakerEditor"))) {
                        editor->setEditText(editor->itemText(editor->count() > 1 ? 1 : 0));
                    }
                }
            }
            // Let layouts settle and the reader paint its highlights before grabbing.
            QTimer::singleShot(500, window, [window, screenshot, correctionShot] {
                const QString out = correctionShot.isEmpty() ? screenshot : correctionShot;
                const bool saved = window->grab().save(out);
                if (!saved) {
                    std::fprintf(stderr, "quotereader: cannot write the screenshot to %s\n", qPrintable(out));
                }
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(window, &QuoteReader::MainWindow::documentLoaded, window, grab);
        QObject::connect(window, &QuoteReader::MainWindow::loadFailed, window, grab);
        if (parser.positionalArguments().isEmpty()) {
            grab();
        }
    }
    // --timing: a heartbeat timer every 5 ms; any longer gap between its ticks is time the GUI
    // thread could not answer (no painting, no input). With several files, each is opened once the
    // previous one is fully shown, and timed on its own: the second open measures replacing a big
    // article (the old one's document torn down) as well as loading the new one.
    QElapsedTimer clock;
    qint64 firstPage = -1;
    qint64 loaded = -1;
    qint64 lastBeat = 0;
    qint64 longestStall = 0;
    qsizetype timedFile = 0;
    const QStringList files = parser.positionalArguments();
    QTimer heartbeat;
    if (parser.isSet(timingOption) && !files.isEmpty()) {
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, window, [&] {
            const qint64 now = clock.elapsed();
            longestStall = std::max(longestStall, now - lastBeat);
            lastBeat = now;
        });
        auto finish = [&] {
            if (files.size() > 1) {
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(files.at(timedFile))));
            }
            std::printf(
                "first drawn page: %lld ms\nfully loaded and drawn: %lld ms\nlongest GUI-thread stall: %lld ms\n",
                firstPage, loaded, longestStall);
            std::fflush(stdout);
            if (loaded < 0 || ++timedFile == files.size()) {
                QApplication::exit(loaded < 0 ? 1 : 0);
                return;
            }
            firstPage = loaded = -1;
            longestStall = 0;
            clock.start();
            lastBeat = 0;
            window->openFile(files.at(timedFile), parser.value(encodingOption).toLatin1());
        };
        QObject::connect(window, &QuoteReader::MainWindow::readerPageDrawn, window, [&, finish] {
            if (firstPage < 0) {
                firstPage = clock.elapsed();
            }
            if (window->currentDocument() && loaded < 0 && !window->isLoading()) {
                loaded = clock.elapsed();
                // One more beat, so a stall right after the last paint is counted too.
                QTimer::singleShot(200, window, finish);
            }
        });
        QObject::connect(window, &QuoteReader::MainWindow::loadFailed, window, finish);
    }
    window->show();
    if (!files.isEmpty()) {
        clock.start();
        heartbeat.start();
        window->openFile(files.constFirst(), parser.value(encodingOption).toLatin1());
    } else if (screenshot.isEmpty() && correctionShot.isEmpty() && !parser.isSet(timingOption)) {
        window->reopenLastArticle();
    }
    return QApplication::exec();
}
