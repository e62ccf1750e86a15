// quotereader-cli: extract the quotes of one article, or of a whole batch of them, in any export format.
#include "batch.h"
#include "corrections.h"
#include "encoding.h"
#include "output.h"
#include "themes.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifndef QUOTEREADER_VERSION
#define QUOTEREADER_VERSION "0.0.0"
#endif

using namespace QuoteReader;
using namespace QuoteReader::Cli;

namespace {

enum ExitCode { ExitDone = 0, ExitUsage = 2, ExitInputRefused = 3, ExitOutputFailed = 4 };

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

// The same file under another name (a symlink, "./a.txt" for "a.txt", a hard link) must be caught too:
// -o must never overwrite the article it reads, nor the theme file.
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (!fa.exists() || !fb.exists()) {
        return false;
    }
    if (fa.canonicalFilePath() == fb.canonicalFilePath()) {
        return true;
    }
#ifndef Q_OS_WIN
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0) {
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    }
#endif
    return false;
}

bool isArticleFile(const QString &path)
{
    static const QStringList suffixes = {u"txt"_qs, u"html"_qs, u"htm"_qs, u"md"_qs, u"markdown"_qs};
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

bool canList(const QFileInfo &folder)
{
    return folder.isReadable() && folder.isExecutable();
}

// Files of a folder in a fixed order (sorted by path), so a batch gives the same output on every run.
// Every file with an article's suffix is an input, readable or not: one the loader cannot read is
// reported like any refused file, never dropped in silence. So is a sub-folder that cannot be listed.
QList<Input> expandFolder(const QString &folder, bool recursive)
{
    if (!canList(QFileInfo(folder))) {
        return {Input{folder, tr("the folder %1 cannot be read (permission denied).").arg(quoted(folder))}};
    }
    QList<Input> inputs;
    QDir::Filters filters = QDir::Files | QDir::System | QDir::NoDotAndDotDot; // System: broken links too
    if (recursive) {
        filters |= QDir::AllDirs;
    }
    QDirIterator it(folder, filters,
                    recursive ? QDirIterator::Subdirectories | QDirIterator::FollowSymlinks
                              : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (!canList(info)) {
                inputs.append(Input{path, tr("the folder %1 cannot be read (permission denied); its articles were "
                                             "skipped.")
                                              .arg(quoted(path))});
            }
        } else if (isArticleFile(path)) {
            inputs.append(Input{path, {}});
        }
    }
    std::sort(inputs.begin(), inputs.end(), [](const Input &a, const Input &b) { return a.path < b.path; });
    if (inputs.isEmpty()) {
        inputs.append(Input{folder, tr("the folder %1 holds no article (.txt, .html, .htm, .md, .markdown)%2.")
                                        .arg(quoted(folder),
                                             recursive ? QString() : tr("; --recursive looks into its sub-folders"))});
    }
    return inputs;
}

QByteArray csvBatchHeader()
{
    Document empty;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    WriterOptions options;
    options.csvFileColumn = true;
    makeWriter(ExportFormat::Csv, options)->write(QuoteSelection::all(empty), &buffer);
    return bytes;
}

// --files-from: one path per line (a Hadoop Streaming or Spark pipe feeds a mapper this way); blank lines
// are skipped, a trailing '\r' is dropped. std::nullopt with `error` set when the list cannot be read.
std::optional<QStringList> readPathList(const QString &listPath, QString *error)
{
    QFile file;
    const bool standardInput = listPath == u"-";
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(listPath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("could not read the list of files %1: %2.")
                     .arg(standardInput ? tr("on standard input") : quoted(listPath), file.errorString());
        return std::nullopt;
    }
    // To the end of the stream, not while !atEnd(): a pipe (--files-from <(find …)) is "at its end"
    // whenever its writer has not written yet.
    const QByteArray list = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("could not read the list of files %1: %2.")
                     .arg(standardInput ? tr("on standard input") : quoted(listPath), file.errorString());
        return std::nullopt;
    }
    QStringList paths;
    for (QByteArray line : list.split('\n')) {
        while (line.endsWith('\r')) {
            line.chop(1);
        }
        if (!line.isEmpty()) {
            paths.append(QFile::decodeName(line));
        }
    }
    return paths;
}

int usageError(const QCommandLineParser &parser, const QString &text)
{
    printError(text);
    const QByteArray help = parser.helpText().toUtf8();
    std::fwrite(help.constData(), 1, size_t(help.size()), stderr);
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"quotereader-cli"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTEREADER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Finds who said what in news articles (Chinese and English) and writes the quotes out.\n"
                "Several files or folders make a batch: JSON Lines for --format json, one CSV with a file column."));
    parser.addPositionalArgument(u"command"_qs, tr("extract"), u"extract"_qs);
    parser.addPositionalArgument(u"files"_qs,
                                 tr("Articles (.txt, .html, .md) or folders; "
                                    "- reads one article from standard input."),
                                 u"FILE..."_qs);
    const QCommandLineOption formatOption(
        {u"f"_qs, u"format"_qs},
        tr("Output format: json, csv, md, html or txt for the quotes; article for the "
           "article's text as the reader shows it."),
        u"FORMAT"_qs, u"json"_qs);
    const QCommandLineOption speakerOption(u"speaker"_qs,
                                           tr("Only quotes of this speaker (name or alias; repeatable)."), u"NAME"_qs);
    const QCommandLineOption themeOption(u"theme"_qs, tr("Only quotes carrying this theme (repeatable)."), u"NAME"_qs);
    const QCommandLineOption kindOption(u"kind"_qs, tr("Only direct or indirect quotes."), u"direct|indirect"_qs);
    const QCommandLineOption encodingOption(u"encoding"_qs,
                                            tr("Read the articles in this encoding instead of detecting it."),
                                            u"ENC"_qs);
    const QCommandLineOption themesOption(u"themes"_qs, tr("A JSON file of your own themes: name -> terms."),
                                          u"FILE"_qs);
    const QCommandLineOption outputOption({u"o"_qs, u"output"_qs},
                                          tr("Write to this file (atomically) instead of standard output."), u"OUT"_qs);
    const QCommandLineOption recursiveOption({u"r"_qs, u"recursive"_qs},
                                             tr("Descend into the sub-folders of folder arguments."));
    const QCommandLineOption jobsOption({u"j"_qs, u"jobs"_qs},
                                        tr("Articles processed at once (default: one per core)."), u"N"_qs);
    const QCommandLineOption filesFromOption(
        u"files-from"_qs,
        tr("Also extract the articles listed in LIST, one path per line (- for standard "
           "input); always a batch (JSON Lines)."),
        u"LIST"_qs);
    const QCommandLineOption explainOption(u"explain"_qs,
                                           tr("Print each quote with the attribution rule that found it, its cue and "
                                              "the subject it read, instead of a format."));
    const QCommandLineOption correctionsOption(
        u"corrections"_qs,
        tr("Apply the corrections made in the reader (File > Export Corrections…) to the one article given."),
        u"FILE"_qs);
    parser.addOptions({formatOption, speakerOption, themeOption, kindOption, encodingOption, themesOption, outputOption,
                       recursiveOption, jobsOption, filesFromOption, explainOption, correctionsOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(QCoreApplication::arguments())) {
        return usageError(parser, parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(ExitDone);
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion();
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(parser, tr("no command given; try “extract FILE”."));
    }
    const QString command = positional.takeFirst();
    if (command != u"extract") {
        return usageError(parser, tr("unknown command “%1”; the command is “extract”.").arg(command));
    }
    if (positional.isEmpty() && !parser.isSet(filesFromOption)) {
        return usageError(parser, tr("no FILE given to extract."));
    }
    if (positional.count(u"-"_qs) + (parser.value(filesFromOption) == u"-" ? 1 : 0) > 1) {
        return usageError(parser, tr("standard input can be read only once: give “-” "
                                     "as one FILE or as the --files-from list, not both."));
    }

    Job job;
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOption));
    if (!format) {
        return usageError(parser, tr("unknown format “%1”; use json, csv, md, html, txt or article.")
                                      .arg(parser.value(formatOption)));
    }
    job.format = *format;
    job.explain = parser.isSet(explainOption);
    if (parser.isSet(kindOption)) {
        const QString kind = parser.value(kindOption).toLower();
        if (kind == u"direct") {
            job.filters.kind = QuoteKind::Direct;
        } else if (kind == u"indirect") {
            job.filters.kind = QuoteKind::Indirect;
        } else {
            return usageError(parser, tr("unknown kind “%1”; use direct or indirect.").arg(parser.value(kindOption)));
        }
    }
    // More threads than cores only add memory and contention: the work is all computation.
    const int cores = qMax(1, QThread::idealThreadCount());
    int jobs = cores;
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            return usageError(parser,
                              tr("--jobs needs a whole number of at least 1, not “%1”.").arg(parser.value(jobsOption)));
        }
        if (jobs > cores) {
            printError(tr("--jobs %1 is more than the %2 cores of this machine; using %2.").arg(jobs).arg(cores));
            jobs = cores;
        }
    }
    job.filters.speakers = parser.values(speakerOption);
    job.filters.themes = parser.values(themeOption);
    if (parser.isSet(encodingOption)) {
        // Checked once here: a batch of a thousand files should not refuse each of them for it.
        const QString encoding = parser.value(encodingOption);
        if (!isKnownEncoding(encoding.toUtf8())) {
            return usageError(parser, tr("unknown encoding “%1”; give a name such as UTF-8, GB18030, Big5, UTF-16LE "
                                         "or windows-1252.")
                                          .arg(encoding));
        }
        job.extract.load.encoding = encoding.toUtf8();
    }

    // Folders make a batch even when they hold one file, so the output's shape depends on the command,
    // not on what a folder happens to contain.
    QList<Input> inputs;
    bool batch = positional.size() > 1 || parser.isSet(filesFromOption);
    for (const QString &argument : std::as_const(positional)) {
        if (QFileInfo(argument).isDir()) {
            batch = true;
            inputs.append(expandFolder(argument, parser.isSet(recursiveOption)));
        } else {
            inputs.append(Input{argument, {}});
        }
    }
    if (parser.isSet(filesFromOption)) {
        QString error;
        const QString listPath = parser.value(filesFromOption);
        const std::optional<QStringList> listed = readPathList(listPath, &error);
        if (!listed) {
            printError(error);
            return ExitInputRefused;
        }
        for (const QString &path : *listed) {
            inputs.append(Input{path, {}});
        }
        if (inputs.isEmpty()) {
            printError(tr("the list of files %1 names no file.")
                           .arg(listPath == u"-" ? tr("on standard input") : quoted(listPath)));
            return ExitInputRefused;
        }
    }

    const QString outputPath = parser.value(outputOption);
    const QString themesPath = parser.value(themesOption);
    if (!outputPath.isEmpty()) {
        for (const Input &input : std::as_const(inputs)) {
            if (input.error.isEmpty() && sameFile(input.path, outputPath)) {
                return usageError(parser, tr("refusing to write the output to %1: it is the input article itself.")
                                              .arg(quoted(outputPath)));
            }
        }
        if (!themesPath.isEmpty() && sameFile(themesPath, outputPath)) {
            return usageError(parser,
                              tr("refusing to write the output to %1: it is the theme file.").arg(quoted(outputPath)));
        }
        // The user's corrections are never replaced by what was extracted with them.
        if (parser.isSet(correctionsOption) && sameFile(parser.value(correctionsOption), outputPath)) {
            return usageError(
                parser, tr("refusing to write the output to %1: it is the corrections file.").arg(quoted(outputPath)));
        }
        if (QFileInfo(outputPath).isDir()) {
            printError(tr("could not write %1: it is a folder.").arg(quoted(outputPath)));
            return ExitOutputFailed;
        }
    }

    if (!themesPath.isEmpty()) {
        const ThemeFileResult themes = loadThemeFile(themesPath);
        if (!themes.themes) {
            printError(themes.error.isEmpty() ? tr("could not read the theme file %1.").arg(quoted(themesPath))
                                              : themes.error);
            return ExitInputRefused;
        }
        job.extract.userThemes = *themes.themes;
    }

    if (parser.isSet(correctionsOption)) {
        // Corrections name quotes and speakers of one article: in a batch they would rename people elsewhere.
        if (batch || inputs.size() != 1) {
            return usageError(parser, tr("--corrections applies to one article: give exactly one FILE."));
        }
        const CorrectionsReadResult corrections = readCorrectionsFile(parser.value(correctionsOption));
        if (!corrections.file) {
            printError(corrections.error);
            return ExitInputRefused;
        }
        job.corrections = corrections.file->corrections;
    }

    if (batch) {
        job.writerOptions.compactJson = true; // JSON Lines: one document per line
        job.writerOptions.csvHeader = false;  // one header for the whole batch, written below
        job.writerOptions.csvBom = false;
        job.writerOptions.csvFileColumn = true;
    }

    Output output(outputPath);
    if (!output.open()) {
        printError(output.error());
        return ExitOutputFailed;
    }

    const bool progress = batch && stderrIsTerminal();
    qsizetype finished = 0;
    qsizetype skipped = 0;
    qsizetype written = 0;
    bool outputFailed = false;
    const auto clearProgress = [&] {
        if (progress) {
            std::fputs("\r\x1b[K", stderr);
        }
    };

    Batch runner(inputs, job, jobs);
    const auto deliver = [&](const Input &, const Outcome &outcome) {
        ++finished;
        if (!outcome.error.isEmpty() || !outcome.warnings.isEmpty()) {
            clearProgress();
        }
        for (const QString &warning : outcome.warnings) {
            printWarning(warning);
        }
        if (!outcome.error.isEmpty()) {
            ++skipped;
            printError(outcome.error);
        } else {
            // The batch CSV's one header goes before the first article that made it: a batch that
            // extracted nothing writes nothing.
            const bool header = batch && written == 0 && job.format == ExportFormat::Csv;
            // Concatenated Markdown and text read as one file with a blank line between the articles.
            const bool separate = batch && written > 0
                                  && (job.format == ExportFormat::Markdown || job.format == ExportFormat::Text
                                      || job.format == ExportFormat::Article);
            if ((header && !output.write(csvBatchHeader())) || (separate && !output.write(QByteArrayLiteral("\n")))
                || !output.write(outcome.bytes)) {
                outputFailed = true;
                return false;
            }
            ++written;
        }
        if (progress) {
            const QByteArray line = (u"\rquotereader-cli: "_qs
                                     + tr("%1/%2 articles, %3 skipped").arg(finished).arg(inputs.size()).arg(skipped))
                                        .toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        return true;
    };
    runner.run(deliver, [&](const QString &note) {
        clearProgress();
        printError(note);
    });
    if (progress) {
        std::fputs("\n", stderr);
    }

    // Nothing extracted (a single article refused, or every article of a batch): no output file is left
    // behind, and an existing one stays as it was.
    if (written == 0 && skipped > 0 && !outputFailed) {
        output.abandon();
        return ExitInputRefused;
    }
    if (outputFailed || !output.commit()) {
        output.abandon();
        printError(output.error());
        return ExitOutputFailed;
    }
    return skipped > 0 ? ExitInputRefused : ExitDone;
}
