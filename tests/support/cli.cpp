#include "cli.h"

#include <QProcess>

namespace QuoteReader::TestSupport {

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QString &workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        // Say which, so that a crash in the engine is not mistaken for a wrong exit code.
        qWarning("%s %s: %s", qPrintable(program),
                 process.state() == QProcess::NotRunning ? "crashed" : "timed out", qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace QuoteReader::TestSupport
