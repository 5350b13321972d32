<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cli</name>
    <message>
        <source>veil-cli: %1</source>
        <translation>veil-cli: %1</translation>
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
        <translation>Uso: veil-cli [--library RUTA] ORDEN [opciones]

Anonimiza caras y metadatos en fotos, en este equipo.

Opciones generales:
  --library RUTA   la base de datos de la biblioteca (por defecto: $VEIL_LIBRARY, si no,
                   la carpeta de datos de la aplicación)
  -h, --help       muestra esta ayuda; ORDEN --help muestra las opciones de una orden
  -v, --version    muestra la versión y los modelos de caras encontrados

Órdenes:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened.
</source>
        <translation>
Códigos de salida: 0 éxito, 1 error de uso, 2 algunos archivos fallaron, 3 no se puede abrir la biblioteca.
</translation>
    </message>
    <message>
        <source>veil-cli: --library needs a path</source>
        <translation>veil-cli: --library necesita una ruta</translation>
    </message>
    <message>
        <source>veil-cli: unknown option %1 (see veil-cli --help)</source>
        <translation>veil-cli: opción desconocida %1 (véase veil-cli --help)</translation>
    </message>
    <message>
        <source>veil-cli: unknown command &apos;%1&apos; (see veil-cli --help)</source>
        <translation>veil-cli: orden desconocida «%1» (véase veil-cli --help)</translation>
    </message>
    <message>
        <source>import photos and folders into the library</source>
        <translation>importar fotos y carpetas a la biblioteca</translation>
    </message>
    <message>
        <source>list the photos in the library</source>
        <translation>listar las fotos de la biblioteca</translation>
    </message>
    <message>
        <source>remove photos from the library (files stay)</source>
        <translation>quitar fotos de la biblioteca (los archivos se conservan)</translation>
    </message>
    <message>
        <source>show the library&apos;s statistics</source>
        <translation>mostrar las estadísticas de la biblioteca</translation>
    </message>
    <message>
        <source>show the version and the models found</source>
        <translation>mostrar la versión y los modelos encontrados</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Muestra las opciones de esta orden.</translation>
    </message>
    <message>
        <source>veil-cli: &apos;%1&apos; is not a photo id</source>
        <translation>veil-cli: «%1» no es un identificador de foto</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelos: %1</translation>
    </message>
    <message>
        <source>  (no model files found)</source>
        <translation>  (no se encontró ningún archivo de modelo)</translation>
    </message>
    <message>
        <source>detect faces in photos (CSV or JSON)</source>
        <translation>detectar caras en fotos (CSV o JSON)</translation>
    </message>
    <message>
        <source>measure face detection against known faces (face_coverage metric)</source>
        <translation>medir la detección de caras con caras conocidas (métrica face_coverage)</translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>%1: model file not found</source>
        <translation>%1: no se encuentra el archivo del modelo</translation>
    </message>
    <message>
        <source>%1: cannot load the cascade</source>
        <translation>%1: no se puede cargar la cascada</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1: no se puede cargar el modelo: %2</translation>
    </message>
    <message>
        <source>No face detection model found in %1: falling back to the Haar cascade, which misses many faces. Check every photo by hand.</source>
        <translation>No se encontró ningún modelo de detección de caras en %1: Veil recurre a la cascada de Haar, que pasa por alto muchas caras. Revise cada foto a mano.</translation>
    </message>
    <message>
        <source>The Haar cascade is missing too (install opencv-data): no faces will be detected.</source>
        <translation>También falta la cascada de Haar (instale opencv-data): no se detectará ninguna cara.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>unknown placeholder {%1} in the name template</source>
        <translation>marcador desconocido {%1} en la plantilla de nombre</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; does not give a file name</source>
        <translation>la plantilla de nombre «%1» no da un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot encode as %1: %2</source>
        <translation>no se puede codificar como %1: %2</translation>
    </message>
    <message>
        <source>the encoder&apos;s %1 output is malformed</source>
        <translation>la salida %1 del codificador está mal formada</translation>
    </message>
    <message>
        <source>the written file does not decode: %1</source>
        <translation>el archivo escrito no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>the written file still holds %1</source>
        <translation>el archivo escrito todavía contiene %1</translation>
    </message>
    <message numerus="yes">
        <source>a face is still detected in %n anonymized region(s) (score %1)</source>
        <translation>
            <numerusform>todavía se detecta una cara en %n región anonimizada (puntuación %1)</numerusform>
            <numerusform>todavía se detecta una cara en %n regiones anonimizadas (puntuación %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>it shows %1x%2 pixels instead of %3x%4</source>
        <translation>muestra %1×%2 píxeles en lugar de %3×%4</translation>
    </message>
    <message numerus="yes">
        <source>exported %1 to %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 exportada a %2 (%n cara anonimizada)</numerusform>
            <numerusform>%1 exportada a %2 (%n caras anonimizadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>export of %1 failed: %2</source>
        <translation>la exportación de %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>found on the server by its object name</source>
        <translation>encontrada en el servidor por su nombre de objeto</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>no está en el servidor</translation>
    </message>
    <message>
        <source>found on the server as the only new processed image</source>
        <translation>encontrada en el servidor como la única imagen procesada nueva</translation>
    </message>
    <message>
        <source>%1 new images on the server could be this photo; it is not submitted again to avoid a duplicate</source>
        <translation>%1 imágenes nuevas en el servidor podrían ser esta foto; no se vuelve a enviar para evitar un duplicado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>«%1» no es una URL válida</translation>
    </message>
    <message>
        <source>refusing unencrypted %1 to %2: use https (plain http is only allowed for this machine&apos;s loopback address)</source>
        <translation>se rechaza %1 sin cifrar a %2: use https (http sin cifrar solo se permite para la dirección de bucle local de este equipo)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; in %2</source>
        <translation>esquema de URL no admitido «%1» en %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server URL (expected e.g. https://host)</source>
        <translation>«%1» no es una URL de servidor (se espera p. ej. https://host)</translation>
    </message>
    <message>
        <source>no token stored in the keychain for %1</source>
        <translation>no hay ningún token guardado en el llavero para %1</translation>
    </message>
    <message>
        <source>cannot read the token from the system keychain: %1</source>
        <translation>no se puede leer el token del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>cannot store the token in the system keychain: %1</source>
        <translation>no se puede guardar el token en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>no hay token para %1</translation>
    </message>
</context>
<context>
    <name>veil</name>
    <message>
        <source>arithmetic coding</source>
        <translation>la codificación aritmética</translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation>muestras de %1 bits</translation>
    </message>
    <message>
        <source>CMYK/YCCK colour</source>
        <translation>el color CMYK/YCCK</translation>
    </message>
    <message>
        <source>%1 colour components</source>
        <translation>%1 componentes de color</translation>
    </message>
    <message>
        <source>RGB-coded colour (no YCbCr transform)</source>
        <translation>el color codificado en RGB (sin transformación YCbCr)</translation>
    </message>
    <message>
        <source>non-integral chroma subsampling</source>
        <translation>un submuestreo de crominancia no entero</translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation>no es un archivo JPEG</translation>
    </message>
    <message>
        <source>marker 0x%1 is not an APPn or COM segment</source>
        <translation>el marcador 0x%1 no es un segmento APPn ni COM</translation>
    </message>
    <message>
        <source>marker 0x%1 payload of %2 bytes is above the 65533-byte segment limit</source>
        <translation>la carga del marcador 0x%1, de %2 bytes, supera el límite de segmento de 65533 bytes</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle %1</source>
        <translation>la vía JPEG sin pérdidas no admite %1</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>no hay ruta de salida</translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation>la ruta de salida es la propia entrada; los originales nunca se escriben</translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation>%1 ya existe (use --overwrite para reemplazarlo)</translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation>se pidió recodificar (--reencode)</translation>
    </message>
    <message>
        <source>the lossless JPEG path is not available in this build</source>
        <translation>la vía JPEG sin pérdidas no está disponible en esta compilación</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la verificación falló: %1</translation>
    </message>
</context>
<context>
    <name>veil::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Face %1 (drawn)</source>
        <translation>Cara %1 (dibujada)</translation>
    </message>
    <message>
        <source>Face %1 (%2%)</source>
        <translation>Cara %1 (%2 %)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>dudosa</translation>
    </message>
    <message>
        <source>kept visible</source>
        <translation>se deja visible</translation>
    </message>
</context>
<context>
    <name>veil::Jpeg</name>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, above the limit of %3 megapixels</source>
        <translation>la imagen tiene %1×%2 píxeles, por encima del límite de %3 megapíxeles</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 image</source>
        <translation>memoria insuficiente para una imagen de %1×%2</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: %1</source>
        <translation>datos JPEG truncados o dañados: %1</translation>
    </message>
    <message>
        <source>JPEG error: %1</source>
        <translation>error de JPEG: %1</translation>
    </message>
</context>
<context>
    <name>veil::PendingFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>no se puede crear un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>no se puede renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation>%1 ya existe (use --overwrite para reemplazarlo)</translation>
    </message>
</context>
<context>
    <name>veil::PhotoDocument</name>
    <message>
        <source>Add face</source>
        <translation>Añadir cara</translation>
    </message>
    <message>
        <source>Move face</source>
        <translation>Mover cara</translation>
    </message>
    <message>
        <source>Resize face</source>
        <translation>Cambiar tamaño de cara</translation>
    </message>
    <message>
        <source>Delete face</source>
        <translation>Eliminar cara</translation>
    </message>
    <message>
        <source>Anonymize face</source>
        <translation>Anonimizar cara</translation>
    </message>
    <message>
        <source>Keep face visible</source>
        <translation>Dejar cara visible</translation>
    </message>
    <message>
        <source>Accept face</source>
        <translation>Aceptar cara</translation>
    </message>
    <message>
        <source>Reject face</source>
        <translation>Rechazar cara</translation>
    </message>
</context>
<context>
    <name>veil::TileProcessor</name>
    <message>
        <source>out of memory for a %1x%2 tile</source>
        <translation>memoria insuficiente para un mosaico de %1×%2</translation>
    </message>
    <message>
        <source>the obfuscation changed the tile size from %1x%2 to %3x%4</source>
        <translation>la ocultación cambió el tamaño del mosaico de %1×%2 a %3×%4</translation>
    </message>
    <message>
        <source>component %1 has no quantisation table</source>
        <translation>el componente %1 no tiene tabla de cuantificación</translation>
    </message>
</context>
<context>
    <name>veil::cli</name>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Muestra los resultados en JSON.</translation>
    </message>
    <message>
        <source>Photos or folders (searched recursively).</source>
        <translation>Fotos o carpetas (se recorren recursivamente).</translation>
    </message>
    <message>
        <source>Imports photos into the library. Originals are only read.</source>
        <translation>Importa fotos a la biblioteca. Los originales solo se leen.</translation>
    </message>
    <message>
        <source>veil-cli import: give at least one file or folder</source>
        <translation>veil-cli import: indique al menos un archivo o una carpeta</translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation>%1: importada como %2</translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation>%1: duplicado de %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation>%1 importadas, %2 duplicados, %3 fallidas</translation>
    </message>
    <message>
        <source>Print the photos as JSON.</source>
        <translation>Muestra las fotos en JSON.</translation>
    </message>
    <message>
        <source>Lists the photos in the library.</source>
        <translation>Lista las fotos de la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo ids (see veil-cli list).</source>
        <translation>Identificadores de fotos (véase veil-cli list).</translation>
    </message>
    <message>
        <source>Removes photos from the library. The photo files are not touched.</source>
        <translation>Quita fotos de la biblioteca. Los archivos de las fotos no se tocan.</translation>
    </message>
    <message>
        <source>veil-cli remove: give at least one photo id</source>
        <translation>veil-cli remove: indique al menos un identificador de foto</translation>
    </message>
    <message>
        <source>veil-cli remove: %1</source>
        <translation>veil-cli remove: %1</translation>
    </message>
    <message>
        <source>removed photo %1 from the library</source>
        <translation>foto %1 quitada de la biblioteca</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: quitada</translation>
    </message>
    <message>
        <source>%1: error: no such photo</source>
        <translation>%1: error: no existe esa foto</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Muestra las estadísticas en JSON.</translation>
    </message>
    <message>
        <source>Shows the library&apos;s statistics.</source>
        <translation>Muestra las estadísticas de la biblioteca.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Fotos: %1</translation>
    </message>
    <message>
        <source>Most common format: %1 (%2)</source>
        <translation>Formato más común: %1 (%2)</translation>
    </message>
    <message>
        <source>Top camera models:</source>
        <translation>Modelos de cámara más frecuentes:</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days):</source>
        <translation>Importaciones por día (últimos 30 días):</translation>
    </message>
    <message>
        <source>With GPS position: %1</source>
        <translation>Con posición GPS: %1</translation>
    </message>
    <message>
        <source>With a serial number: %1</source>
        <translation>Con número de serie: %1</translation>
    </message>
    <message>
        <source>With an embedded thumbnail: %1</source>
        <translation>Con miniatura incrustada: %1</translation>
    </message>
    <message>
        <source>Faces: %1 (%2 to anonymize)</source>
        <translation>Caras: %1 (%2 por anonimizar)</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Formato de salida: csv (por defecto) o json.</translation>
    </message>
    <message>
        <source>Also list uncertain candidates (an extra column says which).</source>
        <translation>Lista también los candidatos dudosos (una columna adicional los indica).</translation>
    </message>
    <message>
        <source>Photos to search for faces.</source>
        <translation>Fotos en las que buscar caras.</translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.</source>
        <translation>Detecta caras. Los recuadros están en píxeles de la foto tal como se muestra (con la orientación EXIF aplicada). Las fotos solo se leen.</translation>
    </message>
    <message>
        <source>veil-cli detect: give at least one file; --format is csv or json</source>
        <translation>veil-cli detect: indique al menos un archivo; --format es csv o json</translation>
    </message>
    <message>
        <source>Folder with the images.</source>
        <translation>Carpeta con las imágenes.</translation>
    </message>
    <message>
        <source>Ground truth: file,x,y,w,h[,...] in displayed pixels.</source>
        <translation>Datos de referencia: archivo,x,y,an,al[,...] en píxeles mostrados.</translation>
    </message>
    <message>
        <source>Growth of each detection about its centre (default 1.3).</source>
        <translation>Ampliación de cada detección alrededor de su centro (1,3 por defecto).</translation>
    </message>
    <message>
        <source>Also write the detections measured, as CSV (for face_coverage.py).</source>
        <translation>Escribe también las detecciones medidas, en CSV (para face_coverage.py).</translation>
    </message>
    <message>
        <source>Measures how many known faces the detections would hide, with the metric of face_coverage.py, and the detection time per photo.</source>
        <translation>Mide cuántas caras conocidas ocultarían las detecciones, con la métrica de face_coverage.py, y el tiempo de detección por foto.</translation>
    </message>
    <message>
        <source>veil-cli eval: give --images DIR and --faces FACES.csv (and a positive --mask-scale)</source>
        <translation>veil-cli eval: indique --images CARPETA y --faces CARAS.csv (y un --mask-scale positivo)</translation>
    </message>
    <message>
        <source>veil-cli eval: %1</source>
        <translation>veil-cli eval: %1</translation>
    </message>
    <message>
        <source>veil-cli eval: %1: %2</source>
        <translation>veil-cli eval: %1: %2</translation>
    </message>
    <message>
        <source>%1 photos, preset %2: median %3 ms CPU (all threads) and %4 ms wall per photo, decoding included</source>
        <translation>%1 fotos, ajuste %2: mediana de %3 ms de CPU (todos los hilos) y %4 ms de tiempo real por foto, decodificación incluida</translation>
    </message>
</context>
<context>
    <name>veil::cli::DetectorArgs</name>
    <message>
        <source>Detection preset: fast, balanced (default), thorough.</source>
        <translation>Ajuste de detección: fast (rápido), balanced (equilibrado, por defecto), thorough (minucioso).</translation>
    </message>
    <message>
        <source>Score from which a face is certain (0..1; default: the preset&apos;s).</source>
        <translation>Puntuación a partir de la cual una cara es segura (0..1; por defecto: la del ajuste).</translation>
    </message>
    <message>
        <source>OpenCV threads (default: OpenCV&apos;s choice).</source>
        <translation>Hilos de OpenCV (por defecto: los que elija OpenCV).</translation>
    </message>
    <message>
        <source>veil-cli %1: unknown preset &apos;%2&apos; (fast, balanced, thorough)</source>
        <translation>veil-cli %1: ajuste desconocido «%2» (fast, balanced, thorough)</translation>
    </message>
    <message>
        <source>veil-cli %1: --threshold wants a number from 0 to 1</source>
        <translation>veil-cli %1: --threshold espera un número de 0 a 1</translation>
    </message>
    <message>
        <source>veil-cli %1: --threads wants a positive number</source>
        <translation>veil-cli %1: --threads espera un número positivo</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>veil::sync</name>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation>%1: falló la conexión segura: %2</translation>
    </message>
    <message>
        <source>%1: server unreachable: %2</source>
        <translation>%1: servidor inaccesible: %2</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1: sin respuesta: %2</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation>%1: la respuesta no es JSON</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>the server refused the token (%1)</source>
        <translation>el servidor rechazó el token (%1)</translation>
    </message>
    <message>
        <source>the server does not know this account (HTTP 404: %1)</source>
        <translation>el servidor no conoce esta cuenta (HTTP 404: %1)</translation>
    </message>
</context>
<context>
    <name>veil::sync::ApiClient</name>
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation>upload-url/get: la respuesta no tiene url ni objectName</translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation>submit: la respuesta no tiene identificador de imagen</translation>
    </message>
</context>
<context>
    <name>veil::sync::SyncEngine</name>
    <message>
        <source>cannot write the sync outbox: %1</source>
        <translation>no se puede escribir la bandeja de salida de la sincronización: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file to push: %2</source>
        <translation>%1: no se puede leer el archivo que se va a enviar: %2</translation>
    </message>
    <message>
        <source>%1: the processed image is not a readable image</source>
        <translation>%1: la imagen procesada no es una imagen legible</translation>
    </message>
    <message>
        <source>%1: cannot save the processed image: %2</source>
        <translation>%1: no se puede guardar la imagen procesada: %2</translation>
    </message>
    <message>
        <source>downloaded the processed image %1</source>
        <translation>imagen procesada %1 descargada</translation>
    </message>
</context>
<context>
    <name>veil::ui::MainWindow</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>No se pudo abrir la biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the library</source>
        <translation>
            <numerusform>%n foto en la biblioteca</numerusform>
            <numerusform>%n fotos en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Fotos pendientes de revisar</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left to review</source>
        <translation>
            <numerusform>%n foto pendiente de revisar</numerusform>
            <numerusform>%n fotos pendientes de revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n foto importada</numerusform>
            <numerusform>%n fotos importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n ya en la biblioteca</numerusform>
            <numerusform>%n ya en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelado)</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) archived</source>
        <translation>
            <numerusform>%n foto archivada</numerusform>
            <numerusform>%n fotos archivadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored</source>
        <translation>
            <numerusform>%n foto restaurada</numerusform>
            <numerusform>%n fotos restauradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Etiquetas, separadas por comas:</translation>
    </message>
    <message>
        <source>Photo %1: tags not saved: %2</source>
        <translation>Foto %1: etiquetas no guardadas: %2</translation>
    </message>
    <message>
        <source>%1: no perceptual hash yet (its thumbnail could not be read)</source>
        <translation>%1: todavía no tiene hash perceptual (no se pudo leer su miniatura)</translation>
    </message>
    <message>
        <source>Photos similar to %1 (Esc shows all)</source>
        <translation>Fotos parecidas a %1 (Esc muestra todas)</translation>
    </message>
</context>
</TS>
