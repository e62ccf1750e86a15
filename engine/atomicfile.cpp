#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace QuoteReader {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Files)
};
} // namespace

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = Messages::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    // QSaveFile would rename its temporary file over a device or a pipe: only a regular file, or a new
    // one, can be replaced atomically.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        return fail(target.isDir() ? Messages::tr("it is a folder.") : Messages::tr("it is not a regular file."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    if (!write(&file) || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
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

} // namespace QuoteReader
