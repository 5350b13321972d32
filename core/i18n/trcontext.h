#pragma once

#include <QCoreApplication>
#include <QString>

// VEIL_TR_CONTEXT(context) defines tr() for code outside QObject classes (free
// functions, plain classes) in the namespace where it is written, translating in the
// given context, e.g. VEIL_TR_CONTEXT(cli) right after `namespace veil::cli {`.
//
// lupdate runs with -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=VEIL_TR_CONTEXT
// (translations/CMakeLists.txt), so it files the strings of every tr() call in that
// namespace, in that file, under the same context the code looks up at run time. A
// hand-written tr() helper would be filed under a guessed context ("veil::cli") that
// the program never asks for, and stay untranslated.
#define VEIL_TR_CONTEXT(context)                                                                   \
    [[maybe_unused]] static QString tr(const char *sourceText, const char *disambiguation = nullptr, \
                                       int n = -1)                                                 \
    {                                                                                              \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);               \
    }
