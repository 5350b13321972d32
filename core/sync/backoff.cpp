#include "backoff.h"

#include <algorithm>

namespace veil::sync {

int Backoff::delayMs(int attempt)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 full = std::min<qint64>(m_capMs, qint64(m_baseMs) << shift);
    const qint64 half = full / 2;
    return int(half + qint64(m_random.bounded(quint32(full - half + 1))));
}

} // namespace veil::sync
