<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Choice</name>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Minucioso</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Desenfocar</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pixelar</translation>
    </message>
    <message>
        <source>Solid fill</source>
        <translation>Relleno sólido</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Same as the original</source>
        <translation>Igual que el original</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>Remove all metadata</source>
        <translation>Quitar todos los metadatos</translation>
    </message>
    <message>
        <source>Keep safe metadata (date, orientation, colour)</source>
        <translation>Conservar los metadatos seguros (fecha, orientación, color)</translation>
    </message>
</context>
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
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>resume interrupted anonymize batches (each photo written once)</source>
        <translation>reanudar los lotes de anonimización interrumpidos (cada foto se escribe una vez)</translation>
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
        <source>veil-cli anonymize: %1</source>
        <translation>veil-cli anonymize: %1</translation>
    </message>
    <message>
        <source>give the output folder with -o OUTDIR</source>
        <translation>indique la carpeta de salida con -o CARPETA_SALIDA</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (blur, pixelate or solid)</source>
        <translation>método desconocido «%1» (blur, pixelate o solid)</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos; (ellipse or rect)</source>
        <translation>forma desconocida «%1» (ellipse o rect)</translation>
    </message>
    <message>
        <source>--mask-scale must be a number from 1 to 4</source>
        <translation>--mask-scale debe ser un número de 1 a 4</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (fast, balanced or thorough)</source>
        <translation>ajuste desconocido «%1» (fast, balanced o thorough)</translation>
    </message>
    <message>
        <source>--keep-metadata is none or safe</source>
        <translation>--keep-metadata es none o safe</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jpeg, png or webp)</source>
        <translation>formato desconocido «%1» (jpeg, png o webp)</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100</source>
        <translation>--quality debe estar entre 1 y 100</translation>
    </message>
    <message>
        <source>--jobs must be from 1 to 64</source>
        <translation>--jobs debe estar entre 1 y 64</translation>
    </message>
    <message>
        <source>The folder the exports are written to.</source>
        <translation>La carpeta donde se escriben las exportaciones.</translation>
    </message>
    <message>
        <source>blur (default), pixelate or solid.</source>
        <translation>blur (desenfocar, por defecto), pixelate (pixelar) o solid (relleno sólido).</translation>
    </message>
    <message>
        <source>ellipse (default) or rect.</source>
        <translation>ellipse (elipse, por defecto) o rect (rectángulo).</translation>
    </message>
    <message>
        <source>Grow each face box by this factor (default 1.3).</source>
        <translation>Amplía cada recuadro de cara por este factor (1,3 por defecto).</translation>
    </message>
    <message>
        <source>none (default) or safe: date taken, camera make/model and exposure. Never GPS or thumbnails.</source>
        <translation>none (ninguno, por defecto) o safe: fecha de toma, marca/modelo de cámara y exposición. Nunca GPS ni miniaturas.</translation>
    </message>
    <message>
        <source>jpeg, png or webp (default: like the input; JPEG for HEIF/TIFF/BMP).</source>
        <translation>jpeg, png o webp (por defecto: como la entrada; JPEG para HEIF/TIFF/BMP).</translation>
    </message>
    <message>
        <source>JPEG/WebP quality (default 92).</source>
        <translation>Calidad JPEG/WebP (92 por defecto).</translation>
    </message>
    <message>
        <source>Output name template (default {name}_anon.{ext}).</source>
        <translation>Plantilla de nombre de salida (por defecto {name}_anon.{ext}).</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: one per core).</source>
        <translation>Fotos procesadas en paralelo (por defecto: una por núcleo).</translation>
    </message>
    <message>
        <source>Write a JSON report of every photo to FILE.</source>
        <translation>Escribe un informe JSON de cada foto en ARCHIVO.</translation>
    </message>
    <message>
        <source>Replace existing outputs (never an original).</source>
        <translation>Reemplaza las salidas existentes (nunca un original).</translation>
    </message>
    <message>
        <source>JPEG: re-encode the whole image instead of only the face blocks.</source>
        <translation>JPEG: recodifica toda la imagen en lugar de solo los bloques de las caras.</translation>
    </message>
    <message>
        <source>Skip the check of each written file (not recommended).</source>
        <translation>Omite la comprobación de cada archivo escrito (no recomendado).</translation>
    </message>
    <message>
        <source>INPUT... are library photo ids (none: all); use their reviewed boxes instead of detecting.</source>
        <translation>ENTRADA... son identificadores de fotos de la biblioteca (ninguno: todas); usa sus recuadros revisados en lugar de detectar.</translation>
    </message>
    <message>
        <source>Detects faces, anonymizes them, strips identifying metadata, writes the result to OUTDIR and verifies it. Originals are only read.</source>
        <translation>Detecta caras, las anonimiza, quita los metadatos identificativos, escribe el resultado en CARPETA_SALIDA y lo verifica. Los originales solo se leen.</translation>
    </message>
    <message>
        <source>veil-cli anonymize: give at least one file or folder</source>
        <translation>veil-cli anonymize: indique al menos un archivo o una carpeta</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot record the batch in the library: %1</source>
        <translation>veil-cli anonymize: no se puede registrar el lote en la biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n cara anonimizada)</numerusform>
            <numerusform>%1 -&gt; %2 (%n caras anonimizadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exported, %2 failed</source>
        <translation>%1 exportadas, %2 fallidas</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot write the report %1: %2</source>
        <translation>veil-cli anonymize: no se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>no photo %1 in the library</source>
        <translation>no hay ninguna foto %1 en la biblioteca</translation>
    </message>
    <message>
        <source>photo %1 has not been reviewed (status %2): detect and review it first, or anonymize the file without --from-library</source>
        <translation>la foto %1 no se ha revisado (estado %2): detéctela y revísela primero, o anonimice el archivo sin --from-library</translation>
    </message>
    <message>
        <source>%1 would also be written by %2; rename one or change the name template</source>
        <translation>%1 también lo escribiría %2; cambie el nombre de uno o la plantilla de nombre</translation>
    </message>
    <message>
        <source>anonymize faces and metadata, export and verify (files, folders, library)</source>
        <translation>anonimizar caras y metadatos, exportar y verificar (archivos, carpetas, biblioteca)</translation>
    </message>
    <message>
        <source>push photos to the face-blur service, track them, pull the results</source>
        <translation>enviar fotos al servicio de desenfoque de caras, seguirlas, descargar los resultados</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: 2).</source>
        <translation>Fotos procesadas en paralelo (por defecto: 2).</translation>
    </message>
    <message>
        <source>Write a JSON report of the whole batch.</source>
        <translation>Escribe un informe JSON de todo el lote.</translation>
    </message>
    <message>
        <source>Batches to resume (default: every unfinished one).</source>
        <translation>Lotes que se reanudarán (por defecto: todos los sin terminar).</translation>
    </message>
    <message>
        <source>veil-cli resume: --jobs needs a number from 1 to 64</source>
        <translation>veil-cli resume: --jobs necesita un número de 1 a 64</translation>
    </message>
    <message>
        <source>No unfinished batches.</source>
        <translation>No hay lotes sin terminar.</translation>
    </message>
    <message>
        <source>veil-cli resume: no batch %1</source>
        <translation>veil-cli resume: no existe el lote %1</translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 is a %2 batch, which cannot be resumed here</source>
        <translation>veil-cli resume: el lote %1 es un lote de %2, que no se puede reanudar aquí</translation>
    </message>
    <message>
        <source>Resuming batch %1: %2 of %3 photos left</source>
        <translation>Reanudando el lote %1: quedan %2 de %3 fotos</translation>
    </message>
    <message>
        <source>batch %1: %2 exported, %3 failed%4</source>
        <translation>lote %1: %2 exportadas, %3 fallidas%4</translation>
    </message>
    <message>
        <source>veil-cli resume: cannot write the report %1: %2</source>
        <translation>veil-cli resume: no se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <source>no token stored for %1</source>
        <translation>no hay ningún token guardado para %1</translation>
    </message>
    <message>
        <source> (set VEIL_SYNC_TOKEN or run: veil-cli sync --server URL token &lt; token.txt)</source>
        <translation> (defina VEIL_SYNC_TOKEN o ejecute: veil-cli sync --server URL token &lt; token.txt)</translation>
    </message>
    <message>
        <source>%1: error: cannot import: %2</source>
        <translation>%1: error: no se puede importar: %2</translation>
    </message>
    <message>
        <source>%1: error: no such photo id or file</source>
        <translation>%1: error: no existe ese identificador de foto ni ese archivo</translation>
    </message>
    <message>
        <source>%1: on the server as %2 (%3)</source>
        <translation>%1: en el servidor como %2 (%3)</translation>
    </message>
    <message>
        <source>%1: error: not pushed yet (%2): %3</source>
        <translation>%1: error: todavía no enviada (%2): %3</translation>
    </message>
    <message>
        <source>veil-cli sync: %1</source>
        <translation>veil-cli sync: %1</translation>
    </message>
    <message>
        <source>veil-cli sync: %1 not pushed; run the same command again to finish</source>
        <translation>veil-cli sync: %1 sin enviar; vuelva a ejecutar la misma orden para terminar</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images: %1</source>
        <translation>veil-cli sync: no se pudieron listar las imágenes del servidor: %1</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>el servidor no respondió</translation>
    </message>
    <message>
        <source>veil-cli sync: cannot create %1</source>
        <translation>veil-cli sync: no se puede crear %1</translation>
    </message>
    <message>
        <source>%1: error: cannot copy to %2</source>
        <translation>%1: error: no se puede copiar a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: error: download failed: %2</source>
        <translation>%1: error: la descarga falló: %2</translation>
    </message>
    <message>
        <source>%1: the server failed to process it</source>
        <translation>%1: el servidor no pudo procesarla</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images</source>
        <translation>veil-cli sync: no se pudieron listar las imágenes del servidor</translation>
    </message>
    <message>
        <source>veil-cli sync token: give the token on standard input</source>
        <translation>veil-cli sync token: proporcione el token por la entrada estándar</translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation>token guardado en el llavero del sistema para %1</translation>
    </message>
    <message>
        <source>The face-blur service (https://...).</source>
        <translation>El servicio de desenfoque de caras (https://...).</translation>
    </message>
    <message>
        <source>push: send the original files instead of their anonymized exports.</source>
        <translation>push: envía los archivos originales en lugar de sus exportaciones anonimizadas.</translation>
    </message>
    <message>
        <source>status: print as JSON.</source>
        <translation>status: muestra en JSON.</translation>
    </message>
    <message>
        <source>pull: the folder for the processed images.</source>
        <translation>pull: la carpeta para las imágenes procesadas.</translation>
    </message>
    <message>
        <source>push FILE_OR_ID..., status, pull -o DIR, or token (reads it from stdin).</source>
        <translation>push ARCHIVO_O_ID..., status, pull -o CARPETA, o token (lo lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>Syncs with the face-blur service. The token comes from VEIL_SYNC_TOKEN or the system keychain. Exit code 4: the server refused the token or account.</source>
        <translation>Sincroniza con el servicio de desenfoque de caras. El token procede de VEIL_SYNC_TOKEN o del llavero del sistema. Código de salida 4: el servidor rechazó el token o la cuenta.</translation>
    </message>
    <message>
        <source>veil-cli sync: --server URL is required</source>
        <translation>veil-cli sync: --server URL es obligatorio</translation>
    </message>
    <message>
        <source>veil-cli sync: give an action: push, status, pull or token</source>
        <translation>veil-cli sync: indique una acción: push, status, pull o token</translation>
    </message>
    <message>
        <source>veil-cli sync push: give at least one photo id or file</source>
        <translation>veil-cli sync push: indique al menos un identificador de foto o un archivo</translation>
    </message>
    <message>
        <source>veil-cli sync pull: -o DIR is required</source>
        <translation>veil-cli sync pull: -o CARPETA es obligatorio</translation>
    </message>
    <message>
        <source>%1: error: photo %2 has no verified anonymized export; export it first (veil-cli anonymize --from-library %2 -o DIR) or send the original with --originals</source>
        <translation>%1: error: la foto %2 no tiene ninguna exportación anonimizada verificada; expórtela primero (veil-cli anonymize --from-library %2 -o DIR) o envíe el original con --originals</translation>
    </message>
    <message>
        <source>Detection preset: balanced (default: every photo at full resolution, faces from 16 px), fast (large photos at reduced size: quicker, misses small faces) or thorough (up to twice the size: a few more small faces, more false boxes, 1.6-4 times the time).</source>
        <translation>Ajuste de detección: balanced (por defecto: cada foto a resolución completa, caras desde 16 px), fast (fotos grandes a tamaño reducido: más rápido, se le escapan caras pequeñas) o thorough (hasta el doble de tamaño: algunas caras pequeñas más, más recuadros falsos, de 1,6 a 4 veces el tiempo).</translation>
    </message>
    <message numerus="yes">
        <source>Continuing batch %1: %2 of %n photo(s) left</source>
        <translation>
            <numerusform>Continuando el lote %1: quedan %2 de %n foto</numerusform>
            <numerusform>Continuando el lote %1: quedan %2 de %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (exported earlier, by batch %3)</source>
        <translation>%1 -&gt; %2 (exportada antes, por el lote %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n photo(s) done. Run the same command again, or `veil-cli resume %2`, to finish batch %2.</source>
        <translation>
            <numerusform>Detenido: %1 de %n foto hecha. Ejecute de nuevo la misma orden, o `veil-cli resume %2`, para terminar el lote %2.</numerusform>
            <numerusform>Detenido: %1 de %n fotos hechas. Ejecute de nuevo la misma orden, o `veil-cli resume %2`, para terminar el lote %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the photos in progress (Ctrl-C again to stop sooner)…</source>
        <translation>Deteniendo tras las fotos en curso (Ctrl-C otra vez para detener antes)…</translation>
    </message>
    <message>
        <source>Detection preset: fast, balanced (default), thorough (see above).</source>
        <translation>Ajuste de detección: fast, balanced (por defecto), thorough (véase arriba).</translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.

Presets:
  balanced  (default) looks at every photo at its full resolution: faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 s of one core for a 12-megapixel photo.
  fast      looks at photos of more than 3 megapixels at reduced size: about 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.
  thorough  as balanced, with photos looked at up to twice their size: a few more small faces, more false boxes, 1.6 times the time on 12-megapixel photos (4 times on small ones).</source>
        <translation>Detecta caras. Los recuadros están en píxeles de la foto tal como se muestra (con la orientación EXIF aplicada). Las fotos solo se leen.

Ajustes:
  balanced  (por defecto) examina cada foto a su resolución completa: caras desde 16 píxeles de alto, sea cual sea el tamaño de la foto. Unos 2,5 s de un núcleo por una foto de 12 megapíxeles.
  fast      examina las fotos de más de 3 megapíxeles a tamaño reducido: unas 2,5 veces más rápido en fotos de 12 megapíxeles, pero ahí se le escapan unas 3 de cada 10 caras de 16-32 píxeles. Revise cada foto.
  thorough  como balanced, examinando las fotos hasta al doble de su tamaño: algunas caras pequeñas más, más recuadros falsos, 1,6 veces el tiempo en fotos de 12 megapíxeles (4 veces en las pequeñas).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped (Ctrl-C) after %1 of %n photo(s); run detect again on the others.</source>
        <translation>
            <numerusform>Detenido (Ctrl-C) tras %1 de %n foto; ejecute detect de nuevo con las demás.</numerusform>
            <numerusform>Detenido (Ctrl-C) tras %1 de %n fotos; ejecute detect de nuevo con las demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>A labelled set: DIR/images and DIR/faces.csv (e.g. ../shared/data/wider-native or ../shared/data/wider-dev).</source>
        <translation>Un conjunto etiquetado: DIR/images y DIR/faces.csv (p. ej. ../shared/data/wider-native o ../shared/data/wider-dev).</translation>
    </message>
    <message>
        <source>Which detections hide faces: blurred (default: certain and uncertain ones, what anonymize blurs without review), certain (certain ones alone), or both (two reports, blurred last).</source>
        <translation>Qué detecciones ocultan caras: blurred (por defecto: las seguras y las dudosas, lo que anonymize desenfoca sin revisión), certain (solo las seguras) o both (dos informes, blurred el último).</translation>
    </message>
    <message>
        <source>veil-cli eval: give --set DIR, or --images DIR and --faces FACES.csv (and a positive --mask-scale; --count is blurred, certain or both)</source>
        <translation>veil-cli eval: indique --set DIR, o --images DIR y --faces FACES.csv (y un --mask-scale positivo; --count es blurred, certain o both)</translation>
    </message>
    <message>
        <source># certain detections alone</source>
        <translation># solo detecciones seguras</translation>
    </message>
    <message>
        <source># certain and uncertain detections (what anonymize blurs without review)</source>
        <translation># detecciones seguras y dudosas (lo que anonymize desenfoca sin revisión)</translation>
    </message>
    <message>
        <source>Stopped (Ctrl-C): run the same import again to go on; photos already imported are recognised as duplicates.</source>
        <translation>Detenido (Ctrl-C): ejecute de nuevo la misma importación para continuar; las fotos ya importadas se reconocen como duplicadas.</translation>
    </message>
    <message>
        <source>%1/%2 photos  %3 photos/s  ETA %4</source>
        <translation>%1/%2 fotos  %3 fotos/s  tiempo restante %4</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n photo(s) done in %2 (%3 photos/s), %4 failed</source>
        <translation>
            <numerusform>%1 de %n foto hecha en %2 (%3 fotos/s), %4 fallidas</numerusform>
            <numerusform>%1 de %n fotos hechas en %2 (%3 fotos/s), %4 fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2 -&gt; %3</source>
        <translation>trabajo %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(library)</source>
        <translation>(biblioteca)</translation>
    </message>
    <message>
        <source>settings: %1, %2, preset %3%4</source>
        <translation>configuración: %1, %2, ajuste %3%4</translation>
    </message>
    <message>
        <source>, reviewed boxes</source>
        <translation>, recuadros revisados</translation>
    </message>
    <message>
        <source>List the unfinished batches (job, inputs, output folder, progress, state) and stop.</source>
        <translation>Lista los lotes sin terminar (trabajo, entradas, carpeta de salida, progreso, estado) y termina.</translation>
    </message>
    <message>
        <source>superseded by batch %1 of the same job: resume closes it</source>
        <translation>reemplazado por el lote %1 del mismo trabajo: resume lo cierra</translation>
    </message>
    <message>
        <source>Batch %1: superseded by batch %2 of the same job, closed</source>
        <translation>Lote %1: reemplazado por el lote %2 del mismo trabajo, cerrado</translation>
    </message>
    <message>
        <source> (stopped; run `veil-cli resume` again to finish it)</source>
        <translation> (detenido; ejecute `veil-cli resume` de nuevo para terminarlo)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), %1 waiting in the outbox</source>
        <translation>
            <numerusform>%n foto, %1 esperando en la bandeja de salida</numerusform>
            <numerusform>%n fotos, %1 esperando en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1, %2 still on the way</source>
        <translation>
            <numerusform>%n resultado en %1, %2 todavía en camino</numerusform>
            <numerusform>%n resultados en %1, %2 todavía en camino</numerusform>
        </translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 was started by another face detector (another version of Veil or other model files). Its remaining photos are detected with this one; to redo the photos it finished as well, run its anonymize command again.</source>
        <translation>veil-cli resume: el lote %1 se inició con otro detector de caras (otra versión de Veil u otros archivos de modelo). Sus fotos restantes se detectan con este; para rehacer también las fotos ya terminadas, vuelva a ejecutar su orden anonymize.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened,
4 the batch is being run by another process.
</source>
        <translation>
Códigos de salida: 0 éxito, 1 error de uso, 2 algunos archivos fallaron, 3 no se puede abrir la biblioteca,
4 otro proceso está ejecutando el lote.
</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation>en curso (PID %1)</translation>
    </message>
    <message>
        <source>running (pid %1 on %2)</source>
        <translation>en curso (PID %1 en %2)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %2, %3 of %n photo(s) done (%4 failed), %5, started %6</source>
        <translation>
            <numerusform>Lote %1: %2, %3 de %n foto terminada (%4 fallidas), %5, iniciado %6</numerusform>
            <numerusform>Lote %1: %2, %3 de %n fotos terminadas (%4 fallidas), %5, iniciado %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). Finished photos are not written again. A batch another process is running is left to it (exit code 4).</source>
        <translation>Reanuda los lotes de anonimización interrumpidos (un fallo, un kill, Ctrl+C). Las fotos terminadas no se vuelven a escribir. Un lote que ejecuta otro proceso se le deja a él (código de salida 4).</translation>
    </message>
    <message>
        <source>veil-cli resume: %1</source>
        <translation>veil-cli resume: %1</translation>
    </message>
    <message>
        <source>Batch %1: finished meanwhile by another process</source>
        <translation>Lote %1: terminado mientras tanto por otro proceso</translation>
    </message>
    <message>
        <source>veil-cli list: %1</source>
        <translation>veil-cli list: %1</translation>
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
    <message>
        <source>no output path</source>
        <translation>no hay ruta de salida</translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation>la ruta de salida es la propia entrada; los originales nunca se escriben</translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation>se pidió recodificar (--reencode)</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la verificación falló: %1</translation>
    </message>
    <message>
        <source>the lossless JPEG path failed: %1</source>
        <translation>la vía JPEG sin pérdidas falló: %1</translation>
    </message>
    <message>
        <source>%1 of %2 MCUs re-encoded</source>
        <translation>%1 de %2 MCU recodificadas</translation>
    </message>
    <message>
        <source>the face detector could not check it: %1</source>
        <translation>el detector de caras no pudo comprobarlo: %1</translation>
    </message>
    <message>
        <source>the image decodes at %1x%2 pixels, its header says %3x%4</source>
        <translation>la imagen se decodifica a %1x%2 píxeles, su cabecera indica %3x%4</translation>
    </message>
    <message>
        <source>%1 not exported: %2 exists already and was not replaced</source>
        <translation>%1 no exportada: %2 ya existe y no se ha reemplazado</translation>
    </message>
    <message>
        <source>the original pixels of a region were not kept</source>
        <translation>no se conservaron los píxeles originales de una región</translation>
    </message>
    <message>
        <source>a region (%1x%2 pixels) is too small for the reduced decode</source>
        <translation>una región (%1x%2 píxeles) es demasiado pequeña para la decodificación reducida</translation>
    </message>
    <message>
        <source>a region lies outside the written image</source>
        <translation>una región queda fuera de la imagen escrita</translation>
    </message>
    <message>
        <source>the anonymized regions could not be compared with the original: %1</source>
        <translation>las regiones anonimizadas no se pudieron comparar con el original: %1</translation>
    </message>
    <message>
        <source>the box at %1,%2 (%3x%4 pixels)</source>
        <translation>el recuadro en %1,%2 (%3x%4 píxeles)</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymized region(s) left visible, still carrying the original&apos;s detail (up to %1%): %2</source>
        <translation>
            <numerusform>%n región anonimizada quedó visible, aún conserva el detalle del original (hasta %1 %): %2</numerusform>
            <numerusform>%n regiones anonimizadas quedaron visibles, aún conservan el detalle del original (hasta %1 %): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>batch %1 cannot be locked for this process: no permission to create %2</source>
        <translation>no se puede bloquear el lote %1 para este proceso: sin permiso para crear %2</translation>
    </message>
    <message>
        <source>batch %1 cannot be locked for this process: %2 cannot be created</source>
        <translation>no se puede bloquear el lote %1 para este proceso: no se puede crear %2</translation>
    </message>
    <message>
        <source>batch %1 is being taken by another process; try again in a moment</source>
        <translation>otro proceso está tomando el lote %1; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on this machine; wait for it to finish or stop it</source>
        <translation>el lote %1 lo está ejecutando %2 (PID %3) en este equipo; espere a que termine o deténgalo</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on %4; wait for it to finish or stop it (if it no longer runs there, delete %5)</source>
        <translation>el lote %1 lo está ejecutando %2 (PID %3) en %4; espere a que termine o deténgalo (si ya no se ejecuta allí, borre %5)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anonymize faces and metadata in photos</source>
        <translation>Anonimizar caras y metadatos en fotos</translation>
    </message>
    <message>
        <source>The library file to open.</source>
        <translation>El archivo de biblioteca que se abrirá.</translation>
    </message>
    <message>
        <source>Save the window as PNG and quit.</source>
        <translation>Guarda la ventana como PNG y sale.</translation>
    </message>
    <message>
        <source>Photos or folders to import.</source>
        <translation>Fotos o carpetas que se importarán.</translation>
    </message>
    <message>
        <source>library, library-menu, editor, statistics, export or export-done.</source>
        <translation>library, library-menu, editor, statistics, export o export-done.</translation>
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
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation>upload-url/get: la respuesta no tiene url ni objectName</translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation>submit: la respuesta no tiene identificador de imagen</translation>
    </message>
    <message>
        <source>Sync: waiting to be sent</source>
        <translation>Sincronización: esperando el envío</translation>
    </message>
    <message>
        <source>Sync: processing on the server</source>
        <translation>Sincronización: procesándose en el servidor</translation>
    </message>
    <message>
        <source>Sync: processed by the server</source>
        <translation>Sincronización: procesada por el servidor</translation>
    </message>
    <message>
        <source>Sync: processed, result downloaded</source>
        <translation>Sincronización: procesada, resultado descargado</translation>
    </message>
    <message>
        <source>Sync: the server could not process it</source>
        <translation>Sincronización: el servidor no pudo procesarla</translation>
    </message>
    <message>
        <source>Sync: sending failed</source>
        <translation>Sincronización: falló el envío</translation>
    </message>
    <message>
        <source>Sync: being sent</source>
        <translation>Sincronización: enviándose</translation>
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
    <message>
        <source>photo %1 (no longer in the library)</source>
        <translation>foto %1 (ya no está en la biblioteca)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>Detección de caras</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>Anonimización</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Eliminación</translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Uncertain</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Possible face</source>
        <translation>Posible cara</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>Desenfocada</translation>
    </message>
    <message>
        <source>Kept visible</source>
        <translation>Dejada visible</translation>
    </message>
    <message>
        <source>drawn by you</source>
        <translation>dibujada por usted</translation>
    </message>
    <message>
        <source>detector %1%</source>
        <translation>detector %1%</translation>
    </message>
    <message>
        <source>blurred unless N</source>
        <translation>desenfocada salvo con N</translation>
    </message>
    <message>
        <source>visible unless Y</source>
        <translation>visible salvo con Y</translation>
    </message>
    <message>
        <source>Click to zoom to this face. Y blurs it, N rejects it, K keeps it visible, Del deletes it.</source>
        <translation>Haga clic para ampliar esta cara. Y la desenfoca, N la rechaza, K la deja visible, Del la elimina.</translation>
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
    <name>veil::LosslessJpeg</name>
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
        <source>truncated or corrupt JPEG data: DCT coefficient out of range in component %1, block row %2</source>
        <translation>datos JPEG truncados o dañados: coeficiente DCT fuera de rango en el componente %1, fila de bloques %2</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle this JPEG: %1</source>
        <translation>la vía JPEG sin pérdidas no admite este JPEG: %1</translation>
    </message>
    <message>
        <source>the decoded image is %1x%2 pixels, the JPEG %3x%4</source>
        <translation>la imagen decodificada es de %1x%2 píxeles, el JPEG de %3x%4</translation>
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
    <message>
        <source>Detect faces</source>
        <translation>Detectar caras</translation>
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
    <name>veil::ui::ActivityDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation>Exportar el registro de actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se pudo escribir: %2</translation>
    </message>
</context>
<context>
    <name>veil::ui::DetectJob</name>
    <message>
        <source>%1: faces not saved: %2</source>
        <translation>%1: caras no guardadas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n face(s) found</source>
        <translation>
            <numerusform>%1: %n cara encontrada</numerusform>
            <numerusform>%1: %n caras encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n dudosa</numerusform>
            <numerusform>%n dudosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n posible cara</numerusform>
            <numerusform>%n posibles caras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::EditorPage</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Editor tools</source>
        <translation>Herramientas del editor</translation>
    </message>
    <message>
        <source>Back to library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisada</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the anonymization (hold Space to see the original)</source>
        <translation>Mostrar la anonimización (mantenga pulsada la barra espaciadora para ver el original)</translation>
    </message>
    <message>
        <source>Faces in this photo</source>
        <translation>Caras de esta foto</translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Fotos pendientes de revisar</translation>
    </message>
    <message>
        <source>photo %1 is no longer in the library</source>
        <translation>la foto %1 ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
    <message>
        <source>Photo %1: the faces could not be saved: %2</source>
        <translation>Foto %1: no se pudieron guardar las caras: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain face(s) still to accept (Y) or reject (N)</source>
        <translation>
            <numerusform>queda %n cara dudosa por aceptar (Y) o rechazar (N)</numerusform>
            <numerusform>quedan %n caras dudosas por aceptar (Y) o rechazar (N)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect faces</source>
        <translation>Detectar caras</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Buscando caras…</translation>
    </message>
    <message numerus="yes">
        <source>%n new face(s) found</source>
        <translation>
            <numerusform>%n cara nueva encontrada</numerusform>
            <numerusform>%n caras nuevas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed, next photo</source>
        <translation>Revisada, foto siguiente</translation>
    </message>
    <message>
        <source>Mask view</source>
        <translation>Vista de máscaras</translation>
    </message>
    <message>
        <source>Show the photo unblurred with exactly what the export will blur: each mask (hatched) and how far its blur reaches (dashed). Faces without a mask stay visible.</source>
        <translation>Muestra la foto sin desenfocar con exactamente lo que desenfocará la exportación: cada máscara (rayada) y hasta dónde llega su desenfoque (discontinuo). Las caras sin máscara quedan visibles.</translation>
    </message>
    <message>
        <source>Next uncertain face</source>
        <translation>Siguiente cara dudosa</translation>
    </message>
    <message>
        <source>Next possible face</source>
        <translation>Siguiente posible cara</translation>
    </message>
    <message>
        <source>Every box in this photo, undecided ones first. Click one to zoom to it; Y blurs, N rejects, K keeps visible, Del deletes.</source>
        <translation>Todos los recuadros de esta foto, los no decididos primero. Haga clic en uno para ampliarlo; Y desenfoca, N rechaza, K deja visible, Del elimina.</translation>
    </message>
    <message>
        <source>Faces to decide and zoom</source>
        <translation>Caras por decidir y ampliar</translation>
    </message>
    <message>
        <source>Drag on the photo to add a box. Y/N accept/reject a candidate, U goes to the next uncertain one, O to the next possible face; Del deletes, K keeps/blurs, M shows the masks, hold Space for the original.</source>
        <translation>Arrastre sobre la foto para añadir un recuadro. Y/N aceptan/rechazan un candidato, U va al siguiente dudoso, O a la siguiente posible cara; Del elimina, K deja visible/desenfoca, M muestra las máscaras, mantenga pulsado Space para ver el original.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n dudosa</numerusform>
            <numerusform>%n dudosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n posible cara</numerusform>
            <numerusform>%n posibles caras</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Uncertain faces are blurred unless you reject them (N); possible faces stay visible unless you accept them (Y). U and O step through them.</source>
        <translation>Las caras dudosas se desenfocan salvo que las rechace (N); las posibles caras quedan visibles salvo que las acepte (Y). U y O las recorren.</translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining and next</source>
        <translation>
            <numerusform>Desenfocar %n restante y siguiente</numerusform>
            <numerusform>Desenfocar %n restantes y siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur the %n remaining uncertain candidate(s), mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>
            <numerusform>Desenfocar el %n candidato dudoso restante, marcar esta foto como revisada e ir a la foto siguiente (Ctrl+Return)</numerusform>
            <numerusform>Desenfocar los %n candidatos dudosos restantes, marcar esta foto como revisada e ir a la foto siguiente (Ctrl+Return)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>Marcar esta foto como revisada e ir a la foto siguiente (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) stay visible unless you accept them (O, then Y).</source>
        <translation>
            <numerusform>%n posible cara queda visible salvo que la acepte (O, luego Y).</numerusform>
            <numerusform>%n posibles caras quedan visibles salvo que las acepte (O, luego Y).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new possible face(s)</source>
        <translation>
            <numerusform>%n posible cara nueva</numerusform>
            <numerusform>%n posibles caras nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining candidate(s)</source>
        <translation>
            <numerusform>Desenfocar %n candidato restante</numerusform>
            <numerusform>Desenfocar %n candidatos restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export state</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Exported with these boxes.</source>
        <translation>Exportada con estos recuadros.</translation>
    </message>
    <message>
        <source>The last export of this photo hid exactly the boxes shown here.</source>
        <translation>La última exportación de esta foto ocultó exactamente los recuadros mostrados aquí.</translation>
    </message>
    <message>
        <source>⚠ Changed since export: the exported file does not have these boxes. Export this photo again to publish them.</source>
        <translation>⚠ Modificada desde la exportación: el archivo exportado no tiene estos recuadros. Vuelva a exportar esta foto para publicarlos.</translation>
    </message>
    <message>
        <source>Boxes were added, removed, accepted or kept visible after the last export of this photo. Undo back to the exported boxes, or export again.</source>
        <translation>Se añadieron, quitaron, aceptaron o dejaron visibles recuadros después de la última exportación de esta foto. Deshaga hasta los recuadros exportados o vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportDialog</name>
    <message>
        <source>Replace existing exports</source>
        <translation>Reemplazar las exportaciones existentes</translation>
    </message>
    <message>
        <source>Check the output for faces left visible (slower)</source>
        <translation>Comprobar que no quedan caras visibles en el resultado (más lento)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Photo(s)</source>
        <translation>
            <numerusform>Exportar %n foto</numerusform>
            <numerusform>Exportar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>&amp;Forma de la máscara:</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>E&amp;scala de la máscara:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Calidad:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Me&amp;tadatos:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <source>Choose a destination folder and a file name pattern.</source>
        <translation>Elija una carpeta de destino y un patrón de nombres de archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The export could not be recorded in the library: %1</source>
        <translation>No se pudo registrar la exportación en la biblioteca: %1</translation>
    </message>
    <message>
        <source>Photo %1: no longer in the library</source>
        <translation>Foto %1: ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>%1 is also the output of %2</source>
        <translation>%1 es también la salida de %2</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} es el nombre del original, {ext} la extensión de salida (se añade al final cuando el patrón no la coloca)</translation>
    </message>
    <message>
        <source>Runs the face detector over every hidden region of the written file; an export in which it still finds a face is removed and reported.</source>
        <translation>Ejecuta el detector de caras sobre cada región oculta del archivo escrito; una exportación en la que todavía encuentre una cara se elimina y se notifica.</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n of these photos have not been accepted or rejected yet. They are blurred unless you review them; you will be asked on Export.</source>
        <translation>
            <numerusform>Hay candidatos en %n de estas fotos que todavía no se han aceptado ni rechazado. Se desenfocan salvo que los revise; se le preguntará al exportar.</numerusform>
            <numerusform>Hay candidatos en %n de estas fotos que todavía no se han aceptado ni rechazado. Se desenfocan salvo que los revise; se le preguntará al exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Undecided Candidates</source>
        <translation>Candidatos sin decidir</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) have not been accepted or rejected yet. Exported now, every candidate is blurred, and no one has checked these photos for missed faces.</source>
        <translation>
            <numerusform>Hay candidatos en %n foto que todavía no se han aceptado ni rechazado. Si se exporta ahora, todos los candidatos se desenfocan y nadie ha revisado esta foto en busca de caras no detectadas.</numerusform>
            <numerusform>Hay candidatos en %n fotos que todavía no se han aceptado ni rechazado. Si se exportan ahora, todos los candidatos se desenfocan y nadie ha revisado estas fotos en busca de caras no detectadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them First</source>
        <translation>Revisarlos primero</translation>
    </message>
    <message>
        <source>Blur Them and Export</source>
        <translation>Desenfocarlos y exportar</translation>
    </message>
    <message>
        <source>Skip These Photos</source>
        <translation>Omitir estas fotos</translation>
    </message>
    <message>
        <source>Every photo was skipped: nothing to export.</source>
        <translation>Se omitieron todas las fotos: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>The export was not run here: %1</source>
        <translation>La exportación no se ejecutó aquí: %1</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportSummary</name>
    <message>
        <source>exported as %1</source>
        <translation>exportada como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden</source>
        <translation>
            <numerusform>%n cara oculta</numerusform>
            <numerusform>%n caras ocultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them undecided candidate(s), hidden without review</source>
        <translation>
            <numerusform>%n de ellas, candidato sin decidir, oculto sin revisión</numerusform>
            <numerusform>%n de ellas, candidatos sin decidir, ocultos sin revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked: no face found in the %n hidden region(s)</source>
        <translation>
            <numerusform>comprobado: ninguna cara encontrada en la %n región oculta</numerusform>
            <numerusform>comprobado: ninguna cara encontrada en las %n regiones ocultas</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden regions not checked for faces</source>
        <translation>regiones ocultas no comprobadas en busca de caras</translation>
    </message>
    <message>
        <source>NOT exported: %1</source>
        <translation>NO exportada: %1</translation>
    </message>
    <message>
        <source>not exported (the export stopped before it)</source>
        <translation>no exportada (la exportación se detuvo antes)</translation>
    </message>
    <message numerus="yes">
        <source>the check still found %n face(s) in the hidden regions (score %1)</source>
        <translation>
            <numerusform>la comprobación todavía encontró %n cara en las regiones ocultas (puntuación %1)</numerusform>
            <numerusform>la comprobación todavía encontró %n caras en las regiones ocultas (puntuación %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata left in the file: %1</source>
        <translation>metadatos que quedan en el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) left visible by your choice</source>
        <translation>
            <numerusform>%n cara dejada visible por decisión suya</numerusform>
            <numerusform>%n caras dejadas visibles por decisión suya</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata kept: %1</source>
        <translation>metadatos conservados: %1</translation>
    </message>
    <message>
        <source>%1: skipped, it still has undecided candidates</source>
        <translation>%1: omitida, todavía tiene candidatos sin decidir</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n foto exportada a %1.</numerusform>
            <numerusform>%n fotos exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported.</source>
        <translation>
            <numerusform>%n foto no exportada.</numerusform>
            <numerusform>%n fotos no exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>The check looks only inside the hidden regions: a face without a box is not found by it. Look at every photo before you share it.</source>
        <translation>La comprobación solo mira dentro de las regiones ocultas: no encuentra una cara sin recuadro. Revise cada foto antes de compartirla.</translation>
    </message>
    <message>
        <source>Open the full report</source>
        <translation>Abrir el informe completo</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) not accepted, left visible</source>
        <translation>
            <numerusform>%n posible cara no aceptada, dejada visible</numerusform>
            <numerusform>%n posibles caras no aceptadas, dejadas visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already. To replace it, tick “Replace existing exports” and export again; or choose another folder or file names.</source>
        <translation>%1 ya existe. Para reemplazarlo, marque «Reemplazar las exportaciones existentes» y exporte de nuevo, o elija otra carpeta u otros nombres de archivo.</translation>
    </message>
    <message>
        <source>already exported as %1 with the same settings and boxes: left as it was, nothing written</source>
        <translation>ya exportada como %1 con los mismos ajustes y recuadros: se dejó como estaba, no se escribió nada</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already exported there earlier, unchanged.</source>
        <translation>
            <numerusform>%n foto ya exportada allí antes, sin cambios.</numerusform>
            <numerusform>%n fotos ya exportadas allí antes, sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>posición GPS</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>número de serie de la cámara</translation>
    </message>
    <message>
        <source>owner, author and copyright names</source>
        <translation>nombres de propietario, autor y copyright</translation>
    </message>
    <message>
        <source>unique image ID</source>
        <translation>identificador único de la imagen</translation>
    </message>
    <message>
        <source>embedded thumbnail</source>
        <translation>miniatura incrustada</translation>
    </message>
    <message>
        <source>descriptions and comments</source>
        <translation>descripciones y comentarios</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>notas del fabricante</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>Photoshop data</source>
        <translation>datos de Photoshop</translation>
    </message>
    <message>
        <source>JPEG comment</source>
        <translation>comentario JPEG</translation>
    </message>
    <message>
        <source>PNG text</source>
        <translation>texto PNG</translation>
    </message>
    <message>
        <source>PNG time stamp</source>
        <translation>marca de tiempo PNG</translation>
    </message>
    <message>
        <source>unreadable EXIF data</source>
        <translation>datos EXIF ilegibles</translation>
    </message>
    <message>
        <source>other EXIF data</source>
        <translation>otros datos EXIF</translation>
    </message>
    <message>
        <source>EXIF data</source>
        <translation>datos EXIF</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>fecha de captura</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marca y modelo de la cámara</translation>
    </message>
    <message>
        <source>exposure settings</source>
        <translation>ajustes de exposición</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientación</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>perfil de color</translation>
    </message>
    <message>
        <source>application data (APP%1 segment)</source>
        <translation>datos de aplicación (segmento APP%1)</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>no hay metadatos que quitar</translation>
    </message>
    <message>
        <source>metadata removed: %1</source>
        <translation>metadatos quitados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported: a file of the same name is there already, left as it was.</source>
        <translation>
            <numerusform>%n foto no exportada: ya hay un archivo con el mismo nombre, se dejó como estaba.</numerusform>
            <numerusform>%n fotos no exportadas: ya hay un archivo con el mismo nombre, se dejó como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportadas</translation>
    </message>
    <message>
        <source>Not replaced: the file there was left as it was</source>
        <translation>No reemplazadas: el archivo existente se dejó como estaba</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Exported, with something to look at</source>
        <translation>Exportadas, con algo que revisar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportadas</translation>
    </message>
    <message>
        <source>checked: every hidden region changed, no face found in them</source>
        <translation>comprobado: cada región oculta modificada, ninguna cara encontrada en ellas</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge), no face found in them</source>
        <translation>
            <numerusform>comprobado: %1 de %n región oculta modificada (las demás demasiado lisas o pequeñas para juzgar), ninguna cara encontrada en ellas</numerusform>
            <numerusform>comprobado: %1 de %n regiones ocultas modificadas (las demás demasiado lisas o pequeñas para juzgar), ninguna cara encontrada en ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>checked: every hidden region changed; not checked for faces</source>
        <translation>comprobado: cada región oculta modificada; no comprobado en busca de caras</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge); not checked for faces</source>
        <translation>
            <numerusform>comprobado: %1 de %n región oculta modificada (las demás demasiado lisas o pequeñas para juzgar); no comprobado en busca de caras</numerusform>
            <numerusform>comprobado: %1 de %n regiones ocultas modificadas (las demás demasiado lisas o pequeñas para juzgar); no comprobado en busca de caras</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT exported: %1 is this photo&apos;s earlier export and does not have its current boxes. Tick “Replace existing exports” and export again to write them; until then the photo stays Changed since export.</source>
        <translation>NO exportada: %1 es la exportación anterior de esta foto y no tiene sus recuadros actuales. Marque «Reemplazar las exportaciones existentes» y vuelva a exportar para escribirlos; hasta entonces la foto sigue «Modificada desde la exportación».</translation>
    </message>
</context>
<context>
    <name>veil::ui::FaceBoxItem</name>
    <message>
        <source>? %1%</source>
        <translation>? %1 %</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>possible %1%</source>
        <translation>posible %1%</translation>
    </message>
</context>
<context>
    <name>veil::ui::FilterBar</name>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Buscar en los nombres de archivo</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Any faces</source>
        <translation>Caras: todas</translation>
    </message>
    <message>
        <source>With faces</source>
        <translation>Con caras</translation>
    </message>
    <message>
        <source>With uncertain faces</source>
        <translation>Con caras dudosas</translation>
    </message>
    <message>
        <source>Without faces</source>
        <translation>Sin caras</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Todas las cámaras</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modelo de cámara</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Tomada desde</translation>
    </message>
    <message>
        <source>Taken until</source>
        <translation>Tomada hasta</translation>
    </message>
    <message>
        <source>Filter by date taken</source>
        <translation>Filtrar por fecha de toma</translation>
    </message>
    <message>
        <source>Sort by date taken</source>
        <translation>Ordenar por fecha de toma</translation>
    </message>
    <message>
        <source>Sort by date imported</source>
        <translation>Ordenar por fecha de importación</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Show archived photos</source>
        <translation>Mostrar las fotos archivadas</translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Modificada desde la exportación</translation>
    </message>
</context>
<context>
    <name>veil::ui::JobStatus</name>
    <message>
        <source>Job progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Show failures</source>
        <translation>Mostrar los fallos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n fallo</numerusform>
            <numerusform>%n fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>veil::ui::LibraryPage</name>
    <message>
        <source>No photo matches these filters.</source>
        <translation>Ninguna foto coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation>Importar fotos…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drop photos here</source>
        <translation>Suelte fotos aquí</translation>
    </message>
    <message>
        <source>Drag photos or folders anywhere on this window, or import them. Veil works on copies only: your originals are never changed.</source>
        <translation>Arrastre fotos o carpetas a cualquier parte de esta ventana, o impórtelas. Veil solo trabaja con copias: sus originales nunca se modifican.</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export anonymized copies of the selected photos (all photos shown when none is selected)</source>
        <translation>Exportar copias anonimizadas de las fotos seleccionadas (todas las fotos mostradas si no hay ninguna seleccionada)</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>&amp;Importar fotos…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Marcar como &amp;revisada</translation>
    </message>
    <message>
        <source>Mark &amp;Needs Review</source>
        <translation>Marcar como &amp;por revisar</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>&amp;Archive / Restore</source>
        <translation>&amp;Archivar / Restaurar</translation>
    </message>
    <message>
        <source>Find &amp;Similar Photos</source>
        <translation>Buscar fotos &amp;parecidas</translation>
    </message>
    <message>
        <source>Show &amp;All Photos</source>
        <translation>Mostrar &amp;todas las fotos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>Activity &amp;Log</source>
        <translation>&amp;Registro de actividad</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>Miniaturas más &amp;grandes</translation>
    </message>
    <message>
        <source>S&amp;maller Thumbnails</source>
        <translation>Miniaturas más &amp;pequeñas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Veil</source>
        <translation>&amp;Acerca de Veil</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Acerca de Veil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonymizes faces and metadata in photos, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonimiza caras y metadatos en fotos, en su propio equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Buscando caras…</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found</source>
        <translation>
            <numerusform>%n cara encontrada</numerusform>
            <numerusform>%n caras encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect Faces</source>
        <translation>&amp;Detectar caras</translation>
    </message>
    <message>
        <source>Exports are unavailable: %1</source>
        <translation>Las exportaciones no están disponibles: %1</translation>
    </message>
    <message>
        <source>Batch %1 is no longer in the library</source>
        <translation>El lote %1 ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>Resuming the interrupted export…</source>
        <translation>Reanudando la exportación interrumpida…</translation>
    </message>
    <message>
        <source>Interrupted export finished: %1 exported, %2 failed</source>
        <translation>Exportación interrumpida terminada: %1 exportadas, %2 fallidas</translation>
    </message>
    <message>
        <source>The interrupted export was discarded.</source>
        <translation>Se descartó la exportación interrumpida.</translation>
    </message>
    <message>
        <source>Export anonymized copies of the selected photos (or of the photo in the editor)</source>
        <translation>Exportar copias anonimizadas de las fotos seleccionadas (o de la foto del editor)</translation>
    </message>
    <message>
        <source>Open E&amp;xport Folder</source>
        <translation>Abrir carpeta de e&amp;xportación</translation>
    </message>
    <message>
        <source>Detect Faces in &amp;All Photos Shown</source>
        <translation>Detectar caras en &amp;todas las fotos mostradas</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) are undecided: accept (Y) or reject (N) each one.</source>
        <translation>
            <numerusform>Hay candidatos sin decidir en %n foto: acepte (Y) o rechace (N) cada uno.</numerusform>
            <numerusform>Hay candidatos sin decidir en %n fotos: acepte (Y) o rechace (N) cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export folder %1 does not exist yet: export a photo first.</source>
        <translation>La carpeta de exportación %1 todavía no existe: exporte primero una foto.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <source>The interrupted export was not resumed: %1</source>
        <translation>La exportación interrumpida no se reanudó: %1</translation>
    </message>
    <message>
        <source>The interrupted export was not discarded: another process is running it now.</source>
        <translation>La exportación interrumpida no se descartó: otro proceso la está ejecutando ahora.</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoDelegate</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n cara</numerusform>
            <numerusform>%n caras</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>No faces found</source>
        <translation>No se encontraron caras</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n sin decidir</numerusform>
            <numerusform>%n sin decidir</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Modificada desde la exportación</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoView</name>
    <message>
        <source>Photo with face boxes</source>
        <translation>Foto con recuadros de caras</translation>
    </message>
</context>
<context>
    <name>veil::ui::ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Interrupted export</source>
        <translation>Exportación interrumpida</translation>
    </message>
    <message>
        <source>Resume the interrupted export</source>
        <translation>Reanudar la exportación interrumpida</translation>
    </message>
    <message>
        <source>Discard the interrupted export</source>
        <translation>Descartar la exportación interrumpida</translation>
    </message>
    <message numerus="yes">
        <source>An export of %n photo(s), started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Una exportación de %n foto, iniciada el %1, se interrumpió: faltan %2. Las fotos terminadas no se vuelven a escribir.</numerusform>
            <numerusform>Una exportación de %n fotos, iniciada el %1, se interrumpió: faltan %2. Las fotos terminadas no se vuelven a escribir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An export of %n photo(s) to %3, started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Se interrumpió una exportación de %n foto a %3, iniciada %1: pendientes de hacer: %2. Las fotos terminadas no se vuelven a escribir.</numerusform>
            <numerusform>Se interrumpió una exportación de %n fotos a %3, iniciada %1: pendientes de hacer: %2. Las fotos terminadas no se vuelven a escribir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::ReviewLog</name>
    <message numerus="yes">
        <source>%n face(s) added</source>
        <translation>
            <numerusform>%n cara añadida</numerusform>
            <numerusform>%n caras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) accepted</source>
        <translation>
            <numerusform>%n candidato aceptado</numerusform>
            <numerusform>%n candidatos aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) rejected</source>
        <translation>
            <numerusform>%n candidato rechazado</numerusform>
            <numerusform>%n candidatos rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) removed</source>
        <translation>
            <numerusform>%n cara eliminada</numerusform>
            <numerusform>%n caras eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) moved or resized</source>
        <translation>
            <numerusform>%n recuadro movido o redimensionado</numerusform>
            <numerusform>%n recuadros movidos o redimensionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept visible</source>
        <translation>
            <numerusform>%n cara dejada visible</numerusform>
            <numerusform>%n caras dejadas visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden again</source>
        <translation>
            <numerusform>%n cara ocultada de nuevo</numerusform>
            <numerusform>%n caras ocultadas de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) accepted</source>
        <translation>
            <numerusform>%n posible cara aceptada</numerusform>
            <numerusform>%n posibles caras aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) rejected</source>
        <translation>
            <numerusform>%n posible cara rechazada</numerusform>
            <numerusform>%n posibles caras rechazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Ubicación predeterminada</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Detection &amp;preset:</source>
        <translation>A&amp;juste de detección:</translation>
    </message>
    <message>
        <source>Anonymization &amp;method:</source>
        <translation>&amp;Método de anonimización:</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>&amp;Forma de la máscara:</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>E&amp;scala de la máscara:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Carpeta de e&amp;xportación:</translation>
    </message>
    <message>
        <source>Export f&amp;ormat:</source>
        <translation>F&amp;ormato de exportación:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Calidad:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Me&amp;tadatos:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <source>&amp;Library file:</source>
        <translation>Archivo de &amp;biblioteca:</translation>
    </message>
    <message>
        <source>S&amp;ync server:</source>
        <translation>Servidor de s&amp;incronización:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The library location and language take effect at the next start.</source>
        <translation>La ubicación de la biblioteca y el idioma se aplican en el próximo inicio.</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} es el nombre del original, {ext} la extensión de salida (se añade al final cuando el patrón no la coloca)</translation>
    </message>
    <message>
        <source>Fast: looks at large photos at reduced size. About 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.</source>
        <translation>Rápido: examina las fotos grandes a tamaño reducido. Unas 2,5 veces más rápido en fotos de 12 megapíxeles, pero ahí se le escapan unas 3 de cada 10 caras de 16-32 píxeles. Revise cada foto.</translation>
    </message>
    <message>
        <source>Thorough: as Balanced, with photos looked at up to twice their size. Finds a few more small faces, with more false boxes, at 1.6 times the time of Balanced on 12-megapixel photos (4 times on small ones).</source>
        <translation>Minucioso: como Equilibrado, examinando las fotos hasta al doble de su tamaño. Encuentra algunas caras pequeñas más, con más recuadros falsos, en 1,6 veces el tiempo de Equilibrado en fotos de 12 megapíxeles (4 veces en las pequeñas).</translation>
    </message>
    <message>
        <source>Balanced (recommended): looks at every photo at its full resolution and finds faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 seconds per 12-megapixel photo on one core.</source>
        <translation>Equilibrado (recomendado): examina cada foto a su resolución completa y encuentra caras desde 16 píxeles de alto, sea cual sea el tamaño de la foto. Unos 2,5 segundos por foto de 12 megapíxeles en un núcleo.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Recuadros de caras</translation>
    </message>
    <message>
        <source>Draw a new box</source>
        <translation>Dibujar un recuadro nuevo</translation>
    </message>
    <message>
        <source>Drag on the photo</source>
        <translation>Arrastrar sobre la foto</translation>
    </message>
    <message>
        <source>Delete the selected box</source>
        <translation>Eliminar el recuadro seleccionado</translation>
    </message>
    <message>
        <source>Keep visible / anonymize</source>
        <translation>Dejar visible / anonimizar</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Mostrar el original</translation>
    </message>
    <message>
        <source>Hold Space</source>
        <translation>Mantener Espacio</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Wheel, +, -</source>
        <translation>Rueda, +, -</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Middle button or Alt+drag</source>
        <translation>Botón central o Alt+arrastrar</translation>
    </message>
    <message>
        <source>Blur the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Desenfocar el candidato o la posible cara seleccionados (si no, el primero dudoso)</translation>
    </message>
    <message>
        <source>Reject the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Rechazar el candidato o la posible cara seleccionados (si no, el primero dudoso)</translation>
    </message>
    <message>
        <source>Zoom to a face</source>
        <translation>Ampliar una cara</translation>
    </message>
    <message>
        <source>Click it in the face list</source>
        <translation>Haga clic en ella en la lista de caras</translation>
    </message>
    <message>
        <source>Act on the face selected in the face list</source>
        <translation>Actuar sobre la cara seleccionada en la lista de caras</translation>
    </message>
    <message>
        <source>Y, N, K, Del</source>
        <translation>Y, N, K, Del</translation>
    </message>
</context>
<context>
    <name>veil::ui::StatisticsView</name>
    <message>
        <source>Library summary</source>
        <translation>Resumen de la biblioteca</translation>
    </message>
    <message>
        <source>Privacy counters</source>
        <translation>Contadores de privacidad</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Todavía no hay fotos.</translation>
    </message>
    <message numerus="yes">
        <source>Most common format: &lt;b&gt;%1&lt;/b&gt; (%n photo(s))</source>
        <translation>
            <numerusform>Formato más común: &lt;b&gt;%1&lt;/b&gt; (%n foto)</numerusform>
            <numerusform>Formato más común: &lt;b&gt;%1&lt;/b&gt; (%n fotos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Photos with GPS position</source>
        <translation>Fotos con posición GPS</translation>
    </message>
    <message>
        <source>Photos with camera serial numbers</source>
        <translation>Fotos con número de serie de la cámara</translation>
    </message>
    <message>
        <source>Photos with embedded thumbnails</source>
        <translation>Fotos con miniaturas incrustadas</translation>
    </message>
    <message>
        <source>Faces to anonymize</source>
        <translation>Caras por anonimizar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Top camera models</source>
        <translation>Modelos de cámara más frecuentes</translation>
    </message>
    <message>
        <source>Top camera models chart</source>
        <translation>Gráfico de los modelos de cámara más frecuentes</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days)</source>
        <translation>Importaciones por día (últimos 30 días)</translation>
    </message>
    <message>
        <source>Imports per day chart</source>
        <translation>Gráfico de importaciones por día</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Imports per day, %1 to %2</source>
        <translation>Importaciones por día, del %1 al %2</translation>
    </message>
    <message>
        <source>No confirmed face yet. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>Todavía no hay ninguna cara confirmada. No se cuentan los candidatos que nadie ha aceptado ni rechazado todavía.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed face(s) in the library, all blurred on export. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%n cara confirmada en la biblioteca, desenfocada al exportar. No se cuentan los candidatos que nadie ha aceptado ni rechazado todavía.</numerusform>
            <numerusform>%n caras confirmadas en la biblioteca, todas desenfocadas al exportar. No se cuentan los candidatos que nadie ha aceptado ni rechazado todavía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 confirmed faces are blurred on export, %n kept visible by choice in the editor. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%1 de las %2 caras confirmadas se desenfocan al exportar, %n dejada visible por decisión en el editor. No se cuentan los candidatos que nadie ha aceptado ni rechazado todavía.</numerusform>
            <numerusform>%1 de las %2 caras confirmadas se desenfocan al exportar, %n dejadas visibles por decisión en el editor. No se cuentan los candidatos que nadie ha aceptado ni rechazado todavía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modelo de cámara</translation>
    </message>
    <message>
        <source>Day imported</source>
        <translation>Día de importación</translation>
    </message>
    <message>
        <source>Photos imported</source>
        <translation>Fotos importadas</translation>
    </message>
</context>
<context>
    <name>veil::ui::SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Push selection</source>
        <translation>Enviar la selección</translation>
    </message>
    <message>
        <source>Send originals (faces visible)</source>
        <translation>Enviar los originales (caras visibles)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting</source>
        <translation>
            <numerusform>%n foto en espera</numerusform>
            <numerusform>%n fotos en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Leyendo el token…</translation>
    </message>
    <message>
        <source>Connected (live)</source>
        <translation>Conectado (en directo)</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>Conectado (sondeo)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Select photos in the library first.</source>
        <translation>Seleccione primero fotos en la biblioteca.</translation>
    </message>
    <message>
        <source>Send originals?</source>
        <translation>¿Enviar los originales?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n original photo(s), with faces and metadata as they are, to %1?</source>
        <translation>
            <numerusform>¿Enviar %n foto original, con las caras y los metadatos tal cual, a %1?</numerusform>
            <numerusform>¿Enviar %n fotos originales, con las caras y los metadatos tal cual, a %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) queued</source>
        <translation>
            <numerusform>%n foto en cola</numerusform>
            <numerusform>%n fotos en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already pushed</source>
        <translation>
            <numerusform>%n ya enviada</numerusform>
            <numerusform>%n ya enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a verified export (export them first)</source>
        <translation>
            <numerusform>%n sin exportación verificada (expórtela primero)</numerusform>
            <numerusform>%n sin exportación verificada (expórtelas primero)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Introducir token…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Bandeja de salida:</translation>
    </message>
    <message>
        <source>Not connected: %1.
Veil keeps the server&apos;s token in the system keychain. If no keychain service (GNOME Keyring, KWallet or another Secret Service) is running or it is locked, start or unlock it and connect again. Or enter the token for this session with &quot;Enter Token…&quot;: it is then kept in memory only.</source>
        <translation>Sin conexión: %1.
Veil guarda el token del servidor en el llavero del sistema. Si no hay ningún servicio de llavero (GNOME Keyring, KWallet u otro Secret Service) en ejecución o está bloqueado, inícielo o desbloquéelo y vuelva a conectar. O introduzca el token para esta sesión con «Introducir token…»: entonces solo se guarda en memoria.</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>no hay token para %1</translation>
    </message>
    <message>
        <source>Service Token</source>
        <translation>Token del servicio</translation>
    </message>
    <message>
        <source>Token for %1 (kept for this session only):</source>
        <translation>Token para %1 (se guarda solo para esta sesión):</translation>
    </message>
</context>
</TS>
