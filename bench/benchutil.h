#pragma once

// Small helpers shared by the benchmark programs.

#include <QList>

#include <algorithm>

namespace veil::bench {

// The median of the values (the mean of the middle two for an even count); 0 when empty.
inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace veil::bench
