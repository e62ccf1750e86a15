#include "output.h"

#include "export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace QuoteReader::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void printLine(const QString &text)
{
    // One line each: a line feed in a file name is shown, not obeyed, so it cannot forge a message.
    const QByteArray line = (u"quotereader-cli: " + withVisibleControls(text, false) + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString quoted(const QString &path)
{
    return u"“" + QDir::toNativeSeparators(path) + u"”";
}

void printError(const QString &text)
{
    printLine(text);
}

void printWarning(const QString &text)
{
    printLine(tr("warning: ") + text);
}

QString Output::name() const
{
    return m_path.isEmpty() ? tr("standard output") : quoted(m_path);
}

bool Output::open()
{
    if (m_path.isEmpty()) {
        m_direct = std::make_unique<QFile>();
        // Unbuffered here: stdio's own buffer is flushed, and checked, in commit().
        if (!m_direct->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            return fail(deviceError(*m_direct));
        }
        return true;
    }
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            return fail(deviceError(*m_direct));
        }
        return true;
    }
    m_atomic = std::make_unique<AtomicFile>(m_path);
    if (!m_atomic->open()) {
        return fail(m_atomic->errorString());
    }
    return true;
}

bool Output::write(const QByteArray &bytes)
{
    if (m_atomic) {
        return m_atomic->write(bytes) || fail(m_atomic->errorString());
    }
    return writeFully(m_direct.get(), bytes) || fail(deviceError(*m_direct));
}

bool Output::commit()
{
    if (m_atomic) {
        return m_atomic->commit() || fail(m_atomic->errorString());
    }
    return m_direct->flush() || fail(deviceError(*m_direct));
}

void Output::abandon()
{
    if (m_atomic) {
        m_atomic->cancel();
    }
}

bool Output::fail(const QString &reason)
{
    if (m_error.isEmpty()) {
        m_error = tr("could not write %1: %2").arg(name(), reason);
    }
    return false;
}

} // namespace QuoteReader::Cli
