#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace QuoteReader::Languages {

namespace {

constexpr auto kSettingsKey = "view/language";

struct Installed {
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QList<Language> available()
{
    return {
        {QString(), QCoreApplication::translate("QuoteReader::Languages", "System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString chosen()
{
    return QSettings().value(QLatin1StringView(kSettingsKey)).toString();
}

void setChosen(const QString &code)
{
    QSettings().setValue(QLatin1StringView(kSettingsKey), code);
}

bool install(const QString &code)
{
    Installed &state = installed();
    for (auto *translator : {state.ours.get(), state.qt.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    state.ours = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // English has a file of its own, holding only the plurals ("1 quote", "2 quotes").
    const bool english = code == u"en" || (code.isEmpty() && locale.language() == QLocale::English);
    bool found = false;
    if (!english) {
        found = state.ours->load(locale, QStringLiteral("quotereader"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    }
    if (!found) {
        found = state.ours->load(QStringLiteral(":/i18n/quotereader_en")) && (english || code.isEmpty());
    }
    QCoreApplication::installTranslator(state.ours.get());
    // Qt's own strings (the buttons of dialogs, "Undo"): for the same language, when Qt has them.
    if (!english
        && state.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(state.qt.get());
    }
    state.language = state.ours->language().isEmpty() ? QStringLiteral("en") : state.ours->language();
    return found;
}

QString current()
{
    return installed().language;
}

} // namespace QuoteReader::Languages
