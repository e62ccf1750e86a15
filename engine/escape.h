// Text made safe for each place the writers put it: a CSV cell, Markdown, HTML, and any terminal.
#pragma once

#include <QString>
#include <QStringView>

namespace QuoteReader {

// One CSV cell: RFC 4180 quoting, and a leading apostrophe where a spreadsheet would run a formula.
QString csvCell(const QString &value);

// Text that is safe to print on a terminal: the C0 controls other than tab and line feed, and DEL,
// become their visible symbols (ESC as ␛, BEL as ␇), the C1 controls U+FFFD. An article, a file name
// or a theme file then cannot retitle, clear or recolour the terminal that shows an export or a message.
// With `keepLineFeeds` false a line feed is shown too (␊), so a name cannot start a fake message line.
QString withVisibleControls(QStringView text, bool keepLineFeeds = true);

// Markdown's special characters backslash-escaped, controls shown as symbols.
QString markdownEscape(QStringView text);
// HTML's special characters as entities, controls shown as symbols.
QString htmlEscape(QStringView text);

} // namespace QuoteReader
