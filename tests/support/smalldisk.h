// A small file system that is full: a tmpfs mounted on a temporary folder and filled, to see what a
// program does when a write fails for want of space. Mounting needs privileges a test may not have:
// isValid() is false then, with the reason in skipReason(), and the test skips.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace QuoteReader::TestSupport {

class SmallDisk final
{
public:
    // Mounts a tmpfs of `bytes`, open to every user (a test may run the program as another one).
    explicit SmallDisk(qint64 bytes = 256 * 1024);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isValid() const { return m_mounted; }
    QString skipReason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Takes every free byte, so that the next write of any size fails with ENOSPC.
    bool fill() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace QuoteReader::TestSupport
