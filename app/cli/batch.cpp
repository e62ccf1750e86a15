#include "batch.h"

#include "explain.h"
#include "output.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <system_error>
#include <thread>
#include <vector>

namespace QuoteReader::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

bool matchesAny(const QString &value, const QStringList &wanted)
{
    return std::any_of(wanted.cbegin(), wanted.cend(),
                       [&value](const QString &w) { return value.compare(w, Qt::CaseInsensitive) == 0; });
}

QuoteSelection selectQuotes(const Document &doc, const Filters &filters)
{
    QList<bool> speakerWanted(doc.speakers.size(), filters.speakers.isEmpty());
    if (!filters.speakers.isEmpty()) {
        for (qsizetype i = 0; i < doc.speakers.size(); ++i) {
            const Speaker &speaker = doc.speakers.at(i);
            speakerWanted[i] = matchesAny(speaker.name, filters.speakers)
                               || std::any_of(speaker.aliases.cbegin(), speaker.aliases.cend(),
                                              [&filters](const QString &alias) {
                                                  return matchesAny(alias, filters.speakers);
                                              });
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
        if (!filters.themes.isEmpty()
            && std::none_of(quote.themes.cbegin(), quote.themes.cend(),
                            [&filters](const QString &theme) { return matchesAny(theme, filters.themes); })) {
            continue;
        }
        selection.quotes.append(i);
    }
    return selection;
}

// "-": one article read from standard input, so that a pipe (hdfs dfs -cat, curl) needs no temporary file.
// At most one byte more than the loader accepts is read: an endless stream is refused, not buffered.
ExtractResult extractStandardInput(const ExtractOptions &options)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {std::nullopt, tr("could not read standard input: %1.").arg(in.errorString()), false};
    }
    // A pipe hands over what its writer has written so far: read until the end of the stream, not once.
    QByteArray bytes;
    while (bytes.size() <= options.load.maxBytes) {
        const QByteArray chunk = in.read(options.load.maxBytes + 1 - bytes.size());
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
    }
    if (in.error() != QFileDevice::NoError) {
        return {std::nullopt, tr("could not read standard input: %1.").arg(in.errorString()), false};
    }
    if (bytes.size() > options.load.maxBytes) {
        // Its size is unknown (reading stopped at the limit): "the file is 64 MB" would be wrong.
        return {std::nullopt,
                u"-: "_qs
                    + tr("standard input holds more than the limit of %1.").arg(formatSize(options.load.maxBytes)),
                false};
    }
    LoadResult load = decodeArticle(bytes, u"-"_qs, options.load);
    if (!load.ok()) {
        return {std::nullopt, load.error, false};
    }
    return processLoaded(std::move(*load.loaded), options);
}

} // namespace

Outcome processInput(const Input &input, const Job &job)
{
    if (!input.error.isEmpty()) {
        return {{}, input.error, {}};
    }
    ExtractResult result = input.path == u"-" ? extractStandardInput(job.extract)
                                              : extractFile(input.path, job.extract);
    if (!result.ok()) {
        QString error = result.error;
        if (error.isEmpty()) {
            error = tr("could not read “%1”.").arg(QDir::toNativeSeparators(input.path));
        }
        return {{}, error, {}};
    }
    QStringList warnings;
    for (const QString &warning : std::as_const(result.document->source.warnings)) {
        warnings.append(input.path + u": " + warning);
    }
    const CorrectionsReport report = applyCorrections(*result.document, job.corrections);
    for (const UnanchoredCorrection &missed : report.unanchored) {
        warnings.append(tr("%1: correction %2 (%3) not applied: %4.")
                            .arg(quoted(input.path))
                            .arg(missed.index + 1)
                            .arg(describeCorrection(job.corrections.at(missed.index)), missed.reason));
    }
    const QuoteSelection selection = selectQuotes(*result.document, job.filters);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QuoteWriter> writer = job.explain ? std::make_unique<ExplainWriter>()
                                                            : makeWriter(job.format, job.writerOptions);
    if (!writer || !writer->write(selection, &buffer)) {
        return {{}, tr("could not format the quotes of “%1”.").arg(QDir::toNativeSeparators(input.path)), {}};
    }
    return {std::move(bytes), {}, warnings};
}

void Batch::run(const Deliver &deliver, const Note &note)
{
    const int threads = int(qMin<qsizetype>(m_jobs, m_inputs.size()));
    m_window = qsizetype(threads) * 2;
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        // A process that may not create threads (RLIMIT_NPROC, a cgroup's pids.max) gets a system_error:
        // the batch goes on with the threads it has, or on this one.
        try {
            workers.emplace_back([this] { work(); });
        } catch (const std::system_error &error) {
            const QString reason = QString::fromLocal8Bit(error.code().message());
            if (workers.empty()) {
                note(tr("could not start a worker thread (%1), so the articles are extracted one at a time.")
                         .arg(reason));
            } else {
                note(tr("could start only %1 of %2 worker threads (%3); the batch runs on %1.")
                         .arg(workers.size())
                         .arg(threads)
                         .arg(reason));
            }
            break;
        }
    }
    if (workers.empty()) {
        runOnThisThread(deliver);
        return;
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

void Batch::runOnThisThread(const Deliver &deliver)
{
    for (const Input &input : m_inputs) {
        if (!deliver(input, processInput(input, m_job))) {
            return;
        }
    }
}

void Batch::work()
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

} // namespace QuoteReader::Cli
