#pragma once

#include <QRandomGenerator>

namespace veil::sync {

// Exponential backoff with jitter: attempt n (1-based) waits a random time in
// [d/2, d] with d = min(cap, base * 2^(n-1)), so clients that failed together do not
// come back together.
class Backoff
{
public:
    Backoff(int baseMs, int capMs, quint32 seed = QRandomGenerator::global()->generate())
        : m_baseMs(baseMs), m_capMs(capMs), m_random(seed) {}

    int delayMs(int attempt);
    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }

private:
    int m_baseMs;
    int m_capMs;
    QRandomGenerator m_random;
};

} // namespace veil::sync
