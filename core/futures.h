#pragma once

// Delivering a background result to a QObject that may be gone by then.
//
// QFuture::then(context, f) of Qt 6.4 asserts (and aborts in a debug build) when `context`
// has been destroyed before the future finishes: closing a window while its library query
// still runs did exactly that. whenFinished() instead parents a QFutureWatcher to the
// context, so destroying the context also drops the delivery.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <exception>
#include <type_traits>
#include <utility>

namespace veil {

// Calls `then(result)` (or `then()` for QFuture<void>) in `context`'s thread once `future`
// has finished, unless `context` has been destroyed first. As with QFuture::then, nothing
// is called when the future was cancelled or ended in an exception. Call it from
// `context`'s thread.
template <typename T, typename F> void whenFinished(QFuture<T> future, QObject *context, F &&then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, then = std::forward<F>(then)]() mutable {
                         watcher->deleteLater();
                         QFuture<T> done = watcher->future();
                         if (done.isCanceled())
                             return;
                         try {
                             done.waitForFinished(); // rethrows a stored exception
                         } catch (const std::exception &e) {
                             qWarning("background task failed: %s", e.what());
                             return;
                         }
                         if constexpr (std::is_void_v<T>)
                             then();
                         else
                             then(done.result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace veil
