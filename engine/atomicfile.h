// Writing a file so that a failure never leaves half of it: into a temporary file beside the target,
// renamed over the target only once everything was written.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace QuoteReader {

// `write` fills the device and returns false when it could not. On failure `error` names the file and
// the reason ("Could not write “…”: …"), and whatever was at `path` is kept. Only a regular file (or a
// new one) is written: a folder, device or pipe at `path` is refused.
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error);

} // namespace QuoteReader
