<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Choice</name>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Gründlich</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Weichzeichnen</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Verpixeln</translation>
    </message>
    <message>
        <source>Solid fill</source>
        <translation>Vollfläche</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Same as the original</source>
        <translation>Wie das Original</translation>
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
        <translation>Alle Metadaten entfernen</translation>
    </message>
    <message>
        <source>Keep safe metadata (date, orientation, colour)</source>
        <translation>Unbedenkliche Metadaten behalten (Datum, Ausrichtung, Farbe)</translation>
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
        <translation>Aufruf: veil-cli [--library PFAD] BEFEHL [Optionen]

Anonymisiert Gesichter und Metadaten in Fotos, auf diesem Rechner.

Allgemeine Optionen:
  --library PFAD   die Bibliotheksdatenbank (Vorgabe: $VEIL_LIBRARY, sonst der
                   Anwendungsdatenordner)
  -h, --help       diese Hilfe anzeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version    die Version und die gefundenen Gesichtsmodelle anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened.
</source>
        <translation>
Rückgabewerte: 0 Erfolg, 1 falscher Aufruf, 2 einige Dateien fehlgeschlagen, 3 die Bibliothek lässt sich nicht öffnen.
</translation>
    </message>
    <message>
        <source>veil-cli: --library needs a path</source>
        <translation>veil-cli: --library braucht einen Pfad</translation>
    </message>
    <message>
        <source>veil-cli: unknown option %1 (see veil-cli --help)</source>
        <translation>veil-cli: unbekannte Option %1 (siehe veil-cli --help)</translation>
    </message>
    <message>
        <source>veil-cli: unknown command &apos;%1&apos; (see veil-cli --help)</source>
        <translation>veil-cli: unbekannter Befehl „%1“ (siehe veil-cli --help)</translation>
    </message>
    <message>
        <source>import photos and folders into the library</source>
        <translation>Fotos und Ordner in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>list the photos in the library</source>
        <translation>die Fotos der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>remove photos from the library (files stay)</source>
        <translation>Fotos aus der Bibliothek entfernen (die Dateien bleiben)</translation>
    </message>
    <message>
        <source>show the library&apos;s statistics</source>
        <translation>die Statistik der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>show the version and the models found</source>
        <translation>die Version und die gefundenen Modelle anzeigen</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Die Optionen dieses Befehls anzeigen.</translation>
    </message>
    <message>
        <source>veil-cli: &apos;%1&apos; is not a photo id</source>
        <translation>veil-cli: „%1“ ist keine Foto-ID</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>  (no model files found)</source>
        <translation>  (keine Modelldateien gefunden)</translation>
    </message>
    <message>
        <source>detect faces in photos (CSV or JSON)</source>
        <translation>Gesichter in Fotos erkennen (CSV oder JSON)</translation>
    </message>
    <message>
        <source>measure face detection against known faces (face_coverage metric)</source>
        <translation>die Gesichtserkennung an bekannten Gesichtern messen (Maß von face_coverage)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>resume interrupted anonymize batches (each photo written once)</source>
        <translation>unterbrochene Anonymisierungsläufe fortsetzen (jedes Foto wird einmal geschrieben)</translation>
    </message>
    <message>
        <source>Detection preset: fast, balanced (default), thorough.</source>
        <translation>Voreinstellung der Erkennung: fast (schnell), balanced (ausgewogen, Vorgabe), thorough (gründlich).</translation>
    </message>
    <message>
        <source>Score from which a face is certain (0..1; default: the preset&apos;s).</source>
        <translation>Wert, ab dem ein Gesicht sicher ist (0..1; Vorgabe: die der Voreinstellung).</translation>
    </message>
    <message>
        <source>OpenCV threads (default: OpenCV&apos;s choice).</source>
        <translation>OpenCV-Threads (Vorgabe: Wahl von OpenCV).</translation>
    </message>
    <message>
        <source>veil-cli %1: unknown preset &apos;%2&apos; (fast, balanced, thorough)</source>
        <translation>veil-cli %1: unbekannte Voreinstellung „%2“ (fast, balanced, thorough)</translation>
    </message>
    <message>
        <source>veil-cli %1: --threshold wants a number from 0 to 1</source>
        <translation>veil-cli %1: --threshold erwartet eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>veil-cli %1: --threads wants a positive number</source>
        <translation>veil-cli %1: --threads erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Also list uncertain candidates (an extra column says which).</source>
        <translation>Auch unsichere Kandidaten auflisten (eine zusätzliche Spalte kennzeichnet sie).</translation>
    </message>
    <message>
        <source>Photos to search for faces.</source>
        <translation>Fotos, in denen Gesichter gesucht werden.</translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.</source>
        <translation>Erkennt Gesichter. Rahmen sind in Pixeln des angezeigten Fotos angegeben (EXIF-Ausrichtung angewandt). Fotos werden nur gelesen.</translation>
    </message>
    <message>
        <source>veil-cli detect: give at least one file; --format is csv or json</source>
        <translation>veil-cli detect: geben Sie mindestens eine Datei an; --format ist csv oder json</translation>
    </message>
    <message>
        <source>Folder with the images.</source>
        <translation>Ordner mit den Bildern.</translation>
    </message>
    <message>
        <source>Ground truth: file,x,y,w,h[,...] in displayed pixels.</source>
        <translation>Referenzdaten: Datei,x,y,b,h[,...] in angezeigten Pixeln.</translation>
    </message>
    <message>
        <source>Growth of each detection about its centre (default 1.3).</source>
        <translation>Vergrößerung jeder Erkennung um ihre Mitte (Vorgabe 1,3).</translation>
    </message>
    <message>
        <source>Also write the detections measured, as CSV (for face_coverage.py).</source>
        <translation>Die gemessenen Erkennungen zusätzlich als CSV schreiben (für face_coverage.py).</translation>
    </message>
    <message>
        <source>Measures how many known faces the detections would hide, with the metric of face_coverage.py, and the detection time per photo.</source>
        <translation>Misst, wie viele bekannte Gesichter die Erkennungen verdecken würden (mit dem Maß von face_coverage.py), und die Erkennungszeit pro Foto.</translation>
    </message>
    <message>
        <source>veil-cli eval: give --images DIR and --faces FACES.csv (and a positive --mask-scale)</source>
        <translation>veil-cli eval: geben Sie --images ORDNER und --faces GESICHTER.csv an (und ein positives --mask-scale)</translation>
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
        <translation>%1 Fotos, Voreinstellung %2: Median %3 ms CPU (alle Threads) und %4 ms Echtzeit pro Foto, Dekodieren eingeschlossen</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Photos or folders (searched recursively).</source>
        <translation>Fotos oder Ordner (rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>Imports photos into the library. Originals are only read.</source>
        <translation>Importiert Fotos in die Bibliothek. Originale werden nur gelesen.</translation>
    </message>
    <message>
        <source>veil-cli import: give at least one file or folder</source>
        <translation>veil-cli import: geben Sie mindestens eine Datei oder einen Ordner an</translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation>%1: importiert als %2</translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation>%1: Duplikat von %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation>%1 importiert, %2 Duplikate, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print the photos as JSON.</source>
        <translation>Die Fotos als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the photos in the library.</source>
        <translation>Listet die Fotos der Bibliothek auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo ids (see veil-cli list).</source>
        <translation>Foto-IDs (siehe veil-cli list).</translation>
    </message>
    <message>
        <source>Removes photos from the library. The photo files are not touched.</source>
        <translation>Entfernt Fotos aus der Bibliothek. Die Fotodateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>veil-cli remove: give at least one photo id</source>
        <translation>veil-cli remove: geben Sie mindestens eine Foto-ID an</translation>
    </message>
    <message>
        <source>veil-cli remove: %1</source>
        <translation>veil-cli remove: %1</translation>
    </message>
    <message>
        <source>removed photo %1 from the library</source>
        <translation>Foto %1 aus der Bibliothek entfernt</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>%1: error: no such photo</source>
        <translation>%1: Fehler: kein solches Foto</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Die Statistik als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Shows the library&apos;s statistics.</source>
        <translation>Zeigt die Statistik der Bibliothek an.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Fotos: %1</translation>
    </message>
    <message>
        <source>Most common format: %1 (%2)</source>
        <translation>Häufigstes Format: %1 (%2)</translation>
    </message>
    <message>
        <source>Top camera models:</source>
        <translation>Häufigste Kameramodelle:</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days):</source>
        <translation>Importe pro Tag (letzte 30 Tage):</translation>
    </message>
    <message>
        <source>With GPS position: %1</source>
        <translation>Mit GPS-Position: %1</translation>
    </message>
    <message>
        <source>With a serial number: %1</source>
        <translation>Mit Seriennummer: %1</translation>
    </message>
    <message>
        <source>With an embedded thumbnail: %1</source>
        <translation>Mit eingebettetem Vorschaubild: %1</translation>
    </message>
    <message>
        <source>Faces: %1 (%2 to anonymize)</source>
        <translation>Gesichter: %1 (%2 zu anonymisieren)</translation>
    </message>
    <message>
        <source>veil-cli anonymize: %1</source>
        <translation>veil-cli anonymize: %1</translation>
    </message>
    <message>
        <source>give the output folder with -o OUTDIR</source>
        <translation>geben Sie den Ausgabeordner mit -o AUSGABEORDNER an</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (blur, pixelate or solid)</source>
        <translation>unbekannte Methode „%1“ (blur, pixelate oder solid)</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos; (ellipse or rect)</source>
        <translation>unbekannte Form „%1“ (ellipse oder rect)</translation>
    </message>
    <message>
        <source>--mask-scale must be a number from 1 to 4</source>
        <translation>--mask-scale muss eine Zahl von 1 bis 4 sein</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (fast, balanced or thorough)</source>
        <translation>unbekannte Voreinstellung „%1“ (fast, balanced oder thorough)</translation>
    </message>
    <message>
        <source>--keep-metadata is none or safe</source>
        <translation>--keep-metadata ist none oder safe</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jpeg, png or webp)</source>
        <translation>unbekanntes Format „%1“ (jpeg, png oder webp)</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100</source>
        <translation>--quality muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>--jobs must be from 1 to 64</source>
        <translation>--jobs muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <source>The folder the exports are written to.</source>
        <translation>Der Ordner, in den die Exporte geschrieben werden.</translation>
    </message>
    <message>
        <source>blur (default), pixelate or solid.</source>
        <translation>blur (weichzeichnen, Vorgabe), pixelate (verpixeln) oder solid (Vollfläche).</translation>
    </message>
    <message>
        <source>ellipse (default) or rect.</source>
        <translation>ellipse (Ellipse, Vorgabe) oder rect (Rechteck).</translation>
    </message>
    <message>
        <source>Grow each face box by this factor (default 1.3).</source>
        <translation>Jeden Gesichtsrahmen um diesen Faktor vergrößern (Vorgabe 1,3).</translation>
    </message>
    <message>
        <source>Detection preset: fast, balanced (default) or thorough.</source>
        <translation>Voreinstellung der Erkennung: fast (schnell), balanced (ausgewogen, Vorgabe) oder thorough (gründlich).</translation>
    </message>
    <message>
        <source>none (default) or safe: date taken, camera make/model and exposure. Never GPS or thumbnails.</source>
        <translation>none (keine, Vorgabe) oder safe: Aufnahmedatum, Kamerahersteller/-modell und Belichtung. Nie GPS oder Vorschaubilder.</translation>
    </message>
    <message>
        <source>jpeg, png or webp (default: like the input; JPEG for HEIF/TIFF/BMP).</source>
        <translation>jpeg, png oder webp (Vorgabe: wie die Eingabe; JPEG für HEIF/TIFF/BMP).</translation>
    </message>
    <message>
        <source>JPEG/WebP quality (default 92).</source>
        <translation>JPEG/WebP-Qualität (Vorgabe 92).</translation>
    </message>
    <message>
        <source>Output name template (default {name}_anon.{ext}).</source>
        <translation>Namensvorlage der Ausgabe (Vorgabe {name}_anon.{ext}).</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: one per core).</source>
        <translation>Parallel bearbeitete Fotos (Vorgabe: eines pro Kern).</translation>
    </message>
    <message>
        <source>Write a JSON report of every photo to FILE.</source>
        <translation>Einen JSON-Bericht über jedes Foto nach DATEI schreiben.</translation>
    </message>
    <message>
        <source>Replace existing outputs (never an original).</source>
        <translation>Vorhandene Ausgaben ersetzen (nie ein Original).</translation>
    </message>
    <message>
        <source>JPEG: re-encode the whole image instead of only the face blocks.</source>
        <translation>JPEG: das ganze Bild neu kodieren statt nur der Gesichtsblöcke.</translation>
    </message>
    <message>
        <source>Skip the check of each written file (not recommended).</source>
        <translation>Die Prüfung jeder geschriebenen Datei überspringen (nicht empfohlen).</translation>
    </message>
    <message>
        <source>INPUT... are library photo ids (none: all); use their reviewed boxes instead of detecting.</source>
        <translation>EINGABE... sind Foto-IDs der Bibliothek (keine: alle); deren geprüfte Rahmen statt einer Erkennung verwenden.</translation>
    </message>
    <message>
        <source>Detects faces, anonymizes them, strips identifying metadata, writes the result to OUTDIR and verifies it. Originals are only read.</source>
        <translation>Erkennt Gesichter, anonymisiert sie, entfernt identifizierende Metadaten, schreibt das Ergebnis nach AUSGABEORDNER und überprüft es. Originale werden nur gelesen.</translation>
    </message>
    <message>
        <source>veil-cli anonymize: give at least one file or folder</source>
        <translation>veil-cli anonymize: geben Sie mindestens eine Datei oder einen Ordner an</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot record the batch in the library: %1</source>
        <translation>veil-cli anonymize: der Lauf lässt sich nicht in der Bibliothek festhalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n Gesicht anonymisiert)</numerusform>
            <numerusform>%1 -&gt; %2 (%n Gesichter anonymisiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: run `veil-cli resume` to finish batch %1.</source>
        <translation>Unterbrochen: führen Sie `veil-cli resume` aus, um Lauf %1 zu beenden.</translation>
    </message>
    <message>
        <source>%1 exported, %2 failed</source>
        <translation>%1 exportiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot write the report %1: %2</source>
        <translation>veil-cli anonymize: der Bericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>no photo %1 in the library</source>
        <translation>kein Foto %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>photo %1 has not been reviewed (status %2): detect and review it first, or anonymize the file without --from-library</source>
        <translation>Foto %1 wurde noch nicht geprüft (Status %2): erst erkennen und prüfen, oder die Datei ohne --from-library anonymisieren</translation>
    </message>
    <message>
        <source>%1 would also be written by %2; rename one or change the name template</source>
        <translation>%1 würde auch von %2 geschrieben; benennen Sie eine Datei um oder ändern Sie die Namensvorlage</translation>
    </message>
    <message>
        <source>anonymize faces and metadata, export and verify (files, folders, library)</source>
        <translation>Gesichter und Metadaten anonymisieren, exportieren und prüfen (Dateien, Ordner, Bibliothek)</translation>
    </message>
    <message>
        <source>push photos to the face-blur service, track them, pull the results</source>
        <translation>Fotos an den Gesichts-Unschärfedienst senden, verfolgen, Ergebnisse abholen</translation>
    </message>
    <message>
        <source>List the unfinished batches and stop.</source>
        <translation>Die unvollendeten Läufe auflisten und aufhören.</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: 2).</source>
        <translation>Parallel bearbeitete Fotos (Vorgabe: 2).</translation>
    </message>
    <message>
        <source>Write a JSON report of the whole batch.</source>
        <translation>Einen JSON-Bericht über den ganzen Lauf schreiben.</translation>
    </message>
    <message>
        <source>Batches to resume (default: every unfinished one).</source>
        <translation>Fortzusetzende Läufe (Vorgabe: alle unvollendeten).</translation>
    </message>
    <message>
        <source>Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). Finished photos are not written again.</source>
        <translation>Setzt unterbrochene Anonymisierungsläufe fort (Absturz, Abbruch, Strg+C). Fertige Fotos werden nicht erneut geschrieben.</translation>
    </message>
    <message>
        <source>veil-cli resume: --jobs needs a number from 1 to 64</source>
        <translation>veil-cli resume: --jobs braucht eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>batch %1: %2, %3 of %4 photos done, started %5</source>
        <translation>Lauf %1: %2, %3 von %4 Fotos erledigt, begonnen %5</translation>
    </message>
    <message>
        <source>No unfinished batches.</source>
        <translation>Keine unvollendeten Läufe.</translation>
    </message>
    <message>
        <source>veil-cli resume: no batch %1</source>
        <translation>veil-cli resume: kein Lauf %1</translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 is a %2 batch, which cannot be resumed here</source>
        <translation>veil-cli resume: Lauf %1 ist ein %2-Lauf, der sich hier nicht fortsetzen lässt</translation>
    </message>
    <message>
        <source>Resuming batch %1: %2 of %3 photos left</source>
        <translation>Lauf %1 wird fortgesetzt: %2 von %3 Fotos übrig</translation>
    </message>
    <message>
        <source>batch %1: %2 exported, %3 failed%4</source>
        <translation>Lauf %1: %2 exportiert, %3 fehlgeschlagen%4</translation>
    </message>
    <message>
        <source> (interrupted; run resume again)</source>
        <translation> (unterbrochen; resume erneut ausführen)</translation>
    </message>
    <message>
        <source>veil-cli resume: cannot write the report %1: %2</source>
        <translation>veil-cli resume: der Bericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>no token stored for %1</source>
        <translation>kein Token für %1 gespeichert</translation>
    </message>
    <message>
        <source> (set VEIL_SYNC_TOKEN or run: veil-cli sync --server URL token &lt; token.txt)</source>
        <translation> (setzen Sie VEIL_SYNC_TOKEN oder führen Sie aus: veil-cli sync --server URL token &lt; token.txt)</translation>
    </message>
    <message>
        <source>%1: error: cannot import: %2</source>
        <translation>%1: Fehler: Import nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: error: no such photo id or file</source>
        <translation>%1: Fehler: keine solche Foto-ID oder Datei</translation>
    </message>
    <message>
        <source>%1: on the server as %2 (%3)</source>
        <translation>%1: auf dem Server als %2 (%3)</translation>
    </message>
    <message>
        <source>%1: error: not pushed yet (%2): %3</source>
        <translation>%1: Fehler: noch nicht gesendet (%2): %3</translation>
    </message>
    <message>
        <source>veil-cli sync: %1</source>
        <translation>veil-cli sync: %1</translation>
    </message>
    <message>
        <source>veil-cli sync: %1 not pushed; run the same command again to finish</source>
        <translation>veil-cli sync: %1 nicht gesendet; führen Sie denselben Befehl erneut aus, um abzuschließen</translation>
    </message>
    <message>
        <source>%1 photo(s), %2 waiting in the outbox</source>
        <translation>%1 Foto(s), %2 warten im Ausgang</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images: %1</source>
        <translation>veil-cli sync: die Bilder des Servers ließen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>veil-cli sync: cannot create %1</source>
        <translation>veil-cli sync: %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: error: cannot copy to %2</source>
        <translation>%1: Fehler: Kopieren nach %2 nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: error: download failed: %2</source>
        <translation>%1: Fehler: Herunterladen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the server failed to process it</source>
        <translation>%1: der Server konnte es nicht bearbeiten</translation>
    </message>
    <message>
        <source>%1 result(s) in %2, %3 still on the way</source>
        <translation>%1 Ergebnis(se) in %2, %3 noch unterwegs</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images</source>
        <translation>veil-cli sync: die Bilder des Servers ließen sich nicht auflisten</translation>
    </message>
    <message>
        <source>veil-cli sync token: give the token on standard input</source>
        <translation>veil-cli sync token: geben Sie das Token über die Standardeingabe ein</translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation>Token für %1 im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>The face-blur service (https://...).</source>
        <translation>Der Gesichts-Unschärfedienst (https://...).</translation>
    </message>
    <message>
        <source>push: send the original files instead of their anonymized exports.</source>
        <translation>push: die Originaldateien statt ihrer anonymisierten Exporte senden.</translation>
    </message>
    <message>
        <source>status: print as JSON.</source>
        <translation>status: als JSON ausgeben.</translation>
    </message>
    <message>
        <source>pull: the folder for the processed images.</source>
        <translation>pull: der Ordner für die bearbeiteten Bilder.</translation>
    </message>
    <message>
        <source>push FILE_OR_ID..., status, pull -o DIR, or token (reads it from stdin).</source>
        <translation>push DATEI_ODER_ID..., status, pull -o ORDNER oder token (liest es von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Syncs with the face-blur service. The token comes from VEIL_SYNC_TOKEN or the system keychain. Exit code 4: the server refused the token or account.</source>
        <translation>Synchronisiert mit dem Gesichts-Unschärfedienst. Das Token kommt aus VEIL_SYNC_TOKEN oder dem Schlüsselbund des Systems. Rückgabewert 4: der Server hat Token oder Konto abgelehnt.</translation>
    </message>
    <message>
        <source>veil-cli sync: --server URL is required</source>
        <translation>veil-cli sync: --server URL ist erforderlich</translation>
    </message>
    <message>
        <source>veil-cli sync: give an action: push, status, pull or token</source>
        <translation>veil-cli sync: geben Sie eine Aktion an: push, status, pull oder token</translation>
    </message>
    <message>
        <source>veil-cli sync push: give at least one photo id or file</source>
        <translation>veil-cli sync push: geben Sie mindestens eine Foto-ID oder Datei an</translation>
    </message>
    <message>
        <source>veil-cli sync pull: -o DIR is required</source>
        <translation>veil-cli sync pull: -o ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>%1: error: photo %2 has no verified anonymized export; export it first (veil-cli anonymize --from-library %2 -o DIR) or send the original with --originals</source>
        <translation>%1: Fehler: Foto %2 hat keinen geprüften anonymisierten Export; exportieren Sie es zuerst (veil-cli anonymize --from-library %2 -o DIR) oder senden Sie das Original mit --originals</translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>%1: model file not found</source>
        <translation>%1: Modelldatei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot load the cascade</source>
        <translation>%1: die Kaskade lässt sich nicht laden</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1: das Modell lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>No face detection model found in %1: falling back to the Haar cascade, which misses many faces. Check every photo by hand.</source>
        <translation>Kein Modell zur Gesichtserkennung in %1 gefunden: Veil greift auf die Haar-Kaskade zurück, die viele Gesichter übersieht. Prüfen Sie jedes Foto von Hand.</translation>
    </message>
    <message>
        <source>The Haar cascade is missing too (install opencv-data): no faces will be detected.</source>
        <translation>Auch die Haar-Kaskade fehlt (installieren Sie opencv-data): es werden keine Gesichter erkannt.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>unknown placeholder {%1} in the name template</source>
        <translation>unbekannter Platzhalter {%1} in der Namensvorlage</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; does not give a file name</source>
        <translation>die Namensvorlage „%1“ ergibt keinen Dateinamen</translation>
    </message>
    <message>
        <source>cannot encode as %1: %2</source>
        <translation>Kodieren als %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the encoder&apos;s %1 output is malformed</source>
        <translation>die %1-Ausgabe des Kodierers ist fehlerhaft</translation>
    </message>
    <message>
        <source>the written file does not decode: %1</source>
        <translation>die geschriebene Datei lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>the written file still holds %1</source>
        <translation>die geschriebene Datei enthält noch %1</translation>
    </message>
    <message numerus="yes">
        <source>a face is still detected in %n anonymized region(s) (score %1)</source>
        <translation>
            <numerusform>in %n anonymisierten Bereich wird noch ein Gesicht erkannt (Wert %1)</numerusform>
            <numerusform>in %n anonymisierten Bereichen wird noch ein Gesicht erkannt (Wert %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>it shows %1x%2 pixels instead of %3x%4</source>
        <translation>sie zeigt %1×%2 Pixel statt %3×%4</translation>
    </message>
    <message numerus="yes">
        <source>exported %1 to %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 nach %2 exportiert (%n Gesicht anonymisiert)</numerusform>
            <numerusform>%1 nach %2 exportiert (%n Gesichter anonymisiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>export of %1 failed: %2</source>
        <translation>Export von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>in %1 lässt sich keine temporäre Datei anlegen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 lässt sich nicht in %2 umbenennen: %3</translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation>%1 existiert bereits (mit --overwrite ersetzen)</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>kein Ausgabepfad</translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation>der Ausgabepfad ist die Eingabe selbst; Originale werden nie geschrieben</translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation>Neukodierung wurde verlangt (--reencode)</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the lossless JPEG path failed: %1</source>
        <translation>der verlustfreie JPEG-Weg ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 MCUs re-encoded</source>
        <translation>%1 von %2 MCUs neu kodiert</translation>
    </message>
    <message>
        <source>the face detector could not check it: %1</source>
        <translation>die Gesichtserkennung konnte es nicht prüfen: %1</translation>
    </message>
    <message>
        <source>the image decodes at %1x%2 pixels, its header says %3x%4</source>
        <translation>das Bild wird mit %1x%2 Pixeln dekodiert, sein Header nennt %3x%4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anonymize faces and metadata in photos</source>
        <translation>Gesichter und Metadaten in Fotos anonymisieren</translation>
    </message>
    <message>
        <source>The library file to open.</source>
        <translation>Die zu öffnende Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>library, editor or statistics.</source>
        <translation>library (Bibliothek), editor (Editor) oder statistics (Statistik).</translation>
    </message>
    <message>
        <source>Save the window as PNG and quit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Photos or folders to import.</source>
        <translation>Zu importierende Fotos oder Ordner.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>found on the server by its object name</source>
        <translation>auf dem Server über seinen Objektnamen gefunden</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>nicht auf dem Server</translation>
    </message>
    <message>
        <source>found on the server as the only new processed image</source>
        <translation>auf dem Server als einziges neues bearbeitetes Bild gefunden</translation>
    </message>
    <message>
        <source>%1 new images on the server could be this photo; it is not submitted again to avoid a duplicate</source>
        <translation>%1 neue Bilder auf dem Server könnten dieses Foto sein; es wird nicht erneut eingereicht, um ein Duplikat zu vermeiden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>refusing unencrypted %1 to %2: use https (plain http is only allowed for this machine&apos;s loopback address)</source>
        <translation>unverschlüsseltes %1 an %2 abgelehnt: verwenden Sie https (einfaches http ist nur für die Loopback-Adresse dieses Rechners erlaubt)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; in %2</source>
        <translation>nicht unterstütztes URL-Schema „%1“ in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server URL (expected e.g. https://host)</source>
        <translation>„%1“ ist keine Server-URL (erwartet z. B. https://host)</translation>
    </message>
    <message>
        <source>no token stored in the keychain for %1</source>
        <translation>kein Token für %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>cannot read the token from the system keychain: %1</source>
        <translation>das Token lässt sich nicht aus dem Schlüsselbund des Systems lesen: %1</translation>
    </message>
    <message>
        <source>cannot store the token in the system keychain: %1</source>
        <translation>das Token lässt sich nicht im Schlüsselbund des Systems speichern: %1</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>kein Token für %1</translation>
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation>%1: sichere Verbindung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: server unreachable: %2</source>
        <translation>%1: Server nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1: keine Antwort: %2</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation>%1: die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>the server refused the token (%1)</source>
        <translation>der Server hat das Token abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server does not know this account (HTTP 404: %1)</source>
        <translation>der Server kennt dieses Konto nicht (HTTP 404: %1)</translation>
    </message>
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation>upload-url/get: die Antwort enthält keine url oder keinen objectName</translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation>submit: die Antwort enthält keine Bild-ID</translation>
    </message>
    <message>
        <source>Sync: waiting to be sent</source>
        <translation>Synchronisierung: wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sync: processing on the server</source>
        <translation>Synchronisierung: wird auf dem Server verarbeitet</translation>
    </message>
    <message>
        <source>Sync: processed by the server</source>
        <translation>Synchronisierung: vom Server verarbeitet</translation>
    </message>
    <message>
        <source>Sync: processed, result downloaded</source>
        <translation>Synchronisierung: verarbeitet, Ergebnis heruntergeladen</translation>
    </message>
    <message>
        <source>Sync: the server could not process it</source>
        <translation>Synchronisierung: der Server konnte es nicht verarbeiten</translation>
    </message>
    <message>
        <source>Sync: sending failed</source>
        <translation>Synchronisierung: Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync: being sent</source>
        <translation>Synchronisierung: wird gesendet</translation>
    </message>
</context>
<context>
    <name>veil::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>kept visible</source>
        <translation>bleibt sichtbar</translation>
    </message>
    <message>
        <source>Drawn face</source>
        <translation>Gezeichnetes Gesicht</translation>
    </message>
    <message>
        <source>Face (%1%)</source>
        <translation>Gesicht (%1 %)</translation>
    </message>
</context>
<context>
    <name>veil::Jpeg</name>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, above the limit of %3 megapixels</source>
        <translation>Bild hat %1×%2 Pixel, mehr als die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 image</source>
        <translation>nicht genug Speicher für ein Bild mit %1×%2 Pixeln</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: %1</source>
        <translation>abgeschnittene oder beschädigte JPEG-Daten: %1</translation>
    </message>
    <message>
        <source>JPEG error: %1</source>
        <translation>JPEG-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>veil::LosslessJpeg</name>
    <message>
        <source>arithmetic coding</source>
        <translation>arithmetische Kodierung</translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation>%1-Bit-Abtastwerte</translation>
    </message>
    <message>
        <source>CMYK/YCCK colour</source>
        <translation>CMYK/YCCK-Farbe</translation>
    </message>
    <message>
        <source>%1 colour components</source>
        <translation>%1 Farbkomponenten</translation>
    </message>
    <message>
        <source>RGB-coded colour (no YCbCr transform)</source>
        <translation>RGB-kodierte Farbe (ohne YCbCr-Umwandlung)</translation>
    </message>
    <message>
        <source>non-integral chroma subsampling</source>
        <translation>nicht ganzzahlige Farbunterabtastung</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 tile</source>
        <translation>nicht genug Speicher für eine Kachel mit %1×%2 Pixeln</translation>
    </message>
    <message>
        <source>the obfuscation changed the tile size from %1x%2 to %3x%4</source>
        <translation>die Unkenntlichmachung hat die Kachelgröße von %1×%2 auf %3×%4 geändert</translation>
    </message>
    <message>
        <source>component %1 has no quantisation table</source>
        <translation>Komponente %1 hat keine Quantisierungstabelle</translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation>keine JPEG-Datei</translation>
    </message>
    <message>
        <source>marker 0x%1 is not an APPn or COM segment</source>
        <translation>Marker 0x%1 ist kein APPn- oder COM-Segment</translation>
    </message>
    <message>
        <source>marker 0x%1 payload of %2 bytes is above the 65533-byte segment limit</source>
        <translation>die Nutzdaten von Marker 0x%1 mit %2 Bytes überschreiten die Segmentgrenze von 65533 Bytes</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle %1</source>
        <translation>der verlustfreie JPEG-Weg unterstützt %1 nicht</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: DCT coefficient out of range in component %1, block row %2</source>
        <translation>abgeschnittene oder beschädigte JPEG-Daten: DCT-Koeffizient außerhalb des Bereichs in Komponente %1, Blockzeile %2</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle this JPEG: %1</source>
        <translation>der verlustfreie JPEG-Weg unterstützt dieses JPEG nicht: %1</translation>
    </message>
</context>
<context>
    <name>veil::PhotoDocument</name>
    <message>
        <source>Add face</source>
        <translation>Gesicht hinzufügen</translation>
    </message>
    <message>
        <source>Move face</source>
        <translation>Gesicht verschieben</translation>
    </message>
    <message>
        <source>Resize face</source>
        <translation>Gesichtsgröße ändern</translation>
    </message>
    <message>
        <source>Delete face</source>
        <translation>Gesicht löschen</translation>
    </message>
    <message>
        <source>Anonymize face</source>
        <translation>Gesicht anonymisieren</translation>
    </message>
    <message>
        <source>Keep face visible</source>
        <translation>Gesicht sichtbar lassen</translation>
    </message>
    <message>
        <source>Accept face</source>
        <translation>Gesicht annehmen</translation>
    </message>
    <message>
        <source>Reject face</source>
        <translation>Gesicht verwerfen</translation>
    </message>
    <message>
        <source>Detect faces</source>
        <translation>Gesichter erkennen</translation>
    </message>
</context>
<context>
    <name>veil::sync::SyncEngine</name>
    <message>
        <source>cannot write the sync outbox: %1</source>
        <translation>der Synchronisierungs-Ausgang lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file to push: %2</source>
        <translation>%1: die hochzuladende Datei lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: the processed image is not a readable image</source>
        <translation>%1: das bearbeitete Bild ist kein lesbares Bild</translation>
    </message>
    <message>
        <source>%1: cannot save the processed image: %2</source>
        <translation>%1: das bearbeitete Bild lässt sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>downloaded the processed image %1</source>
        <translation>bearbeitetes Bild %1 heruntergeladen</translation>
    </message>
</context>
<context>
    <name>veil::ui::ActivityDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>veil::ui::DetectJob</name>
    <message>
        <source>%1: faces not saved: %2</source>
        <translation>%1: Gesichter nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces found, %3 uncertain</source>
        <translation>%1: %2 Gesichter gefunden, %3 unsicher</translation>
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
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Editor tools</source>
        <translation>Editorwerkzeuge</translation>
    </message>
    <message>
        <source>Back to library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Accept and next</source>
        <translation>Annehmen und weiter</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the anonymization (hold Space to see the original)</source>
        <translation>Die Anonymisierung zeigen (Leertaste halten, um das Original zu sehen)</translation>
    </message>
    <message>
        <source>Faces in this photo</source>
        <translation>Gesichter in diesem Foto</translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Noch zu prüfende Fotos</translation>
    </message>
    <message>
        <source>Drag on the photo to add a box. Del deletes, K keeps/anonymizes, Y/N accept/reject an uncertain face, hold Space for the original.</source>
        <translation>Auf dem Foto ziehen, um einen Rahmen hinzuzufügen. Entf löscht, K lässt sichtbar/anonymisiert, Y/N nimmt ein unsicheres Gesicht an/verwirft es, Leertaste halten zeigt das Original.</translation>
    </message>
    <message>
        <source>photo %1 is no longer in the library</source>
        <translation>Foto %1 ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 von %2</translation>
    </message>
    <message>
        <source>Photo %1: the faces could not be saved: %2</source>
        <translation>Foto %1: die Gesichter konnten nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain face(s) still to accept (Y) or reject (N)</source>
        <translation>
            <numerusform>%n unsicheres Gesicht noch anzunehmen (Y) oder zu verwerfen (N)</numerusform>
            <numerusform>%n unsichere Gesichter noch anzunehmen (Y) oder zu verwerfen (N)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept all faces</source>
        <translation>Alle Gesichter annehmen</translation>
    </message>
    <message>
        <source>Detect faces</source>
        <translation>Gesichter erkennen</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Gesichter werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>%n new face(s) found</source>
        <translation>
            <numerusform>%n neues Gesicht gefunden</numerusform>
            <numerusform>%n neue Gesichter gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportDialog</name>
    <message>
        <source>Replace existing exports</source>
        <translation>Vorhandene Exporte ersetzen</translation>
    </message>
    <message>
        <source>Check the output for faces left visible (slower)</source>
        <translation>Die Ausgabe auf sichtbar gebliebene Gesichter prüfen (langsamer)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Photo(s)</source>
        <translation>
            <numerusform>%n Foto exportieren</numerusform>
            <numerusform>%n Fotos exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension</source>
        <translation>{name} ist der Name des Originals, {ext} die Endung der Ausgabe</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportübersicht</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>Masken&amp;form:</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>Masken&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Me&amp;tadaten:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose a destination folder and a file name pattern.</source>
        <translation>Wählen Sie einen Zielordner und ein Muster für die Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert.</numerusform>
            <numerusform>%n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) failed:</source>
        <translation>
            <numerusform>%n Foto fehlgeschlagen:</numerusform>
            <numerusform>%n Fotos fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The export could not be recorded in the library: %1</source>
        <translation>Der Export konnte nicht in der Bibliothek festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Photo %1: no longer in the library</source>
        <translation>Foto %1: nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 is also the output of %2</source>
        <translation>%1 ist auch die Ausgabe von %2</translation>
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
        <translation>sichtbar</translation>
    </message>
</context>
<context>
    <name>veil::ui::FilterBar</name>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Any faces</source>
        <translation>Beliebige Gesichter</translation>
    </message>
    <message>
        <source>With faces</source>
        <translation>Mit Gesichtern</translation>
    </message>
    <message>
        <source>With uncertain faces</source>
        <translation>Mit unsicheren Gesichtern</translation>
    </message>
    <message>
        <source>Without faces</source>
        <translation>Ohne Gesichter</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Alle Kameras</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Kameramodell</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Aufgenommen ab</translation>
    </message>
    <message>
        <source>Taken until</source>
        <translation>Aufgenommen bis</translation>
    </message>
    <message>
        <source>Filter by date taken</source>
        <translation>Nach Aufnahmedatum filtern</translation>
    </message>
    <message>
        <source>Sort by date taken</source>
        <translation>Nach Aufnahmedatum sortieren</translation>
    </message>
    <message>
        <source>Sort by date imported</source>
        <translation>Nach Importdatum sortieren</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Show archived photos</source>
        <translation>Archivierte Fotos zeigen</translation>
    </message>
</context>
<context>
    <name>veil::ui::JobStatus</name>
    <message>
        <source>Job progress</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Show failures</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>veil::ui::LibraryPage</name>
    <message>
        <source>No photo matches these filters.</source>
        <translation>Kein Foto passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation>Fotos importieren …</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drop photos here</source>
        <translation>Fotos hier ablegen</translation>
    </message>
    <message>
        <source>Drag photos or folders anywhere on this window, or import them. Veil works on copies only: your originals are never changed.</source>
        <translation>Ziehen Sie Fotos oder Ordner irgendwo auf dieses Fenster oder importieren Sie sie. Veil arbeitet nur mit Kopien: Ihre Originale werden nie verändert.</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
</context>
<context>
    <name>veil::ui::MainWindow</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the library</source>
        <translation>
            <numerusform>%n Foto in der Bibliothek</numerusform>
            <numerusform>%n Fotos in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Noch zu prüfende Fotos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left to review</source>
        <translation>
            <numerusform>%n Foto noch zu prüfen</numerusform>
            <numerusform>%n Fotos noch zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importiert</numerusform>
            <numerusform>%n Fotos importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) archived</source>
        <translation>
            <numerusform>%n Foto archiviert</numerusform>
            <numerusform>%n Fotos archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored</source>
        <translation>
            <numerusform>%n Foto wiederhergestellt</numerusform>
            <numerusform>%n Fotos wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Photo %1: tags not saved: %2</source>
        <translation>Foto %1: Schlagwörter nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1: no perceptual hash yet (its thumbnail could not be read)</source>
        <translation>%1: noch kein Wahrnehmungs-Hash (das Vorschaubild ließ sich nicht lesen)</translation>
    </message>
    <message>
        <source>Photos similar to %1 (Esc shows all)</source>
        <translation>Fotos ähnlich wie %1 (Esc zeigt alle)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>Fotos &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Needs Review</source>
        <translation>Als &amp;zu prüfen markieren</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter …</translation>
    </message>
    <message>
        <source>&amp;Archive / Restore</source>
        <translation>&amp;Archivieren / Wiederherstellen</translation>
    </message>
    <message>
        <source>Find &amp;Similar Photos</source>
        <translation>Ä&amp;hnliche Fotos finden</translation>
    </message>
    <message>
        <source>Show &amp;All Photos</source>
        <translation>&amp;Alle Fotos zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Activity &amp;Log</source>
        <translation>Aktivitäts&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Größere Vorschaubilder</translation>
    </message>
    <message>
        <source>S&amp;maller Thumbnails</source>
        <translation>&amp;Kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Veil</source>
        <translation>Ü&amp;ber Veil</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>Über Veil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonymizes faces and metadata in photos, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonymisiert Gesichter und Metadaten in Fotos, auf dem eigenen Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Gesichter werden gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found</source>
        <translation>
            <numerusform>%n Gesicht gefunden</numerusform>
            <numerusform>%n Gesichter gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect Faces</source>
        <translation>Gesichter &amp;erkennen</translation>
    </message>
    <message>
        <source>Exports are unavailable: %1</source>
        <translation>Exporte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Batch %1 is no longer in the library</source>
        <translation>Stapel %1 ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>Resuming the interrupted export…</source>
        <translation>Unterbrochener Export wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Interrupted export finished: %1 exported, %2 failed</source>
        <translation>Unterbrochener Export abgeschlossen: %1 exportiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The interrupted export was discarded.</source>
        <translation>Der unterbrochene Export wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoDelegate</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 faces, %2 ?</source>
        <translation>%1 Gesichter, %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n Gesicht</numerusform>
            <numerusform>%n Gesichter</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoView</name>
    <message>
        <source>Photo with face boxes</source>
        <translation>Foto mit Gesichtsrahmen</translation>
    </message>
</context>
<context>
    <name>veil::ui::ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Interrupted export</source>
        <translation>Unterbrochener Export</translation>
    </message>
    <message>
        <source>Resume the interrupted export</source>
        <translation>Den unterbrochenen Export fortsetzen</translation>
    </message>
    <message>
        <source>Discard the interrupted export</source>
        <translation>Den unterbrochenen Export verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>An export of %n photo(s), started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Ein Export von %n Foto, begonnen %1, wurde unterbrochen: %2 noch zu erledigen. Fertige Fotos werden nicht erneut geschrieben.</numerusform>
            <numerusform>Ein Export von %n Fotos, begonnen %1, wurde unterbrochen: %2 noch zu erledigen. Fertige Fotos werden nicht erneut geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension</source>
        <translation>{name} ist der Name des Originals, {ext} die Endung der Ausgabe</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Detection &amp;preset:</source>
        <translation>&amp;Voreinstellung der Erkennung:</translation>
    </message>
    <message>
        <source>Anonymization &amp;method:</source>
        <translation>Anonymisierungs&amp;methode:</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>Masken&amp;form:</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>Masken&amp;größe:</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Export&amp;ordner:</translation>
    </message>
    <message>
        <source>Export f&amp;ormat:</source>
        <translation>Export&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Me&amp;tadaten:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>&amp;Library file:</source>
        <translation>&amp;Bibliotheksdatei:</translation>
    </message>
    <message>
        <source>S&amp;ync server:</source>
        <translation>S&amp;ynchronisierungsserver:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The library location and language take effect at the next start.</source>
        <translation>Bibliotheksort und Sprache gelten ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Gesichtsrahmen</translation>
    </message>
    <message>
        <source>Draw a new box</source>
        <translation>Einen neuen Rahmen zeichnen</translation>
    </message>
    <message>
        <source>Drag on the photo</source>
        <translation>Auf dem Foto ziehen</translation>
    </message>
    <message>
        <source>Delete the selected box</source>
        <translation>Den ausgewählten Rahmen löschen</translation>
    </message>
    <message>
        <source>Keep visible / anonymize</source>
        <translation>Sichtbar lassen / anonymisieren</translation>
    </message>
    <message>
        <source>Accept an uncertain face</source>
        <translation>Ein unsicheres Gesicht annehmen</translation>
    </message>
    <message>
        <source>Reject an uncertain face</source>
        <translation>Ein unsicheres Gesicht verwerfen</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Das Original zeigen</translation>
    </message>
    <message>
        <source>Hold Space</source>
        <translation>Leertaste halten</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Wheel, +, -</source>
        <translation>Mausrad, +, -</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Middle button or Alt+drag</source>
        <translation>Mittlere Maustaste oder Alt+Ziehen</translation>
    </message>
</context>
<context>
    <name>veil::ui::StatisticsView</name>
    <message>
        <source>Library summary</source>
        <translation>Bibliotheksübersicht</translation>
    </message>
    <message>
        <source>Privacy counters</source>
        <translation>Datenschutzzähler</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Noch keine Fotos.</translation>
    </message>
    <message numerus="yes">
        <source>Most common format: &lt;b&gt;%1&lt;/b&gt; (%n photo(s))</source>
        <translation>
            <numerusform>Häufigstes Format: &lt;b&gt;%1&lt;/b&gt; (%n Foto)</numerusform>
            <numerusform>Häufigstes Format: &lt;b&gt;%1&lt;/b&gt; (%n Fotos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Photos with GPS position</source>
        <translation>Fotos mit GPS-Position</translation>
    </message>
    <message>
        <source>Photos with camera serial numbers</source>
        <translation>Fotos mit Kamera-Seriennummern</translation>
    </message>
    <message>
        <source>Photos with embedded thumbnails</source>
        <translation>Fotos mit eingebetteten Vorschaubildern</translation>
    </message>
    <message>
        <source>Faces to anonymize</source>
        <translation>Zu anonymisierende Gesichter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Top camera models</source>
        <translation>Häufigste Kameramodelle</translation>
    </message>
    <message>
        <source>Top camera models chart</source>
        <translation>Diagramm der häufigsten Kameramodelle</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days)</source>
        <translation>Importe pro Tag (letzte 30 Tage)</translation>
    </message>
    <message>
        <source>Imports per day chart</source>
        <translation>Diagramm der Importe pro Tag</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Imports per day, %1 to %2</source>
        <translation>Importe pro Tag, %1 bis %2</translation>
    </message>
</context>
<context>
    <name>veil::ui::SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Push selection</source>
        <translation>Auswahl senden</translation>
    </message>
    <message>
        <source>Send originals (faces visible)</source>
        <translation>Originale senden (Gesichter sichtbar)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting</source>
        <translation>
            <numerusform>%n Foto wartet</numerusform>
            <numerusform>%n Fotos warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Token wird gelesen …</translation>
    </message>
    <message>
        <source>Connected (live)</source>
        <translation>Verbunden (live)</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>Verbunden (Abfrage)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Select photos in the library first.</source>
        <translation>Wählen Sie zuerst Fotos in der Bibliothek aus.</translation>
    </message>
    <message>
        <source>Send originals?</source>
        <translation>Originale senden?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n original photo(s), with faces and metadata as they are, to %1?</source>
        <translation>
            <numerusform>%n Originalfoto mit Gesichtern und Metadaten, wie sie sind, an %1 senden?</numerusform>
            <numerusform>%n Originalfotos mit Gesichtern und Metadaten, wie sie sind, an %1 senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) queued</source>
        <translation>
            <numerusform>%n Foto eingereiht</numerusform>
            <numerusform>%n Fotos eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already pushed</source>
        <translation>
            <numerusform>%n bereits gesendet</numerusform>
            <numerusform>%n bereits gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a verified export (export them first)</source>
        <translation>
            <numerusform>%n ohne geprüften Export (zuerst exportieren)</numerusform>
            <numerusform>%n ohne geprüften Export (zuerst exportieren)</numerusform>
        </translation>
    </message>
</context>
</TS>
