// Replacing a file so that nothing is lost: the bytes go to a temporary file beside the target, which
// is renamed over the target only when every byte is known to be on disk. A failure at any point
// (full disk, quota, I/O error, a cancelled export) leaves whatever was at the path as it was.
#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

#include <functional>

namespace QuoteReader {

class AtomicFile final
{
public:
    explicit AtomicFile(const QString &path);
    Q_DISABLE_COPY_MOVE(AtomicFile)

    // Refuses a folder, a device or pipe (renaming over it would replace the device itself), and a
    // read-only file.
    bool open();
    // Where the bytes go until commit(); unbuffered, so a failing write says why at once.
    QIODevice *device() { return &m_file; }
    bool write(QByteArrayView bytes);
    // Flushes and syncs the temporary file, checks that every write reached it, then renames it over
    // the target. On failure the temporary file is removed and the target is untouched.
    bool commit();
    void cancel();

    // The reason for the last failure, as one clause ending in a full stop: "No space left on device."
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &reason);

    QSaveFile m_file;
    QString m_error;
};

// `write` fills the device and returns false when it could not. On failure `error` names the file and
// the reason ("Could not write “…”: No space left on device."), and whatever was at `path` is kept.
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error);

// Writes all of `bytes`, retrying a short write (write(2) stops short when a disk fills; the next call
// says why). False when the device fails; its errorString() then holds the reason.
bool writeFully(QIODevice *device, QByteArrayView bytes);

// A device's error as a clause of a message: "No space left on device." (never empty).
QString deviceError(const QIODevice &device);

} // namespace QuoteReader
