// The user's theme file: loadThemeFile() on the bytes written to a temporary file (its own JSON
// checks and key-order scanner over QJsonDocument), then themesToJson() and back, which must agree.
#include "themes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace QuoteReader;

namespace {
QString themePath;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // The loader's and engine's warnings would drown libFuzzer's output; qFatal still aborts.
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"_qs);
    static QTemporaryDir dir(QDir::tempPath() + u"/quotereader-fuzz-XXXXXX"_qs);
    themePath = dir.filePath(u"themes.json"_qs);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(themePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(themePath));
            std::abort();
        }
        file.write(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    const ThemeFileResult result = loadThemeFile(themePath);
    if (!result.themes) {
        if (!result.error.contains(themePath)) {
            std::fprintf(stderr, "refusal without the file's name: %s\n", qPrintable(result.error));
            __builtin_trap();
        }
        return 0;
    }
    // What we write, we must read back as the same themes.
    {
        QFile file(themePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        file.write(themesToJson(*result.themes));
    }
    const ThemeFileResult again = loadThemeFile(themePath);
    if (!again.themes || again.themes->size() != result.themes->size()) {
        std::fprintf(stderr, "themesToJson output not read back: %s\n", qPrintable(again.error));
        __builtin_trap();
    }
    for (qsizetype i = 0; i < again.themes->size(); ++i) {
        if (again.themes->at(i).name != result.themes->at(i).name
            || again.themes->at(i).terms != result.themes->at(i).terms) {
            std::fprintf(stderr, "theme %lld changed on the round trip\n", static_cast<long long>(i));
            __builtin_trap();
        }
    }
    return 0;
}
