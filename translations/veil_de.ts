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
        <source>veil-cli resume: --jobs needs a number from 1 to 64</source>
        <translation>veil-cli resume: --jobs braucht eine Zahl von 1 bis 64</translation>
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
    <message>
        <source>Detection preset: balanced (default: every photo at full resolution, faces from 16 px), fast (large photos at reduced size: quicker, misses small faces) or thorough (up to twice the size: a few more small faces, more false boxes, 1.6-4 times the time).</source>
        <translation>Erkennungsvoreinstellung: balanced (Standard: jedes Foto in voller Auflösung, Gesichter ab 16 px), fast (große Fotos in reduzierter Größe: schneller, übersieht kleine Gesichter) oder thorough (bis zur doppelten Größe: einige kleine Gesichter mehr, mehr falsche Rahmen, 1,6- bis 4-fache Zeit).</translation>
    </message>
    <message numerus="yes">
        <source>Continuing batch %1: %2 of %n photo(s) left</source>
        <translation>
            <numerusform>Stapel %1 wird fortgesetzt: %2 von %n Foto übrig</numerusform>
            <numerusform>Stapel %1 wird fortgesetzt: %2 von %n Fotos übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (exported earlier, by batch %3)</source>
        <translation>%1 -&gt; %2 (früher exportiert, von Stapel %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n photo(s) done. Run the same command again, or `veil-cli resume %2`, to finish batch %2.</source>
        <translation>
            <numerusform>Angehalten: %1 von %n Foto erledigt. Führen Sie denselben Befehl erneut aus oder `veil-cli resume %2`, um Stapel %2 abzuschließen.</numerusform>
            <numerusform>Angehalten: %1 von %n Fotos erledigt. Führen Sie denselben Befehl erneut aus oder `veil-cli resume %2`, um Stapel %2 abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the photos in progress (Ctrl-C again to stop sooner)…</source>
        <translation>Wird nach den laufenden Fotos angehalten (erneut Ctrl-C, um früher anzuhalten)…</translation>
    </message>
    <message>
        <source>Detection preset: fast, balanced (default), thorough (see above).</source>
        <translation>Erkennungsvoreinstellung: fast, balanced (Standard), thorough (siehe oben).</translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.

Presets:
  balanced  (default) looks at every photo at its full resolution: faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 s of one core for a 12-megapixel photo.
  fast      looks at photos of more than 3 megapixels at reduced size: about 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.
  thorough  as balanced, with photos looked at up to twice their size: a few more small faces, more false boxes, 1.6 times the time on 12-megapixel photos (4 times on small ones).</source>
        <translation>Erkennt Gesichter. Rahmen sind in Pixeln des Fotos wie angezeigt (EXIF-Ausrichtung angewendet). Fotos werden nur gelesen.

Voreinstellungen:
  balanced  (Standard) betrachtet jedes Foto in voller Auflösung: Gesichter ab 16 Pixeln Höhe, unabhängig von der Fotogröße. Etwa 2,5 s eines Kerns für ein 12-Megapixel-Foto.
  fast      betrachtet Fotos mit mehr als 3 Megapixeln in reduzierter Größe: etwa 2,5-mal schneller bei 12-Megapixel-Fotos, übersieht dort aber etwa 3 von 10 Gesichtern mit 16-32 Pixeln. Prüfen Sie jedes Foto.
  thorough  wie balanced, wobei Fotos bis zur doppelten Größe betrachtet werden: einige kleine Gesichter mehr, mehr falsche Rahmen, 1,6-fache Zeit bei 12-Megapixel-Fotos (4-fache bei kleinen).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped (Ctrl-C) after %1 of %n photo(s); run detect again on the others.</source>
        <translation>
            <numerusform>Angehalten (Ctrl-C) nach %1 von %n Foto; führen Sie detect für die übrigen erneut aus.</numerusform>
            <numerusform>Angehalten (Ctrl-C) nach %1 von %n Fotos; führen Sie detect für die übrigen erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>A labelled set: DIR/images and DIR/faces.csv (e.g. ../shared/data/wider-native or ../shared/data/wider-dev).</source>
        <translation>Ein annotierter Satz: DIR/images und DIR/faces.csv (z. B. ../shared/data/wider-native oder ../shared/data/wider-dev).</translation>
    </message>
    <message>
        <source>Which detections hide faces: blurred (default: certain and uncertain ones, what anonymize blurs without review), certain (certain ones alone), or both (two reports, blurred last).</source>
        <translation>Welche Erkennungen Gesichter verbergen: blurred (Standard: sichere und unsichere, was anonymize ohne Prüfung unkenntlich macht), certain (nur sichere) oder both (zwei Berichte, blurred zuletzt).</translation>
    </message>
    <message>
        <source>veil-cli eval: give --set DIR, or --images DIR and --faces FACES.csv (and a positive --mask-scale; --count is blurred, certain or both)</source>
        <translation>veil-cli eval: Geben Sie --set DIR an, oder --images DIR und --faces FACES.csv (und eine positive --mask-scale; --count ist blurred, certain oder both)</translation>
    </message>
    <message>
        <source># certain detections alone</source>
        <translation># nur sichere Erkennungen</translation>
    </message>
    <message>
        <source># certain and uncertain detections (what anonymize blurs without review)</source>
        <translation># sichere und unsichere Erkennungen (was anonymize ohne Prüfung unkenntlich macht)</translation>
    </message>
    <message>
        <source>Stopped (Ctrl-C): run the same import again to go on; photos already imported are recognised as duplicates.</source>
        <translation>Angehalten (Ctrl-C): Führen Sie denselben Import erneut aus, um fortzufahren; bereits importierte Fotos werden als Duplikate erkannt.</translation>
    </message>
    <message>
        <source>%1/%2 photos  %3 photos/s  ETA %4</source>
        <translation>%1/%2 Fotos  %3 Fotos/s  Restzeit %4</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n photo(s) done in %2 (%3 photos/s), %4 failed</source>
        <translation>
            <numerusform>%1 von %n Foto erledigt in %2 (%3 Fotos/s), %4 fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Fotos erledigt in %2 (%3 Fotos/s), %4 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2 -&gt; %3</source>
        <translation>Auftrag %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(library)</source>
        <translation>(Bibliothek)</translation>
    </message>
    <message>
        <source>settings: %1, %2, preset %3%4</source>
        <translation>Einstellungen: %1, %2, Voreinstellung %3%4</translation>
    </message>
    <message>
        <source>, reviewed boxes</source>
        <translation>, geprüfte Rahmen</translation>
    </message>
    <message>
        <source>List the unfinished batches (job, inputs, output folder, progress, state) and stop.</source>
        <translation>Die nicht abgeschlossenen Stapel auflisten (Auftrag, Eingaben, Ausgabeordner, Fortschritt, Zustand) und beenden.</translation>
    </message>
    <message>
        <source>superseded by batch %1 of the same job: resume closes it</source>
        <translation>ersetzt durch Stapel %1 desselben Auftrags: resume schließt ihn</translation>
    </message>
    <message>
        <source>Batch %1: superseded by batch %2 of the same job, closed</source>
        <translation>Stapel %1: ersetzt durch Stapel %2 desselben Auftrags, geschlossen</translation>
    </message>
    <message>
        <source> (stopped; run `veil-cli resume` again to finish it)</source>
        <translation> (angehalten; führen Sie `veil-cli resume` erneut aus, um ihn abzuschließen)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), %1 waiting in the outbox</source>
        <translation>
            <numerusform>%n Foto, %1 warten im Postausgang</numerusform>
            <numerusform>%n Fotos, %1 warten im Postausgang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1, %2 still on the way</source>
        <translation>
            <numerusform>%n Ergebnis in %1, %2 noch unterwegs</numerusform>
            <numerusform>%n Ergebnisse in %1, %2 noch unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 was started by another face detector (another version of Veil or other model files). Its remaining photos are detected with this one; to redo the photos it finished as well, run its anonymize command again.</source>
        <translation>veil-cli resume: Stapel %1 wurde mit einer anderen Gesichtserkennung begonnen (einer anderen Veil-Version oder anderen Modelldateien). Seine restlichen Fotos werden mit dieser erkannt; um auch die bereits fertigen Fotos neu zu bearbeiten, führen Sie seinen anonymize-Befehl erneut aus.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened,
4 the batch is being run by another process.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 einige Dateien fehlgeschlagen, 3 die Bibliothek kann nicht geöffnet werden,
4 der Stapel wird von einem anderen Prozess ausgeführt.
</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation>läuft (PID %1)</translation>
    </message>
    <message>
        <source>running (pid %1 on %2)</source>
        <translation>läuft (PID %1 auf %2)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %2, %3 of %n photo(s) done (%4 failed), %5, started %6</source>
        <translation>
            <numerusform>Stapel %1: %2, %3 von %n Foto erledigt (%4 fehlgeschlagen), %5, gestartet %6</numerusform>
            <numerusform>Stapel %1: %2, %3 von %n Fotos erledigt (%4 fehlgeschlagen), %5, gestartet %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). Finished photos are not written again. A batch another process is running is left to it (exit code 4).</source>
        <translation>Setzt unterbrochene Anonymisierungsstapel fort (Absturz, Abbruch, Strg+C). Fertige Fotos werden nicht erneut geschrieben. Einen Stapel, den ein anderer Prozess ausführt, überlässt er diesem (Exit-Code 4).</translation>
    </message>
    <message>
        <source>veil-cli resume: %1</source>
        <translation>veil-cli resume: %1</translation>
    </message>
    <message>
        <source>Batch %1: finished meanwhile by another process</source>
        <translation>Stapel %1: inzwischen von einem anderen Prozess abgeschlossen</translation>
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
    <message>
        <source>%1 not exported: %2 exists already and was not replaced</source>
        <translation>%1 nicht exportiert: %2 existiert bereits und wurde nicht ersetzt</translation>
    </message>
    <message>
        <source>the original pixels of a region were not kept</source>
        <translation>die ursprünglichen Pixel eines Bereichs wurden nicht aufbewahrt</translation>
    </message>
    <message>
        <source>a region (%1x%2 pixels) is too small for the reduced decode</source>
        <translation>ein Bereich (%1x%2 Pixel) ist zu klein für die verkleinerte Dekodierung</translation>
    </message>
    <message>
        <source>a region lies outside the written image</source>
        <translation>ein Bereich liegt außerhalb des geschriebenen Bildes</translation>
    </message>
    <message>
        <source>the anonymized regions could not be compared with the original: %1</source>
        <translation>die anonymisierten Bereiche konnten nicht mit dem Original verglichen werden: %1</translation>
    </message>
    <message>
        <source>the box at %1,%2 (%3x%4 pixels)</source>
        <translation>der Rahmen bei %1,%2 (%3x%4 Pixel)</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymized region(s) left visible, still carrying the original&apos;s detail (up to %1%): %2</source>
        <translation>
            <numerusform>%n anonymisierter Bereich sichtbar geblieben, er trägt noch die Details des Originals (bis zu %1 %): %2</numerusform>
            <numerusform>%n anonymisierte Bereiche sichtbar geblieben, sie tragen noch die Details des Originals (bis zu %1 %): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>batch %1 cannot be locked for this process: no permission to create %2</source>
        <translation>Stapel %1 kann für diesen Prozess nicht gesperrt werden: keine Berechtigung, %2 anzulegen</translation>
    </message>
    <message>
        <source>batch %1 cannot be locked for this process: %2 cannot be created</source>
        <translation>Stapel %1 kann für diesen Prozess nicht gesperrt werden: %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>batch %1 is being taken by another process; try again in a moment</source>
        <translation>Stapel %1 wird gerade von einem anderen Prozess übernommen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on this machine; wait for it to finish or stop it</source>
        <translation>Stapel %1 wird von %2 (PID %3) auf diesem Rechner ausgeführt; warten Sie, bis er fertig ist, oder beenden Sie ihn</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on %4; wait for it to finish or stop it (if it no longer runs there, delete %5)</source>
        <translation>Stapel %1 wird von %2 (PID %3) auf %4 ausgeführt; warten Sie, bis er fertig ist, oder beenden Sie ihn (läuft er dort nicht mehr, löschen Sie %5)</translation>
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
        <source>Save the window as PNG and quit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Photos or folders to import.</source>
        <translation>Zu importierende Fotos oder Ordner.</translation>
    </message>
    <message>
        <source>library, library-menu, editor, statistics, export or export-done.</source>
        <translation>library, library-menu, editor, statistics, export oder export-done.</translation>
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
    <message>
        <source>photo %1 (no longer in the library)</source>
        <translation>Foto %1 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>Gesichtserkennung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>Anonymisierung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Possible face</source>
        <translation>Mögliches Gesicht</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>Unkenntlich gemacht</translation>
    </message>
    <message>
        <source>Kept visible</source>
        <translation>Sichtbar gelassen</translation>
    </message>
    <message>
        <source>drawn by you</source>
        <translation>von Ihnen gezeichnet</translation>
    </message>
    <message>
        <source>detector %1%</source>
        <translation>Detektor %1%</translation>
    </message>
    <message>
        <source>blurred unless N</source>
        <translation>unkenntlich, außer N</translation>
    </message>
    <message>
        <source>visible unless Y</source>
        <translation>sichtbar, außer Y</translation>
    </message>
    <message>
        <source>Click to zoom to this face. Y blurs it, N rejects it, K keeps it visible, Del deletes it.</source>
        <translation>Klicken Sie, um auf dieses Gesicht zu zoomen. Y macht es unkenntlich, N verwirft es, K lässt es sichtbar, Del löscht es.</translation>
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
    <message>
        <source>the decoded image is %1x%2 pixels, the JPEG %3x%4</source>
        <translation>das dekodierte Bild hat %1x%2 Pixel, das JPEG %3x%4</translation>
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
    <message numerus="yes">
        <source>%1: %n face(s) found</source>
        <translation>
            <numerusform>%1: %n Gesicht gefunden</numerusform>
            <numerusform>%1: %n Gesichter gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n unsicher</numerusform>
            <numerusform>%n unsicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n mögliches Gesicht</numerusform>
            <numerusform>%n mögliche Gesichter</numerusform>
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
    <message>
        <source>Reviewed, next photo</source>
        <translation>Geprüft, nächstes Foto</translation>
    </message>
    <message>
        <source>Mask view</source>
        <translation>Maskenansicht</translation>
    </message>
    <message>
        <source>Show the photo unblurred with exactly what the export will blur: each mask (hatched) and how far its blur reaches (dashed). Faces without a mask stay visible.</source>
        <translation>Das Foto nicht weichgezeichnet zeigen, mit genau dem, was der Export unkenntlich macht: jede Maske (schraffiert) und wie weit ihre Weichzeichnung reicht (gestrichelt). Gesichter ohne Maske bleiben sichtbar.</translation>
    </message>
    <message>
        <source>Next uncertain face</source>
        <translation>Nächstes unsicheres Gesicht</translation>
    </message>
    <message>
        <source>Next possible face</source>
        <translation>Nächstes mögliches Gesicht</translation>
    </message>
    <message>
        <source>Every box in this photo, undecided ones first. Click one to zoom to it; Y blurs, N rejects, K keeps visible, Del deletes.</source>
        <translation>Alle Rahmen in diesem Foto, unentschiedene zuerst. Klicken Sie auf einen, um darauf zu zoomen; Y macht unkenntlich, N verwirft, K lässt sichtbar, Del löscht.</translation>
    </message>
    <message>
        <source>Faces to decide and zoom</source>
        <translation>Zu entscheidende und zu zoomende Gesichter</translation>
    </message>
    <message>
        <source>Drag on the photo to add a box. Y/N accept/reject a candidate, U goes to the next uncertain one, O to the next possible face; Del deletes, K keeps/blurs, M shows the masks, hold Space for the original.</source>
        <translation>Ziehen Sie auf dem Foto, um einen Rahmen hinzuzufügen. Y/N übernimmt/verwirft einen Kandidaten, U springt zum nächsten unsicheren, O zum nächsten möglichen Gesicht; Del löscht, K lässt sichtbar/macht unkenntlich, M zeigt die Masken, Space gedrückt halten für das Original.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n unsicher</numerusform>
            <numerusform>%n unsicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n mögliches Gesicht</numerusform>
            <numerusform>%n mögliche Gesichter</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Uncertain faces are blurred unless you reject them (N); possible faces stay visible unless you accept them (Y). U and O step through them.</source>
        <translation>Unsichere Gesichter werden unkenntlich gemacht, sofern Sie sie nicht verwerfen (N); mögliche Gesichter bleiben sichtbar, sofern Sie sie nicht übernehmen (Y). U und O springen durch sie.</translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining and next</source>
        <translation>
            <numerusform>%n verbleibenden unkenntlich machen und weiter</numerusform>
            <numerusform>%n verbleibende unkenntlich machen und weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur the %n remaining uncertain candidate(s), mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>
            <numerusform>Den %n verbleibenden unsicheren Kandidaten unkenntlich machen, dieses Foto als geprüft markieren und zum nächsten Foto gehen (Ctrl+Return)</numerusform>
            <numerusform>Die %n verbleibenden unsicheren Kandidaten unkenntlich machen, dieses Foto als geprüft markieren und zum nächsten Foto gehen (Ctrl+Return)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>Dieses Foto als geprüft markieren und zum nächsten Foto gehen (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) stay visible unless you accept them (O, then Y).</source>
        <translation>
            <numerusform>%n mögliches Gesicht bleibt sichtbar, sofern Sie es nicht übernehmen (O, dann Y).</numerusform>
            <numerusform>%n mögliche Gesichter bleiben sichtbar, sofern Sie sie nicht übernehmen (O, dann Y).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new possible face(s)</source>
        <translation>
            <numerusform>%n neues mögliches Gesicht</numerusform>
            <numerusform>%n neue mögliche Gesichter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining candidate(s)</source>
        <translation>
            <numerusform>%n verbleibenden Kandidaten unkenntlich machen</numerusform>
            <numerusform>%n verbleibende Kandidaten unkenntlich machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export state</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Exported with these boxes.</source>
        <translation>Mit diesen Rahmen exportiert.</translation>
    </message>
    <message>
        <source>The last export of this photo hid exactly the boxes shown here.</source>
        <translation>Der letzte Export dieses Fotos hat genau die hier gezeigten Rahmen verborgen.</translation>
    </message>
    <message>
        <source>⚠ Changed since export: the exported file does not have these boxes. Export this photo again to publish them.</source>
        <translation>⚠ Seit dem Export geändert: Die exportierte Datei hat diese Rahmen nicht. Exportieren Sie das Foto erneut, um sie zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Boxes were added, removed, accepted or kept visible after the last export of this photo. Undo back to the exported boxes, or export again.</source>
        <translation>Nach dem letzten Export dieses Fotos wurden Rahmen hinzugefügt, entfernt, angenommen oder sichtbar gelassen. Machen Sie die Änderungen bis zu den exportierten Rahmen rückgängig oder exportieren Sie erneut.</translation>
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
        <source>Choose a destination folder and a file name pattern.</source>
        <translation>Wählen Sie einen Zielordner und ein Muster für die Dateinamen.</translation>
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
        <source>Photo %1: no longer in the library</source>
        <translation>Foto %1: nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>%1 is also the output of %2</source>
        <translation>%1 ist auch die Ausgabe von %2</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} ist der Name des Originals, {ext} die Ausgabeerweiterung (wird am Ende angefügt, wenn das Muster sie nicht platziert)</translation>
    </message>
    <message>
        <source>Runs the face detector over every hidden region of the written file; an export in which it still finds a face is removed and reported.</source>
        <translation>Lässt die Gesichtserkennung über jeden verborgenen Bereich der geschriebenen Datei laufen; ein Export, in dem sie noch ein Gesicht findet, wird entfernt und gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n of these photos have not been accepted or rejected yet. They are blurred unless you review them; you will be asked on Export.</source>
        <translation>
            <numerusform>Kandidaten in %n dieser Fotos wurden noch nicht übernommen oder verworfen. Sie werden unkenntlich gemacht, sofern Sie sie nicht prüfen; beim Exportieren werden Sie gefragt.</numerusform>
            <numerusform>Kandidaten in %n dieser Fotos wurden noch nicht übernommen oder verworfen. Sie werden unkenntlich gemacht, sofern Sie sie nicht prüfen; beim Exportieren werden Sie gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Undecided Candidates</source>
        <translation>Unentschiedene Kandidaten</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) have not been accepted or rejected yet. Exported now, every candidate is blurred, and no one has checked these photos for missed faces.</source>
        <translation>
            <numerusform>Kandidaten in %n Foto wurden noch nicht übernommen oder verworfen. Wird jetzt exportiert, wird jeder Kandidat unkenntlich gemacht, und niemand hat dieses Foto auf übersehene Gesichter geprüft.</numerusform>
            <numerusform>Kandidaten in %n Fotos wurden noch nicht übernommen oder verworfen. Wird jetzt exportiert, wird jeder Kandidat unkenntlich gemacht, und niemand hat diese Fotos auf übersehene Gesichter geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them First</source>
        <translation>Zuerst prüfen</translation>
    </message>
    <message>
        <source>Blur Them and Export</source>
        <translation>Unkenntlich machen und exportieren</translation>
    </message>
    <message>
        <source>Skip These Photos</source>
        <translation>Diese Fotos überspringen</translation>
    </message>
    <message>
        <source>Every photo was skipped: nothing to export.</source>
        <translation>Alle Fotos wurden übersprungen: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The export was not run here: %1</source>
        <translation>Der Export wurde hier nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportSummary</name>
    <message>
        <source>exported as %1</source>
        <translation>exportiert als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden</source>
        <translation>
            <numerusform>%n Gesicht verborgen</numerusform>
            <numerusform>%n Gesichter verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them undecided candidate(s), hidden without review</source>
        <translation>
            <numerusform>davon %n unentschiedener Kandidat, ohne Prüfung verborgen</numerusform>
            <numerusform>davon %n unentschiedene Kandidaten, ohne Prüfung verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked: no face found in the %n hidden region(s)</source>
        <translation>
            <numerusform>geprüft: kein Gesicht im %n verborgenen Bereich gefunden</numerusform>
            <numerusform>geprüft: kein Gesicht in den %n verborgenen Bereichen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden regions not checked for faces</source>
        <translation>verborgene Bereiche nicht auf Gesichter geprüft</translation>
    </message>
    <message>
        <source>NOT exported: %1</source>
        <translation>NICHT exportiert: %1</translation>
    </message>
    <message>
        <source>not exported (the export stopped before it)</source>
        <translation>nicht exportiert (der Export wurde vorher angehalten)</translation>
    </message>
    <message numerus="yes">
        <source>the check still found %n face(s) in the hidden regions (score %1)</source>
        <translation>
            <numerusform>die Prüfung fand noch %n Gesicht in den verborgenen Bereichen (Wert %1)</numerusform>
            <numerusform>die Prüfung fand noch %n Gesichter in den verborgenen Bereichen (Wert %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata left in the file: %1</source>
        <translation>in der Datei verbliebene Metadaten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) left visible by your choice</source>
        <translation>
            <numerusform>%n Gesicht auf Ihren Wunsch sichtbar gelassen</numerusform>
            <numerusform>%n Gesichter auf Ihren Wunsch sichtbar gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata kept: %1</source>
        <translation>Metadaten behalten: %1</translation>
    </message>
    <message>
        <source>%1: skipped, it still has undecided candidates</source>
        <translation>%1: übersprungen, es hat noch unentschiedene Kandidaten</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert.</numerusform>
            <numerusform>%n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported.</source>
        <translation>
            <numerusform>%n Foto nicht exportiert.</numerusform>
            <numerusform>%n Fotos nicht exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The check looks only inside the hidden regions: a face without a box is not found by it. Look at every photo before you share it.</source>
        <translation>Die Prüfung sucht nur innerhalb der verborgenen Bereiche: Ein Gesicht ohne Rahmen wird dabei nicht gefunden. Sehen Sie sich jedes Foto an, bevor Sie es weitergeben.</translation>
    </message>
    <message>
        <source>Open the full report</source>
        <translation>Vollständigen Bericht öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) not accepted, left visible</source>
        <translation>
            <numerusform>%n mögliches Gesicht nicht angenommen, sichtbar gelassen</numerusform>
            <numerusform>%n mögliche Gesichter nicht angenommen, sichtbar gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already. To replace it, tick “Replace existing exports” and export again; or choose another folder or file names.</source>
        <translation>%1 existiert bereits. Um die Datei zu ersetzen, aktivieren Sie „Vorhandene Exporte ersetzen“ und exportieren Sie erneut, oder wählen Sie einen anderen Ordner oder andere Dateinamen.</translation>
    </message>
    <message>
        <source>already exported as %1 with the same settings and boxes: left as it was, nothing written</source>
        <translation>bereits als %1 mit denselben Einstellungen und Rahmen exportiert: unverändert gelassen, nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already exported there earlier, unchanged.</source>
        <translation>
            <numerusform>%n Foto wurde dort bereits früher exportiert, unverändert.</numerusform>
            <numerusform>%n Fotos wurden dort bereits früher exportiert, unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>Seriennummer der Kamera</translation>
    </message>
    <message>
        <source>owner, author and copyright names</source>
        <translation>Namen von Eigentümer, Autor und Urheberrecht</translation>
    </message>
    <message>
        <source>unique image ID</source>
        <translation>eindeutige Bild-ID</translation>
    </message>
    <message>
        <source>embedded thumbnail</source>
        <translation>eingebettetes Vorschaubild</translation>
    </message>
    <message>
        <source>descriptions and comments</source>
        <translation>Beschreibungen und Kommentare</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>Herstellerdaten (Maker Notes)</translation>
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
        <translation>Photoshop-Daten</translation>
    </message>
    <message>
        <source>JPEG comment</source>
        <translation>JPEG-Kommentar</translation>
    </message>
    <message>
        <source>PNG text</source>
        <translation>PNG-Text</translation>
    </message>
    <message>
        <source>PNG time stamp</source>
        <translation>PNG-Zeitstempel</translation>
    </message>
    <message>
        <source>unreadable EXIF data</source>
        <translation>unlesbare EXIF-Daten</translation>
    </message>
    <message>
        <source>other EXIF data</source>
        <translation>weitere EXIF-Daten</translation>
    </message>
    <message>
        <source>EXIF data</source>
        <translation>EXIF-Daten</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>Kamerahersteller und -modell</translation>
    </message>
    <message>
        <source>exposure settings</source>
        <translation>Belichtungseinstellungen</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>Farbprofil</translation>
    </message>
    <message>
        <source>application data (APP%1 segment)</source>
        <translation>Anwendungsdaten (APP%1-Segment)</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>keine Metadaten zu entfernen</translation>
    </message>
    <message>
        <source>metadata removed: %1</source>
        <translation>Metadaten entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported: a file of the same name is there already, left as it was.</source>
        <translation>
            <numerusform>%n Foto nicht exportiert: Eine Datei gleichen Namens ist schon vorhanden und blieb unverändert.</numerusform>
            <numerusform>%n Fotos nicht exportiert: Eine Datei gleichen Namens ist schon vorhanden und blieb unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Not replaced: the file there was left as it was</source>
        <translation>Nicht ersetzt: Die vorhandene Datei blieb unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Exported, with something to look at</source>
        <translation>Exportiert, mit etwas zum Ansehen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>checked: every hidden region changed, no face found in them</source>
        <translation>geprüft: jeder verborgene Bereich verändert, kein Gesicht darin gefunden</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge), no face found in them</source>
        <translation>
            <numerusform>geprüft: %1 von %n verborgenen Bereich verändert (die anderen zu gleichförmig oder klein zum Beurteilen), kein Gesicht darin gefunden</numerusform>
            <numerusform>geprüft: %1 von %n verborgenen Bereichen verändert (die anderen zu gleichförmig oder klein zum Beurteilen), kein Gesicht darin gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>checked: every hidden region changed; not checked for faces</source>
        <translation>geprüft: jeder verborgene Bereich verändert; nicht auf Gesichter geprüft</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge); not checked for faces</source>
        <translation>
            <numerusform>geprüft: %1 von %n verborgenen Bereich verändert (die anderen zu gleichförmig oder klein zum Beurteilen); nicht auf Gesichter geprüft</numerusform>
            <numerusform>geprüft: %1 von %n verborgenen Bereichen verändert (die anderen zu gleichförmig oder klein zum Beurteilen); nicht auf Gesichter geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT exported: %1 is this photo&apos;s earlier export and does not have its current boxes. Tick “Replace existing exports” and export again to write them; until then the photo stays Changed since export.</source>
        <translation>NICHT exportiert: %1 ist der frühere Export dieses Fotos und hat nicht seine aktuellen Rahmen. Kreuzen Sie „Vorhandene Exporte ersetzen“ an und exportieren Sie erneut, um sie zu schreiben; bis dahin bleibt das Foto „Seit dem Export geändert“.</translation>
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
    <message>
        <source>possible %1%</source>
        <translation>möglich %1%</translation>
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
    <message>
        <source>Changed since export</source>
        <translation>Seit dem Export geändert</translation>
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
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export anonymized copies of the selected photos (all photos shown when none is selected)</source>
        <translation>Anonymisierte Kopien der ausgewählten Fotos exportieren (alle angezeigten Fotos, wenn keines ausgewählt ist)</translation>
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
    <message>
        <source>Export anonymized copies of the selected photos (or of the photo in the editor)</source>
        <translation>Anonymisierte Kopien der ausgewählten Fotos exportieren (oder des Fotos im Editor)</translation>
    </message>
    <message>
        <source>Open E&amp;xport Folder</source>
        <translation>E&amp;xportordner öffnen</translation>
    </message>
    <message>
        <source>Detect Faces in &amp;All Photos Shown</source>
        <translation>Gesichter in &amp;allen angezeigten Fotos erkennen</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) are undecided: accept (Y) or reject (N) each one.</source>
        <translation>
            <numerusform>Kandidaten in %n Foto sind unentschieden: Übernehmen (Y) oder verwerfen (N) Sie jeden einzelnen.</numerusform>
            <numerusform>Kandidaten in %n Fotos sind unentschieden: Übernehmen (Y) oder verwerfen (N) Sie jeden einzelnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export folder %1 does not exist yet: export a photo first.</source>
        <translation>Der Exportordner %1 existiert noch nicht: Exportieren Sie zuerst ein Foto.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The interrupted export was not resumed: %1</source>
        <translation>Der unterbrochene Export wurde nicht fortgesetzt: %1</translation>
    </message>
    <message>
        <source>The interrupted export was not discarded: another process is running it now.</source>
        <translation>Der unterbrochene Export wurde nicht verworfen: Ein anderer Prozess führt ihn gerade aus.</translation>
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
    <message>
        <source>No faces found</source>
        <translation>Keine Gesichter gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n unentschieden</numerusform>
            <numerusform>%n unentschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Seit dem Export geändert</translation>
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
    <message numerus="yes">
        <source>An export of %n photo(s) to %3, started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Ein Export von %n Foto nach %3, begonnen %1, wurde unterbrochen: %2 noch zu erledigen. Fertige Fotos werden nicht erneut geschrieben.</numerusform>
            <numerusform>Ein Export von %n Fotos nach %3, begonnen %1, wurde unterbrochen: %2 noch zu erledigen. Fertige Fotos werden nicht erneut geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::ReviewLog</name>
    <message numerus="yes">
        <source>%n face(s) added</source>
        <translation>
            <numerusform>%n Gesicht hinzugefügt</numerusform>
            <numerusform>%n Gesichter hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) accepted</source>
        <translation>
            <numerusform>%n Kandidat übernommen</numerusform>
            <numerusform>%n Kandidaten übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) rejected</source>
        <translation>
            <numerusform>%n Kandidat verworfen</numerusform>
            <numerusform>%n Kandidaten verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) removed</source>
        <translation>
            <numerusform>%n Gesicht entfernt</numerusform>
            <numerusform>%n Gesichter entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) moved or resized</source>
        <translation>
            <numerusform>%n Rahmen verschoben oder in der Größe geändert</numerusform>
            <numerusform>%n Rahmen verschoben oder in der Größe geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept visible</source>
        <translation>
            <numerusform>%n Gesicht sichtbar gelassen</numerusform>
            <numerusform>%n Gesichter sichtbar gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden again</source>
        <translation>
            <numerusform>%n Gesicht wieder verborgen</numerusform>
            <numerusform>%n Gesichter wieder verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) accepted</source>
        <translation>
            <numerusform>%n mögliches Gesicht angenommen</numerusform>
            <numerusform>%n mögliche Gesichter angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) rejected</source>
        <translation>
            <numerusform>%n mögliches Gesicht abgelehnt</numerusform>
            <numerusform>%n mögliche Gesichter abgelehnt</numerusform>
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
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} ist der Name des Originals, {ext} die Ausgabeerweiterung (wird am Ende angefügt, wenn das Muster sie nicht platziert)</translation>
    </message>
    <message>
        <source>Fast: looks at large photos at reduced size. About 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.</source>
        <translation>Schnell: betrachtet große Fotos in reduzierter Größe. Etwa 2,5-mal schneller bei 12-Megapixel-Fotos, übersieht dort aber etwa 3 von 10 Gesichtern mit 16-32 Pixeln. Prüfen Sie jedes Foto.</translation>
    </message>
    <message>
        <source>Thorough: as Balanced, with photos looked at up to twice their size. Finds a few more small faces, with more false boxes, at 1.6 times the time of Balanced on 12-megapixel photos (4 times on small ones).</source>
        <translation>Gründlich: wie Ausgewogen, wobei Fotos bis zur doppelten Größe betrachtet werden. Findet einige kleine Gesichter mehr, mit mehr falschen Rahmen, bei 1,6-facher Zeit von Ausgewogen bei 12-Megapixel-Fotos (4-fach bei kleinen).</translation>
    </message>
    <message>
        <source>Balanced (recommended): looks at every photo at its full resolution and finds faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 seconds per 12-megapixel photo on one core.</source>
        <translation>Ausgewogen (empfohlen): betrachtet jedes Foto in voller Auflösung und findet Gesichter ab 16 Pixeln Höhe, unabhängig von der Fotogröße. Etwa 2,5 Sekunden pro 12-Megapixel-Foto auf einem Kern.</translation>
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
    <message>
        <source>Blur the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Den ausgewählten Kandidaten oder das mögliche Gesicht unkenntlich machen (sonst den ersten unsicheren)</translation>
    </message>
    <message>
        <source>Reject the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Den ausgewählten Kandidaten oder das mögliche Gesicht verwerfen (sonst den ersten unsicheren)</translation>
    </message>
    <message>
        <source>Zoom to a face</source>
        <translation>Auf ein Gesicht zoomen</translation>
    </message>
    <message>
        <source>Click it in the face list</source>
        <translation>In der Gesichterliste anklicken</translation>
    </message>
    <message>
        <source>Act on the face selected in the face list</source>
        <translation>Auf das in der Gesichterliste ausgewählte Gesicht anwenden</translation>
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
    <message>
        <source>No confirmed face yet. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>Noch kein bestätigtes Gesicht. Kandidaten, die noch niemand übernommen oder verworfen hat, werden nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed face(s) in the library, all blurred on export. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%n bestätigtes Gesicht in der Bibliothek, beim Export unkenntlich gemacht. Kandidaten, die noch niemand übernommen oder verworfen hat, werden nicht gezählt.</numerusform>
            <numerusform>%n bestätigte Gesichter in der Bibliothek, alle beim Export unkenntlich gemacht. Kandidaten, die noch niemand übernommen oder verworfen hat, werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 confirmed faces are blurred on export, %n kept visible by choice in the editor. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%1 der %2 bestätigten Gesichter werden beim Export unkenntlich gemacht, %n im Editor bewusst sichtbar gelassen. Kandidaten, die noch niemand übernommen oder verworfen hat, werden nicht gezählt.</numerusform>
            <numerusform>%1 der %2 bestätigten Gesichter werden beim Export unkenntlich gemacht, %n im Editor bewusst sichtbar gelassen. Kandidaten, die noch niemand übernommen oder verworfen hat, werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Kameramodell</translation>
    </message>
    <message>
        <source>Day imported</source>
        <translation>Importtag</translation>
    </message>
    <message>
        <source>Photos imported</source>
        <translation>Importierte Fotos</translation>
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
    <message>
        <source>Enter Token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Postausgang:</translation>
    </message>
    <message>
        <source>Not connected: %1.
Veil keeps the server&apos;s token in the system keychain. If no keychain service (GNOME Keyring, KWallet or another Secret Service) is running or it is locked, start or unlock it and connect again. Or enter the token for this session with &quot;Enter Token…&quot;: it is then kept in memory only.</source>
        <translation>Nicht verbunden: %1.
Veil speichert das Token des Servers im Schlüsselbund des Systems. Wenn kein Schlüsselbunddienst (GNOME Keyring, KWallet oder ein anderer Secret Service) läuft oder er gesperrt ist, starten oder entsperren Sie ihn und verbinden Sie sich erneut. Oder geben Sie das Token für diese Sitzung mit „Token eingeben…“ ein: Es wird dann nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>kein Token für %1</translation>
    </message>
    <message>
        <source>Service Token</source>
        <translation>Dienst-Token</translation>
    </message>
    <message>
        <source>Token for %1 (kept for this session only):</source>
        <translation>Token für %1 (nur für diese Sitzung gespeichert):</translation>
    </message>
</context>
</TS>
