#include "smalldisk.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace QuoteReader::TestSupport {

SmallDisk::SmallDisk(qint64 bytes)
{
#ifdef Q_OS_LINUX
    if (!m_dir.isValid()) {
        m_reason = u"no temporary folder to mount on"_qs;
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, options.constData()) != 0) {
        m_reason = u"cannot mount a small tmpfs here ("_qs + QString::fromLocal8Bit(std::strerror(errno))
                   + u"): the full-disk case needs root or CAP_SYS_ADMIN"_qs;
        return;
    }
    m_mounted = true;
#else
    Q_UNUSED(bytes);
    m_reason = u"tmpfs is Linux only"_qs;
#endif
}

SmallDisk::~SmallDisk()
{
#ifdef Q_OS_LINUX
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
#endif
}

bool SmallDisk::fill() const
{
#ifdef Q_OS_LINUX
    const QByteArray path = QFile::encodeName(filePath(u".filler"_qs));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        return false;
    }
    const QByteArray block(4096, 'x');
    int lastError = 0;
    for (;;) {
        const ssize_t written = ::write(fd, block.constData(), size_t(block.size()));
        if (written <= 0) {
            lastError = errno;
            break;
        }
        if (written < block.size()) {
            // The last partial block: one byte at a time until nothing more fits.
            while (::write(fd, "x", 1) == 1) {
            }
            lastError = errno;
            break;
        }
    }
    ::close(fd);
    return lastError == ENOSPC;
#else
    return false;
#endif
}

} // namespace QuoteReader::TestSupport
