// The batch behind quotereader-cli: what one input is, how it is extracted and written into bytes,
// and the runner that extracts many on worker threads and hands the results back in input order.
#pragma once

#include "corrections.h"
#include "export.h"
#include "extractor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace QuoteReader::Cli {

// One input as the batch sees it: a file to extract, or an argument refused before extraction (a folder
// that could not be read or held no article), carrying its message.
struct Input {
    QString path;
    QString error;
};

struct Filters {
    QStringList speakers;
    QStringList themes;
    std::optional<QuoteKind> kind;
};

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
    QString error;        // set when the input was refused
    QStringList warnings; // "path: how the file was read" (SourceInfo::warnings), and corrections not applied
};

// Extracts one input ("-" is standard input) and writes its selected quotes in the job's format.
Outcome processInput(const Input &input, const Job &job);

// Runs the inputs on worker threads and hands the outcomes to `deliver` in input order. Workers run at
// most a window of inputs ahead of the one being written, so memory stays flat however long the batch is.
// When the system refuses threads, the batch runs on fewer, or on the calling thread, and `note` says so.
class Batch final
{
public:
    using Deliver = std::function<bool(const Input &, const Outcome &)>; // false stops the batch
    using Note = std::function<void(const QString &)>;

    Batch(const QList<Input> &inputs, const Job &job, int jobs)
        : m_inputs(inputs)
        , m_job(job)
        , m_jobs(jobs)
    {
    }
    Q_DISABLE_COPY_MOVE(Batch)

    void run(const Deliver &deliver, const Note &note);

private:
    void work();
    void runOnThisThread(const Deliver &deliver);

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

} // namespace QuoteReader::Cli
