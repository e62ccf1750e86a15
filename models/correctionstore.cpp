#include "correctionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace QuoteReader {

CorrectionStore::CorrectionStore(QString folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/corrections"_qs
                                : std::move(folder))
{
}

QString CorrectionStore::fileFor(const QString &key) const
{
    return m_folder + u'/' + key + u".json"_qs;
}

QString CorrectionStore::indexFile() const
{
    return m_folder + u"/paths.json"_qs;
}

QString CorrectionStore::keyForPath(const QString &path) const
{
    QFile index(indexFile());
    if (!index.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(index.readAll()).object().value(path).toString();
}

CorrectionStore::Found CorrectionStore::load(const QString &key, const QString &path) const
{
    Found found;
    QString file = fileFor(key);
    if (!QFileInfo::exists(file)) {
        // The words changed (the file was edited, or the engine decodes it differently now): what was
        // kept for this path still applies where its anchors are found.
        const QString previous = keyForPath(path);
        if (previous.isEmpty() || previous == key || !QFileInfo::exists(fileFor(previous))) {
            return found;
        }
        file = fileFor(previous);
        found.byPath = true;
    }
    const CorrectionsReadResult read = readCorrectionsFile(file);
    if (!read.file) {
        found.error = read.error;
        found.byPath = false;
        return found;
    }
    found.corrections = read.file->corrections;
    return found;
}

bool CorrectionStore::save(const QString &key, const QString &path, const QList<Correction> &corrections,
                           QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error) {
            *error = QCoreApplication::translate("QuoteReader::CorrectionStore", "Could not create the folder “%1”.")
                         .arg(QDir::toNativeSeparators(m_folder));
        }
        return false;
    }
    const QString file = fileFor(key);
    if (corrections.isEmpty()) {
        // Nothing left to keep (all undone or reverted): no file, rather than one saying nothing.
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            if (error) {
                *error = QCoreApplication::translate("QuoteReader::CorrectionStore", "Could not remove “%1”.")
                             .arg(QDir::toNativeSeparators(file));
            }
            return false;
        }
    } else if (!writeCorrectionsFile(file, CorrectionsFile{ArticleId{key, QFileInfo(path).fileName()}, corrections},
                                     error)) {
        return false;
    }
    // The index: path -> key of its last content; a failure here loses nothing kept under the key.
    QJsonObject index;
    QFile in(indexFile());
    if (in.open(QIODevice::ReadOnly)) {
        index = QJsonDocument::fromJson(in.readAll()).object();
        in.close();
    }
    if (index.value(path).toString() != key) {
        index.insert(path, key);
        QSaveFile out(indexFile());
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(index).toJson(QJsonDocument::Compact));
            out.commit();
        }
    }
    return true;
}

} // namespace QuoteReader
