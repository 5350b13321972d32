<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>
Exit codes: 0 success, 1 usage error, 2 some files failed, 3 the library cannot be opened.
</source>
        <translation>
Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 certains fichiers ont échoué, 3 la photothèque ne peut pas être ouverte.
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
</context>
<context>
    <name>veil</name>
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
        <source>no output path</source>
        <translation>aucun chemin de sortie</translation>
    </message>
    <message>
        <source>the output path is the input itself; originals are never written</source>
        <translation>le chemin de sortie est l&apos;entrée elle-même ; les originaux ne sont jamais écrits</translation>
    </message>
    <message>
        <source>%1 exists already (use --overwrite to replace it)</source>
        <translation>%1 existe déjà (utilisez --overwrite pour le remplacer)</translation>
    </message>
    <message>
        <source>re-encoding was asked for (--reencode)</source>
        <translation>le réencodage a été demandé (--reencode)</translation>
    </message>
    <message>
        <source>the lossless JPEG path is not available in this build</source>
        <translation>la voie JPEG sans perte n&apos;est pas disponible dans cette version</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la vérification a échoué : %1</translation>
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
</context>
<context>
    <name>veil::FaceListModel</name>
    <message>
        <source>Face %1 (drawn)</source>
        <translation>Visage %1 (dessiné)</translation>
    </message>
    <message>
        <source>Face %1 (%2%)</source>
        <translation>Visage %1 (%2 %)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>kept visible</source>
        <translation>laissé visible</translation>
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
    <name>veil::PendingFile</name>
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
</context>
<context>
    <name>veil::TileProcessor</name>
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
</context>
<context>
    <name>veil::cli</name>
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
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
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
        <source>Detects faces. Boxes are in pixels of the photo as displayed (EXIF orientation applied). Photos are only read.</source>
        <translation>Détecte les visages. Les cadres sont en pixels de la photo telle qu&apos;affichée (orientation EXIF appliquée). Les photos sont seulement lues.</translation>
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
        <source>veil-cli eval: give --images DIR and --faces FACES.csv (and a positive --mask-scale)</source>
        <translation>veil-cli eval : indiquez --images DOSSIER et --faces VISAGES.csv (et un --mask-scale positif)</translation>
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
</context>
<context>
    <name>veil::cli::DetectorArgs</name>
    <message>
        <source>Detection preset: fast, balanced (default), thorough.</source>
        <translation>Préréglage de détection : fast (rapide), balanced (équilibré, par défaut), thorough (minutieux).</translation>
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
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>veil::sync</name>
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
</context>
<context>
    <name>veil::sync::ApiClient</name>
    <message>
        <source>upload-url/get: the answer has no url or objectName</source>
        <translation>upload-url/get : la réponse n&apos;a ni url ni objectName</translation>
    </message>
    <message>
        <source>submit: the answer has no image id</source>
        <translation>submit : la réponse n&apos;a pas d&apos;identifiant d&apos;image</translation>
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
</context>
</TS>
