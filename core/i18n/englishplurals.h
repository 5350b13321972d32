#pragma once

#include <QTranslator>

namespace veil::i18n {

// English is the source language, so no .qm file gives its plural forms and Qt would show
// "%n photo(s)" as "1 photo(s)". This translator answers only messages with a count:
// "(s)" and "(es)" become nothing for 1 and "s"/"es" otherwise ("1 photo", "3 boxes").
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Resolves the plural markers of `source` for the count `n`.
    static QString resolve(QString source, int n);
};

} // namespace veil::i18n
