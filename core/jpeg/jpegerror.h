#pragma once

// A libjpeg error manager that never calls exit(): fatal errors longjmp back to the
// caller, and the warnings that mean "pixel data is missing" (premature end of file,
// premature end of a data segment, lost restart sync) are treated as fatal too, so a
// truncated photo is reported instead of silently decoded with a grey bottom.
//
// Usage (the setjmp must be in the function that calls libjpeg, and no C++ object with a
// destructor may be created between setjmp and the libjpeg calls):
//   StrictJpegErrors errors;
//   jpeg_decompress_struct cinfo{};
//   cinfo.err = errors.install();
//   if (setjmp(errors.jump)) { /* errors.message() says what failed */ }

#include <QString>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE and size_t first
#include <jpeglib.h>
#include <jerror.h>

namespace veil {

struct StrictJpegErrors
{
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    char text[JMSG_LENGTH_MAX] = {};
    bool dataMissing = false; // the failure was a truncation/corruption warning

    jpeg_error_mgr *install();
    // "truncated or corrupt JPEG data: Premature end of JPEG file" or libjpeg's own message.
    QString message() const;
};

} // namespace veil
