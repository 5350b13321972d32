<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Choice</name>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Minutieux</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Flou</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pixeliser</translation>
    </message>
    <message>
        <source>Solid fill</source>
        <translation>Aplat</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Same as the original</source>
        <translation>Comme l&apos;original</translation>
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
        <translation>Supprimer toutes les métadonnées</translation>
    </message>
    <message>
        <source>Keep safe metadata (date, orientation, colour)</source>
        <translation>Garder les métadonnées sûres (date, orientation, couleur)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>veil-cli: %1</source>
        <translation>veil-cli : %1</translation>
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
        <translation>Usage : veil-cli [--library CHEMIN] COMMANDE [options]

Anonymise les visages et les métadonnées des photos, sur cette machine.

Options générales :
  --library CHEMIN la base de données de la photothèque (par défaut : $VEIL_LIBRARY,
                   sinon le dossier de données de l&apos;application)
  -h, --help       affiche cette aide ; COMMANDE --help affiche les options d&apos;une commande
  -v, --version    affiche la version et les modèles de visages trouvés

Commandes :
</translation>
    </message>
    <message>
        <source>veil-cli: --library needs a path</source>
        <translation>veil-cli : --library attend un chemin</translation>
    </message>
    <message>
        <source>veil-cli: unknown option %1 (see veil-cli --help)</source>
        <translation>veil-cli : option inconnue %1 (voir veil-cli --help)</translation>
    </message>
    <message>
        <source>veil-cli: unknown command &apos;%1&apos; (see veil-cli --help)</source>
        <translation>veil-cli : commande inconnue « %1 » (voir veil-cli --help)</translation>
    </message>
    <message>
        <source>import photos and folders into the library</source>
        <translation>importer des photos et des dossiers dans la photothèque</translation>
    </message>
    <message>
        <source>list the photos in the library</source>
        <translation>lister les photos de la photothèque</translation>
    </message>
    <message>
        <source>remove photos from the library (files stay)</source>
        <translation>retirer des photos de la photothèque (les fichiers restent)</translation>
    </message>
    <message>
        <source>show the library&apos;s statistics</source>
        <translation>afficher les statistiques de la photothèque</translation>
    </message>
    <message>
        <source>show the version and the models found</source>
        <translation>afficher la version et les modèles trouvés</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Affiche les options de cette commande.</translation>
    </message>
    <message>
        <source>veil-cli: &apos;%1&apos; is not a photo id</source>
        <translation>veil-cli : « %1 » n&apos;est pas un identifiant de photo</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modèles : %1</translation>
    </message>
    <message>
        <source>  (no model files found)</source>
        <translation>  (aucun fichier de modèle trouvé)</translation>
    </message>
    <message>
        <source>detect faces in photos (CSV or JSON)</source>
        <translation>détecter les visages dans des photos (CSV ou JSON)</translation>
    </message>
    <message>
        <source>measure face detection against known faces (face_coverage metric)</source>
        <translation>mesurer la détection de visages sur des visages connus (métrique face_coverage)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>resume interrupted anonymize batches (each photo written once)</source>
        <translation>reprendre les lots d&apos;anonymisation interrompus (chaque photo est écrite une seule fois)</translation>
    </message>
    <message>
        <source>Score from which a face is certain (0..1; default: the preset&apos;s).</source>
        <translation>Score à partir duquel un visage est certain (0..1 ; par défaut : celui du préréglage).</translation>
    </message>
    <message>
        <source>OpenCV threads (default: OpenCV&apos;s choice).</source>
        <translation>Fils d&apos;exécution OpenCV (par défaut : au choix d&apos;OpenCV).</translation>
    </message>
    <message>
        <source>veil-cli %1: unknown preset &apos;%2&apos; (fast, balanced, thorough)</source>
        <translation>veil-cli %1 : préréglage inconnu « %2 » (fast, balanced, thorough)</translation>
    </message>
    <message>
        <source>veil-cli %1: --threshold wants a number from 0 to 1</source>
        <translation>veil-cli %1 : --threshold attend un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>veil-cli %1: --threads wants a positive number</source>
        <translation>veil-cli %1 : --threads attend un nombre positif</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Format de sortie : csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Also list uncertain candidates (an extra column says which).</source>
        <translation>Liste aussi les candidats incertains (une colonne supplémentaire les signale).</translation>
    </message>
    <message>
        <source>Photos to search for faces.</source>
        <translation>Photos où chercher des visages.</translation>
    </message>
    <message>
        <source>veil-cli detect: give at least one file; --format is csv or json</source>
        <translation>veil-cli detect : indiquez au moins un fichier ; --format vaut csv ou json</translation>
    </message>
    <message>
        <source>Folder with the images.</source>
        <translation>Dossier contenant les images.</translation>
    </message>
    <message>
        <source>Ground truth: file,x,y,w,h[,...] in displayed pixels.</source>
        <translation>Vérité terrain : fichier,x,y,l,h[,...] en pixels affichés.</translation>
    </message>
    <message>
        <source>Growth of each detection about its centre (default 1.3).</source>
        <translation>Agrandissement de chaque détection autour de son centre (1,3 par défaut).</translation>
    </message>
    <message>
        <source>Also write the detections measured, as CSV (for face_coverage.py).</source>
        <translation>Écrit aussi les détections mesurées, en CSV (pour face_coverage.py).</translation>
    </message>
    <message>
        <source>Measures how many known faces the detections would hide, with the metric of face_coverage.py, and the detection time per photo.</source>
        <translation>Mesure combien de visages connus les détections masqueraient, avec la métrique de face_coverage.py, et le temps de détection par photo.</translation>
    </message>
    <message>
        <source>veil-cli eval: %1</source>
        <translation>veil-cli eval : %1</translation>
    </message>
    <message>
        <source>veil-cli eval: %1: %2</source>
        <translation>veil-cli eval : %1 : %2</translation>
    </message>
    <message>
        <source>%1 photos, preset %2: median %3 ms CPU (all threads) and %4 ms wall per photo, decoding included</source>
        <translation>%1 photos, préréglage %2 : médiane de %3 ms de CPU (tous les fils) et %4 ms de temps réel par photo, décodage compris</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Affiche les résultats en JSON.</translation>
    </message>
    <message>
        <source>Photos or folders (searched recursively).</source>
        <translation>Photos ou dossiers (parcourus récursivement).</translation>
    </message>
    <message>
        <source>Imports photos into the library. Originals are only read.</source>
        <translation>Importe des photos dans la photothèque. Les originaux sont seulement lus.</translation>
    </message>
    <message>
        <source>veil-cli import: give at least one file or folder</source>
        <translation>veil-cli import : indiquez au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation>%1 : importée sous %2</translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation>%1 : doublon de %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 failed</source>
        <translation>%1 importées, %2 doublons, %3 en échec</translation>
    </message>
    <message>
        <source>Print the photos as JSON.</source>
        <translation>Affiche les photos en JSON.</translation>
    </message>
    <message>
        <source>Lists the photos in the library.</source>
        <translation>Liste les photos de la photothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo ids (see veil-cli list).</source>
        <translation>Identifiants de photos (voir veil-cli list).</translation>
    </message>
    <message>
        <source>Removes photos from the library. The photo files are not touched.</source>
        <translation>Retire des photos de la photothèque. Les fichiers des photos ne sont pas touchés.</translation>
    </message>
    <message>
        <source>veil-cli remove: give at least one photo id</source>
        <translation>veil-cli remove : indiquez au moins un identifiant de photo</translation>
    </message>
    <message>
        <source>veil-cli remove: %1</source>
        <translation>veil-cli remove : %1</translation>
    </message>
    <message>
        <source>removed photo %1 from the library</source>
        <translation>photo %1 retirée de la photothèque</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1 : retirée</translation>
    </message>
    <message>
        <source>%1: error: no such photo</source>
        <translation>%1 : erreur : photo inexistante</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Affiche les statistiques en JSON.</translation>
    </message>
    <message>
        <source>Shows the library&apos;s statistics.</source>
        <translation>Affiche les statistiques de la photothèque.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Photos : %1</translation>
    </message>
    <message>
        <source>Most common format: %1 (%2)</source>
        <translation>Format le plus courant : %1 (%2)</translation>
    </message>
    <message>
        <source>Top camera models:</source>
        <translation>Modèles d&apos;appareils les plus courants :</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days):</source>
        <translation>Importations par jour (30 derniers jours) :</translation>
    </message>
    <message>
        <source>With GPS position: %1</source>
        <translation>Avec position GPS : %1</translation>
    </message>
    <message>
        <source>With a serial number: %1</source>
        <translation>Avec numéro de série : %1</translation>
    </message>
    <message>
        <source>With an embedded thumbnail: %1</source>
        <translation>Avec vignette intégrée : %1</translation>
    </message>
    <message>
        <source>Faces: %1 (%2 to anonymize)</source>
        <translation>Visages : %1 (%2 à anonymiser)</translation>
    </message>
    <message>
        <source>veil-cli anonymize: %1</source>
        <translation>veil-cli anonymize : %1</translation>
    </message>
    <message>
        <source>give the output folder with -o OUTDIR</source>
        <translation>indiquez le dossier de sortie avec -o DOSSIER_SORTIE</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (blur, pixelate or solid)</source>
        <translation>méthode inconnue « %1 » (blur, pixelate ou solid)</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos; (ellipse or rect)</source>
        <translation>forme inconnue « %1 » (ellipse ou rect)</translation>
    </message>
    <message>
        <source>--mask-scale must be a number from 1 to 4</source>
        <translation>--mask-scale doit être un nombre de 1 à 4</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (fast, balanced or thorough)</source>
        <translation>préréglage inconnu « %1 » (fast, balanced ou thorough)</translation>
    </message>
    <message>
        <source>--keep-metadata is none or safe</source>
        <translation>--keep-metadata vaut none ou safe</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jpeg, png or webp)</source>
        <translation>format inconnu « %1 » (jpeg, png ou webp)</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100</source>
        <translation>--quality doit être de 1 à 100</translation>
    </message>
    <message>
        <source>--jobs must be from 1 to 64</source>
        <translation>--jobs doit être de 1 à 64</translation>
    </message>
    <message>
        <source>The folder the exports are written to.</source>
        <translation>Le dossier où les exports sont écrits.</translation>
    </message>
    <message>
        <source>blur (default), pixelate or solid.</source>
        <translation>blur (flou, par défaut), pixelate (pixeliser) ou solid (aplat).</translation>
    </message>
    <message>
        <source>ellipse (default) or rect.</source>
        <translation>ellipse (par défaut) ou rect (rectangle).</translation>
    </message>
    <message>
        <source>Grow each face box by this factor (default 1.3).</source>
        <translation>Agrandit chaque cadre de visage de ce facteur (1,3 par défaut).</translation>
    </message>
    <message>
        <source>none (default) or safe: date taken, camera make/model and exposure. Never GPS or thumbnails.</source>
        <translation>none (aucune, par défaut) ou safe : date de prise de vue, marque/modèle de l&apos;appareil et exposition. Jamais le GPS ni les vignettes.</translation>
    </message>
    <message>
        <source>jpeg, png or webp (default: like the input; JPEG for HEIF/TIFF/BMP).</source>
        <translation>jpeg, png ou webp (par défaut : comme l&apos;entrée ; JPEG pour HEIF/TIFF/BMP).</translation>
    </message>
    <message>
        <source>JPEG/WebP quality (default 92).</source>
        <translation>Qualité JPEG/WebP (92 par défaut).</translation>
    </message>
    <message>
        <source>Output name template (default {name}_anon.{ext}).</source>
        <translation>Modèle de nom de sortie (par défaut {name}_anon.{ext}).</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: one per core).</source>
        <translation>Photos traitées en parallèle (par défaut : une par cœur).</translation>
    </message>
    <message>
        <source>Write a JSON report of every photo to FILE.</source>
        <translation>Écrit un rapport JSON de chaque photo dans FICHIER.</translation>
    </message>
    <message>
        <source>Replace existing outputs (never an original).</source>
        <translation>Remplace les sorties existantes (jamais un original).</translation>
    </message>
    <message>
        <source>JPEG: re-encode the whole image instead of only the face blocks.</source>
        <translation>JPEG : réencode toute l&apos;image au lieu des seuls blocs des visages.</translation>
    </message>
    <message>
        <source>Skip the check of each written file (not recommended).</source>
        <translation>Saute la vérification de chaque fichier écrit (déconseillé).</translation>
    </message>
    <message>
        <source>INPUT... are library photo ids (none: all); use their reviewed boxes instead of detecting.</source>
        <translation>ENTRÉE... sont des identifiants de photos de la photothèque (aucun : toutes) ; utilise leurs cadres vérifiés au lieu de détecter.</translation>
    </message>
    <message>
        <source>Detects faces, anonymizes them, strips identifying metadata, writes the result to OUTDIR and verifies it. Originals are only read.</source>
        <translation>Détecte les visages, les anonymise, supprime les métadonnées identifiantes, écrit le résultat dans DOSSIER_SORTIE et le vérifie. Les originaux sont seulement lus.</translation>
    </message>
    <message>
        <source>veil-cli anonymize: give at least one file or folder</source>
        <translation>veil-cli anonymize : indiquez au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot record the batch in the library: %1</source>
        <translation>veil-cli anonymize : impossible d&apos;enregistrer le lot dans la photothèque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 -&gt; %2 (%n visage anonymisé)</numerusform>
            <numerusform>%1 -&gt; %2 (%n visages anonymisés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exported, %2 failed</source>
        <translation>%1 exportées, %2 en échec</translation>
    </message>
    <message>
        <source>veil-cli anonymize: cannot write the report %1: %2</source>
        <translation>veil-cli anonymize : impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier inexistant</translation>
    </message>
    <message>
        <source>no photo %1 in the library</source>
        <translation>pas de photo %1 dans la photothèque</translation>
    </message>
    <message>
        <source>photo %1 has not been reviewed (status %2): detect and review it first, or anonymize the file without --from-library</source>
        <translation>la photo %1 n&apos;a pas été vérifiée (état %2) : détectez-la et vérifiez-la d&apos;abord, ou anonymisez le fichier sans --from-library</translation>
    </message>
    <message>
        <source>%1 would also be written by %2; rename one or change the name template</source>
        <translation>%1 serait aussi écrit par %2 ; renommez l&apos;un des deux ou changez le modèle de nom</translation>
    </message>
    <message>
        <source>anonymize faces and metadata, export and verify (files, folders, library)</source>
        <translation>anonymiser visages et métadonnées, exporter et vérifier (fichiers, dossiers, photothèque)</translation>
    </message>
    <message>
        <source>push photos to the face-blur service, track them, pull the results</source>
        <translation>envoyer des photos au service de floutage, les suivre, récupérer les résultats</translation>
    </message>
    <message>
        <source>Photos processed in parallel (default: 2).</source>
        <translation>Photos traitées en parallèle (par défaut : 2).</translation>
    </message>
    <message>
        <source>Write a JSON report of the whole batch.</source>
        <translation>Écrit un rapport JSON de tout le lot.</translation>
    </message>
    <message>
        <source>Batches to resume (default: every unfinished one).</source>
        <translation>Lots à reprendre (par défaut : tous les lots inachevés).</translation>
    </message>
    <message>
        <source>veil-cli resume: --jobs needs a number from 1 to 64</source>
        <translation>veil-cli resume : --jobs attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>No unfinished batches.</source>
        <translation>Aucun lot inachevé.</translation>
    </message>
    <message>
        <source>veil-cli resume: no batch %1</source>
        <translation>veil-cli resume : pas de lot %1</translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 is a %2 batch, which cannot be resumed here</source>
        <translation>veil-cli resume : le lot %1 est un lot %2, qui ne peut pas être repris ici</translation>
    </message>
    <message>
        <source>Resuming batch %1: %2 of %3 photos left</source>
        <translation>Reprise du lot %1 : %2 photos restantes sur %3</translation>
    </message>
    <message>
        <source>batch %1: %2 exported, %3 failed%4</source>
        <translation>lot %1 : %2 exportées, %3 en échec%4</translation>
    </message>
    <message>
        <source>veil-cli resume: cannot write the report %1: %2</source>
        <translation>veil-cli resume : impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>no token stored for %1</source>
        <translation>aucun jeton enregistré pour %1</translation>
    </message>
    <message>
        <source> (set VEIL_SYNC_TOKEN or run: veil-cli sync --server URL token &lt; token.txt)</source>
        <translation> (définissez VEIL_SYNC_TOKEN ou lancez : veil-cli sync --server URL token &lt; token.txt)</translation>
    </message>
    <message>
        <source>%1: error: cannot import: %2</source>
        <translation>%1 : erreur : importation impossible : %2</translation>
    </message>
    <message>
        <source>%1: error: no such photo id or file</source>
        <translation>%1 : erreur : identifiant de photo ou fichier inexistant</translation>
    </message>
    <message>
        <source>%1: on the server as %2 (%3)</source>
        <translation>%1 : sur le serveur sous %2 (%3)</translation>
    </message>
    <message>
        <source>%1: error: not pushed yet (%2): %3</source>
        <translation>%1 : erreur : pas encore envoyée (%2) : %3</translation>
    </message>
    <message>
        <source>veil-cli sync: %1</source>
        <translation>veil-cli sync : %1</translation>
    </message>
    <message>
        <source>veil-cli sync: %1 not pushed; run the same command again to finish</source>
        <translation>veil-cli sync : %1 non envoyées ; relancez la même commande pour terminer</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images: %1</source>
        <translation>veil-cli sync : impossible de lister les images du serveur : %1</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>veil-cli sync: cannot create %1</source>
        <translation>veil-cli sync : impossible de créer %1</translation>
    </message>
    <message>
        <source>%1: error: cannot copy to %2</source>
        <translation>%1 : erreur : impossible de copier vers %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: error: download failed: %2</source>
        <translation>%1 : erreur : le téléchargement a échoué : %2</translation>
    </message>
    <message>
        <source>%1: the server failed to process it</source>
        <translation>%1 : le serveur n&apos;a pas pu la traiter</translation>
    </message>
    <message>
        <source>veil-cli sync: could not list the server&apos;s images</source>
        <translation>veil-cli sync : impossible de lister les images du serveur</translation>
    </message>
    <message>
        <source>veil-cli sync token: give the token on standard input</source>
        <translation>veil-cli sync token : donnez le jeton sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>token stored in the system keychain for %1</source>
        <translation>jeton enregistré dans le trousseau du système pour %1</translation>
    </message>
    <message>
        <source>The face-blur service (https://...).</source>
        <translation>Le service de floutage des visages (https://...).</translation>
    </message>
    <message>
        <source>push: send the original files instead of their anonymized exports.</source>
        <translation>push : envoie les fichiers originaux au lieu de leurs exports anonymisés.</translation>
    </message>
    <message>
        <source>status: print as JSON.</source>
        <translation>status : affiche en JSON.</translation>
    </message>
    <message>
        <source>pull: the folder for the processed images.</source>
        <translation>pull : le dossier des images traitées.</translation>
    </message>
    <message>
        <source>push FILE_OR_ID..., status, pull -o DIR, or token (reads it from stdin).</source>
        <translation>push FICHIER_OU_ID..., status, pull -o DOSSIER, ou token (le lit sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Syncs with the face-blur service. The token comes from VEIL_SYNC_TOKEN or the system keychain. Exit code 4: the server refused the token or account.</source>
        <translation>Synchronise avec le service de floutage des visages. Le jeton vient de VEIL_SYNC_TOKEN ou du trousseau du système. Code de sortie 4 : le serveur a refusé le jeton ou le compte.</translation>
    </message>
    <message>
        <source>veil-cli sync: --server URL is required</source>
        <translation>veil-cli sync : --server URL est obligatoire</translation>
    </message>
    <message>
        <source>veil-cli sync: give an action: push, status, pull or token</source>
        <translation>veil-cli sync : indiquez une action : push, status, pull ou token</translation>
    </message>
    <message>
        <source>veil-cli sync push: give at least one photo id or file</source>
        <translation>veil-cli sync push : indiquez au moins un identifiant de photo ou un fichier</translation>
    </message>
    <message>
        <source>veil-cli sync pull: -o DIR is required</source>
        <translation>veil-cli sync pull : -o DOSSIER est obligatoire</translation>
    </message>
    <message>
        <source>%1: error: photo %2 has no verified anonymized export; export it first (veil-cli anonymize --from-library %2 -o DIR) or send the original with --originals</source>
        <translation>%1 : erreur : la photo %2 n&apos;a pas d&apos;export anonymisé vérifié ; exportez-la d&apos;abord (veil-cli anonymize --from-library %2 -o DIR) ou envoyez l&apos;original avec --originals</translation>
    </message>
    <message>
        <source>Detection preset: balanced (default: every photo at full resolution, faces from 16 px), fast (large photos at reduced size: quicker, misses small faces) or thorough (up to twice the size: a few more small faces, more false boxes, 1.6-4 times the time).</source>
        <translation>Préréglage de détection : balanced (par défaut : chaque photo en pleine résolution, visages à partir de 16 px), fast (grandes photos en taille réduite : plus rapide, manque de petits visages) ou thorough (jusqu&apos;à deux fois la taille : quelques petits visages de plus, plus de faux cadres, 1,6 à 4 fois le temps).</translation>
    </message>
    <message numerus="yes">
        <source>Continuing batch %1: %2 of %n photo(s) left</source>
        <translation>
            <numerusform>Reprise du lot %1 : %2 sur %n photo restantes</numerusform>
            <numerusform>Reprise du lot %1 : %2 sur %n photos restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (exported earlier, by batch %3)</source>
        <translation>%1 -&gt; %2 (déjà exportée, par le lot %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n photo(s) done. Run the same command again, or `veil-cli resume %2`, to finish batch %2.</source>
        <translation>
            <numerusform>Arrêté : %1 sur %n photo traitées. Relancez la même commande, ou `veil-cli resume %2`, pour terminer le lot %2.</numerusform>
            <numerusform>Arrêté : %1 sur %n photos traitées. Relancez la même commande, ou `veil-cli resume %2`, pour terminer le lot %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the photos in progress (Ctrl-C again to stop sooner)…</source>
        <translation>Arrêt après les photos en cours (Ctrl-C à nouveau pour arrêter plus tôt)…</translation>
    </message>
    <message>
        <source>Detection preset: fast, balanced (default), thorough (see above).</source>
        <translation>Préréglage de détection : fast, balanced (par défaut), thorough (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.

Presets:
  balanced  (default) looks at every photo at its full resolution: faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 s of one core for a 12-megapixel photo.
  fast      looks at photos of more than 3 megapixels at reduced size: about 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.
  thorough  as balanced, with photos looked at up to twice their size: a few more small faces, more false boxes, 1.6 times the time on 12-megapixel photos (4 times on small ones).</source>
        <translation>Détecte les visages. Les cadres sont en pixels de la photo telle qu&apos;affichée (orientation EXIF appliquée). Les photos sont seulement lues.

Préréglages :
  balanced  (par défaut) examine chaque photo en pleine résolution : visages à partir de 16 pixels de haut, quelle que soit la taille de la photo. Environ 2,5 s d&apos;un cœur pour une photo de 12 mégapixels.
  fast      examine les photos de plus de 3 mégapixels en taille réduite : environ 2,5 fois plus rapide sur des photos de 12 mégapixels, mais y manque environ 3 visages sur 10 de 16 à 32 pixels. Vérifiez chaque photo.
  thorough  comme balanced, avec des photos examinées jusqu&apos;à deux fois leur taille : quelques petits visages de plus, plus de faux cadres, 1,6 fois le temps sur des photos de 12 mégapixels (4 fois sur les petites).</translation>
    </message>
    <message numerus="yes">
        <source>Stopped (Ctrl-C) after %1 of %n photo(s); run detect again on the others.</source>
        <translation>
            <numerusform>Arrêté (Ctrl-C) après %1 sur %n photo ; relancez detect sur les autres.</numerusform>
            <numerusform>Arrêté (Ctrl-C) après %1 sur %n photos ; relancez detect sur les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A labelled set: DIR/images and DIR/faces.csv (e.g. ../shared/data/wider-native or ../shared/data/wider-dev).</source>
        <translation>Un jeu annoté : DIR/images et DIR/faces.csv (p. ex. ../shared/data/wider-native ou ../shared/data/wider-dev).</translation>
    </message>
    <message>
        <source>Which detections hide faces: blurred (default: certain and uncertain ones, what anonymize blurs without review), certain (certain ones alone), or both (two reports, blurred last).</source>
        <translation>Quelles détections masquent les visages : blurred (par défaut : les certaines et les incertaines, ce que anonymize floute sans vérification), certain (les certaines seules) ou both (deux rapports, blurred en dernier).</translation>
    </message>
    <message>
        <source>veil-cli eval: give --set DIR, or --images DIR and --faces FACES.csv (and a positive --mask-scale; --count is blurred, certain or both)</source>
        <translation>veil-cli eval : donnez --set DIR, ou --images DIR et --faces FACES.csv (et un --mask-scale positif ; --count vaut blurred, certain ou both)</translation>
    </message>
    <message>
        <source># certain detections alone</source>
        <translation># détections certaines seules</translation>
    </message>
    <message>
        <source># certain and uncertain detections (what anonymize blurs without review)</source>
        <translation># détections certaines et incertaines (ce que anonymize floute sans vérification)</translation>
    </message>
    <message>
        <source>Stopped (Ctrl-C): run the same import again to go on; photos already imported are recognised as duplicates.</source>
        <translation>Arrêté (Ctrl-C) : relancez la même importation pour continuer ; les photos déjà importées sont reconnues comme doublons.</translation>
    </message>
    <message>
        <source>%1/%2 photos  %3 photos/s  ETA %4</source>
        <translation>%1/%2 photos  %3 photos/s  temps restant %4</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n photo(s) done in %2 (%3 photos/s), %4 failed</source>
        <translation>
            <numerusform>%1 sur %n photo traitées en %2 (%3 photos/s), %4 échecs</numerusform>
            <numerusform>%1 sur %n photos traitées en %2 (%3 photos/s), %4 échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2 -&gt; %3</source>
        <translation>tâche %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(library)</source>
        <translation>(bibliothèque)</translation>
    </message>
    <message>
        <source>settings: %1, %2, preset %3%4</source>
        <translation>réglages : %1, %2, préréglage %3%4</translation>
    </message>
    <message>
        <source>, reviewed boxes</source>
        <translation>, cadres vérifiés</translation>
    </message>
    <message>
        <source>List the unfinished batches (job, inputs, output folder, progress, state) and stop.</source>
        <translation>Liste les lots inachevés (tâche, entrées, dossier de sortie, progression, état) et s&apos;arrête.</translation>
    </message>
    <message>
        <source>superseded by batch %1 of the same job: resume closes it</source>
        <translation>remplacé par le lot %1 de la même tâche : resume le ferme</translation>
    </message>
    <message>
        <source>Batch %1: superseded by batch %2 of the same job, closed</source>
        <translation>Lot %1 : remplacé par le lot %2 de la même tâche, fermé</translation>
    </message>
    <message>
        <source> (stopped; run `veil-cli resume` again to finish it)</source>
        <translation> (arrêté ; relancez `veil-cli resume` pour le terminer)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), %1 waiting in the outbox</source>
        <translation>
            <numerusform>%n photo, %1 en attente dans la file d&apos;envoi</numerusform>
            <numerusform>%n photos, %1 en attente dans la file d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1, %2 still on the way</source>
        <translation>
            <numerusform>%n résultat dans %1, %2 encore en route</numerusform>
            <numerusform>%n résultats dans %1, %2 encore en route</numerusform>
        </translation>
    </message>
    <message>
        <source>veil-cli resume: batch %1 was started by another face detector (another version of Veil or other model files). Its remaining photos are detected with this one; to redo the photos it finished as well, run its anonymize command again.</source>
        <translation>veil-cli resume : le lot %1 a été commencé par un autre détecteur de visages (une autre version de Veil ou d’autres fichiers de modèle). Ses photos restantes sont détectées avec celui-ci ; pour refaire aussi les photos déjà terminées, relancez sa commande anonymize.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened,
4 the batch is being run by another process.
</source>
        <translation>
Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 certains fichiers en échec, 3 la bibliothèque ne peut pas être ouverte,
4 le lot est exécuté par un autre processus.
</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>running (pid %1)</source>
        <translation>en cours (PID %1)</translation>
    </message>
    <message>
        <source>running (pid %1 on %2)</source>
        <translation>en cours (PID %1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %2, %3 of %n photo(s) done (%4 failed), %5, started %6</source>
        <translation>
            <numerusform>Lot %1 : %2, %3 sur %n photo traitée (%4 en échec), %5, démarré %6</numerusform>
            <numerusform>Lot %1 : %2, %3 sur %n photos traitées (%4 en échec), %5, démarré %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumes anonymize batches that were interrupted (a crash, a kill, Ctrl-C). Finished photos are not written again. A batch another process is running is left to it (exit code 4).</source>
        <translation>Reprend les lots d&apos;anonymisation interrompus (plantage, arrêt forcé, Ctrl+C). Les photos terminées ne sont pas réécrites. Un lot qu&apos;un autre processus exécute lui est laissé (code de sortie 4).</translation>
    </message>
    <message>
        <source>veil-cli resume: %1</source>
        <translation>veil-cli resume : %1</translation>
    </message>
    <message>
        <source>Batch %1: finished meanwhile by another process</source>
        <translation>Lot %1 : terminé entre-temps par un autre processus</translation>
    </message>
    <message>
        <source>veil-cli list: %1</source>
        <translation>veil-cli list : %1</translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>%1: model file not found</source>
        <translation>%1 : fichier de modèle introuvable</translation>
    </message>
    <message>
        <source>%1: cannot load the cascade</source>
        <translation>%1 : impossible de charger la cascade</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1 : impossible de charger le modèle : %2</translation>
    </message>
    <message>
        <source>No face detection model found in %1: falling back to the Haar cascade, which misses many faces. Check every photo by hand.</source>
        <translation>Aucun modèle de détection de visages trouvé dans %1 : Veil se rabat sur la cascade de Haar, qui manque beaucoup de visages. Vérifiez chaque photo à la main.</translation>
    </message>
    <message>
        <source>The Haar cascade is missing too (install opencv-data): no faces will be detected.</source>
        <translation>La cascade de Haar manque aussi (installez opencv-data) : aucun visage ne sera détecté.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>unknown placeholder {%1} in the name template</source>
        <translation>espace réservé inconnu {%1} dans le modèle de nom</translation>
    </message>
    <message>
        <source>the name template &quot;%1&quot; does not give a file name</source>
        <translation>le modèle de nom « %1 » ne donne pas de nom de fichier</translation>
    </message>
    <message>
        <source>cannot encode as %1: %2</source>
        <translation>impossible d&apos;encoder en %1 : %2</translation>
    </message>
    <message>
        <source>the encoder&apos;s %1 output is malformed</source>
        <translation>la sortie %1 de l&apos;encodeur est mal formée</translation>
    </message>
    <message>
        <source>the written file does not decode: %1</source>
        <translation>le fichier écrit ne se décode pas : %1</translation>
    </message>
    <message>
        <source>the written file still holds %1</source>
        <translation>le fichier écrit contient encore %1</translation>
    </message>
    <message numerus="yes">
        <source>a face is still detected in %n anonymized region(s) (score %1)</source>
        <translation>
            <numerusform>un visage est encore détecté dans %n zone anonymisée (score %1)</numerusform>
            <numerusform>un visage est encore détecté dans %n zones anonymisées (score %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>it shows %1x%2 pixels instead of %3x%4</source>
        <translation>il affiche %1×%2 pixels au lieu de %3×%4</translation>
    </message>
    <message numerus="yes">
        <source>exported %1 to %2 (%n face(s) anonymized)</source>
        <translation>
            <numerusform>%1 exporté vers %2 (%n visage anonymisé)</numerusform>
            <numerusform>%1 exporté vers %2 (%n visages anonymisés)</numerusform>
        </translation>
    </message>
    <message>
        <source>export of %1 failed: %2</source>
        <translation>l&apos;export de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>impossible de créer un fichier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation>%1 existe déjà (utilisez --overwrite pour le remplacer)</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>aucun chemin de sortie</translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation>le chemin de sortie est l&apos;entrée elle-même ; les originaux ne sont jamais écrits</translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation>le réencodage a été demandé (--reencode)</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la vérification a échoué : %1</translation>
    </message>
    <message>
        <source>the lossless JPEG path failed: %1</source>
        <translation>la voie JPEG sans perte a échoué : %1</translation>
    </message>
    <message>
        <source>%1 of %2 MCUs re-encoded</source>
        <translation>%1 MCU sur %2 réencodées</translation>
    </message>
    <message>
        <source>the face detector could not check it: %1</source>
        <translation>le détecteur de visages n&apos;a pas pu le vérifier : %1</translation>
    </message>
    <message>
        <source>the image decodes at %1x%2 pixels, its header says %3x%4</source>
        <translation>l’image se décode en %1x%2 pixels, son en-tête indique %3x%4</translation>
    </message>
    <message>
        <source>%1 not exported: %2 exists already and was not replaced</source>
        <translation>%1 non exportée : %2 existe déjà et n&apos;a pas été remplacé</translation>
    </message>
    <message>
        <source>the original pixels of a region were not kept</source>
        <translation>les pixels d&apos;origine d&apos;une zone n&apos;ont pas été conservés</translation>
    </message>
    <message>
        <source>a region (%1x%2 pixels) is too small for the reduced decode</source>
        <translation>une zone (%1x%2 pixels) est trop petite pour le décodage réduit</translation>
    </message>
    <message>
        <source>a region lies outside the written image</source>
        <translation>une zone se trouve hors de l&apos;image écrite</translation>
    </message>
    <message>
        <source>the anonymized regions could not be compared with the original: %1</source>
        <translation>les zones anonymisées n&apos;ont pas pu être comparées à l&apos;original : %1</translation>
    </message>
    <message>
        <source>the box at %1,%2 (%3x%4 pixels)</source>
        <translation>le cadre en %1,%2 (%3x%4 pixels)</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymized region(s) left visible, still carrying the original&apos;s detail (up to %1%): %2</source>
        <translation>
            <numerusform>%n zone anonymisée restée visible, elle porte encore le détail de l&apos;original (jusqu&apos;à %1 %) : %2</numerusform>
            <numerusform>%n zones anonymisées restées visibles, elles portent encore le détail de l&apos;original (jusqu&apos;à %1 %) : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>batch %1 cannot be locked for this process: no permission to create %2</source>
        <translation>le lot %1 ne peut pas être verrouillé pour ce processus : pas le droit de créer %2</translation>
    </message>
    <message>
        <source>batch %1 cannot be locked for this process: %2 cannot be created</source>
        <translation>le lot %1 ne peut pas être verrouillé pour ce processus : %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>batch %1 is being taken by another process; try again in a moment</source>
        <translation>le lot %1 est en train d&apos;être pris par un autre processus ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on this machine; wait for it to finish or stop it</source>
        <translation>le lot %1 est exécuté par %2 (PID %3) sur cette machine ; attendez qu&apos;il se termine ou arrêtez-le</translation>
    </message>
    <message>
        <source>batch %1 is being run by %2 (pid %3) on %4; wait for it to finish or stop it (if it no longer runs there, delete %5)</source>
        <translation>le lot %1 est exécuté par %2 (PID %3) sur %4 ; attendez qu&apos;il se termine ou arrêtez-le (s&apos;il ne tourne plus là-bas, supprimez %5)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anonymize faces and metadata in photos</source>
        <translation>Anonymiser les visages et les métadonnées des photos</translation>
    </message>
    <message>
        <source>The library file to open.</source>
        <translation>Le fichier de photothèque à ouvrir.</translation>
    </message>
    <message>
        <source>Save the window as PNG and quit.</source>
        <translation>Enregistre la fenêtre en PNG et quitte.</translation>
    </message>
    <message>
        <source>Photos or folders to import.</source>
        <translation>Photos ou dossiers à importer.</translation>
    </message>
    <message>
        <source>library, library-menu, editor, statistics, export or export-done.</source>
        <translation>library, library-menu, editor, statistics, export ou export-done.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>found on the server by its object name</source>
        <translation>trouvée sur le serveur par son nom d&apos;objet</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>absente du serveur</translation>
    </message>
    <message>
        <source>found on the server as the only new processed image</source>
        <translation>trouvée sur le serveur comme seule nouvelle image traitée</translation>
    </message>
    <message>
        <source>%1 new images on the server could be this photo; it is not submitted again to avoid a duplicate</source>
        <translation>%1 nouvelles images sur le serveur pourraient être cette photo ; elle n&apos;est pas soumise à nouveau pour éviter un doublon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>« %1 » n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>refusing unencrypted %1 to %2: use https (plain http is only allowed for this machine&apos;s loopback address)</source>
        <translation>%1 non chiffré vers %2 refusé : utilisez https (le http simple n&apos;est permis que pour l&apos;adresse de bouclage de cette machine)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; in %2</source>
        <translation>schéma d&apos;URL non pris en charge « %1 » dans %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server URL (expected e.g. https://host)</source>
        <translation>« %1 » n&apos;est pas une URL de serveur (attendu par ex. https://hote)</translation>
    </message>
    <message>
        <source>no token stored in the keychain for %1</source>
        <translation>aucun jeton enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>cannot read the token from the system keychain: %1</source>
        <translation>impossible de lire le jeton dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>cannot store the token in the system keychain: %1</source>
        <translation>impossible d&apos;enregistrer le jeton dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>aucun jeton pour %1</translation>
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation>%1 : la connexion sécurisée a échoué : %2</translation>
    </message>
    <message>
        <source>%1: server unreachable: %2</source>
        <translation>%1 : serveur injoignable : %2</translation>
    </message>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1 : pas de réponse : %2</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON</source>
        <translation>%1 : la réponse n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1 : HTTP %2 : %3</translation>
    </message>
    <message>
        <source>the server refused the token (%1)</source>
        <translation>le serveur a refusé le jeton (%1)</translation>
    </message>
    <message>
        <source>the server does not know this account (HTTP 404: %1)</source>
        <translation>le serveur ne connaît pas ce compte (HTTP 404 : %1)</translation>
    </message>
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation>upload-url/get : la réponse n&apos;a ni url ni objectName</translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation>submit : la réponse n&apos;a pas d&apos;identifiant d&apos;image</translation>
    </message>
    <message>
        <source>Sync: waiting to be sent</source>
        <translation>Synchronisation : en attente d’envoi</translation>
    </message>
    <message>
        <source>Sync: processing on the server</source>
        <translation>Synchronisation : traitement sur le serveur</translation>
    </message>
    <message>
        <source>Sync: processed by the server</source>
        <translation>Synchronisation : traitée par le serveur</translation>
    </message>
    <message>
        <source>Sync: processed, result downloaded</source>
        <translation>Synchronisation : traitée, résultat téléchargé</translation>
    </message>
    <message>
        <source>Sync: the server could not process it</source>
        <translation>Synchronisation : le serveur n’a pas pu la traiter</translation>
    </message>
    <message>
        <source>Sync: sending failed</source>
        <translation>Synchronisation : échec de l’envoi</translation>
    </message>
    <message>
        <source>Sync: being sent</source>
        <translation>Synchronisation : envoi en cours</translation>
    </message>
</context>
<context>
    <name>veil::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>photo %1 (no longer in the library)</source>
        <translation>photo %1 (n&apos;est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Face detection</source>
        <translation>Détection des visages</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Suppression</translation>
    </message>
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Possible face</source>
        <translation>Visage possible</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>Flouté</translation>
    </message>
    <message>
        <source>Kept visible</source>
        <translation>Laissé visible</translation>
    </message>
    <message>
        <source>drawn by you</source>
        <translation>tracé par vous</translation>
    </message>
    <message>
        <source>detector %1%</source>
        <translation>détecteur %1%</translation>
    </message>
    <message>
        <source>blurred unless N</source>
        <translation>flouté sauf si N</translation>
    </message>
    <message>
        <source>visible unless Y</source>
        <translation>visible sauf si Y</translation>
    </message>
    <message>
        <source>Click to zoom to this face. Y blurs it, N rejects it, K keeps it visible, Del deletes it.</source>
        <translation>Cliquez pour zoomer sur ce visage. Y le floute, N le rejette, K le laisse visible, Del le supprime.</translation>
    </message>
</context>
<context>
    <name>veil::Jpeg</name>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, above the limit of %3 megapixels</source>
        <translation>l&apos;image fait %1×%2 pixels, au-delà de la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 image</source>
        <translation>mémoire insuffisante pour une image de %1×%2</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: %1</source>
        <translation>données JPEG tronquées ou corrompues : %1</translation>
    </message>
    <message>
        <source>JPEG error: %1</source>
        <translation>erreur JPEG : %1</translation>
    </message>
</context>
<context>
    <name>veil::LosslessJpeg</name>
    <message>
        <source>arithmetic coding</source>
        <translation>le codage arithmétique</translation>
    </message>
    <message>
        <source>%1-bit samples</source>
        <translation>des échantillons sur %1 bits</translation>
    </message>
    <message>
        <source>CMYK/YCCK colour</source>
        <translation>la couleur CMJN/YCCK</translation>
    </message>
    <message>
        <source>%1 colour components</source>
        <translation>%1 composantes de couleur</translation>
    </message>
    <message>
        <source>RGB-coded colour (no YCbCr transform)</source>
        <translation>la couleur codée en RVB (sans transformation YCbCr)</translation>
    </message>
    <message>
        <source>non-integral chroma subsampling</source>
        <translation>un sous-échantillonnage de chrominance non entier</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 tile</source>
        <translation>mémoire insuffisante pour une tuile de %1×%2</translation>
    </message>
    <message>
        <source>the obfuscation changed the tile size from %1x%2 to %3x%4</source>
        <translation>l&apos;anonymisation a changé la taille de la tuile de %1×%2 à %3×%4</translation>
    </message>
    <message>
        <source>component %1 has no quantisation table</source>
        <translation>la composante %1 n&apos;a pas de table de quantification</translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation>pas un fichier JPEG</translation>
    </message>
    <message>
        <source>marker 0x%1 is not an APPn or COM segment</source>
        <translation>le marqueur 0x%1 n&apos;est pas un segment APPn ou COM</translation>
    </message>
    <message>
        <source>marker 0x%1 payload of %2 bytes is above the 65533-byte segment limit</source>
        <translation>la charge du marqueur 0x%1, de %2 octets, dépasse la limite de segment de 65533 octets</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle %1</source>
        <translation>la voie JPEG sans perte ne gère pas %1</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG data: DCT coefficient out of range in component %1, block row %2</source>
        <translation>données JPEG tronquées ou corrompues : coefficient DCT hors limites dans la composante %1, ligne de blocs %2</translation>
    </message>
    <message>
        <source>the lossless JPEG path does not handle this JPEG: %1</source>
        <translation>la voie JPEG sans perte ne gère pas ce JPEG : %1</translation>
    </message>
    <message>
        <source>the decoded image is %1x%2 pixels, the JPEG %3x%4</source>
        <translation>l&apos;image décodée fait %1x%2 pixels, le JPEG %3x%4</translation>
    </message>
</context>
<context>
    <name>veil::PhotoDocument</name>
    <message>
        <source>Add face</source>
        <translation>Ajouter un visage</translation>
    </message>
    <message>
        <source>Move face</source>
        <translation>Déplacer le visage</translation>
    </message>
    <message>
        <source>Resize face</source>
        <translation>Redimensionner le visage</translation>
    </message>
    <message>
        <source>Delete face</source>
        <translation>Supprimer le visage</translation>
    </message>
    <message>
        <source>Anonymize face</source>
        <translation>Anonymiser le visage</translation>
    </message>
    <message>
        <source>Keep face visible</source>
        <translation>Laisser le visage visible</translation>
    </message>
    <message>
        <source>Accept face</source>
        <translation>Accepter le visage</translation>
    </message>
    <message>
        <source>Reject face</source>
        <translation>Rejeter le visage</translation>
    </message>
    <message>
        <source>Detect faces</source>
        <translation>Détecter les visages</translation>
    </message>
</context>
<context>
    <name>veil::sync::SyncEngine</name>
    <message>
        <source>cannot write the sync outbox: %1</source>
        <translation>impossible d&apos;écrire la file d&apos;envoi de la synchronisation : %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file to push: %2</source>
        <translation>%1 : impossible de lire le fichier à envoyer : %2</translation>
    </message>
    <message>
        <source>%1: the processed image is not a readable image</source>
        <translation>%1 : l&apos;image traitée n&apos;est pas une image lisible</translation>
    </message>
    <message>
        <source>%1: cannot save the processed image: %2</source>
        <translation>%1 : impossible d&apos;enregistrer l&apos;image traitée : %2</translation>
    </message>
    <message>
        <source>downloaded the processed image %1</source>
        <translation>image traitée %1 téléchargée</translation>
    </message>
</context>
<context>
    <name>veil::ui::ActivityDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation>Exporter le journal d&apos;activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1 : n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>veil::ui::DetectJob</name>
    <message>
        <source>%1: faces not saved: %2</source>
        <translation>%1 : visages non enregistrés : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n face(s) found</source>
        <translation>
            <numerusform>%1 : %n visage trouvé</numerusform>
            <numerusform>%1 : %n visages trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n visage possible</numerusform>
            <numerusform>%n visages possibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::EditorPage</name>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Editor tools</source>
        <translation>Outils de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Back to library</source>
        <translation>Retour à la photothèque</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the anonymization (hold Space to see the original)</source>
        <translation>Afficher l&apos;anonymisation (maintenir Espace pour voir l&apos;original)</translation>
    </message>
    <message>
        <source>Faces in this photo</source>
        <translation>Visages de cette photo</translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Photos restant à vérifier</translation>
    </message>
    <message>
        <source>photo %1 is no longer in the library</source>
        <translation>la photo %1 n&apos;est plus dans la photothèque</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 sur %2</translation>
    </message>
    <message>
        <source>Photo %1: the faces could not be saved: %2</source>
        <translation>Photo %1 : les visages n&apos;ont pas pu être enregistrés : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain face(s) still to accept (Y) or reject (N)</source>
        <translation>
            <numerusform>%n visage incertain reste à accepter (Y) ou rejeter (N)</numerusform>
            <numerusform>%n visages incertains restent à accepter (Y) ou rejeter (N)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect faces</source>
        <translation>Détecter les visages</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Recherche des visages…</translation>
    </message>
    <message numerus="yes">
        <source>%n new face(s) found</source>
        <translation>
            <numerusform>%n nouveau visage trouvé</numerusform>
            <numerusform>%n nouveaux visages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed, next photo</source>
        <translation>Vérifiée, photo suivante</translation>
    </message>
    <message>
        <source>Mask view</source>
        <translation>Vue des masques</translation>
    </message>
    <message>
        <source>Show the photo unblurred with exactly what the export will blur: each mask (hatched) and how far its blur reaches (dashed). Faces without a mask stay visible.</source>
        <translation>Affiche la photo non floutée avec exactement ce que l&apos;export floutera : chaque masque (hachuré) et la portée de son flou (en tirets). Les visages sans masque restent visibles.</translation>
    </message>
    <message>
        <source>Next uncertain face</source>
        <translation>Visage incertain suivant</translation>
    </message>
    <message>
        <source>Next possible face</source>
        <translation>Visage possible suivant</translation>
    </message>
    <message>
        <source>Every box in this photo, undecided ones first. Click one to zoom to it; Y blurs, N rejects, K keeps visible, Del deletes.</source>
        <translation>Tous les cadres de cette photo, les non décidés en premier. Cliquez sur l&apos;un d&apos;eux pour zoomer dessus ; Y floute, N rejette, K laisse visible, Del supprime.</translation>
    </message>
    <message>
        <source>Faces to decide and zoom</source>
        <translation>Visages à décider et zoom</translation>
    </message>
    <message>
        <source>Drag on the photo to add a box. Y/N accept/reject a candidate, U goes to the next uncertain one, O to the next possible face; Del deletes, K keeps/blurs, M shows the masks, hold Space for the original.</source>
        <translation>Faites glisser sur la photo pour ajouter un cadre. Y/N acceptent/rejettent un candidat, U passe à l&apos;incertain suivant, O au visage possible suivant ; Del supprime, K laisse visible/floute, M affiche les masques, maintenez Espace pour l&apos;original.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s)</source>
        <translation>
            <numerusform>%n visage possible</numerusform>
            <numerusform>%n visages possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Uncertain faces are blurred unless you reject them (N); possible faces stay visible unless you accept them (Y). U and O step through them.</source>
        <translation>Les visages incertains sont floutés sauf si vous les rejetez (N) ; les visages possibles restent visibles sauf si vous les acceptez (Y). U et O permettent de les parcourir.</translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining and next</source>
        <translation>
            <numerusform>Flouter le %n restant et suivante</numerusform>
            <numerusform>Flouter les %n restants et suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur the %n remaining uncertain candidate(s), mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>
            <numerusform>Flouter le %n candidat incertain restant, marquer cette photo comme vérifiée et passer à la photo suivante (Ctrl+Return)</numerusform>
            <numerusform>Flouter les %n candidats incertains restants, marquer cette photo comme vérifiée et passer à la photo suivante (Ctrl+Return)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark this photo reviewed and go to the next photo (Ctrl+Return)</source>
        <translation>Marquer cette photo comme vérifiée et passer à la photo suivante (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) stay visible unless you accept them (O, then Y).</source>
        <translation>
            <numerusform>%n visage possible reste visible sauf si vous l&apos;acceptez (O, puis Y).</numerusform>
            <numerusform>%n visages possibles restent visibles sauf si vous les acceptez (O, puis Y).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new possible face(s)</source>
        <translation>
            <numerusform>%n nouveau visage possible</numerusform>
            <numerusform>%n nouveaux visages possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blur %n remaining candidate(s)</source>
        <translation>
            <numerusform>Flouter le %n candidat restant</numerusform>
            <numerusform>Flouter les %n candidats restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Export state</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Exported with these boxes.</source>
        <translation>Exportée avec ces cadres.</translation>
    </message>
    <message>
        <source>The last export of this photo hid exactly the boxes shown here.</source>
        <translation>Le dernier export de cette photo a masqué exactement les cadres affichés ici.</translation>
    </message>
    <message>
        <source>⚠ Changed since export: the exported file does not have these boxes. Export this photo again to publish them.</source>
        <translation>⚠ Modifiée depuis l&apos;export : le fichier exporté n&apos;a pas ces cadres. Exportez de nouveau cette photo pour les publier.</translation>
    </message>
    <message>
        <source>Boxes were added, removed, accepted or kept visible after the last export of this photo. Undo back to the exported boxes, or export again.</source>
        <translation>Des cadres ont été ajoutés, supprimés, acceptés ou laissés visibles après le dernier export de cette photo. Annulez jusqu&apos;aux cadres exportés, ou exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportDialog</name>
    <message>
        <source>Replace existing exports</source>
        <translation>Remplacer les exports existants</translation>
    </message>
    <message>
        <source>Check the output for faces left visible (slower)</source>
        <translation>Vérifier qu&apos;aucun visage ne reste visible dans le résultat (plus lent)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Photo(s)</source>
        <translation>
            <numerusform>Exporter %n photo</numerusform>
            <numerusform>Exporter %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Résumé de l&apos;export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>&amp;Forme du masque :</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>É&amp;chelle du masque :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité :</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Mé&amp;tadonnées :</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichiers :</translation>
    </message>
    <message>
        <source>Choose a destination folder and a file name pattern.</source>
        <translation>Choisissez un dossier de destination et un modèle de noms de fichiers.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export could not be recorded in the library: %1</source>
        <translation>L’export n’a pas pu être enregistré dans la photothèque : %1</translation>
    </message>
    <message>
        <source>Photo %1: no longer in the library</source>
        <translation>Photo %1 : n’est plus dans la photothèque</translation>
    </message>
    <message>
        <source>%1 is also the output of %2</source>
        <translation>%1 est aussi la sortie de %2</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} est le nom de l&apos;original, {ext} l&apos;extension de sortie (ajoutée à la fin si le modèle ne la place pas)</translation>
    </message>
    <message>
        <source>Runs the face detector over every hidden region of the written file; an export in which it still finds a face is removed and reported.</source>
        <translation>Passe le détecteur de visages sur chaque zone masquée du fichier écrit ; un export dans lequel il trouve encore un visage est supprimé et signalé.</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n of these photos have not been accepted or rejected yet. They are blurred unless you review them; you will be asked on Export.</source>
        <translation>
            <numerusform>Des candidats dans %n de ces photos n&apos;ont pas encore été acceptés ou rejetés. Ils sont floutés sauf si vous les vérifiez ; la question vous sera posée à l&apos;export.</numerusform>
            <numerusform>Des candidats dans %n de ces photos n&apos;ont pas encore été acceptés ou rejetés. Ils sont floutés sauf si vous les vérifiez ; la question vous sera posée à l&apos;export.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
    </message>
    <message>
        <source>Undecided Candidates</source>
        <translation>Candidats non décidés</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) have not been accepted or rejected yet. Exported now, every candidate is blurred, and no one has checked these photos for missed faces.</source>
        <translation>
            <numerusform>Des candidats dans %n photo n&apos;ont pas encore été acceptés ou rejetés. En exportant maintenant, chaque candidat est flouté, et personne n&apos;a vérifié si des visages ont été manqués dans cette photo.</numerusform>
            <numerusform>Des candidats dans %n photos n&apos;ont pas encore été acceptés ou rejetés. En exportant maintenant, chaque candidat est flouté, et personne n&apos;a vérifié si des visages ont été manqués dans ces photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Them First</source>
        <translation>Les vérifier d&apos;abord</translation>
    </message>
    <message>
        <source>Blur Them and Export</source>
        <translation>Les flouter et exporter</translation>
    </message>
    <message>
        <source>Skip These Photos</source>
        <translation>Ignorer ces photos</translation>
    </message>
    <message>
        <source>Every photo was skipped: nothing to export.</source>
        <translation>Toutes les photos ont été ignorées : rien à exporter.</translation>
    </message>
    <message>
        <source>The export was not run here: %1</source>
        <translation>L&apos;export n&apos;a pas été exécuté ici : %1</translation>
    </message>
</context>
<context>
    <name>veil::ui::ExportSummary</name>
    <message>
        <source>exported as %1</source>
        <translation>exportée sous %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden</source>
        <translation>
            <numerusform>%n visage masqué</numerusform>
            <numerusform>%n visages masqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them undecided candidate(s), hidden without review</source>
        <translation>
            <numerusform>dont %n candidat non décidé, masqué sans vérification</numerusform>
            <numerusform>dont %n candidats non décidés, masqués sans vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked: no face found in the %n hidden region(s)</source>
        <translation>
            <numerusform>vérifié : aucun visage trouvé dans la %n zone masquée</numerusform>
            <numerusform>vérifié : aucun visage trouvé dans les %n zones masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden regions not checked for faces</source>
        <translation>zones masquées non vérifiées pour les visages</translation>
    </message>
    <message>
        <source>NOT exported: %1</source>
        <translation>NON exportée : %1</translation>
    </message>
    <message>
        <source>not exported (the export stopped before it)</source>
        <translation>non exportée (l&apos;export s&apos;est arrêté avant elle)</translation>
    </message>
    <message numerus="yes">
        <source>the check still found %n face(s) in the hidden regions (score %1)</source>
        <translation>
            <numerusform>la vérification a encore trouvé %n visage dans les zones masquées (score %1)</numerusform>
            <numerusform>la vérification a encore trouvé %n visages dans les zones masquées (score %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata left in the file: %1</source>
        <translation>métadonnées restées dans le fichier : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) left visible by your choice</source>
        <translation>
            <numerusform>%n visage laissé visible par votre choix</numerusform>
            <numerusform>%n visages laissés visibles par votre choix</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata kept: %1</source>
        <translation>métadonnées conservées : %1</translation>
    </message>
    <message>
        <source>%1: skipped, it still has undecided candidates</source>
        <translation>%1 : ignorée, elle a encore des candidats non décidés</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n photo exportée vers %1.</numerusform>
            <numerusform>%n photos exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported.</source>
        <translation>
            <numerusform>%n photo non exportée.</numerusform>
            <numerusform>%n photos non exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>The check looks only inside the hidden regions: a face without a box is not found by it. Look at every photo before you share it.</source>
        <translation>La vérification ne regarde qu&apos;à l&apos;intérieur des zones masquées : un visage sans cadre ne peut pas être trouvé ainsi. Regardez chaque photo avant de la partager.</translation>
    </message>
    <message>
        <source>Open the full report</source>
        <translation>Ouvrir le rapport complet</translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) not accepted, left visible</source>
        <translation>
            <numerusform>%n visage possible non accepté, laissé visible</numerusform>
            <numerusform>%n visages possibles non acceptés, laissés visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already. To replace it, tick “Replace existing exports” and export again; or choose another folder or file names.</source>
        <translation>%1 existe déjà. Pour le remplacer, cochez « Remplacer les exports existants » et exportez à nouveau, ou choisissez un autre dossier ou d’autres noms de fichiers.</translation>
    </message>
    <message>
        <source>already exported as %1 with the same settings and boxes: left as it was, nothing written</source>
        <translation>déjà exportée sous %1 avec les mêmes réglages et cadres : laissée telle quelle, rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already exported there earlier, unchanged.</source>
        <translation>
            <numerusform>%n photo déjà exportée là auparavant, inchangée.</numerusform>
            <numerusform>%n photos déjà exportées là auparavant, inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>position GPS</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>numéro de série de l&apos;appareil</translation>
    </message>
    <message>
        <source>owner, author and copyright names</source>
        <translation>noms du propriétaire, de l&apos;auteur et du droit d&apos;auteur</translation>
    </message>
    <message>
        <source>unique image ID</source>
        <translation>identifiant unique de l&apos;image</translation>
    </message>
    <message>
        <source>embedded thumbnail</source>
        <translation>vignette intégrée</translation>
    </message>
    <message>
        <source>descriptions and comments</source>
        <translation>descriptions et commentaires</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>notes du fabricant</translation>
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
        <translation>données Photoshop</translation>
    </message>
    <message>
        <source>JPEG comment</source>
        <translation>commentaire JPEG</translation>
    </message>
    <message>
        <source>PNG text</source>
        <translation>texte PNG</translation>
    </message>
    <message>
        <source>PNG time stamp</source>
        <translation>horodatage PNG</translation>
    </message>
    <message>
        <source>unreadable EXIF data</source>
        <translation>données EXIF illisibles</translation>
    </message>
    <message>
        <source>other EXIF data</source>
        <translation>autres données EXIF</translation>
    </message>
    <message>
        <source>EXIF data</source>
        <translation>données EXIF</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>date de prise de vue</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marque et modèle de l&apos;appareil</translation>
    </message>
    <message>
        <source>exposure settings</source>
        <translation>réglages d&apos;exposition</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>profil de couleur</translation>
    </message>
    <message>
        <source>application data (APP%1 segment)</source>
        <translation>données d&apos;application (segment APP%1)</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>aucune métadonnée à supprimer</translation>
    </message>
    <message>
        <source>metadata removed: %1</source>
        <translation>métadonnées supprimées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not exported: a file of the same name is there already, left as it was.</source>
        <translation>
            <numerusform>%n photo non exportée : un fichier du même nom existe déjà, laissé tel quel.</numerusform>
            <numerusform>%n photos non exportées : un fichier du même nom existe déjà, laissé tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exportées</translation>
    </message>
    <message>
        <source>Not replaced: the file there was left as it was</source>
        <translation>Non remplacées : le fichier existant a été laissé tel quel</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Exported, with something to look at</source>
        <translation>Exportées, avec quelque chose à regarder</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportées</translation>
    </message>
    <message>
        <source>checked: every hidden region changed, no face found in them</source>
        <translation>vérifié : chaque zone masquée modifiée, aucun visage trouvé dedans</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge), no face found in them</source>
        <translation>
            <numerusform>vérifié : %1 sur %n zone masquée modifiée (les autres trop unies ou petites pour en juger), aucun visage trouvé dedans</numerusform>
            <numerusform>vérifié : %1 sur %n zones masquées modifiées (les autres trop unies ou petites pour en juger), aucun visage trouvé dedans</numerusform>
        </translation>
    </message>
    <message>
        <source>checked: every hidden region changed; not checked for faces</source>
        <translation>vérifié : chaque zone masquée modifiée ; pas vérifié pour les visages</translation>
    </message>
    <message numerus="yes">
        <source>checked: %1 of the %n hidden region(s) changed (the others too plain or small to judge); not checked for faces</source>
        <translation>
            <numerusform>vérifié : %1 sur %n zone masquée modifiée (les autres trop unies ou petites pour en juger) ; pas vérifié pour les visages</numerusform>
            <numerusform>vérifié : %1 sur %n zones masquées modifiées (les autres trop unies ou petites pour en juger) ; pas vérifié pour les visages</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT exported: %1 is this photo&apos;s earlier export and does not have its current boxes. Tick “Replace existing exports” and export again to write them; until then the photo stays Changed since export.</source>
        <translation>NON exportée : %1 est l&apos;export précédent de cette photo et n&apos;a pas ses cadres actuels. Cochez « Remplacer les exports existants » et exportez de nouveau pour les écrire ; d&apos;ici là, la photo reste « Modifiée depuis l&apos;export ».</translation>
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
        <translation>possible %1%</translation>
    </message>
</context>
<context>
    <name>veil::ui::FilterBar</name>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Rechercher dans les noms de fichiers</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de vérification</translation>
    </message>
    <message>
        <source>Any faces</source>
        <translation>Visages : tous</translation>
    </message>
    <message>
        <source>With faces</source>
        <translation>Avec visages</translation>
    </message>
    <message>
        <source>With uncertain faces</source>
        <translation>Avec visages incertains</translation>
    </message>
    <message>
        <source>Without faces</source>
        <translation>Sans visage</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modèle d&apos;appareil</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Prise à partir du</translation>
    </message>
    <message>
        <source>Taken until</source>
        <translation>Prise jusqu&apos;au</translation>
    </message>
    <message>
        <source>Filter by date taken</source>
        <translation>Filtrer par date de prise de vue</translation>
    </message>
    <message>
        <source>Sort by date taken</source>
        <translation>Trier par date de prise de vue</translation>
    </message>
    <message>
        <source>Sort by date imported</source>
        <translation>Trier par date d&apos;importation</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Show archived photos</source>
        <translation>Afficher les photos archivées</translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Modifiée depuis l&apos;export</translation>
    </message>
</context>
<context>
    <name>veil::ui::JobStatus</name>
    <message>
        <source>Job progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Show failures</source>
        <translation>Afficher les échecs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>veil::ui::LibraryPage</name>
    <message>
        <source>No photo matches these filters.</source>
        <translation>Aucune photo ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation>Importer des photos…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Drop photos here</source>
        <translation>Déposez des photos ici</translation>
    </message>
    <message>
        <source>Drag photos or folders anywhere on this window, or import them. Veil works on copies only: your originals are never changed.</source>
        <translation>Glissez des photos ou des dossiers n&apos;importe où sur cette fenêtre, ou importez-les. Veil ne travaille que sur des copies : vos originaux ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export anonymized copies of the selected photos (all photos shown when none is selected)</source>
        <translation>Exporter des copies anonymisées des photos sélectionnées (toutes les photos affichées si aucune n&apos;est sélectionnée)</translation>
    </message>
</context>
<context>
    <name>veil::ui::MainWindow</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>La photothèque n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the library</source>
        <translation>
            <numerusform>%n photo dans la photothèque</numerusform>
            <numerusform>%n photos dans la photothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos left to review</source>
        <translation>Photos restant à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left to review</source>
        <translation>
            <numerusform>%n photo restant à vérifier</numerusform>
            <numerusform>%n photos restant à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n photo importée</numerusform>
            <numerusform>%n photos importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la photothèque</numerusform>
            <numerusform>%n déjà dans la photothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) archived</source>
        <translation>
            <numerusform>%n photo archivée</numerusform>
            <numerusform>%n photos archivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) restored</source>
        <translation>
            <numerusform>%n photo restaurée</numerusform>
            <numerusform>%n photos restaurées</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Étiquettes, séparées par des virgules :</translation>
    </message>
    <message>
        <source>Photo %1: tags not saved: %2</source>
        <translation>Photo %1 : étiquettes non enregistrées : %2</translation>
    </message>
    <message>
        <source>%1: no perceptual hash yet (its thumbnail could not be read)</source>
        <translation>%1 : pas encore d&apos;empreinte perceptuelle (sa vignette n&apos;a pas pu être lue)</translation>
    </message>
    <message>
        <source>Photos similar to %1 (Esc shows all)</source>
        <translation>Photos semblables à %1 (Échap les affiche toutes)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>&amp;Importer des photos…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Photo</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Marquer comme &amp;vérifiée</translation>
    </message>
    <message>
        <source>Mark &amp;Needs Review</source>
        <translation>Marquer comme à vé&amp;rifier</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Archive / Restore</source>
        <translation>&amp;Archiver / Restaurer</translation>
    </message>
    <message>
        <source>Find &amp;Similar Photos</source>
        <translation>Trouver des photos &amp;semblables</translation>
    </message>
    <message>
        <source>Show &amp;All Photos</source>
        <translation>Afficher &amp;toutes les photos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Photothèque</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Activity &amp;Log</source>
        <translation>&amp;Journal d&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Vignettes plus grandes</translation>
    </message>
    <message>
        <source>S&amp;maller Thumbnails</source>
        <translation>Vignettes plus &amp;petites</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Veil</source>
        <translation>À &amp;propos de Veil</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>À propos de Veil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonymizes faces and metadata in photos, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;Anonymise les visages et les métadonnées des photos, sur votre propre machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Recherche des visages…</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found</source>
        <translation>
            <numerusform>%n visage trouvé</numerusform>
            <numerusform>%n visages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Detect Faces</source>
        <translation>&amp;Détecter les visages</translation>
    </message>
    <message>
        <source>Exports are unavailable: %1</source>
        <translation>Les exports sont indisponibles : %1</translation>
    </message>
    <message>
        <source>Batch %1 is no longer in the library</source>
        <translation>Le lot %1 n’est plus dans la photothèque</translation>
    </message>
    <message>
        <source>Resuming the interrupted export…</source>
        <translation>Reprise de l’export interrompu…</translation>
    </message>
    <message>
        <source>Interrupted export finished: %1 exported, %2 failed</source>
        <translation>Export interrompu terminé : %1 exportées, %2 en échec</translation>
    </message>
    <message>
        <source>The interrupted export was discarded.</source>
        <translation>L’export interrompu a été abandonné.</translation>
    </message>
    <message>
        <source>Export anonymized copies of the selected photos (or of the photo in the editor)</source>
        <translation>Exporter des copies anonymisées des photos sélectionnées (ou de la photo dans l&apos;éditeur)</translation>
    </message>
    <message>
        <source>Open E&amp;xport Folder</source>
        <translation>Ouvrir le dossier d&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Detect Faces in &amp;All Photos Shown</source>
        <translation>Détecter les visages dans &amp;toutes les photos affichées</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in %n photo(s) are undecided: accept (Y) or reject (N) each one.</source>
        <translation>
            <numerusform>Des candidats dans %n photo ne sont pas décidés : acceptez (Y) ou rejetez (N) chacun d&apos;eux.</numerusform>
            <numerusform>Des candidats dans %n photos ne sont pas décidés : acceptez (Y) ou rejetez (N) chacun d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export folder %1 does not exist yet: export a photo first.</source>
        <translation>Le dossier d&apos;export %1 n&apos;existe pas encore : exportez d&apos;abord une photo.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The interrupted export was not resumed: %1</source>
        <translation>L&apos;export interrompu n&apos;a pas été repris : %1</translation>
    </message>
    <message>
        <source>The interrupted export was not discarded: another process is running it now.</source>
        <translation>L&apos;export interrompu n&apos;a pas été abandonné : un autre processus l&apos;exécute en ce moment.</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoDelegate</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n visage</numerusform>
            <numerusform>%n visages</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>No faces found</source>
        <translation>Aucun visage trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n non décidé</numerusform>
            <numerusform>%n non décidés</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Modifiée depuis l&apos;export</translation>
    </message>
</context>
<context>
    <name>veil::ui::PhotoView</name>
    <message>
        <source>Photo with face boxes</source>
        <translation>Photo avec cadres de visages</translation>
    </message>
</context>
<context>
    <name>veil::ui::ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Interrupted export</source>
        <translation>Export interrompu</translation>
    </message>
    <message>
        <source>Resume the interrupted export</source>
        <translation>Reprendre l’export interrompu</translation>
    </message>
    <message>
        <source>Discard the interrupted export</source>
        <translation>Abandonner l’export interrompu</translation>
    </message>
    <message numerus="yes">
        <source>An export of %n photo(s), started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Un export de %n photo, commencé le %1, a été interrompu : %2 restantes. Les photos terminées ne sont pas réécrites.</numerusform>
            <numerusform>Un export de %n photos, commencé le %1, a été interrompu : %2 restantes. Les photos terminées ne sont pas réécrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An export of %n photo(s) to %3, started %1, was interrupted: %2 left to do. Finished photos are not written again.</source>
        <translation>
            <numerusform>Un export de %n photo vers %3, commencé %1, a été interrompu : %2 restantes. Les photos terminées ne sont pas réécrites.</numerusform>
            <numerusform>Un export de %n photos vers %3, commencé %1, a été interrompu : %2 restantes. Les photos terminées ne sont pas réécrites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::ReviewLog</name>
    <message numerus="yes">
        <source>%n face(s) added</source>
        <translation>
            <numerusform>%n visage ajouté</numerusform>
            <numerusform>%n visages ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) accepted</source>
        <translation>
            <numerusform>%n candidat accepté</numerusform>
            <numerusform>%n candidats acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) rejected</source>
        <translation>
            <numerusform>%n candidat rejeté</numerusform>
            <numerusform>%n candidats rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) removed</source>
        <translation>
            <numerusform>%n visage supprimé</numerusform>
            <numerusform>%n visages supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) moved or resized</source>
        <translation>
            <numerusform>%n cadre déplacé ou redimensionné</numerusform>
            <numerusform>%n cadres déplacés ou redimensionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept visible</source>
        <translation>
            <numerusform>%n visage laissé visible</numerusform>
            <numerusform>%n visages laissés visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) hidden again</source>
        <translation>
            <numerusform>%n visage à nouveau masqué</numerusform>
            <numerusform>%n visages à nouveau masqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) accepted</source>
        <translation>
            <numerusform>%n visage possible accepté</numerusform>
            <numerusform>%n visages possibles acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible face(s) rejected</source>
        <translation>
            <numerusform>%n visage possible rejeté</numerusform>
            <numerusform>%n visages possibles rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>Detection &amp;preset:</source>
        <translation>&amp;Préréglage de détection :</translation>
    </message>
    <message>
        <source>Anonymization &amp;method:</source>
        <translation>&amp;Méthode d&apos;anonymisation :</translation>
    </message>
    <message>
        <source>Mask &amp;shape:</source>
        <translation>&amp;Forme du masque :</translation>
    </message>
    <message>
        <source>Mask s&amp;cale:</source>
        <translation>É&amp;chelle du masque :</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>&amp;Dossier d&apos;export :</translation>
    </message>
    <message>
        <source>Export f&amp;ormat:</source>
        <translation>F&amp;ormat d&apos;export :</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité :</translation>
    </message>
    <message>
        <source>Me&amp;tadata:</source>
        <translation>Mé&amp;tadonnées :</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichiers :</translation>
    </message>
    <message>
        <source>&amp;Library file:</source>
        <translation>Fichier de la p&amp;hotothèque :</translation>
    </message>
    <message>
        <source>S&amp;ync server:</source>
        <translation>Serveur de s&amp;ynchronisation :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>The library location and language take effect at the next start.</source>
        <translation>L&apos;emplacement de la photothèque et la langue prennent effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>{name} is the original&apos;s name, {ext} the output extension (added at the end when the pattern does not place it)</source>
        <translation>{name} est le nom de l&apos;original, {ext} l&apos;extension de sortie (ajoutée à la fin si le modèle ne la place pas)</translation>
    </message>
    <message>
        <source>Fast: looks at large photos at reduced size. About 2.5 times quicker on 12-megapixel photos, but misses about 3 in 10 faces of 16-32 pixels there. Check every photo.</source>
        <translation>Rapide : examine les grandes photos en taille réduite. Environ 2,5 fois plus rapide sur des photos de 12 mégapixels, mais y manque environ 3 visages sur 10 de 16 à 32 pixels. Vérifiez chaque photo.</translation>
    </message>
    <message>
        <source>Thorough: as Balanced, with photos looked at up to twice their size. Finds a few more small faces, with more false boxes, at 1.6 times the time of Balanced on 12-megapixel photos (4 times on small ones).</source>
        <translation>Minutieux : comme Équilibré, avec des photos examinées jusqu&apos;à deux fois leur taille. Trouve quelques petits visages de plus, avec plus de faux cadres, en 1,6 fois le temps d&apos;Équilibré sur des photos de 12 mégapixels (4 fois sur les petites).</translation>
    </message>
    <message>
        <source>Balanced (recommended): looks at every photo at its full resolution and finds faces from 16 pixels high, whatever the photo&apos;s size. About 2.5 seconds per 12-megapixel photo on one core.</source>
        <translation>Équilibré (recommandé) : examine chaque photo en pleine résolution et trouve les visages à partir de 16 pixels de haut, quelle que soit la taille de la photo. Environ 2,5 secondes par photo de 12 mégapixels sur un cœur.</translation>
    </message>
</context>
<context>
    <name>veil::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Photothèque</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Cadres de visages</translation>
    </message>
    <message>
        <source>Draw a new box</source>
        <translation>Dessiner un nouveau cadre</translation>
    </message>
    <message>
        <source>Drag on the photo</source>
        <translation>Glisser sur la photo</translation>
    </message>
    <message>
        <source>Delete the selected box</source>
        <translation>Supprimer le cadre sélectionné</translation>
    </message>
    <message>
        <source>Keep visible / anonymize</source>
        <translation>Laisser visible / anonymiser</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Afficher l&apos;original</translation>
    </message>
    <message>
        <source>Hold Space</source>
        <translation>Maintenir Espace</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Wheel, +, -</source>
        <translation>Molette, +, -</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <source>Middle button or Alt+drag</source>
        <translation>Bouton du milieu ou Alt+glisser</translation>
    </message>
    <message>
        <source>Blur the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Flouter le candidat ou visage possible sélectionné (sinon le premier incertain)</translation>
    </message>
    <message>
        <source>Reject the selected candidate or possible face (else the first uncertain one)</source>
        <translation>Rejeter le candidat ou visage possible sélectionné (sinon le premier incertain)</translation>
    </message>
    <message>
        <source>Zoom to a face</source>
        <translation>Zoomer sur un visage</translation>
    </message>
    <message>
        <source>Click it in the face list</source>
        <translation>Cliquez dessus dans la liste des visages</translation>
    </message>
    <message>
        <source>Act on the face selected in the face list</source>
        <translation>Agir sur le visage sélectionné dans la liste des visages</translation>
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
        <translation>Résumé de la photothèque</translation>
    </message>
    <message>
        <source>Privacy counters</source>
        <translation>Compteurs de confidentialité</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Photothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Pas encore de photos.</translation>
    </message>
    <message numerus="yes">
        <source>Most common format: &lt;b&gt;%1&lt;/b&gt; (%n photo(s))</source>
        <translation>
            <numerusform>Format le plus courant : &lt;b&gt;%1&lt;/b&gt; (%n photo)</numerusform>
            <numerusform>Format le plus courant : &lt;b&gt;%1&lt;/b&gt; (%n photos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Photos with GPS position</source>
        <translation>Photos avec position GPS</translation>
    </message>
    <message>
        <source>Photos with camera serial numbers</source>
        <translation>Photos avec numéro de série de l&apos;appareil</translation>
    </message>
    <message>
        <source>Photos with embedded thumbnails</source>
        <translation>Photos avec vignettes intégrées</translation>
    </message>
    <message>
        <source>Faces to anonymize</source>
        <translation>Visages à anonymiser</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Top camera models</source>
        <translation>Modèles d&apos;appareils les plus courants</translation>
    </message>
    <message>
        <source>Top camera models chart</source>
        <translation>Graphique des modèles d&apos;appareils les plus courants</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Imports per day (last 30 days)</source>
        <translation>Importations par jour (30 derniers jours)</translation>
    </message>
    <message>
        <source>Imports per day chart</source>
        <translation>Graphique des importations par jour</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Imports per day, %1 to %2</source>
        <translation>Importations par jour, du %1 au %2</translation>
    </message>
    <message>
        <source>No confirmed face yet. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>Aucun visage confirmé pour l&apos;instant. Les candidats que personne n&apos;a encore acceptés ou rejetés ne sont pas comptés.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed face(s) in the library, all blurred on export. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%n visage confirmé dans la bibliothèque, flouté à l&apos;export. Les candidats que personne n&apos;a encore acceptés ou rejetés ne sont pas comptés.</numerusform>
            <numerusform>%n visages confirmés dans la bibliothèque, tous floutés à l&apos;export. Les candidats que personne n&apos;a encore acceptés ou rejetés ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 confirmed faces are blurred on export, %n kept visible by choice in the editor. Candidates no one has accepted or rejected yet are not counted.</source>
        <translation>
            <numerusform>%1 des %2 visages confirmés sont floutés à l&apos;export, %n laissé visible par choix dans l&apos;éditeur. Les candidats que personne n&apos;a encore acceptés ou rejetés ne sont pas comptés.</numerusform>
            <numerusform>%1 des %2 visages confirmés sont floutés à l&apos;export, %n laissés visibles par choix dans l&apos;éditeur. Les candidats que personne n&apos;a encore acceptés ou rejetés ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modèle d&apos;appareil</translation>
    </message>
    <message>
        <source>Day imported</source>
        <translation>Jour d&apos;importation</translation>
    </message>
    <message>
        <source>Photos imported</source>
        <translation>Photos importées</translation>
    </message>
</context>
<context>
    <name>veil::ui::SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Push selection</source>
        <translation>Envoyer la sélection</translation>
    </message>
    <message>
        <source>Send originals (faces visible)</source>
        <translation>Envoyer les originaux (visages visibles)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting</source>
        <translation>
            <numerusform>%n photo en attente</numerusform>
            <numerusform>%n photos en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <source>Connected (live)</source>
        <translation>Connecté (en direct)</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>Connecté (interrogation périodique)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Select photos in the library first.</source>
        <translation>Sélectionnez d&apos;abord des photos dans la photothèque.</translation>
    </message>
    <message>
        <source>Send originals?</source>
        <translation>Envoyer les originaux ?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n original photo(s), with faces and metadata as they are, to %1?</source>
        <translation>
            <numerusform>Envoyer %n photo originale, avec ses visages et métadonnées tels quels, à %1 ?</numerusform>
            <numerusform>Envoyer %n photos originales, avec leurs visages et métadonnées tels quels, à %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) queued</source>
        <translation>
            <numerusform>%n photo mise en file</numerusform>
            <numerusform>%n photos mises en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already pushed</source>
        <translation>
            <numerusform>%n déjà envoyée</numerusform>
            <numerusform>%n déjà envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a verified export (export them first)</source>
        <translation>
            <numerusform>%n sans export vérifié (exportez-la d&apos;abord)</numerusform>
            <numerusform>%n sans export vérifié (exportez-les d&apos;abord)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Saisir le jeton…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>File d&apos;envoi :</translation>
    </message>
    <message>
        <source>Not connected: %1.
Veil keeps the server&apos;s token in the system keychain. If no keychain service (GNOME Keyring, KWallet or another Secret Service) is running or it is locked, start or unlock it and connect again. Or enter the token for this session with &quot;Enter Token…&quot;: it is then kept in memory only.</source>
        <translation>Non connecté : %1.
Veil conserve le jeton du serveur dans le trousseau du système. Si aucun service de trousseau (GNOME Keyring, KWallet ou un autre Secret Service) n&apos;est en cours d&apos;exécution ou s&apos;il est verrouillé, démarrez-le ou déverrouillez-le et reconnectez-vous. Ou saisissez le jeton pour cette session avec « Saisir le jeton… » : il est alors conservé en mémoire uniquement.</translation>
    </message>
    <message>
        <source>no token for %1</source>
        <translation>aucun jeton pour %1</translation>
    </message>
    <message>
        <source>Service Token</source>
        <translation>Jeton du service</translation>
    </message>
    <message>
        <source>Token for %1 (kept for this session only):</source>
        <translation>Jeton pour %1 (conservé pour cette session uniquement) :</translation>
    </message>
</context>
</TS>
