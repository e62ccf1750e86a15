#include "palette.h"

#include "document.h"

#include <QSet>

#include <array>

namespace QuoteReader {

namespace {
// Hand-picked so neighbours differ clearly; past the table, hues rotate by the golden angle.
constexpr std::array<QRgb, 10> kColors = {
    0xd9480f, 0x1971c2, 0x2b8a3e, 0xae3ec9, 0xe67700, 0x0c8599, 0xc2255c, 0x5f3dc4, 0x74b816, 0x862e9c,
};
constexpr int kTableSize = int(kColors.size());

// FNV-1a over the UTF-16 code units: the same in every run (qHash is seeded per process).
quint32 stableHash(const QString &name)
{
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return hash;
}

} // namespace

QList<int> assignColorSlots(const QList<Speaker> &speakers, const QHash<QString, int> &previous)
{
    QList<int> assigned(speakers.size(), -1);
    QSet<int> taken;
    // Those seen before first, so that a new name never takes the colour of someone already shown.
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        const auto it = previous.constFind(speakers.at(i).name);
        if (it != previous.cend() && !taken.contains(*it)) {
            assigned[i] = *it;
            taken.insert(*it);
        }
    }
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        if (assigned.at(i) >= 0) {
            continue;
        }
        const int preferred = int(stableHash(speakers.at(i).name) % kTableSize);
        int slot = -1;
        for (int step = 0; step < kTableSize && slot < 0; ++step) {
            const int candidate = (preferred + step) % kTableSize;
            if (!taken.contains(candidate)) {
                slot = candidate;
            }
        }
        for (int candidate = kTableSize; slot < 0; ++candidate) {
            if (!taken.contains(candidate)) {
                slot = candidate;
            }
        }
        assigned[i] = slot;
        taken.insert(slot);
    }
    return assigned;
}

QColor speakerColor(int slot)
{
    if (slot < 0) {
        return QColor(0x86, 0x8e, 0x96);
    }
    if (slot < kTableSize) {
        return QColor::fromRgb(kColors[size_t(slot)]);
    }
    const int hue = int((slot * 137.508)) % 360;
    return QColor::fromHsv(hue, 200, 190);
}

QColor highlightColor(int slot, bool darkPalette)
{
    const QColor c = speakerColor(slot).toHsl();
    const int hue = c.hslHue() < 0 ? 0 : c.hslHue();
    // Lightness 215 of 255 under black text, 70 under white: both keep a contrast above 7:1.
    return darkPalette ? QColor::fromHsl(hue, std::min(c.hslSaturation(), 150), 70)
                       : QColor::fromHsl(hue, std::min(c.hslSaturation(), 200), 215);
}

QColor cueColor(int slot, bool darkPalette)
{
    return darkPalette ? speakerColor(slot).lighter(150) : speakerColor(slot).darker(130);
}

} // namespace QuoteReader
