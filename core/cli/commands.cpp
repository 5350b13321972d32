#include "command.h"

#include "anonymizecommand.h"
#include "detectcommands.h"
#include "librarycommands.h"
#include "resumecommand.h"
#include "synccommand.h"
#include "versioncommand.h"

#include <QCoreApplication>

namespace veil::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {QStringLiteral("import"), QCoreApplication::translate("cli", "import photos and folders into the library"),
         runImport},
        {QStringLiteral("list"), QCoreApplication::translate("cli", "list the photos in the library"), runList},
        {QStringLiteral("remove"), QCoreApplication::translate("cli", "remove photos from the library (files stay)"),
         runRemove},
        {QStringLiteral("stats"), QCoreApplication::translate("cli", "show the library's statistics"), runStats},
        {QStringLiteral("anonymize"),
         QCoreApplication::translate("cli", "anonymize faces and metadata, export and verify (files, folders, library)"),
         runAnonymize},
        {QStringLiteral("detect"), QCoreApplication::translate("cli", "detect faces in photos (CSV or JSON)"),
         runDetect},
        {QStringLiteral("eval"),
         QCoreApplication::translate("cli", "measure face detection against known faces (face_coverage metric)"),
         runEval},
        {QStringLiteral("resume"),
         QCoreApplication::translate("cli", "resume interrupted anonymize batches (each photo written once)"),
         runResume},
        {QStringLiteral("sync"),
         QCoreApplication::translate("cli", "push photos to the face-blur service, track them, pull the results"),
         runSync},
        {QStringLiteral("version"), QCoreApplication::translate("cli", "show the version and the models found"),
         runVersion},
    };
    return list;
}

} // namespace veil::cli
