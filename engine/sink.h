// Where a writer's bytes go: gathered in a buffer and handed to the device in chunks, so a batch costs
// few system calls without being held whole in memory; the first failure is remembered.
#pragma once

#include "atomicfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QStringView>

namespace QuoteReader {

class Sink final
{
public:
    explicit Sink(QIODevice *device)
        : m_device(device)
    {
    }
    Q_DISABLE_COPY_MOVE(Sink)

    void append(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= kFlushThreshold) {
            flush();
        }
    }
    void append(QStringView text) { append(QByteArrayView(text.toUtf8())); }
    void append(char c) { m_buffer.append(c); }
    QByteArray &buffer() { return m_buffer; }

    // Writes what is buffered (retrying short writes: writeFully); false once any write failed.
    bool flush()
    {
        if (!m_ok || m_buffer.isEmpty()) {
            m_buffer.clear();
            return m_ok;
        }
        if (!writeFully(m_device, m_buffer)) {
            m_ok = false;
        }
        m_buffer.clear();
        return m_ok;
    }
    bool finish() { return flush(); }

private:
    static constexpr qsizetype kFlushThreshold = 64 * 1024;

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace QuoteReader
