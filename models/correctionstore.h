// Where the user's corrections are kept between sessions: one file per article in the application's
// data folder, named after the article's content key (a hash of its words), so a renamed or moved
// file keeps them. An index of paths finds them again for a file whose words were edited since.
#pragma once

#include "corrections.h"

#include <QString>

namespace QuoteReader {

class CorrectionStore
{
public:
    // `folder` "" means QStandardPaths::AppDataLocation + "/corrections".
    explicit CorrectionStore(QString folder = {});

    QString folder() const { return m_folder; }
    // The file of an article's corrections (which may not exist yet).
    QString fileFor(const QString &key) const;

    struct Found {
        QList<Correction> corrections;
        QString error;       // a file that is there but cannot be read: names it and says why
        bool byPath = false; // kept for another version of the file at the same path
    };
    // The corrections of the article with `key`, else those last kept for the file at `path`.
    Found load(const QString &key, const QString &path) const;
    // Keeps `corrections` for the article (an empty list removes its file); remembers the path.
    bool save(const QString &key, const QString &path, const QList<Correction> &corrections, QString *error) const;

private:
    QString indexFile() const;
    QString keyForPath(const QString &path) const;

    QString m_folder;
};

} // namespace QuoteReader
