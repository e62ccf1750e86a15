// Where quotereader-cli writes: standard output; a device or pipe named by -o (written directly: it
// cannot be replaced); or a regular file, replaced atomically and only once everything is in. And its
// messages on standard error, which never carry a terminal control out of a file name or an article.
#pragma once

#include "atomicfile.h"

#include <QFile>
#include <QString>

#include <memory>

namespace QuoteReader::Cli {

class Output final
{
public:
    explicit Output(const QString &path)
        : m_path(path)
    {
    }
    Q_DISABLE_COPY_MOVE(Output)

    bool open();
    bool write(const QByteArray &bytes);
    // Makes the output final: a file replaces what was at its path only here.
    bool commit();
    // Gives up: a file's previous contents stay as they were.
    void abandon();

    // "could not write “out.json”: No space left on device."
    QString error() const { return m_error; }

private:
    QString name() const;
    bool fail(const QString &reason);

    QString m_path;
    std::unique_ptr<QFile> m_direct;      // standard output, a device or a pipe
    std::unique_ptr<AtomicFile> m_atomic; // a regular file
    QString m_error;
};

// “path”, with native separators.
QString quoted(const QString &path);

// "quotereader-cli: <text>" on standard error, control characters shown as symbols (an article or a
// file name may hold ESC or BEL: they must not reach the terminal).
void printError(const QString &text);
void printWarning(const QString &text);

} // namespace QuoteReader::Cli
