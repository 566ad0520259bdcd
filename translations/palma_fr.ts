<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>palma::ExportPage</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js (the same export as &lt;tt&gt;palma export&lt;/tt&gt;; see docs/export.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Exporter&lt;/h2&gt;&lt;p&gt;Enregistrer l’avatar comme asset riggé pour Blender, Maya, Unreal, Unity ou three.js (le même export que &lt;tt&gt;palma export&lt;/tt&gt; ; voir docs/export.md).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an avatar first (File &gt; Open Avatar…).</source>
        <translation>Ouvrez d’abord un avatar (Fichier &gt; Ouvrir un avatar…).</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binaire (.glb)</translation>
    </message>
    <message>
        <source>glTF + .bin (.gltf)</source>
        <translation>glTF + .bin (.gltf)</translation>
    </message>
    <message>
        <source>FBX, ASCII (.fbx)</source>
        <translation>FBX, ASCII (.fbx)</translation>
    </message>
    <message>
        <source>OBJ, static (.obj)</source>
        <translation>OBJ, statique (.obj)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>The avatar&apos;s own</source>
        <translation>Celle de l’avatar</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>Taille des textures :</translation>
    </message>
    <message>
        <source>Extra subdivision levels on top of the avatar&apos;s (each ×4 faces)</source>
        <translation>Niveaux de subdivision en plus de ceux de l’avatar (×4 faces chacun)</translation>
    </message>
    <message>
        <source>Extra subdivision:</source>
        <translation>Subdivision en plus :</translation>
    </message>
    <message>
        <source>Inside the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>PNG files beside it</source>
        <translation>Fichiers PNG à côté</translation>
    </message>
    <message>
        <source>Textures:</source>
        <translation>Textures :</translation>
    </message>
    <message>
        <source>None (bind pose)</source>
        <translation>Aucune (pose de liaison)</translation>
    </message>
    <message>
        <source>Captured motion</source>
        <translation>Mouvement capturé</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Préréglage : %1</translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation>Animation :</translation>
    </message>
    <message>
        <source>Palma (wrist.R, index1.R …)</source>
        <translation>Palma (wrist.R, index1.R …)</translation>
    </message>
    <message>
        <source>Mixamo-like (RightHand, RightHandIndex1 …)</source>
        <translation>Type Mixamo (RightHand, RightHandIndex1 …)</translation>
    </message>
    <message>
        <source>Joint names:</source>
        <translation>Noms des articulations :</translation>
    </message>
    <message>
        <source>Left (mirrored if needed)</source>
        <translation>Gauche (en miroir si besoin)</translation>
    </message>
    <message>
        <source>Right (mirrored if needed)</source>
        <translation>Droite (en miroir si besoin)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Côté :</translation>
    </message>
    <message>
        <source>Where to write the file</source>
        <translation>Où écrire le fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>glTF binary (*.glb)</source>
        <translation>glTF binaire (*.glb)</translation>
    </message>
    <message>
        <source>glTF (*.gltf)</source>
        <translation>glTF (*.gltf)</translation>
    </message>
    <message>
        <source>FBX (*.fbx)</source>
        <translation>FBX (*.fbx)</translation>
    </message>
    <message>
        <source>OBJ (*.obj)</source>
        <translation>OBJ (*.obj)</translation>
    </message>
    <message>
        <source>Export avatar</source>
        <translation>Exporter l’avatar</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier de destination.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 vertices, %4 faces, %5 joints</source>
        <translation>%1 écrit (%2) : %3 sommets, %4 faces, %5 articulations</translation>
    </message>
    <message>
        <source>, %1×%1 textures</source>
        <translation>, textures %1×%1</translation>
    </message>
    <message>
        <source>, %1 animation keys over %2 s</source>
        <translation>, %1 clés d’animation sur %2 s</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) beside it.</source>
        <translation>
            <numerusform>%n autre fichier à côté.</numerusform>
            <numerusform>%n autres fichiers à côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>palma::InspectPage</name>
    <message>
        <source>No avatar is open.

Open one with File &gt; Open Avatar… (Ctrl+O) or drop an avatar folder (NAME.palma-avatar) onto this window.</source>
        <translation>Aucun avatar ouvert.

Ouvrez-en un avec Fichier &gt; Ouvrir un avatar… (Ctrl+O) ou déposez un dossier d’avatar (NAME.palma-avatar) sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>No avatar open.</source>
        <translation>Aucun avatar ouvert.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Hand model: %1</source>
        <translation>Modèle de main : %1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Côté : %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Subdivision levels: %1</source>
        <translation>Niveaux de subdivision : %1</translation>
    </message>
    <message>
        <source>Vertices: %1, faces: %2</source>
        <translation>Sommets : %1, faces : %2</translation>
    </message>
    <message>
        <source>Albedo: %1, normal map: %2</source>
        <translation>Albédo : %1, carte de normales : %2</translation>
    </message>
    <message>
        <source>Captured frames: %1</source>
        <translation>Images capturées : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Untitled avatar</source>
        <translation>Avatar sans nom</translation>
    </message>
    <message>
        <source>No avatar open</source>
        <translation>Aucun avatar ouvert</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3×%4 texture, %5 captured frames</source>
        <translation>%1 : %2 sommets, texture %3×%4, %5 images capturées</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
    <message>
        <source>Not yet in this version of the studio.</source>
        <translation>Pas encore dans cette version du studio.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Reconstruct</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Here you will record a short video of your hand with a webcam, with on-screen guidance for the hand poses and the lighting.</source>
        <translation>Ici, vous filmerez une courte vidéo de votre main avec une webcam, guidé pour les poses de la main et l’éclairage.</translation>
    </message>
    <message>
        <source>For now, record 10 to 20 seconds with any camera: turn the open hand slowly, then make a fist and spread the fingers, in even light. Then prepare the clip on the command line:</source>
        <translation>Pour l’instant, filmez 10 à 20 secondes avec n’importe quelle caméra : tournez lentement la main ouverte, puis fermez le poing et écartez les doigts, sous une lumière homogène. Préparez ensuite le clip en ligne de commande :</translation>
    </message>
    <message>
        <source>Here you will pick the frames, check the hand masks and correct the 2D keypoints of a clip.</source>
        <translation>Ici, vous choisirez les images d’un clip, vérifierez les masques de la main et corrigerez les points clés 2D.</translation>
    </message>
    <message>
        <source>For now, prepare a clip on the command line; it picks the frames, stores the keypoints and writes a project folder:</source>
        <translation>Pour l’instant, préparez un clip en ligne de commande ; cela choisit les images, enregistre les points clés et écrit un dossier de projet :</translation>
    </message>
    <message>
        <source>Here you will start the reconstruction of a prepared project and follow its losses and intermediate renders.</source>
        <translation>Ici, vous lancerez la reconstruction d’un projet préparé et suivrez ses pertes et ses rendus intermédiaires.</translation>
    </message>
    <message>
        <source>For now, reconstruct on the command line, then open the avatar folder here (File &gt; Open Avatar…) to inspect and export it:</source>
        <translation>Pour l’instant, reconstruisez en ligne de commande, puis ouvrez le dossier de l’avatar ici (Fichier &gt; Ouvrir un avatar…) pour l’inspecter et l’exporter :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open Avatar…</source>
        <translation>Ouvrir un avatar…</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar) (Ctrl+O)</source>
        <translation>Ouvrir un dossier d’avatar (NAME.palma-avatar) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the avatar as glTF, FBX or OBJ (Ctrl+E)</source>
        <translation>Exporter l’avatar en glTF, FBX ou OBJ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close Avatar</source>
        <translation>Fermer l’avatar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Frame all</source>
        <translation>Tout cadrer</translation>
    </message>
    <message>
        <source>Fit the avatar into the view (F)</source>
        <translation>Cadrer l’avatar dans la vue (F)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when Palma Studio restarts</source>
        <translation>Prend effet au redémarrage de Palma Studio</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About Palma Studio</source>
        <translation>À propos de Palma Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot open the avatar</source>
        <translation>Impossible d’ouvrir l’avatar</translation>
    </message>
    <message>
        <source>Cannot open the avatar &apos;%1&apos;: %2</source>
        <translation>Impossible d’ouvrir l’avatar « %1 » : %2</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar)</source>
        <translation>Ouvrir un dossier d’avatar (NAME.palma-avatar)</translation>
    </message>
    <message>
        <source>%1 — Palma Studio</source>
        <translation>%1 — Palma Studio</translation>
    </message>
    <message>
        <source>Palma Studio</source>
        <translation>Palma Studio</translation>
    </message>
    <message>
        <source>Export Avatar</source>
        <translation>Exporter l’avatar</translation>
    </message>
    <message>
        <source>No recent avatars</source>
        <translation>Aucun avatar récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Avatar not found</source>
        <translation>Avatar introuvable</translation>
    </message>
    <message>
        <source>The avatar folder &apos;%1&apos; no longer exists; it was removed from Open Recent.</source>
        <translation>Le dossier d’avatar « %1 » n’existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>The language changes when Palma Studio restarts.</source>
        <translation>La langue change au prochain démarrage de Palma Studio.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Open an avatar folder with File &gt; Open Avatar… or drop it onto the window. In the 3D view, drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the avatar.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Des avatars de main personnalisés, riggés et ré-éclairables à partir d’une courte vidéo.&lt;/p&gt;&lt;p&gt;Ouvrez un dossier d’avatar avec Fichier &gt; Ouvrir un avatar… ou déposez-le sur la fenêtre. Dans la vue 3D, faites glisser avec le bouton gauche pour tourner, le bouton droit ou la molette pour zoomer, le bouton du milieu pour déplacer ; F cadre l’avatar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palma::RenderPreview</name>
    <message>
        <source>Cannot render the preview: %1</source>
        <translation>Impossible de rendre l’aperçu : %1</translation>
    </message>
    <message>
        <source>Rendered by the engine&apos;s Renderer: %1 x %2 pixels in %3 ms</source>
        <translation>Rendu par le Renderer du moteur : %1 x %2 pixels en %3 ms</translation>
    </message>
</context>
<context>
    <name>palma::WebcamRecorder</name>
    <message>
        <source>The camera &apos;%1&apos; could not be started or stopped working. It may be in use by another program; close that program or choose another camera.</source>
        <translation>La caméra « %1 » n’a pas pu démarrer ou a cessé de fonctionner. Un autre programme l’utilise peut-être ; fermez-le ou choisissez une autre caméra.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam (and check that the system lets this program use it), or import a video file instead.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam (et vérifiez que le système autorise ce programme à l’utiliser), ou importez plutôt un fichier vidéo.</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not connected.</source>
        <translation>La caméra « %1 » n’est pas branchée.</translation>
    </message>
    <message>
        <source>No file name was given for the recording.</source>
        <translation>Aucun nom de fichier n’a été donné pour l’enregistrement.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: it is a folder.</source>
        <translation>Impossible d’enregistrer dans « %1 » : c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: use the extension .mp4, .mkv, .webm, .mov or .avi.</source>
        <translation>Impossible d’enregistrer dans « %1 » : utilisez l’extension .mp4, .mkv, .webm, .mov ou .avi.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>Impossible d’enregistrer dans « %1 » : le dossier « %2 » n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>Impossible d’enregistrer dans « %1 » : le dossier « %2 » n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the file exists and cannot be overwritten.</source>
        <translation>Impossible d’enregistrer dans « %1 » : le fichier existe et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Start the camera before recording.</source>
        <translation>Démarrez la caméra avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Cannot record video on this system: no video encoder is installed (install the GStreamer plugins, e.g. gstreamer1.0-plugins-good and gstreamer1.0-libav).</source>
        <translation>Impossible d’enregistrer une vidéo sur ce système : aucun encodeur vidéo n’est installé (installez les plugins GStreamer, p. ex. gstreamer1.0-plugins-good et gstreamer1.0-libav).</translation>
    </message>
    <message>
        <source>Cannot record &apos;%1&apos; files on this system (no encoder); use %2 instead.</source>
        <translation>Impossible d’enregistrer des fichiers « %1 » sur ce système (pas d’encodeur) ; utilisez plutôt %2.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>le fichier ne peut pas être écrit</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the video format is not supported by the installed encoders</source>
        <translation>le format vidéo n’est pas pris en charge par les encodeurs installés</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <translation>l’enregistreur a échoué</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2 (%3).</source>
        <translation>L’enregistrement dans « %1 » a échoué : %2 (%3).</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2</source>
        <translation>L’enregistrement dans « %1 » a échoué : %2</translation>
    </message>
</context>
</TS>
