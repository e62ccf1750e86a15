// The bad-input matrix: every kind of input, option and output target that quotereader-cli must refuse
// or survive, one row each, with the exit code and the whole of what it says. The rows cover the audit
// of issue 10 (missing, folder, binary, empty, truncated UTF-8, a 50 MB line, a 70 MB file, hostile HTML
// and Markdown, bad theme files, bad --jobs and --encoding, -o onto the input, a folder, a read-only
// file or a full disk) and each defect it found. What a row needs beyond arguments (files, permissions,
// a full disk, a pipe, a thread limit) is set up in a sandbox folder of its own.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cli.h"
#include "smalldisk.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <functional>
#include <memory>

using namespace QuoteReader;
using namespace QuoteReader::TestSupport;

namespace {

const QByteArray kPrevious = "last week's quotes\n";

QString fixture(const QString &name)
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/cli/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An English article whose quotes and name carry terminal controls: a title-setting OSC ending in BEL,
// a screen clear, a C1 CSI.
QByteArray articleWithControls()
{
    return "# Harbour \x1b]0;pwned\x07 ferry\n\n"
           "\"We missed the \x1b[2J\x1b[H morning crossing,\" said Jane Smith, a teacher.\n\n"
           "Port manager Tom Baker said the engines \xC2\x9B"
           "31m had been replaced.\n";
}

// A folder of its own per row, open to the unprivileged user a row may run as.
class Sandbox final
{
public:
    Sandbox() { QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)); }

    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(file(name)).absolutePath());
        QFile out(file(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write the sandbox file %s", qPrintable(name));
        }
    }
    // A large file without holding it in memory: `line` repeated `count` times.
    void writeRepeated(const QString &name, const QByteArray &head, const QByteArray &chunk, int count) const
    {
        QFile out(file(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(head) != head.size()) {
            qFatal("cannot write the sandbox file %s", qPrintable(name));
        }
        for (int i = 0; i < count; ++i) {
            out.write(chunk);
        }
    }
    void copy(const QString &fixtureName, const QString &name) const { write(name, readAll(fixture(fixtureName))); }
    void mkdir(const QString &name) const { QDir().mkpath(file(name)); }
    void chmod(const QString &name, int mode) const
    {
        ::chmod(QFile::encodeName(file(name)).constData(), mode_t(mode));
    }
    void link(const QString &target, const QString &name) const { QFile::link(file(target), file(name)); }
    void fifo(const QString &name) const { ::mkfifo(QFile::encodeName(file(name)).constData(), 0666); }

    // A full tmpfs mounted at `name`, when this process may mount one.
    SmallDisk *mountFullDisk()
    {
        m_disk = std::make_unique<SmallDisk>();
        return m_disk.get();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SmallDisk> m_disk;
};

// What the output file (-o {dir}/out…) holds afterwards.
enum class Output {
    NotChecked,
    Untouched, // exactly kPrevious, which the row's setup wrote there
    Absent,    // no file at all
    Written,   // something new
};

struct Case {
    const char *name = "";
    std::function<void(Sandbox &)> setup = {};
    QStringList arguments = {}; // {dir} is the sandbox folder
    int exitCode = 0;
    QString message = {}; // all of standard error ({dir}, {cores}); for exit code 2 its first line only
    int documents = -1;   // JSON documents (lines) written to standard output or -o, when checked
    Output output = Output::NotChecked;
    QString outputName = u"out.json"_qs; // the -o file, in the sandbox
    bool unprivileged = false;           // permissions must count: run as "nobody" when tests run as root
    int processLimit = -1;               // RLIMIT_NPROC
    bool fullDisk = false;               // {dir}/full is a full tmpfs
    bool noControls = false;             // standard output and error carry no terminal control
    QByteArray input = {};               // standard input
    QString fifo = {};                   // a FIFO in the sandbox, fed with `fifoText` once the program runs
    QByteArray fifoText = {};
    QString standardOutputFile = {};
};

QList<Case> cases()
{
    const QString usage; // exit code 2: the usage text follows the first line
    const QString tea = fixture(u"tea.txt"_qs);
    const QString harbour = fixture(u"harbour.md"_qs);
    const QByteArray mb(1024 * 1024, 'a');
    const auto previous = [](const QString &name) { return [name](Sandbox &s) { s.write(name, kPrevious); }; };
    const auto article = [](const QString &name, const QByteArray &bytes) {
        return [name, bytes](Sandbox &s) { s.write(name, bytes); };
    };
    const QByteArray chinese = QByteArray("陳美玲表示：「天氣幫了大忙，雨水來得剛好，茶園一片翠綠。」\n");
    const QString badTheme = u"quotereader-cli: Theme file {dir}/themes.json "_qs;

    return {
        // ---- Input files
        {.name = "missing file",
         .arguments = {u"extract"_qs, u"{dir}/gone.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/gone.txt: the file does not exist.\n"_qs,
         .documents = 0},
        {.name = "folder holding no article",
         .setup = [](Sandbox &s) { s.mkdir(u"empty"_qs); },
         .arguments = {u"extract"_qs, u"{dir}/empty"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: the folder “{dir}/empty” holds no article (.txt, .html, .htm, .md, "
                    ".markdown); --recursive looks into its sub-folders.\n"_qs},
        {.name = "binary file",
         .setup = article(u"report.txt"_qs, QByteArray("PK\x03\x04 header\x01\x02\0\0\0\x05rest", 22)),
         .arguments = {u"extract"_qs, u"{dir}/report.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/report.txt: this looks like a binary file, not text (NUL bytes at "
                    "offset 13).\n"_qs},
        {.name = "empty file",
         .setup = article(u"empty.txt"_qs, {}),
         .arguments = {u"extract"_qs, u"{dir}/empty.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/empty.txt: the file is empty.\n"_qs},
        {.name = "white space only",
         .setup = article(u"blank.md"_qs, " \n\t\r\n"),
         .arguments = {u"extract"_qs, u"{dir}/blank.md"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/blank.md: the file is empty (it holds only white space).\n"_qs},
        {.name = "a device",
         .arguments = {u"extract"_qs, u"/dev/zero"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: /dev/zero: this is not a regular file.\n"_qs},
        {.name = "truncated UTF-8",
         .setup = article(u"cut.txt"_qs, chinese + chinese.left(chinese.size() - 5)),
         .arguments = {u"extract"_qs, u"{dir}/cut.txt"_qs},
         .exitCode = 0,
         .message = u"quotereader-cli: warning: {dir}/cut.txt: the file ends inside a character; the partial "
                    "character was dropped.\n"_qs,
         .documents = 1},
        {.name = "UTF-8 with one Latin-1 byte",
         .setup = article(u"pasted.txt"_qs, chinese + "Caf\xE9 au lait.\n" + chinese),
         .arguments = {u"extract"_qs, u"{dir}/pasted.txt"_qs},
         .exitCode = 0,
         .message = u"quotereader-cli: warning: {dir}/pasted.txt: 1 byte is not valid UTF-8 (at byte offset 91); "
                    "the rest of the file is, so it was read as UTF-8 with \uFFFD in its place.\n"_qs,
         .documents = 1},
        {.name = "UTF-8 that turns into Latin-1",
         .setup = article(u"mixed.txt"_qs,
                          QByteArray("\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x94 "
                                     "\xE2\x80\x9Cnow.\xE2\x80\x9D\n")
                              + QByteArray("Le caf\xE9 \xE0 c\xF4t\xE9 de l'\xE9glise.\n").repeated(20)),
         .arguments = {u"extract"_qs, u"{dir}/mixed.txt"_qs},
         .exitCode = 0,
         .message = u"quotereader-cli: warning: {dir}/mixed.txt: the file reads as UTF-8 up to byte offset 41 but "
                    "not after it, so it was read as windows-1252, the encoding that best fits all of it; choose "
                    "another encoding if the text looks wrong.\n"_qs,
         .documents = 1},
        {.name = "50 MB line of text",
         .setup = [mb](Sandbox &s) { s.writeRepeated(u"line.txt"_qs, {}, mb, 50); },
         .arguments = {u"extract"_qs, u"{dir}/line.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/line.txt: line 1 is 52428800 characters long, over the limit of "
                    "1048576 characters per line, so this is not article text.\n"_qs},
        {.name = "50 MB line of Markdown, named by its line in the file",
         .setup = [mb](Sandbox &s) { s.writeRepeated(u"line.md"_qs, "# Title\n\n", mb, 50); },
         .arguments = {u"extract"_qs, u"{dir}/line.md"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/line.md: line 3 is 52428800 characters long, over the limit of "
                    "1048576 characters per line, so this is not article text.\n"_qs},
        {.name = "70 MB file",
         .setup = [](Sandbox &s) { s.writeRepeated(u"big.txt"_qs, {}, QByteArray(1024 * 1024, '\n'), 70); },
         .arguments = {u"extract"_qs, u"{dir}/big.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/big.txt: the file is 70 MB, larger than the limit of 64 MB.\n"_qs},
        {.name = "one byte over 64 MB",
         .setup = [](Sandbox &s) { s.writeRepeated(u"big.txt"_qs, "\n", QByteArray(1024 * 1024, '\n'), 64); },
         .arguments = {u"extract"_qs, u"{dir}/big.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/big.txt: the file is 67108865 bytes, larger than the limit of "
                    "67108864 bytes.\n"_qs},
        {.name = "standard input over the limit",
         .arguments = {u"extract"_qs, u"-"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: -: standard input holds more than the limit of 64 MB.\n"_qs,
         .input = QByteArray(65 * 1024 * 1024, '\n')},
        {.name = "hostile HTML",
         .setup = article(u"hostile.html"_qs, QByteArray("<p>x</p>") + QByteArray("<a href=\"x>").repeated(200000)),
         .arguments = {u"extract"_qs, u"{dir}/hostile.html"_qs},
         .exitCode = 0,
         .message = {},
         .documents = 1},
        {.name = "hostile Markdown",
         .setup = article(u"hostile.md"_qs, QByteArray("[a](").repeated(200000) + "\n"),
         .arguments = {u"extract"_qs, u"{dir}/hostile.md"_qs},
         .exitCode = 0,
         .message = {},
         .documents = 1},
        {.name = "HTML without text",
         .setup = article(u"menu.html"_qs, "<html><body><nav>menu</nav><script>x()</script></body></html>"),
         .arguments = {u"extract"_qs, u"{dir}/menu.html"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/menu.html: the page holds no article text (no headings or "
                    "paragraphs).\n"_qs},
        {.name = "unreadable file",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"secret.txt"_qs);
                 s.chmod(u"secret.txt"_qs, 0200);
             },
         .arguments = {u"extract"_qs, u"{dir}/secret.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/secret.txt: the file cannot be read (permission denied).\n"_qs,
         .unprivileged = true},
        {.name = "file in a folder that cannot be searched",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"locked/tea.txt"_qs);
                 s.chmod(u"locked"_qs, 0600);
             },
         .arguments = {u"extract"_qs, u"{dir}/locked/tea.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/locked/tea.txt: the file cannot be reached: a folder on its path "
                    "cannot be searched (permission denied).\n"_qs,
         .unprivileged = true},
        {.name = "folder batch with an unreadable file",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"news/a.txt"_qs);
                 s.copy(u"harbour.md"_qs, u"news/b.md"_qs);
                 s.chmod(u"news/b.md"_qs, 0200);
             },
         .arguments = {u"extract"_qs, u"{dir}/news"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/news/b.md: the file cannot be read (permission denied).\n"_qs,
         .documents = 1,
         .unprivileged = true},
        {.name = "folder that cannot be read",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"news/a.txt"_qs);
                 s.chmod(u"news"_qs, 0300);
             },
         .arguments = {u"extract"_qs, u"{dir}/news"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: the folder “{dir}/news” cannot be read (permission denied).\n"_qs,
         .documents = 0,
         .unprivileged = true},
        {.name = "recursive batch with a sub-folder that cannot be read",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"news/a.txt"_qs);
                 s.copy(u"tea.txt"_qs, u"news/old/b.txt"_qs);
                 s.chmod(u"news/old"_qs, 0300);
             },
         .arguments = {u"extract"_qs, u"--recursive"_qs, u"{dir}/news"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: the folder “{dir}/news/old” cannot be read (permission denied); its articles "
                    "were skipped.\n"_qs,
         .documents = 1,
         .unprivileged = true},
        {.name = "folder batch with a broken link",
         .setup =
             [](Sandbox &s) {
                 s.copy(u"tea.txt"_qs, u"news/a.txt"_qs);
                 s.link(u"news/moved.txt"_qs, u"news/b.txt"_qs);
             },
         .arguments = {u"extract"_qs, u"{dir}/news"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/news/b.txt: the file is a symbolic link to something that does not "
                    "exist.\n"_qs,
         .documents = 1},

        // ---- Lists and batches
        {.name = "--files-from a pipe",
         .arguments = {u"extract"_qs, u"--files-from"_qs, u"{dir}/list"_qs},
         .exitCode = 0,
         .message = {},
         .documents = 2,
         .fifo = u"list"_qs,
         .fifoText = QFile::encodeName(tea) + '\n' + QFile::encodeName(harbour) + '\n'},
        {.name = "--files-from an empty list",
         .setup = article(u"list.txt"_qs, "\n\n"),
         .arguments = {u"extract"_qs, u"--files-from"_qs, u"{dir}/list.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: the list of files “{dir}/list.txt” names no file.\n"_qs},
        {.name = "--files-from a missing list",
         .arguments = {u"extract"_qs, u"--files-from"_qs, u"{dir}/list.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: could not read the list of files “{dir}/list.txt”: No such file or "
                    "directory.\n"_qs},
        {.name = "a batch that extracted nothing leaves -o alone",
         .setup = previous(u"out.json"_qs),
         .arguments = {u"extract"_qs, u"{dir}/a.txt"_qs, u"{dir}/b.txt"_qs, u"-o"_qs, u"{dir}/out.json"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/a.txt: the file does not exist.\n"
                    "quotereader-cli: {dir}/b.txt: the file does not exist.\n"_qs,
         .output = Output::Untouched},
        {.name = "a CSV batch that extracted nothing leaves -o alone",
         .setup = previous(u"out.csv"_qs),
         .arguments = {u"extract"_qs, u"--format"_qs, u"csv"_qs, u"{dir}/a.txt"_qs, u"{dir}/b.txt"_qs, u"-o"_qs,
                       u"{dir}/out.csv"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/a.txt: the file does not exist.\n"
                    "quotereader-cli: {dir}/b.txt: the file does not exist.\n"_qs,
         .output = Output::Untouched,
         .outputName = u"out.csv"_qs},
        {.name = "a refused article leaves no new -o",
         .arguments = {u"extract"_qs, u"{dir}/a.txt"_qs, u"-o"_qs, u"{dir}/out.json"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/a.txt: the file does not exist.\n"_qs,
         .output = Output::Absent},

        // ---- Options
        {.name = "--jobs not a number",
         .arguments = {u"extract"_qs, tea, u"--jobs"_qs, u"many"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: --jobs needs a whole number of at least 1, not “many”."_qs},
        {.name = "--jobs 0",
         .arguments = {u"extract"_qs, tea, u"--jobs"_qs, u"0"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: --jobs needs a whole number of at least 1, not “0”."_qs},
        {.name = "--jobs negative",
         .arguments = {u"extract"_qs, tea, u"--jobs=-4"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: --jobs needs a whole number of at least 1, not “-4”."_qs},
        {.name = "--jobs over the number of cores",
         .arguments = {u"extract"_qs, tea, harbour, u"--jobs"_qs, u"100000"_qs},
         .exitCode = 0,
         .message =
             u"quotereader-cli: --jobs 100000 is more than the {cores} cores of this machine; using {cores}.\n"_qs,
         .documents = 2},
        {.name = "no thread can be started",
         .arguments = {u"extract"_qs, tea, harbour},
         .exitCode = 0,
         .message = u"quotereader-cli: could not start a worker thread (Resource temporarily unavailable), so the "
                    "articles are extracted one at a time.\n"_qs,
         .documents = 2,
         .unprivileged = true,
         .processLimit = 1},
        {.name = "--encoding unknown",
         .arguments = {u"extract"_qs, tea, u"--encoding"_qs, u"klingon-8"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: unknown encoding “klingon-8”; give a name such as UTF-8, GB18030, Big5, "
                    "UTF-16LE or windows-1252."_qs},
        {.name = "--encoding not in Latin-1",
         .arguments = {u"extract"_qs, tea, u"--encoding"_qs, u"編碼"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: unknown encoding “編碼”; give a name such as UTF-8, GB18030, Big5, "
                    "UTF-16LE or windows-1252."_qs},
        {.name = "--encoding that does not fit the bytes",
         .setup = article(u"latin.txt"_qs, "caf\xE9 noir\n"),
         .arguments = {u"extract"_qs, u"{dir}/latin.txt"_qs, u"--encoding"_qs, u"utf-8"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/latin.txt: the bytes are not valid utf-8 at byte offset 3 (the "
                    "encoding was given, not detected).\n"_qs},

        // ---- Theme files
        {.name = "theme file missing",
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"does not exist.\n"_qs},
        {.name = "theme file is a folder",
         .setup = [](Sandbox &s) { s.mkdir(u"themes.json"_qs); },
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"is a folder, not a file.\n"_qs},
        {.name = "theme file empty",
         .setup = article(u"themes.json"_qs, "\n"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"is empty; it should hold a JSON object of theme names and terms.\n"_qs},
        {.name = "theme file not JSON",
         .setup = article(u"themes.json"_qs, "{\"tea\": [\"tea\",}"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"is not valid JSON: object is missing after a comma at byte 16.\n"_qs},
        {.name = "theme file an array",
         .setup = article(u"themes.json"_qs, "[\"tea\"]"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"does not hold a JSON object of theme names and terms.\n"_qs},
        {.name = "theme file naming a theme twice",
         .setup = article(u"themes.json"_qs, "{\"tea\": [\"tea\"], \"tea\": [\"leaf\"]}"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"names the theme \"tea\" twice.\n"_qs},
        {.name = "theme file with a term that is not a string",
         .setup = article(u"themes.json"_qs, "{\"tea\": [\"tea\", 7]}"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"lists a term of the theme \"tea\" that is not a string.\n"_qs},
        {.name = "theme file with an empty term",
         .setup = article(u"themes.json"_qs, "{\"tea\": [\" \"]}"),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"lists an empty term in the theme \"tea\".\n"_qs},
        {.name = "theme file over 4 MB",
         .setup = [](Sandbox &s) { s.writeRepeated(u"themes.json"_qs, "{", QByteArray(1024 * 1024, ' '), 5); },
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 3,
         .message = badTheme + u"is larger than the 4 MB allowed for a theme file.\n"_qs},

        // ---- Output targets
        {.name = "-o onto the input article",
         .setup = [](Sandbox &s) { s.copy(u"tea.txt"_qs, u"tea.txt"_qs); },
         .arguments = {u"extract"_qs, u"{dir}/tea.txt"_qs, u"-o"_qs, u"{dir}/./tea.txt"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: refusing to write the output to “{dir}/./tea.txt”: it is the input article "
                    "itself."_qs},
        {.name = "-o onto the theme file",
         .setup = previous(u"themes.json"_qs),
         .arguments = {u"extract"_qs, tea, u"--themes"_qs, u"{dir}/themes.json"_qs, u"-o"_qs, u"{dir}/themes.json"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: refusing to write the output to “{dir}/themes.json”: it is the theme file."_qs,
         .output = Output::Untouched,
         .outputName = u"themes.json"_qs},
        {.name = "-o onto the corrections file",
         .setup = previous(u"tea.corrections.json"_qs),
         .arguments = {u"extract"_qs, tea, u"--corrections"_qs, u"{dir}/tea.corrections.json"_qs, u"-o"_qs,
                       u"{dir}/./tea.corrections.json"_qs},
         .exitCode = 2,
         .message = u"quotereader-cli: refusing to write the output to “{dir}/./tea.corrections.json”: it is the "
                    "corrections file."_qs,
         .output = Output::Untouched,
         .outputName = u"tea.corrections.json"_qs},
        {.name = "-o a folder",
         .setup = [](Sandbox &s) { s.mkdir(u"out.json"_qs); },
         .arguments = {u"extract"_qs, tea, u"-o"_qs, u"{dir}/out.json"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “{dir}/out.json”: it is a folder.\n"_qs},
        {.name = "-o a read-only file",
         .setup =
             [](Sandbox &s) {
                 s.write(u"out.json"_qs, kPrevious);
                 s.chmod(u"out.json"_qs, 0444);
             },
         .arguments = {u"extract"_qs, tea, u"-o"_qs, u"{dir}/out.json"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “{dir}/out.json”: the file is read-only.\n"_qs,
         .output = Output::Untouched,
         .unprivileged = true},
        {.name = "-o in a read-only folder",
         .setup =
             [](Sandbox &s) {
                 s.mkdir(u"shelf"_qs);
                 s.chmod(u"shelf"_qs, 0555);
             },
         .arguments = {u"extract"_qs, tea, u"-o"_qs, u"{dir}/shelf/out.json"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “{dir}/shelf/out.json”: Permission denied.\n"_qs,
         .unprivileged = true},
        {.name = "-o under a regular file",
         .arguments = {u"extract"_qs, tea, u"-o"_qs, tea + u"/out.json"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “"_qs + tea + u"/out.json”: Not a directory.\n"_qs},
        {.name = "-o on a full disk, small output",
         .arguments = {u"extract"_qs, tea, u"-o"_qs, u"{dir}/full/out.json"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “{dir}/full/out.json”: No space left on device.\n"_qs,
         .output = Output::Untouched,
         .outputName = u"full/out.json"_qs,
         .fullDisk = true},
        {.name = "-o on a full disk, large output",
         .arguments = QStringList{u"extract"_qs, u"-o"_qs, u"{dir}/full/out.json"_qs} + QStringList(400, tea),
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “{dir}/full/out.json”: No space left on device.\n"_qs,
         .output = Output::Untouched,
         .outputName = u"full/out.json"_qs,
         .fullDisk = true},
        {.name = "-o a full device",
         .arguments = {u"extract"_qs, tea, u"-o"_qs, u"/dev/full"_qs},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write “/dev/full”: No space left on device.\n"_qs},
        {.name = "standard output full",
         .arguments = {u"extract"_qs, tea},
         .exitCode = 4,
         .message = u"quotereader-cli: could not write standard output: No space left on device.\n"_qs,
         .standardOutputFile = u"/dev/full"_qs},

        // ---- Terminal controls in an article and in a file name
        {.name = "terminal controls in an article, text",
         .setup = article(u"ferry\x1b[31m.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"--format"_qs, u"txt"_qs, u"{dir}/ferry\x1b[31m.md"_qs},
         .exitCode = 0,
         .message = {},
         .noControls = true},
        {.name = "terminal controls in an article, Markdown",
         .setup = article(u"ferry.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"--format"_qs, u"md"_qs, u"{dir}/ferry.md"_qs},
         .exitCode = 0,
         .message = {},
         .noControls = true},
        {.name = "terminal controls in an article, CSV",
         .setup = article(u"ferry.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"--format"_qs, u"csv"_qs, u"{dir}/ferry.md"_qs},
         .exitCode = 0,
         .message = {},
         .noControls = true},
        {.name = "terminal controls in an article, HTML",
         .setup = article(u"ferry.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"--format"_qs, u"html"_qs, u"{dir}/ferry.md"_qs},
         .exitCode = 0,
         .message = {},
         .noControls = true},
        {.name = "terminal controls in an article, --explain",
         .setup = article(u"ferry.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"--explain"_qs, u"{dir}/ferry.md"_qs},
         .exitCode = 0,
         .message = {},
         .noControls = true},
        {.name = "terminal controls in an article, JSON",
         .setup = article(u"ferry.md"_qs, articleWithControls()),
         .arguments = {u"extract"_qs, u"{dir}/ferry.md"_qs},
         .exitCode = 0,
         .message = {},
         .documents = 1,
         .noControls = true},
        {.name = "terminal controls in a file name",
         .arguments = {u"extract"_qs, u"{dir}/a\x1b]0;pwned\x07\nquotereader-cli: b.txt"_qs},
         .exitCode = 3,
         .message = u"quotereader-cli: {dir}/a\u241B]0;pwned\u2407\u240Aquotereader-cli: b.txt: the file does not "
                    "exist.\n"_qs,
         .noControls = true},
    };
}

// The C0 controls but tab and line feed (and CR before LF, CSV's row end), DEL and the C1 controls.
QString controlsIn(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool allowed = c == u'\t' || c == u'\n' || (c == u'\r' && text.mid(i + 1, 1) == u"\n");
        if (!allowed && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
            return u"U+%1 at offset %2"_qs.arg(int(c), 4, 16, QLatin1Char('0')).arg(i);
        }
    }
    return {};
}

// One indented JSON document, or JSON Lines (a batch): how many documents, -1 when it is neither.
qsizetype jsonDocuments(const QByteArray &out, QString *why)
{
    if (out.isEmpty()) {
        return 0;
    }
    if (QJsonDocument::fromJson(out).isObject()) {
        return 1;
    }
    QList<QByteArray> lines = out.split('\n');
    if (lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (const QByteArray &line : std::as_const(lines)) {
        if (!QJsonDocument::fromJson(line).isObject()) {
            *why = u"not one JSON document, nor one per line: "_qs + QString::fromUtf8(line.left(80));
            return -1;
        }
    }
    return lines.size();
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
};

void TestBadInput::badInput_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QTest::newRow(all.at(i).name) << int(i);
    }
}

void TestBadInput::badInput()
{
    QFETCH(int, index);
    const Case row = cases().at(index);

    QString why;
    if (row.unprivileged && !canRunUnprivileged(&why)) {
        QSKIP(qPrintable(why));
    }
    Sandbox sandbox;
    if (row.fullDisk) {
        sandbox.mkdir(u"full"_qs);
    }
    if (row.setup) {
        row.setup(sandbox);
    }
    SmallDisk *disk = nullptr;
    if (row.fullDisk) {
        disk = sandbox.mountFullDisk();
        if (!disk->isValid()) {
            QSKIP(qPrintable(disk->skipReason()));
        }
    }
    const QString dir = sandbox.path();
    const auto expand = [&](QString text) {
        return text.replace(u"{dir}"_qs, dir)
            .replace(u"{cores}"_qs, QString::number(qMax(1, QThread::idealThreadCount())));
    };
    QStringList arguments;
    for (const QString &argument : row.arguments) {
        arguments << (row.fullDisk ? QString(argument).replace(u"{dir}/full"_qs, disk->path()) : expand(argument));
    }
    QString outputPath = sandbox.file(row.outputName);
    QString message = row.message;
    if (row.fullDisk) {
        outputPath = disk->filePath(QFileInfo(row.outputName).fileName());
        message.replace(u"{dir}/full"_qs, disk->path());
        QFile old(outputPath);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write(kPrevious) == kPrevious.size());
        old.close();
        QVERIFY(disk->fill());
    }
    message = expand(message);

    RunOptions options;
    options.input = row.input;
    options.unprivileged = row.unprivileged;
    options.processLimit = row.processLimit;
    options.standardOutputFile = row.standardOutputFile;
    if (!row.fifo.isEmpty()) {
        sandbox.fifo(row.fifo);
        const QString fifo = sandbox.file(row.fifo);
        const QByteArray text = row.fifoText;
        options.whileRunning = [fifo, text] { feedFifoSlowly(fifo, {text}); };
    }
    const CliRun run = runProgram(QStringLiteral(QUOTEREADER_CLI), arguments, options);
    if (row.unprivileged && run.exitCode == kCouldNotDropPrivileges && run.err.isEmpty()) {
        QSKIP("could not switch to an unprivileged user here");
    }

    const QString err = QString::fromUtf8(run.err);
    if (row.exitCode == 2) {
        QCOMPARE(err.section(u'\n', 0, 0), message);
        QVERIFY2(err.contains(u"\nUsage:"), qPrintable(err));
    } else {
        QCOMPARE(err, message);
    }
    QCOMPARE(run.exitCode, row.exitCode);

    const QByteArray output = row.output == Output::NotChecked || !QFileInfo::exists(outputPath) ? run.out
                                                                                                 : readAll(outputPath);
    if (row.documents >= 0) {
        QCOMPARE(jsonDocuments(row.output == Output::NotChecked ? run.out : output, &why), qsizetype(row.documents));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    switch (row.output) {
    case Output::NotChecked:
        break;
    case Output::Untouched:
        QCOMPARE(readAll(outputPath), kPrevious);
        break;
    case Output::Absent:
        QVERIFY2(!QFileInfo::exists(outputPath), qPrintable(outputPath));
        break;
    case Output::Written:
        QVERIFY(!readAll(outputPath).isEmpty() && readAll(outputPath) != kPrevious);
        break;
    }
    // No temporary file of an abandoned output is left next to it.
    const QStringList leftovers =
        QDir(QFileInfo(outputPath).absolutePath()).entryList({u"*.json.*"_qs, u"*.csv.*"_qs}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", ")));
    if (row.noControls) {
        const QString inOut = controlsIn(run.out);
        QVERIFY2(inOut.isEmpty(), qPrintable(u"standard output: "_qs + inOut));
        const QString inErr = controlsIn(run.err);
        QVERIFY2(inErr.isEmpty(), qPrintable(u"standard error: "_qs + inErr));
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
