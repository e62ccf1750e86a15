// quotereader-bench: how fast the engine is next to ICU's own word segmentation of the same text, how the
// CLI process and its memory scale, how quickly the quote proxy re-filters 100,000 quotes and how soon the
// reader draws the first page of a 12 MB article, and what 100,000 user themes cost on a 12 MB article.
// Run it through scripts/bench.sh.
//
// The inputs (Chinese and English, 1 MB and 12 MB) are built at run time by repeating the articles of
// ../shared/corpus, into the working folder given with --work: they are never committed.
#include "export.h"
#include "extractor.h"
#include "loader.h"
#include "themes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

#ifdef QUOTEREADER_BENCH_GUI
#include "mainwindow.h"
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "readerview.h"
#include "testdocument.h"

#include <QApplication>
#include <QEventLoop>
#include <QPaintEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#endif

using namespace QuoteReader;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct Input {
    std::string language; // "zh" or "en": also the ICU locale of the word segmentation it is compared with
    int megabytes = 0;
    QString path;
    qint64 bytes = 0;
    QString decoded; // the text ICU segments: what the loader decoded, before cleaning
};

std::vector<Input> g_inputs;
QString g_cli = QStringLiteral(QUOTEREADER_CLI);

QString label(const Input &input)
{
    return QString::fromStdString(input.language) + u'/' + QString::number(input.megabytes) + u"MB";
}

// Whole articles, repeated in a fixed order until the size is reached, a blank line between them.
bool buildInput(Input &input, const QStringList &sources, const QString &workDir)
{
    input.path = workDir + u"/bench-" + QString::fromStdString(input.language) + u'-' + QString::number(input.megabytes)
                 + u"mb.txt";
    const qint64 target = input.megabytes * kMiB;
    if (QFileInfo(input.path).size() < target) {
        QByteArray out;
        out.reserve(target + 64 * 1024);
        while (out.size() < target) {
            for (const QString &source : sources) {
                QFile file(source);
                if (!file.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "quotereader-bench: cannot read %s\n", qPrintable(source));
                    return false;
                }
                out += file.readAll().trimmed();
                out += "\n\n";
                if (out.size() >= target) {
                    break;
                }
            }
        }
        QFile file(input.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size()) {
            std::fprintf(stderr, "quotereader-bench: cannot write %s\n", qPrintable(input.path));
            return false;
        }
    }
    input.bytes = QFileInfo(input.path).size();
    LoadResult load = loadArticle(input.path);
    if (!load.ok()) {
        std::fprintf(stderr, "quotereader-bench: %s\n", qPrintable(load.error));
        return false;
    }
    input.decoded = std::move(load.loaded->text);
    return true;
}

QStringList articles(const QString &corpus, const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        const QDir dir(corpus + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.txt"_qs}, QDir::Files, QDir::Name)) {
            files.append(dir.filePath(name));
        }
    }
    return files;
}

// ---------------------------------------------------------------------------------------------
// Engine and ICU.

void extractBench(benchmark::State &state, const Input *input)
{
    for (auto _ : state) {
        ExtractResult result = extractFile(input->path);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error));
            break;
        }
        benchmark::DoNotOptimize(result.document->quotes.size());
    }
    state.SetBytesProcessed(state.iterations() * input->bytes);
}

// Where the time of one extraction goes, stage by stage (the progress callback runs between stages),
// plus the JSON writer the CLI runs after it.
struct StageTimes {
    double ms[6] = {}; // load, clean (+ language), structure, attribution, themes, JSON
};

StageTimes stageTimes(const Input &input)
{
    StageTimes times;
    QElapsedTimer timer;
    int last = -1;
    ExtractOptions options;
    options.progress = [&](Stage stage) {
        const int index = int(stage);
        if (last >= 0) {
            times.ms[last] = timer.nsecsElapsed() / 1e6;
        }
        timer.restart();
        last = index;
        return true;
    };
    ExtractResult result = extractFile(input.path, options);
    if (result.ok()) {
        timer.restart();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        makeWriter(ExportFormat::Json)->write(QuoteSelection::all(*result.document), &buffer);
        times.ms[5] = timer.nsecsElapsed() / 1e6;
    }
    return times;
}

// ICU's word segmentation alone, over the decoded text: every boundary, as a segmenter must.
void icuBench(benchmark::State &state, const Input *input)
{
    for (auto _ : state) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> breaker(
            icu::BreakIterator::createWordInstance(icu::Locale(input->language.c_str()), status));
        UText ut = UTEXT_INITIALIZER;
        utext_openUChars(&ut, reinterpret_cast<const UChar *>(input->decoded.utf16()), input->decoded.size(), &status);
        breaker->setText(&ut, status);
        if (U_FAILURE(status)) {
            state.SkipWithError(u_errorName(status));
            break;
        }
        int64_t words = 0;
        for (int32_t b = breaker->first(); b != icu::BreakIterator::DONE; b = breaker->next()) {
            words += breaker->getRuleStatus() >= UBRK_WORD_LETTER ? 1 : 0;
        }
        benchmark::DoNotOptimize(words);
        breaker.reset();
        utext_close(&ut);
    }
    state.SetBytesProcessed(state.iterations() * input->bytes);
}

// ---------------------------------------------------------------------------------------------
// The CLI as a process: what a user or a batch job really waits for, and its peak memory.

struct ProcessRun {
    double seconds = 0.0;
    double peakMiB = 0.0;
    int status = -1;
};

// Linux counts the peak memory of the process that forked a child, at the time of the fork, into the
// child's ru_maxrss (the high-water mark survives exec). This process holds big inputs and documents, so
// the CLI is started by a small spawner forked at the very start of main(), before any of that: its
// children's ru_maxrss is the CLI's own.
struct Spawner {
    int requests = -1; // paths, one per line
    int replies = -1;  // "seconds peakKiB status\n"
};
Spawner g_spawner;

ProcessRun spawnCli(const QByteArray &program, const QByteArray &path, const QByteArray &themes)
{
    std::vector<char *> argv = {
        const_cast<char *>(program.constData()), const_cast<char *>("extract"), const_cast<char *>(path.constData()),
        const_cast<char *>("--format"),          const_cast<char *>("json"),    const_cast<char *>("-o"),
        const_cast<char *>("/dev/null")};
    if (!themes.isEmpty()) {
        argv.push_back(const_cast<char *>("--themes"));
        argv.push_back(const_cast<char *>(themes.constData()));
    }
    argv.push_back(nullptr);
    struct timespec start = {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ProcessRun run;
    if (pid < 0) {
        return run;
    }
    struct rusage usage = {};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    struct timespec end = {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    run.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.peakMiB = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// Runs in the spawner process: plain POSIX and stdio, no Qt, nothing allocated beyond a line.
[[noreturn]] void serveSpawns(int requests, int replies, const char *program)
{
    FILE *in = fdopen(requests, "r");
    char line[8192];
    while (in && std::fgets(line, sizeof line, in)) {
        line[std::strcspn(line, "\n")] = 0;
        // "path" or "path\tthemes"
        char *themes = std::strchr(line, '\t');
        if (themes) {
            *themes++ = 0;
        }
        const ProcessRun run = spawnCli(QByteArray::fromRawData(program, qsizetype(std::strlen(program))),
                                        QByteArray::fromRawData(line, qsizetype(std::strlen(line))),
                                        themes ? QByteArray::fromRawData(themes, qsizetype(std::strlen(themes)))
                                               : QByteArray());
        char reply[128];
        const int n = std::snprintf(reply, sizeof reply, "%.9f %.3f %d\n", run.seconds, run.peakMiB, run.status);
        if (write(replies, reply, size_t(n)) != n) {
            break;
        }
    }
    _exit(0);
}

void startSpawner(const char *program)
{
    int toSpawner[2];
    int fromSpawner[2];
    if (pipe(toSpawner) != 0 || pipe(fromSpawner) != 0) {
        return;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(toSpawner[1]);
        close(fromSpawner[0]);
        serveSpawns(toSpawner[0], fromSpawner[1], program);
    }
    close(toSpawner[0]);
    close(fromSpawner[1]);
    if (pid > 0) {
        g_spawner = {toSpawner[1], fromSpawner[0]};
    }
}

ProcessRun runCli(const QString &file, const QString &themes = {})
{
    ProcessRun run;
    const QByteArray request = QFile::encodeName(file)
                               + (themes.isEmpty() ? QByteArray() : '\t' + QFile::encodeName(themes)) + '\n';
    if (g_spawner.requests < 0
        || write(g_spawner.requests, request.constData(), size_t(request.size())) != request.size()) {
        return run;
    }
    char reply[128] = {};
    size_t got = 0;
    while (got + 1 < sizeof reply) {
        const ssize_t n = read(g_spawner.replies, reply + got, 1);
        if (n <= 0 || reply[got] == '\n') {
            break;
        }
        ++got;
    }
    std::sscanf(reply, "%lf %lf %d", &run.seconds, &run.peakMiB, &run.status);
    return run;
}

// The CLI on `input`, with a theme file when `themes` is given.
void cliBench(benchmark::State &state, const Input *input, const QString &themes = {})
{
    double peak = 0.0;
    for (auto _ : state) {
        const ProcessRun run = runCli(input->path, themes);
        if (run.status != 0) {
            state.SkipWithError("quotereader-cli failed");
            break;
        }
        state.SetIterationTime(run.seconds);
        peak = std::max(peak, run.peakMiB);
    }
    state.counters["peak_MiB"] = peak;
    state.SetBytesProcessed(state.iterations() * input->bytes);
}

// ---------------------------------------------------------------------------------------------
// User themes: 100,000 of them on a 12 MB article, every term of every theme matched in every quote.

constexpr int kUserThemes = 100000;
QString g_themeFile;

// Words of the background frequency lists, the most frequent first: real words, so that quotes match
// many themes (the common English words match nearly every quote), as a large user vocabulary would.
QStringList frequencyListWords(const QString &resource)
{
    QStringList words;
    QFile file(u":/lexicon/"_qs + resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return words;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#')) {
            words.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
        }
    }
    return words;
}

// {"t0": ["the", "一个"], "t1": ["of"], …}: every theme an English word, every other one a Chinese word too.
bool buildThemeFile(const QString &workDir)
{
    g_themeFile = workDir + u"/bench-themes-100k.json";
    if (QFileInfo::exists(g_themeFile)) {
        return true;
    }
    const QStringList en = frequencyListWords(u"en/word-freq.txt"_qs);
    const QStringList zh = frequencyListWords(u"zh/word-freq.txt"_qs);
    if (en.isEmpty() || zh.isEmpty()) {
        std::fprintf(stderr, "quotereader-bench: the frequency lists are not in the resources\n");
        return false;
    }
    QList<Theme> themes;
    themes.reserve(kUserThemes);
    for (int i = 0; i < kUserThemes; ++i) {
        QStringList terms{en.at(i % en.size())};
        if (i % 2 == 0) {
            terms.append(zh.at(i % zh.size()));
        }
        themes.append(Theme{u"t"_qs + QString::number(i), terms, true, 0});
    }
    QFile file(g_themeFile);
    const QByteArray json = themesToJson(themes);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

void cliThemesBench(benchmark::State &state, const Input *input)
{
    cliBench(state, input, g_themeFile);
}

// The parts of the cost that do not depend on the article: reading the file, building the automaton.
struct ThemeSetup {
    double loadMs = 0.0;
    double indexMs = 0.0;
};

ThemeSetup themeSetup()
{
    ThemeSetup setup;
    QElapsedTimer timer;
    timer.start();
    const ThemeFileResult loaded = loadThemeFile(g_themeFile);
    setup.loadMs = timer.nsecsElapsed() / 1e6;
    if (!loaded.themes) {
        return setup;
    }
    Document tiny;
    tiny.language = u"en"_qs;
    timer.restart();
    findThemes(tiny, *loaded.themes); // the first call with a theme list builds its automaton
    setup.indexMs = timer.nsecsElapsed() / 1e6;
    return setup;
}

#ifdef QUOTEREADER_BENCH_GUI
// ---------------------------------------------------------------------------------------------
// The quote proxy over 100,000 quotes (the model test's large document), built once.

struct ProxyFixture {
    QuoteModel model;
    QuoteFilterProxy proxy;

    ProxyFixture()
    {
        proxy.setSourceModel(&model);
        proxy.sort(QuoteModel::TextColumn);
        model.setDocument(prepareDocument(Test::makeLargeDocument(100000)));
    }
};

ProxyFixture &proxyFixture()
{
    static ProxyFixture fixture;
    return fixture;
}

// One filter change, timed until a view could show the last row (the mapping may be rebuilt lazily).
template<typename Change>
void proxyBench(benchmark::State &state, Change change)
{
    QuoteFilterProxy &proxy = proxyFixture().proxy;
    for (auto _ : state) {
        proxy.setSpeakers({});
        proxy.setThemes({});
        proxy.setSearchText({});
        proxy.rowCount();
        QElapsedTimer timer;
        timer.start();
        change(proxy);
        if (proxy.rowCount() > 0) {
            benchmark::DoNotOptimize(proxy.index(proxy.rowCount() - 1, 0).data());
        }
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
    }
    state.counters["rows"] = proxy.rowCount();
}

// ---------------------------------------------------------------------------------------------
// The reader: from openFile() to the end of the first paint of the reader's viewport that shows the
// document. Watched from QApplication::notify, so the window needs no hook.

class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    QObject *watched = nullptr;
    std::function<void()> onPainted;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool result = QApplication::notify(receiver, event);
        if (event->type() == QEvent::Paint && receiver == watched && onPainted) {
            const auto callback = std::move(onPainted);
            onPainted = nullptr;
            callback();
        }
        return result;
    }
};

void readerBench(benchmark::State &state, const Input *input)
{
    auto *app = static_cast<BenchApplication *>(QCoreApplication::instance());
    double parsedMs = 0.0;
    double scrollMedian = 0.0;
    double scrollMax = 0.0;
    for (auto _ : state) {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QEventLoop settle;
        QTimer::singleShot(200, &settle, &QEventLoop::quit);
        settle.exec();

        // The first page is the first paint of the reader that shows text of the new article: the
        // window shows a cleaned preview while extraction goes on in the background, and the issue's
        // target is that page; when extraction finishes is reported beside it.
        QEventLoop loop;
        QElapsedTimer timer;
        bool failed = false;
        bool parsed = false;
        double firstPageMs = -1.0;
        auto finishWhenBoth = [&] {
            if (parsed && firstPageMs >= 0.0) {
                loop.quit();
            }
        };
        std::function<void()> watchPaint = [&] {
            if (!window.reader()->document()->isEmpty()) {
                firstPageMs = timer.nsecsElapsed() / 1e6;
                finishWhenBoth();
            } else {
                app->onPainted = watchPaint; // an empty page is not the article yet
            }
        };
        QObject::connect(&window, &MainWindow::loadFailed, &loop, [&] {
            failed = true;
            loop.quit();
        });
        QObject::connect(&window, &MainWindow::documentLoaded, &loop, [&] {
            parsedMs = timer.nsecsElapsed() / 1e6;
            parsed = true;
            if (firstPageMs < 0.0) {
                // Nothing was drawn before the end: the final page is the first one.
                window.reader()->viewport()->update();
            }
            finishWhenBoth();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        app->watched = window.reader()->viewport();
        app->onPainted = watchPaint;
        timer.start();
        window.openFile(input->path);
        loop.exec();
        state.SetIterationTime(firstPageMs >= 0.0 ? firstPageMs / 1e3 : timer.nsecsElapsed() / 1e9);
        app->onPainted = nullptr;
        app->watched = nullptr;
        if (failed || window.reader()->document()->isEmpty()) {
            state.SkipWithError("the reader did not show the document");
            break;
        }
        // Scrolling: a page down and a full repaint, as a user paging through the article would see.
        std::vector<double> steps;
        QScrollBar *bar = window.reader()->verticalScrollBar();
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer step;
            step.start();
            bar->setValue(bar->value() + bar->pageStep());
            QCoreApplication::sendPostedEvents();
            window.reader()->viewport()->repaint();
            steps.push_back(step.nsecsElapsed() / 1e6);
        }
        std::sort(steps.begin(), steps.end());
        scrollMedian = steps.at(steps.size() / 2);
        scrollMax = steps.back();
    }
    state.counters["parsed_ms"] = parsedMs;
    state.counters["scroll_median_ms"] = scrollMedian;
    state.counters["scroll_max_ms"] = scrollMax;
}
#endif

// ---------------------------------------------------------------------------------------------
// The summary: medians of every benchmark, gathered while Google Benchmark prints its own lines.

struct Result {
    double ms = 0.0;
    std::map<std::string, double> counters;
};

class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, Result> medians;

    void ReportRuns(const std::vector<Run> &reports) override
    {
        ConsoleReporter::ReportRuns(reports);
        for (const Run &run : reports) {
            if (run.error_occurred || (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median")) {
                continue;
            }
            // A single repetition has no aggregate: take its own figure.
            if (run.run_type == Run::RT_Iteration && run.repetitions > 1) {
                continue;
            }
            Result result;
            result.ms = run.GetAdjustedRealTime();
            for (const auto &[name, counter] : run.counters) {
                result.counters[name] = counter.value;
            }
            medians[run.run_name.function_name] = result;
        }
    }
};

const Result *find(const SummaryReporter &reporter, const QString &name)
{
    const auto it = reporter.medians.find(name.toStdString());
    return it == reporter.medians.end() ? nullptr : &it->second;
}

void printSummary(const SummaryReporter &reporter, double baselinePeakMiB)
{
    std::printf("\nQuoteReader performance summary (medians; MB = MiB; ratio = time / ICU word segmentation time)\n\n");
    std::printf("%-10s %10s %10s %10s %12s %12s %10s %12s %12s\n", "input", "engine", "ICU words", "engine/ICU",
                "CLI process", "CLI/ICU", "CLI peak", "peak/input", "target");
    std::printf("%-10s %10s %10s %10s %12s %12s %10s %12s %12s\n", "", "MB/s", "MB/s", "ratio", "ms", "ratio", "MiB",
                "ratio", "");
    for (const Input &input : g_inputs) {
        const QString name = label(input);
        const Result *engine = find(reporter, u"extract/"_qs + name);
        const Result *icu = find(reporter, u"icu_words/"_qs + name);
        const Result *cli = find(reporter, u"cli/"_qs + name);
        const double mb = double(input.bytes) / kMiB;
        const auto mbps = [mb](const Result *r) { return r && r->ms > 0 ? mb / (r->ms / 1000.0) : 0.0; };
        const double peak = cli && cli->counters.count("peak_MiB") ? cli->counters.at("peak_MiB") : 0.0;
        std::printf("%-10s %10.2f %10.2f %10.2f %12.0f %12.2f %10.1f %12.2f %12s\n", qPrintable(name), mbps(engine),
                    mbps(icu), engine && icu ? engine->ms / icu->ms : 0.0, cli ? cli->ms : 0.0,
                    cli && icu ? cli->ms / icu->ms : 0.0, peak, peak / mb, "<=1.0, <8x");
    }
    std::printf("\nCLI peak memory on a one-article input (Qt, ICU data, lexicons): %.1f MiB\n", baselinePeakMiB);
    if (!g_themeFile.isEmpty()) {
        const ThemeSetup setup = themeSetup();
        std::printf("\nUser themes: %d themes (%.1f MB theme file: read in %.0f ms, automaton built in %.0f ms)\n",
                    kUserThemes, double(QFileInfo(g_themeFile).size()) / kMiB, setup.loadMs, setup.indexMs);
        std::printf("%-10s %12s %12s %10s %24s\n", "input", "CLI ms", "no themes", "peak MiB", "target");
        for (const Input &input : g_inputs) {
            const Result *themed = find(reporter, u"cli_themes/"_qs + label(input));
            const Result *plain = find(reporter, u"cli/"_qs + label(input));
            if (!themed) {
                continue;
            }
            std::printf("%-10s %12.0f %12.0f %10.1f %24s\n", qPrintable(label(input)), themed->ms,
                        plain ? plain->ms : 0.0,
                        themed->counters.count("peak_MiB") ? themed->counters.at("peak_MiB") : 0.0,
                        "< 5000 ms, < 1024 MiB");
        }
    }
    std::printf("\nOne extraction, stage by stage (ms):\n%-10s %8s %8s %9s %11s %8s %8s\n", "input", "load", "clean",
                "structure", "attribution", "themes", "json");
    for (const Input &input : g_inputs) {
        const StageTimes t = stageTimes(input);
        std::printf("%-10s %8.0f %8.0f %9.0f %11.0f %8.0f %8.0f\n", qPrintable(label(input)), t.ms[0], t.ms[1], t.ms[2],
                    t.ms[3], t.ms[4], t.ms[5]);
    }
#ifdef QUOTEREADER_BENCH_GUI
    std::printf("\nFilter proxy, 100,000 quotes, re-filter until the last row can be shown (target < 16 ms):\n");
    for (const char *change : {"speaker", "theme", "search"}) {
        const Result *r = find(reporter, u"proxy/"_qs + QLatin1StringView(change));
        std::printf("  %-8s %8.2f ms\n", change, r ? r->ms : 0.0);
    }
    std::printf("\nReader (offscreen), 12 MB article (target: first page < 1000 ms):\n");
    for (const Input &input : g_inputs) {
        const Result *r = find(reporter, u"reader/"_qs + label(input));
        if (!r) {
            continue;
        }
        std::printf(
            "  %-8s first page %8.0f ms (extraction done at %.0f ms); scroll a page: median %.1f ms, max %.1f ms\n",
            qPrintable(label(input)), r->ms, r->counters.count("parsed_ms") ? r->counters.at("parsed_ms") : 0.0,
            r->counters.count("scroll_median_ms") ? r->counters.at("scroll_median_ms") : 0.0,
            r->counters.count("scroll_max_ms") ? r->counters.at("scroll_max_ms") : 0.0);
    }
#endif
    std::fflush(stdout);
}

// Takes "--name VALUE" out of argv (Google Benchmark refuses flags it does not know).
QString takeOption(int &argc, char **argv, const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == name) {
            const QString value = QString::fromLocal8Bit(argv[i + 1]);
            for (int j = i; j + 2 <= argc; ++j) {
                argv[j] = argv[j + 2];
            }
            argc -= 2;
            return value;
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QString workDir = takeOption(argc, argv, "--work");
    QString corpus = takeOption(argc, argv, "--corpus");
    const QString cli = takeOption(argc, argv, "--cli");
    const QString sizes = takeOption(argc, argv, "--sizes"); // e.g. "1,12"
    if (!cli.isEmpty()) {
        g_cli = cli;
    }
    const QByteArray cliProgram = QFile::encodeName(g_cli);
    startSpawner(cliProgram.constData());
#ifdef QUOTEREADER_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // the window's settings and recent files stay out of the user's
    BenchApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(u"quotereader-bench"_qs);
    benchmark::Initialize(&argc, argv);
    if (workDir.isEmpty()) {
        workDir = QDir::currentPath();
    }
    if (corpus.isEmpty()) {
        corpus = QStringLiteral(QUOTEREADER_SHARED_DIR "/corpus");
    }
    QDir().mkpath(workDir);

    QList<int> megabytes = {1, 12};
    if (!sizes.isEmpty()) {
        megabytes.clear();
        for (const QString &s : sizes.split(u',')) {
            megabytes.append(s.toInt());
        }
    }
    const QStringList zh = articles(corpus, {u"zh-raw"_qs, u"dev"_qs});
    const QStringList en = articles(corpus, {u"en-dev"_qs});
    if (zh.isEmpty() || en.isEmpty()) {
        std::fprintf(stderr, "quotereader-bench: no articles under %s (give --corpus DIR)\n", qPrintable(corpus));
        return 1;
    }
    for (const std::string language : {"zh", "en"}) {
        for (int mb : megabytes) {
            Input input{language, mb, {}, 0, {}};
            if (!buildInput(input, language == "zh" ? zh : en, workDir)) {
                return 1;
            }
            g_inputs.push_back(std::move(input));
        }
    }
    // Lexicons and ICU data load once per process; the benchmarks measure the steady state.
    extractFile(zh.first());
    extractFile(en.first());
    const double baselinePeak = runCli(en.first()).peakMiB;

    if (!buildThemeFile(workDir)) {
        return 1;
    }
    for (const Input &input : g_inputs) {
        const int reps = input.megabytes >= 8 ? 3 : 7;
        const std::string name = label(input).toStdString();
        benchmark::RegisterBenchmark(("extract/" + name).c_str(), extractBench, &input)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->Repetitions(reps)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("icu_words/" + name).c_str(), icuBench, &input)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->Repetitions(reps)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("cli/" + name).c_str(),
                                     [](benchmark::State &s, const Input *in) { cliBench(s, in); }, &input)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->Repetitions(reps)
            ->UseManualTime();
        if (input.megabytes >= 8) {
            benchmark::RegisterBenchmark(("cli_themes/" + name).c_str(), cliThemesBench, &input)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(1)
                ->Repetitions(3)
                ->UseManualTime();
        }
    }
#ifdef QUOTEREADER_BENCH_GUI
    benchmark::RegisterBenchmark("proxy/speaker",
                                 [](benchmark::State &s) {
                                     proxyBench(s, [](QuoteFilterProxy &p) { p.setSpeakers({7}); });
                                 })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(9)
        ->UseManualTime();
    benchmark::RegisterBenchmark("proxy/theme",
                                 [](benchmark::State &s) {
                                     proxyBench(s, [](QuoteFilterProxy &p) { p.setThemes({u"算力"_qs}); });
                                 })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(9)
        ->UseManualTime();
    benchmark::RegisterBenchmark("proxy/search",
                                 [](benchmark::State &s) {
                                     proxyBench(s, [](QuoteFilterProxy &p) { p.setSearchText(u"晶片"_qs); });
                                 })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(9)
        ->UseManualTime();
    for (const Input &input : g_inputs) {
        if (input.megabytes >= 8) {
            benchmark::RegisterBenchmark(("reader/" + label(input).toStdString()).c_str(), readerBench, &input)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(1)
                ->Repetitions(1)
                ->UseManualTime();
        }
    }
#endif
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printSummary(reporter, baselinePeak);
    benchmark::Shutdown();
    return 0;
}
