#pragma once

// CPU time of the calling thread, for reports that split a photo's cost into stages.
// Thread time rather than wall time: on a shared machine other load changes the wall
// clock far more than the work a stage does. OpenCV may hand parts of a network pass to
// its own worker threads; their time is not counted here (see docs/performance.md).

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#else
#include <ctime>
#endif

namespace veil {

inline double threadCpuMs()
{
#if defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME &t) { return (quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime; };
    return double(ticks(kernel) + ticks(user)) / 1e4; // 100 ns units
#else
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#endif
}

} // namespace veil
