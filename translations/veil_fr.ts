<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cli</name>
    <message>
        <source>veil-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: veil-cli [--library PATH] COMMAND [options]

Anonymizes faces and metadata in photos, on this machine.

Global options:
  --library PATH   the library database (default: $VEIL_LIBRARY, else the
                   application data folder)
  -h, --help       show this help; COMMAND --help shows a command&apos;s options
  -v, --version    show the version and the face models found

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli: --library needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli: unknown option %1 (see veil-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli: unknown command &apos;%1&apos; (see veil-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import photos and folders into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the photos in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove photos from the library (files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the library&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and the models found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli: &apos;%1&apos; is not a photo id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no model files found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect faces in photos (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure face detection against known faces (face_coverage metric)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>%1: model file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot load the cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face detection model found in %1: falling back to the Haar cascade, which misses many faces. Check every photo by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Haar cascade is missing too (install opencv-data): no faces will be detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>unknown placeholder {%1} in the name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; does not give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder&apos;s %1 output is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file does not decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file still holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a face is still detected in %n anonymized region(s) (score %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it shows %1x%2 pixels instead of %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>found on the server by its object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on the server as the only new processed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new images on the server could be this photo; it is not submitted again to avoid a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing unencrypted %1 to %2: use https (plain http is only allowed for this machine&apos;s loopback address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server URL (expected e.g. https://host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token stored in the keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the token in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil</name>
    <message>
        <source>arithmetic coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMYK/YCCK colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colour components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB-coded colour (no YCbCr transform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-integral chroma subsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker 0x%1 is not an APPn or COM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker 0x%1 payload of %2 bytes is above the 65533-byte segment limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lossless JPEG path is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Face %1 (drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::Jpeg</name>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, above the limit of %3 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::PendingFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::PhotoDocument</name>
    <message>
        <source>Add face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymize face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep face visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject face</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::TileProcessor</name>
    <message>
        <source>out of memory for a %1x%2 tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the obfuscation changed the tile size from %1x%2 to %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 has no quantisation table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::cli</name>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos or folders (searched recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports photos into the library. Originals are only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli import: give at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the photos as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the photos in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photo ids (see veil-cli list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes photos from the library. The photo files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli remove: give at least one photo id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed photo %1 from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: no such photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the library&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common format: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top camera models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports per day (last 30 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With GPS position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a serial number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an embedded thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces: %1 (%2 to anonymize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list uncertain candidates (an extra column says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos to search for faces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli detect: give at least one file; --format is csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth: file,x,y,w,h[,...] in displayed pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of each detection about its centre (default 1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the detections measured, as CSV (for face_coverage.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures how many known faces the detections would hide, with the metric of face_coverage.py, and the detection time per photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli eval: give --images DIR and --faces FACES.csv (and a positive --mask-scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli eval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli eval: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photos, preset %2: median %3 ms CPU (all threads) and %4 ms wall per photo, decoding included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::cli::DetectorArgs</name>
    <message>
        <source>Detection preset: fast, balanced (default), thorough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from which a face is certain (0..1; default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV threads (default: OpenCV&apos;s choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli %1: unknown preset &apos;%2&apos; (fast, balanced, thorough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli %1: --threshold wants a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veil-cli %1: --threads wants a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::sync</name>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not know this account (HTTP 404: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::sync::ApiClient</name>
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::sync::SyncEngine</name>
    <message>
        <source>cannot write the sync outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file to push: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the processed image is not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the processed image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded the processed image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veil::ui::MainWindow</name>
    <message>
        <source>Drop photos here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
