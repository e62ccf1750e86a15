#include "cli.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>

#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace QuoteReader::TestSupport {

namespace {

#ifdef Q_OS_UNIX
struct User {
    uid_t uid = 0;
    gid_t gid = 0;
    bool found = false;
};

User nobody()
{
    const struct passwd *entry = ::getpwnam("nobody");
    return entry ? User{entry->pw_uid, entry->pw_gid, true} : User{};
}
#endif

} // namespace

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QString &workingDirectory)
{
    RunOptions options;
    options.input = input;
    options.workingDirectory = workingDirectory;
    return runProgram(program, arguments, options);
}

CliRun runProgram(const QString &program, const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    if (!options.standardInputFile.isEmpty()) {
        process.setStandardInputFile(options.standardInputFile);
    }
    if (!options.standardOutputFile.isEmpty()) {
        process.setStandardOutputFile(options.standardOutputFile);
    }
    if (options.processLimit >= 0) {
        // LeakSanitizer needs a thread of its own at exit, which a process limit refuses: no leak check.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString asan = environment.value(u"ASAN_OPTIONS"_qs);
        environment.insert(u"ASAN_OPTIONS"_qs, asan + (asan.isEmpty() ? u""_qs : u":"_qs) + u"detect_leaks=0"_qs);
        process.setProcessEnvironment(environment);
    }
#ifdef Q_OS_UNIX
    // Looked up before the fork: getpwnam() is not safe to call in the child.
    const User user = options.unprivileged && ::geteuid() == 0 ? nobody() : User{};
    const int processLimit = options.processLimit;
    if (user.found || processLimit >= 0) {
        process.setChildProcessModifier([user, processLimit] {
            if (user.found) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0) {
                    ::_exit(kCouldNotDropPrivileges);
                }
            }
            if (processLimit >= 0) {
                const struct rlimit limit = {rlim_t(processLimit), rlim_t(processLimit)};
                ::setrlimit(RLIMIT_NPROC, &limit);
            }
        });
    }
#endif
    // Before start(): QProcess opens a standard input file in this thread, and a FIFO opens only once
    // its writer does.
    std::thread helper;
    if (options.whileRunning) {
        helper = std::thread(options.whileRunning);
    }
    const auto joinHelper = qScopeGuard([&helper] {
        if (helper.joinable()) {
            helper.join();
        }
    });
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return {};
    }
    if (options.standardInputFile.isEmpty()) {
        process.write(options.input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        // Say which, so that a crash in the engine is not mistaken for a wrong exit code.
        qWarning("%s %s: %s", qPrintable(program), process.state() == QProcess::NotRunning ? "crashed" : "timed out",
                 qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void feedFifoSlowly(const QString &path, const QList<QByteArray> &parts)
{
#ifdef Q_OS_UNIX
    // A reader that stops early closes the FIFO: the next write fails with EPIPE, not with a SIGPIPE that
    // would end the test. (Blocked in this thread only: the signal would be sent to this thread.)
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    for (int attempt = 0; attempt < 3000 && fd < 0; ++attempt) {
        fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            QThread::msleep(10); // ENXIO: no reader yet
        }
    }
    if (fd < 0) {
        qWarning("nobody opened the FIFO %s", name.constData());
        return;
    }
    ::fcntl(fd, F_SETFL, 0); // blocking writes from here on
    for (const QByteArray &part : parts) {
        QThread::msleep(300);
        for (qsizetype done = 0; done < part.size();) {
            const ssize_t written = ::write(fd, part.constData() + done, size_t(part.size() - done));
            if (written <= 0) {
                qWarning("could not feed the FIFO %s", name.constData());
                ::close(fd);
                return;
            }
            done += written;
        }
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(parts);
#endif
}

bool canRunUnprivileged(QString *why)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        return true;
    }
    if (!nobody().found) {
        *why = u"running as root, and there is no user \"nobody\" to run the program as"_qs;
        return false;
    }
    return true;
#else
    *why = u"file permissions are POSIX here"_qs;
    return false;
#endif
}

} // namespace QuoteReader::TestSupport
