#include "jpegerror.h"

#include <QCoreApplication>

namespace veil {

namespace {

StrictJpegErrors *owner(j_common_ptr cinfo)
{
    // `manager` is the first member, so the error manager's address is the owner's.
    return reinterpret_cast<StrictJpegErrors *>(cinfo->err);
}

[[noreturn]] void errorExit(j_common_ptr cinfo)
{
    StrictJpegErrors *self = owner(cinfo);
    (*cinfo->err->format_message)(cinfo, self->text);
    std::longjmp(self->jump, 1);
}

void emitMessage(j_common_ptr cinfo, int level)
{
    if (level >= 0)
        return; // trace messages
    switch (cinfo->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HIT_MARKER:
    case JWRN_MUST_RESYNC: {
        StrictJpegErrors *self = owner(cinfo);
        self->dataMissing = true;
        (*cinfo->err->format_message)(cinfo, self->text);
        std::longjmp(self->jump, 1);
    }
    default:
        // Other warnings (extraneous bytes before a marker, odd JFIF versions) are common
        // in camera files and do not lose pixels.
        cinfo->err->num_warnings++;
        break;
    }
}

void outputMessage(j_common_ptr) {}

} // namespace

jpeg_error_mgr *StrictJpegErrors::install()
{
    jpeg_std_error(&manager);
    manager.error_exit = errorExit;
    manager.emit_message = emitMessage;
    manager.output_message = outputMessage;
    return &manager;
}

QString StrictJpegErrors::message() const
{
    const QString detail = QString::fromLocal8Bit(text);
    if (dataMissing)
        return QCoreApplication::translate("veil::Jpeg", "truncated or corrupt JPEG data: %1").arg(detail);
    return QCoreApplication::translate("veil::Jpeg", "JPEG error: %1").arg(detail);
}

} // namespace veil
