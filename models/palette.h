// The colour each speaker is shown in, the same in the speaker list, the table and the reader.
// A speaker's colour is a slot, given by name and kept while the article is reloaded or corrected.
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace QuoteReader {

struct Speaker;

// Colour slots for `speakers` (one per speaker, in their order): a name in `previous` keeps its slot;
// another takes the slot its name hashes to, or the next free one, so that the speakers of one article
// always differ and the same article gets the same colours every time.
QList<int> assignColorSlots(const QList<Speaker> &speakers, const QHash<QString, int> &previous = {});

// A distinct, saturated colour for a slot; -1 (no speaker) is grey.
QColor speakerColor(int slot);
// The colour behind a quote: light behind the dark text of a light palette, dark behind the light
// text of a dark one, so the words stay readable either way.
QColor highlightColor(int slot, bool darkPalette = false);
// The cue (said, 表示) in the speaker's colour, readable on the page's background.
QColor cueColor(int slot, bool darkPalette = false);

} // namespace QuoteReader
