// The language of the interface: the system's, or one chosen in View > Language (English, 繁體中文,
// 简体中文), kept in the settings. The translations are built into the program (":/i18n").
#pragma once

#include <QList>
#include <QString>

namespace QuoteReader::Languages {

struct Language {
    QString code; // "" for the system's, "en", "zh_TW", "zh_CN"
    QString name; // in its own language: what a reader of it looks for in the menu
};

// The choices of the menu, the system's first.
QList<Language> available();
// The choice kept in the settings ("" for the system's language).
QString chosen();
void setChosen(const QString &code);
// Installs the translations of `code` ("" for the system's language) for the program and for Qt's own
// dialogs, replacing those installed before. False when no translation of ours is found for it.
bool install(const QString &code);
// The language the interface is in now ("en", "zh_TW", "zh_CN").
QString current();

} // namespace QuoteReader::Languages
