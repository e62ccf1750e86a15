#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace QuoteReader {

namespace {

// Messages for people, translated in the desktop reader (the context names them for lupdate).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Files)
};

QString asClause(QString reason)
{
    if (reason.isEmpty() || reason == u"Unknown error") {
        return Messages::tr("the data could not be written.");
    }
    if (!reason.endsWith(u'.')) {
        reason += u'.';
    }
    return reason;
}

} // namespace

AtomicFile::AtomicFile(const QString &path)
    : m_file(path)
{
}

bool AtomicFile::open()
{
    const QFileInfo target(m_file.fileName());
    if (target.exists() && !target.isFile()) {
        return fail(target.isDir() ? Messages::tr("it is a folder.") : Messages::tr("it is not a regular file."));
    }
    // QSaveFile's own refusal of a read-only target reads "Existing file … is not writable".
    if (target.exists() && !target.isWritable()) {
        return fail(Messages::tr("the file is read-only."));
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail(m_file.errorString());
    }
    return true;
}

bool AtomicFile::write(QByteArrayView bytes)
{
    if (!writeFully(&m_file, bytes)) {
        return fail(deviceError(m_file));
    }
    return true;
}

bool AtomicFile::commit()
{
    // Qt 6.4's QSaveFile::commit() ignores a failure of its final flush and of its sync to disk, and
    // would rename an empty or partial file over the target: both are checked here first.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        const QString reason = deviceError(m_file);
        cancel();
        return fail(reason);
    }
#ifdef Q_OS_UNIX
    // A file system that allocates late (ext4, XFS, NFS, quotas) reports a full disk only here.
    if (::fsync(m_file.handle()) != 0 && errno != EINVAL && errno != EROFS) {
        const QString reason = qt_error_string(errno);
        cancel();
        return fail(reason);
    }
#endif
    if (!m_file.commit()) {
        return fail(m_file.errorString());
    }
    return true;
}

void AtomicFile::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled, this removes the temporary file and keeps the target
    }
}

bool AtomicFile::fail(const QString &reason)
{
    if (m_error.isEmpty()) {
        m_error = asClause(reason);
    }
    return false;
}

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = Messages::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    AtomicFile file(path);
    if (!file.open()) {
        return fail(file.errorString());
    }
    if (!write(file.device())) {
        const QString reason = deviceError(*file.device());
        file.cancel();
        return fail(reason);
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    if (error) {
        error->clear();
    }
    return true;
}

bool writeFully(QIODevice *device, QByteArrayView bytes)
{
    if (!device) {
        return false;
    }
    const char *data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        const qint64 written = device->write(data, left);
        if (written <= 0) {
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

QString deviceError(const QIODevice &device)
{
    return asClause(device.errorString());
}

} // namespace QuoteReader
