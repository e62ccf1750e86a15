#include "palette.h"

#include <array>

namespace QuoteReader {

namespace {
// Hand-picked so neighbours differ clearly; past the table, hues rotate by the golden angle.
constexpr std::array<QRgb, 10> kColors = {
    0xd9480f, 0x1971c2, 0x2b8a3e, 0xae3ec9, 0xe67700, 0x0c8599, 0xc2255c, 0x5f3dc4, 0x74b816, 0x862e9c,
};
} // namespace

QColor speakerColor(int index)
{
    if (index < 0) {
        return QColor(0x86, 0x8e, 0x96);
    }
    if (index < int(kColors.size())) {
        return QColor::fromRgb(kColors[size_t(index)]);
    }
    const int hue = int((index * 137.508)) % 360;
    return QColor::fromHsv(hue, 200, 190);
}

QColor highlightColor(int index)
{
    QColor c = speakerColor(index).toHsl();
    return QColor::fromHsl(c.hslHue() < 0 ? 0 : c.hslHue(), std::min(c.hslSaturation(), 200), 215);
}

} // namespace QuoteReader
