#include "golden.h"

#include "extractor.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace QuoteReader::Golden {

QString describeQuotes(const Document &doc)
{
    QStringList lines;
    for (const Quote &quote : doc.quotes) {
        const Speaker *speaker = doc.speakerOf(quote);
        lines.append((speaker ? speaker->name : QStringLiteral("-")) + u'|' + toString(quote.kind) + u'|' + quote.rule
                     + u'|' + quote.cue + u'|' + doc.quoteText(quote));
    }
    lines.append(QStringLiteral("--"));
    for (const Speaker &speaker : doc.speakers) {
        lines.append(QStringLiteral("speaker ") + speaker.name + u'|' + speaker.role + u'|'
                     + (speaker.group ? QStringLiteral("group") : QStringLiteral("person")) + u'|'
                     + speaker.aliases.join(u','));
    }
    return lines.join(u'\n') + u'\n';
}

QString describeStructure(const Document &doc)
{
    QStringList lines;
    lines.append(QStringLiteral("title ") + doc.title);
    for (const Block &block : doc.blocks) {
        lines.append(toString(block.kind) + u'|' + QString::number(block.section) + u'|' + doc.textOf(block.range));
    }
    lines.append(QStringLiteral("--"));
    for (const Section &section : doc.sections) {
        lines.append(QStringLiteral("section ") + section.title + u'|' + QString::number(section.paragraphs));
    }
    for (const Noise &noise : doc.noise) {
        lines.append(QStringLiteral("noise ") + toString(noise.kind) + u'|' + doc.textOf(noise.range));
    }
    return lines.join(u'\n') + u'\n';
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.path() + u'/' + info.completeBaseName() + suffix;
}

namespace {

QString unifiedDiff(const QString &expected, const QString &actual)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("expected"));
    const QString b = dir.filePath(QStringLiteral("actual"));
    for (const auto &[path, text] : {std::pair{a, expected}, std::pair{b, actual}}) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text.toUtf8());
        }
    }
    QProcess process;
    process.start(QStringLiteral("diff"), {QStringLiteral("-u"), a, b});
    process.waitForFinished();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return out.isEmpty() ? QStringLiteral("expected:\n") + expected + QStringLiteral("actual:\n") + actual : out;
}

} // namespace

QString compare(const QString &actual, const QString &expectedPath)
{
    if (qEnvironmentVariableIsSet("QUOTEREADER_REGENERATE")) {
        QFile file(expectedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual.toUtf8()) < 0) {
            return expectedPath + QStringLiteral(": cannot write: ") + file.errorString();
        }
        return {};
    }
    const QString expected = readUtf8(expectedPath);
    if (expected.isEmpty()) {
        return expectedPath + QStringLiteral(" is missing or empty; run with QUOTEREADER_REGENERATE=1 to create it");
    }
    return expected == actual ? QString() : expectedPath + u'\n' + unifiedDiff(expected, actual);
}

Document extractOrFail(const QString &path)
{
    ExtractResult result = extractFile(path);
    if (!result.ok()) {
        qFatal("%s", qPrintable(result.error));
    }
    return std::move(*result.document);
}

} // namespace QuoteReader::Golden
