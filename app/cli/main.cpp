// quotereader-cli: extract the quotes of one article, or of a whole batch of them, in any export format.
#include "corrections.h"
#include "explain.h"
#include "export.h"
#include "extractor.h"
#include "themes.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <condition_variable>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

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

namespace {

enum ExitCode { ExitDone = 0, ExitUsage = 2, ExitInputRefused = 3, ExitOutputFailed = 4 };

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

void printError(const QString &text)
{
    const QByteArray line = (u"quotereader-cli: " + text + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

QString quoted(const QString &path)
{
    return u"“" + QDir::toNativeSeparators(path) + u"”";
}

// The same file under another name (a symlink, "./a.txt" for "a.txt", a hard link) must be caught too:
// -o must never overwrite the article it reads.
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

struct Filters {
    QStringList speakers;
    QStringList themes;
    std::optional<QuoteKind> kind;
};

bool matchesAny(const QString &value, const QStringList &wanted)
{
    for (const QString &w : wanted) {
        if (value.compare(w, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QuoteSelection selectQuotes(const Document &doc, const Filters &filters)
{
    QList<bool> speakerWanted(doc.speakers.size(), filters.speakers.isEmpty());
    if (!filters.speakers.isEmpty()) {
        for (qsizetype i = 0; i < doc.speakers.size(); ++i) {
            const Speaker &speaker = doc.speakers.at(i);
            bool wanted = matchesAny(speaker.name, filters.speakers);
            for (const QString &alias : speaker.aliases) {
                wanted = wanted || matchesAny(alias, filters.speakers);
            }
            speakerWanted[i] = wanted;
        }
    }
    QuoteSelection selection{&doc, {}};
    for (int i = 0; i < doc.quotes.size(); ++i) {
        const Quote &quote = doc.quotes.at(i);
        if (filters.kind && quote.kind != *filters.kind) {
            continue;
        }
        if (!filters.speakers.isEmpty() && !(doc.speakerOf(quote) && speakerWanted.at(quote.speaker))) {
            continue;
        }
        if (!filters.themes.isEmpty()) {
            bool wanted = false;
            for (const QString &theme : quote.themes) {
                wanted = wanted || matchesAny(theme, filters.themes);
            }
            if (!wanted) {
                continue;
            }
        }
        selection.quotes.append(i);
    }
    return selection;
}

// One input as the batch sees it: a file to extract, or a folder argument that held none (an error).
struct Input {
    QString path;
    QString error;
};

bool isArticleFile(const QString &path)
{
    static const QStringList suffixes = {u"txt"_qs, u"html"_qs, u"htm"_qs, u"md"_qs, u"markdown"_qs};
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

// Files of a folder in a fixed order (sorted by path), so a batch gives the same output on every run.
QList<Input> expandFolder(const QString &folder, bool recursive)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                    recursive ? QDirIterator::Subdirectories | QDirIterator::FollowSymlinks : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isArticleFile(path)) {
            files.append(path);
        }
    }
    files.sort();
    QList<Input> inputs;
    if (files.isEmpty()) {
        inputs.append(Input{folder, QCoreApplication::translate("main", "the folder %1 holds no article (.txt, .html, "
                                                                         ".htm, .md, .markdown)%2.")
                                        .arg(quoted(folder),
                                             recursive ? QString()
                                                       : QCoreApplication::translate(
                                                             "main", "; --recursive looks into its sub-folders"))});
        return inputs;
    }
    for (const QString &file : std::as_const(files)) {
        inputs.append(Input{file, {}});
    }
    return inputs;
}

struct Job {
    ExportFormat format = ExportFormat::Json;
    bool explain = false; // --explain: each quote with its rule, cue and subject instead of a format
    WriterOptions writerOptions;
    ExtractOptions extract;
    Filters filters;
    QList<Correction> corrections; // --corrections: the user's, applied before the quotes are selected
};

struct Outcome {
    QByteArray bytes;
    QString error; // set when the input was refused
    QStringList warnings = {}; // corrections that could not be applied
};

// "-": one article read from standard input, so that a pipe (hdfs dfs -cat, curl) needs no temporary file.
// At most one byte more than the loader accepts is read: an endless stream is refused, not buffered.
ExtractResult extractStandardInput(const ExtractOptions &options)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {std::nullopt, QCoreApplication::translate("main", "could not read standard input: %1.").arg(in.errorString()),
                false};
    }
    const QByteArray bytes = in.read(options.load.maxBytes + 1);
    LoadResult load = decodeArticle(bytes, u"-"_qs, options.load);
    if (!load.ok()) {
        return {std::nullopt, load.error, false};
    }
    return processLoaded(std::move(*load.loaded), options);
}

Outcome processInput(const Input &input, const Job &job)
{
    if (!input.error.isEmpty()) {
        return {{}, input.error};
    }
    ExtractResult result = input.path == u"-" ? extractStandardInput(job.extract) : extractFile(input.path, job.extract);
    if (!result.ok()) {
        QString error = result.error;
        if (error.isEmpty()) {
            error = QCoreApplication::translate("main", "could not read %1.").arg(quoted(input.path));
        }
        return {{}, error};
    }
    QStringList warnings;
    const CorrectionsReport report = applyCorrections(*result.document, job.corrections);
    for (const UnanchoredCorrection &missed : report.unanchored) {
        warnings.append(QCoreApplication::translate("main", "%1: correction %2 (%3) not applied: %4.")
                            .arg(quoted(input.path))
                            .arg(missed.index + 1)
                            .arg(describeCorrection(job.corrections.at(missed.index)), missed.reason));
    }
    const QuoteSelection selection = selectQuotes(*result.document, job.filters);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QuoteWriter> writer =
        job.explain ? std::make_unique<ExplainWriter>() : makeWriter(job.format, job.writerOptions);
    if (!writer || !writer->write(selection, &buffer)) {
        return {{}, QCoreApplication::translate("main", "could not format the quotes of %1.").arg(quoted(input.path))};
    }
    return {std::move(bytes), {}, warnings};
}

// Runs the inputs on `jobs` threads and hands the outcomes to `deliver` in input order. Workers run at most
// `window` inputs ahead of the one being written, so memory stays flat however long the batch is.
class Batch final {
public:
    Batch(const QList<Input> &inputs, const Job &job, int jobs) : m_inputs(inputs), m_job(job), m_jobs(jobs) {}
    Q_DISABLE_COPY_MOVE(Batch)

    // `deliver` returns false to stop the batch (the output failed).
    template<typename Deliver>
    void run(Deliver deliver)
    {
        const int threads = int(qMin<qsizetype>(m_jobs, m_inputs.size()));
        m_window = qsizetype(threads) * 2;
        std::vector<std::thread> workers;
        workers.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([this] { work(); });
        }
        for (qsizetype i = 0; i < m_inputs.size(); ++i) {
            Outcome outcome;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return m_done.count(i) > 0; });
                outcome = std::move(m_done.at(i));
                m_done.erase(i);
                m_written = i + 1;
            }
            m_space.notify_all();
            if (!deliver(m_inputs.at(i), outcome)) {
                std::lock_guard lock(m_mutex);
                m_stop = true;
                break;
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        for (std::thread &worker : workers) {
            worker.join();
        }
    }

private:
    void work()
    {
        for (;;) {
            qsizetype index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [&] { return m_stop || m_next >= m_inputs.size() || m_next < m_written + m_window; });
                if (m_stop || m_next >= m_inputs.size()) {
                    return;
                }
                index = m_next++;
            }
            Outcome outcome = processInput(m_inputs.at(index), m_job);
            {
                std::lock_guard lock(m_mutex);
                m_done.emplace(index, std::move(outcome));
            }
            m_ready.notify_one();
        }
    }

    const QList<Input> &m_inputs;
    const Job &m_job;
    int m_jobs = 1;
    qsizetype m_window = 2;

    std::mutex m_mutex;
    std::condition_variable m_ready; // an outcome was added
    std::condition_variable m_space; // the writer moved on, or the batch stops
    std::map<qsizetype, Outcome> m_done;
    qsizetype m_next = 0;
    qsizetype m_written = 0;
    bool m_stop = false;
};

// Where the output goes: standard output, a device or pipe named by -o (written directly: it cannot be
// replaced), or a regular file (written atomically with QSaveFile, committed only when everything is in).
class Output final {
public:
    explicit Output(const QString &path) : m_path(path) {}
    Q_DISABLE_COPY_MOVE(Output)

    QString name() const
    {
        return m_path.isEmpty() ? QCoreApplication::translate("main", "standard output") : quoted(m_path);
    }

    bool open()
    {
        if (m_path.isEmpty()) {
            auto file = std::make_unique<QFile>();
            if (!file->open(stdout, QIODevice::WriteOnly)) {
                return fail(file->errorString());
            }
            m_device = std::move(file);
            return true;
        }
        const QFileInfo info(m_path);
        if (info.exists() && !info.isFile() && !info.isDir()) {
            auto file = std::make_unique<QFile>(m_path);
            if (!file->open(QIODevice::WriteOnly)) {
                return fail(file->errorString());
            }
            m_device = std::move(file);
            return true;
        }
        auto file = std::make_unique<QSaveFile>(m_path);
        if (!file->open(QIODevice::WriteOnly)) {
            return fail(file->errorString());
        }
        m_saveFile = file.get();
        m_device = std::move(file);
        return true;
    }

    bool write(const QByteArray &bytes)
    {
        if (bytes.isEmpty()) {
            return true;
        }
        if (m_device->write(bytes) != bytes.size()) {
            return fail(m_device->errorString());
        }
        return true;
    }

    bool commit()
    {
        if (m_saveFile) {
            if (!m_saveFile->commit()) {
                return fail(m_saveFile->errorString());
            }
            return true;
        }
        auto *file = static_cast<QFile *>(m_device.get());
        if (!file->flush()) {
            return fail(file->errorString());
        }
        return true;
    }

    void abandon()
    {
        if (m_saveFile) {
            m_saveFile->cancelWriting();
        }
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &reason)
    {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("main", "could not write %1: %2").arg(name(), reason);
        }
        return false;
    }

    QString m_path;
    std::unique_ptr<QFileDevice> m_device;
    QSaveFile *m_saveFile = nullptr;
    QString m_error;
};

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
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(listPath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("main", "could not read the list of files %1: %2.")
                     .arg(standardInput ? QCoreApplication::translate("main", "on standard input") : quoted(listPath),
                          file.errorString());
        return std::nullopt;
    }
    QStringList paths;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
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
    parser.addPositionalArgument(u"command"_qs, QCoreApplication::translate("main", "extract"), u"extract"_qs);
    parser.addPositionalArgument(u"files"_qs, QCoreApplication::translate("main", "Articles (.txt, .html, .md) or folders; "
                                                                                "- reads one article from standard input."),
                                 u"FILE..."_qs);
    const QCommandLineOption formatOption({u"f"_qs, u"format"_qs},
                                          QCoreApplication::translate("main", "Output format: json, csv, md, html or txt for the quotes; article for the article's text as the reader shows it."),
                                          u"FORMAT"_qs, u"json"_qs);
    const QCommandLineOption speakerOption(u"speaker"_qs,
                                           QCoreApplication::translate("main", "Only quotes of this speaker (name or alias; repeatable)."),
                                           u"NAME"_qs);
    const QCommandLineOption themeOption(u"theme"_qs,
                                         QCoreApplication::translate("main", "Only quotes carrying this theme (repeatable)."),
                                         u"NAME"_qs);
    const QCommandLineOption kindOption(u"kind"_qs,
                                        QCoreApplication::translate("main", "Only direct or indirect quotes."),
                                        u"direct|indirect"_qs);
    const QCommandLineOption encodingOption(u"encoding"_qs,
                                            QCoreApplication::translate("main", "Read the articles in this encoding instead of detecting it."),
                                            u"ENC"_qs);
    const QCommandLineOption themesOption(u"themes"_qs,
                                          QCoreApplication::translate("main", "A JSON file of your own themes: name -> terms."),
                                          u"FILE"_qs);
    const QCommandLineOption outputOption({u"o"_qs, u"output"_qs},
                                          QCoreApplication::translate("main", "Write to this file (atomically) instead of standard output."),
                                          u"OUT"_qs);
    const QCommandLineOption recursiveOption({u"r"_qs, u"recursive"_qs},
                                             QCoreApplication::translate("main", "Descend into the sub-folders of folder arguments."));
    const QCommandLineOption jobsOption({u"j"_qs, u"jobs"_qs},
                                        QCoreApplication::translate("main", "Articles processed at once (default: one per core)."),
                                        u"N"_qs);
    const QCommandLineOption filesFromOption(
        u"files-from"_qs,
        QCoreApplication::translate("main", "Also extract the articles listed in LIST, one path per line (- for standard "
                                            "input); always a batch (JSON Lines)."),
        u"LIST"_qs);
    const QCommandLineOption explainOption(
        u"explain"_qs, QCoreApplication::translate("main", "Print each quote with the attribution rule that found it, its cue and "
                                                           "the subject it read, instead of a format."));
    const QCommandLineOption correctionsOption(
        u"corrections"_qs,
        QCoreApplication::translate("main", "Apply the corrections made in the reader (File > Export Corrections…) "
                                            "to the one article given."),
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
        return usageError(parser, QCoreApplication::translate("main", "no command given; try “extract FILE”."));
    }
    const QString command = positional.takeFirst();
    if (command != u"extract") {
        return usageError(parser, QCoreApplication::translate("main", "unknown command “%1”; the command is “extract”.").arg(command));
    }
    if (positional.isEmpty() && !parser.isSet(filesFromOption)) {
        return usageError(parser, QCoreApplication::translate("main", "no FILE given to extract."));
    }
    if (positional.count(u"-"_qs) + (parser.value(filesFromOption) == u"-" ? 1 : 0) > 1) {
        return usageError(parser, QCoreApplication::translate("main", "standard input can be read only once: give “-” "
                                                                      "as one FILE or as the --files-from list, not both."));
    }

    Job job;
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOption));
    if (!format) {
        return usageError(parser, QCoreApplication::translate("main", "unknown format “%1”; use json, csv, md, html, txt or article.")
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
            return usageError(parser, QCoreApplication::translate("main", "unknown kind “%1”; use direct or indirect.")
                                          .arg(parser.value(kindOption)));
        }
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            return usageError(parser, QCoreApplication::translate("main", "--jobs needs a whole number of at least 1, not “%1”.")
                                          .arg(parser.value(jobsOption)));
        }
    }
    jobs = qMax(1, jobs);
    job.filters.speakers = parser.values(speakerOption);
    job.filters.themes = parser.values(themeOption);
    if (parser.isSet(encodingOption)) {
        job.extract.load.encoding = parser.value(encodingOption).toLatin1();
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
        const std::optional<QStringList> listed = readPathList(parser.value(filesFromOption), &error);
        if (!listed) {
            printError(error);
            return ExitInputRefused;
        }
        for (const QString &path : *listed) {
            inputs.append(Input{path, {}});
        }
    }

    const QString outputPath = parser.value(outputOption);
    if (!outputPath.isEmpty()) {
        for (const Input &input : std::as_const(inputs)) {
            if (input.error.isEmpty() && sameFile(input.path, outputPath)) {
                return usageError(parser, QCoreApplication::translate(
                                              "main", "refusing to write the output to %1: it is the input article itself.")
                                              .arg(quoted(outputPath)));
            }
        }
        if (QFileInfo(outputPath).isDir()) {
            printError(QCoreApplication::translate("main", "could not write %1: it is a folder.").arg(quoted(outputPath)));
            return ExitOutputFailed;
        }
    }

    if (parser.isSet(themesOption)) {
        const ThemeFileResult themes = loadThemeFile(parser.value(themesOption));
        if (!themes.themes) {
            printError(themes.error.isEmpty() ? QCoreApplication::translate("main", "could not read the theme file %1.")
                                                    .arg(quoted(parser.value(themesOption)))
                                              : themes.error);
            return ExitInputRefused;
        }
        job.extract.userThemes = *themes.themes;
    }

    if (parser.isSet(correctionsOption)) {
        // Corrections name quotes and speakers of one article: in a batch they would rename people elsewhere.
        if (batch || inputs.size() != 1) {
            return usageError(parser, QCoreApplication::translate(
                                          "main", "--corrections applies to one article: give exactly one FILE."));
        }
        const CorrectionsReadResult corrections = readCorrectionsFile(parser.value(correctionsOption));
        if (!corrections.file) {
            printError(corrections.error);
            return ExitInputRefused;
        }
        job.corrections = corrections.file->corrections;
    }

    if (batch) {
        job.writerOptions.compactJson = true;  // JSON Lines: one document per line
        job.writerOptions.csvHeader = false;   // one header for the whole batch, written below
        job.writerOptions.csvBom = false;
        job.writerOptions.csvFileColumn = true;
    }

    Output output(outputPath);
    if (!output.open()) {
        printError(output.error());
        return ExitOutputFailed;
    }
    if (batch && job.format == ExportFormat::Csv && !output.write(csvBatchHeader())) {
        output.abandon();
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
    runner.run([&](const Input &, const Outcome &outcome) {
        ++finished;
        for (const QString &warning : outcome.warnings) {
            printError(warning);
        }
        if (!outcome.error.isEmpty()) {
            ++skipped;
            clearProgress();
            printError(outcome.error);
        } else {
            // Concatenated Markdown and text read as one file with a blank line between the articles.
            const bool separate = batch && written > 0 &&
                                  (job.format == ExportFormat::Markdown || job.format == ExportFormat::Text ||
                                   job.format == ExportFormat::Article);
            if ((separate && !output.write(QByteArrayLiteral("\n"))) || !output.write(outcome.bytes)) {
                outputFailed = true;
                return false;
            }
            ++written;
        }
        if (progress) {
            const QByteArray line = (u"\rquotereader-cli: "_qs +
                                     QCoreApplication::translate("main", "%1/%2 articles, %3 skipped")
                                         .arg(finished)
                                         .arg(inputs.size())
                                         .arg(skipped))
                                        .toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        return true;
    });
    if (progress) {
        std::fputs("\n", stderr);
    }

    // A single article that was refused leaves no output file behind (and an existing one as it was).
    if (!batch && skipped > 0) {
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
