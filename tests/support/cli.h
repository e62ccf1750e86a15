// Running the built quotereader-cli from a test, as a user or a batch job would.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace QuoteReader::TestSupport {

struct CliRun {
    int exitCode = -1; // -1 when the program crashed or timed out (a warning says which)
    QByteArray out;
    QByteArray err;
};

// Runs `program` with `arguments`, writing `input` to its standard input.
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                  const QString &workingDirectory = {});

} // namespace QuoteReader::TestSupport
