// Running the built quotereader-cli from a test, as a user or a batch job would.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace QuoteReader::TestSupport {

struct CliRun {
    int exitCode = -1; // -1 when the program crashed or timed out (a warning says which)
    QByteArray out;
    QByteArray err;
};

struct RunOptions {
    QByteArray input; // written to standard input, which is then closed
    QString workingDirectory;
    // Run as an ordinary user ("nobody") when the tests run as root, so that file permissions count.
    bool unprivileged = false;
    // RLIMIT_NPROC of the child: at 1, an unprivileged program cannot start a thread.
    int processLimit = -1;
    QString standardInputFile;  // standard input comes from this file (a FIFO, say) instead of `input`
    QString standardOutputFile; // standard output goes to this file (/dev/full, say) instead of `out`
    // Runs on a thread of its own from just before the program starts until it ends (to feed a FIFO).
    std::function<void()> whileRunning;
};

// Runs `program` with `arguments`, writing `input` to its standard input.
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                  const QString &workingDirectory = {});
CliRun runProgram(const QString &program, const QStringList &arguments, const RunOptions &options);

// Writes `parts` into the FIFO at `path` once a reader has opened it, pausing before each part: a reader
// that stops at the first moment nothing is there yet misses the rest, as it would behind `<(…)` or curl.
void feedFifoSlowly(const QString &path, const QList<QByteArray> &parts);

// Whether runProgram() can run a program unprivileged here: as an ordinary user, or as root able to
// switch to "nobody". `why` says what is missing when it cannot.
bool canRunUnprivileged(QString *why);

// The exit code of a child that could not drop its privileges (it never ran the program).
inline constexpr int kCouldNotDropPrivileges = 125;

} // namespace QuoteReader::TestSupport
