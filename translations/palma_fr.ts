<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>palma::AvatarViewport</name>
    <message>
        <source>&amp;Wireframe</source>
        <translation>&amp;Filaire</translation>
    </message>
    <message>
        <source>Vertex &amp;normals</source>
        <translation>&amp;Normales des sommets</translation>
    </message>
    <message>
        <source>&amp;Skeleton</source>
        <translation>&amp;Squelette</translation>
    </message>
    <message>
        <source>&amp;Joint axes</source>
        <translation>&amp;Axes des articulations</translation>
    </message>
    <message>
        <source>Reference &amp;floor</source>
        <translation>&amp;Sol de référence</translation>
    </message>
    <message>
        <source>&amp;Frame all</source>
        <translation>&amp;Tout cadrer</translation>
    </message>
    <message>
        <source>&amp;Dark background</source>
        <translation>Fond &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Light background</source>
        <translation>Fond &amp;clair</translation>
    </message>
    <message>
        <source>&amp;Gradient background</source>
        <translation>Fond en &amp;dégradé</translation>
    </message>
    <message>
        <source>&amp;Custom background...</source>
        <translation>Fond &amp;personnalisé...</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur de fond</translation>
    </message>
</context>
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
    <name>palma::FrameCompareView</name>
    <message>
        <source>Open the capture or project folder the avatar was made from</source>
        <translation>Ouvrez le dossier de capture ou de projet à partir duquel l’avatar a été créé</translation>
    </message>
    <message>
        <source>The pose shown is not a captured one: pick a captured frame on the timeline</source>
        <translation>La pose affichée n’est pas une pose capturée : choisissez une image capturée sur la ligne temporelle</translation>
    </message>
    <message>
        <source>The capture has no frame %1 (the avatar&apos;s captured row %2)</source>
        <translation>La capture n’a pas d’image %1 (ligne capturée %2 de l’avatar)</translation>
    </message>
    <message>
        <source>Cannot render the avatar: %1</source>
        <translation>Impossible de rendre l’avatar : %1</translation>
    </message>
    <message>
        <source>Capture frame %1: mean difference %2 (%3 ms)</source>
        <translation>Image capturée %1 : différence moyenne %2 (%3 ms)</translation>
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
    <name>palma::LightDirectionGizmo</name>
    <message>
        <source>Drag to aim the point light: the highlight follows the mouse</source>
        <translation>Faites glisser pour orienter la lumière ponctuelle : le reflet suit la souris</translation>
    </message>
</context>
<context>
    <name>palma::LightingPanel</name>
    <message>
        <source>Presets:</source>
        <translation>Préréglages :</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>The lighting estimated from the capture</source>
        <translation>L’éclairage estimé à partir de la capture</translation>
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
        <source>Reset to capture lighting</source>
        <translation>Réinitialiser à l’éclairage de la capture</translation>
    </message>
    <message>
        <source>Point light</source>
        <translation>Lumière ponctuelle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Switch the point light</source>
        <translation>Activer/désactiver la lumière ponctuelle</translation>
    </message>
    <message>
        <source>Light:</source>
        <translation>Lumière :</translation>
    </message>
    <message>
        <source>Degrees about the vertical, 0 = from the camera, positive = from the right</source>
        <translation>Degrés autour de la verticale, 0 = depuis la caméra, positif = depuis la droite</translation>
    </message>
    <message>
        <source>Degrees above the horizontal</source>
        <translation>Degrés au-dessus de l’horizontale</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>Azimut :</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>Élévation :</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Distance of the light from the centre of the hand</source>
        <translation>Distance de la lumière au centre de la main</translation>
    </message>
    <message>
        <source>Move the point light</source>
        <translation>Déplacer la lumière ponctuelle</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distance :</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Change the light colour</source>
        <translation>Changer la couleur de la lumière</translation>
    </message>
    <message>
        <source>Pick the light colour</source>
        <translation>Choisir la couleur de la lumière</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Soft shadows</source>
        <translation>Ombres douces</translation>
    </message>
    <message>
        <source>Switch shadows</source>
        <translation>Activer/désactiver les ombres</translation>
    </message>
    <message>
        <source>Shadows:</source>
        <translation>Ombres :</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Lumière ambiante</translation>
    </message>
    <message>
        <source>Spherical harmonics</source>
        <translation>Harmoniques sphériques</translation>
    </message>
    <message>
        <source>Light the avatar with the SH environment below instead of a flat ambient</source>
        <translation>Éclairer l’avatar avec l’environnement SH ci-dessous au lieu d’une lumière ambiante uniforme</translation>
    </message>
    <message>
        <source>Switch SH lighting on</source>
        <translation>Activer l’éclairage SH</translation>
    </message>
    <message>
        <source>Switch SH lighting off</source>
        <translation>Désactiver l’éclairage SH</translation>
    </message>
    <message>
        <source>Change the ambient ratio</source>
        <translation>Changer le ratio ambiant</translation>
    </message>
    <message>
        <source>Share of flat ambient light; the point light is weighted by 1 - ratio. With SH on, the SH irradiance replaces the flat ambient and the ratio only weighs the point light.</source>
        <translation>Part de la lumière ambiante uniforme ; la lumière ponctuelle est pondérée par 1 - ratio. Avec SH activé, l’irradiance SH remplace la lumière ambiante uniforme et le ratio ne pondère que la lumière ponctuelle.</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Ratio :</translation>
    </message>
    <message>
        <source>Link RGB</source>
        <translation>Lier RGB</translation>
    </message>
    <message>
        <source>One slider per coefficient: scales red, green and blue together, keeping the tint</source>
        <translation>Un curseur par coefficient : met à l’échelle le rouge, le vert et le bleu ensemble en conservant la teinte</translation>
    </message>
    <message>
        <source>SH coefficients</source>
        <translation>Coefficients SH</translation>
    </message>
    <message>
        <source>l = 0</source>
        <translation>l = 0</translation>
    </message>
    <message>
        <source>l = 1 (y, z, x)</source>
        <translation>l = 1 (y, z, x)</translation>
    </message>
    <message>
        <source>l = 2</source>
        <translation>l = 2</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>Change SH coefficient</source>
        <translation>Changer un coefficient SH</translation>
    </message>
    <message>
        <source>Aim the point light</source>
        <translation>Orienter la lumière ponctuelle</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>Couleur de la lumière</translation>
    </message>
    <message>
        <source>Apply the %1 lighting preset</source>
        <translation>Appliquer le préréglage d’éclairage « %1 »</translation>
    </message>
    <message>
        <source>az %1°  el %2°</source>
        <translation>az %1°  él %2°</translation>
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
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Open Capture…</source>
        <translation>Ouvrir une capture…</translation>
    </message>
    <message>
        <source>The capture or project folder the avatar was made from</source>
        <translation>Le dossier de capture ou de projet à partir duquel l’avatar a été créé</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Open the capture or project folder</source>
        <translation>Ouvrir le dossier de capture ou de projet</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>Impossible d’ouvrir la capture</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
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
        <source>Render Images…</source>
        <translation>Rendre des images…</translation>
    </message>
    <message>
        <source>Render the current pose, a turntable or the timeline to PNGs or a video (Ctrl+R)</source>
        <translation>Rendre la pose actuelle, une vue tournante ou la ligne temporelle en PNG ou en vidéo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Superpositions</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>View from the Capture Camera</source>
        <translation>Vue depuis la caméra de capture</translation>
    </message>
</context>
<context>
    <name>palma::MapInspector</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Albedo</source>
        <translation>Albédo</translation>
    </message>
    <message>
        <source>Normal map</source>
        <translation>Carte de normales</translation>
    </message>
    <message>
        <source>The texture map to inspect</source>
        <translation>La carte de texture à inspecter</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>All colour channels</source>
        <translation>Tous les canaux de couleur</translation>
    </message>
    <message>
        <source>Red channel as grey</source>
        <translation>Canal rouge en niveaux de gris</translation>
    </message>
    <message>
        <source>Green channel as grey</source>
        <translation>Canal vert en niveaux de gris</translation>
    </message>
    <message>
        <source>Blue channel as grey</source>
        <translation>Canal bleu en niveaux de gris</translation>
    </message>
    <message>
        <source>Alpha as grey (the UV coverage when the map has no alpha)</source>
        <translation>Alpha en niveaux de gris (la couverture UV si la carte n’a pas d’alpha)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Lit relief</source>
        <translation>Relief éclairé</translation>
    </message>
    <message>
        <source>Show the normal map as encoded colours or shaded by a light</source>
        <translation>Afficher la carte de normales en couleurs encodées ou ombrée par une lumière</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <source>Light azimuth (0° from the right, 90° from the top)</source>
        <translation>Azimut de la lumière (0° depuis la droite, 90° depuis le haut)</translation>
    </message>
    <message>
        <source>Light elevation above the surface (degrees)</source>
        <translation>Élévation de la lumière au-dessus de la surface (degrés)</translation>
    </message>
    <message>
        <source>UV wireframe</source>
        <translation>Filaire UV</translation>
    </message>
    <message>
        <source>Draw the template&apos;s UV triangles over the map</source>
        <translation>Dessiner les triangles UV du modèle par-dessus la carte</translation>
    </message>
    <message>
        <source>Opacity of the UV wireframe</source>
        <translation>Opacité du filaire UV</translation>
    </message>
    <message>
        <source>Texel grid</source>
        <translation>Grille des texels</translation>
    </message>
    <message>
        <source>Outline each texel when zoomed in far</source>
        <translation>Contourer chaque texel en cas de fort zoom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the map to the view (F)</source>
        <translation>Ajuster la carte à la vue (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per texel (1)</source>
        <translation>Un pixel d’écran par texel (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Other avatar: albedo</source>
        <translation>Autre avatar : albédo</translation>
    </message>
    <message>
        <source>Other avatar: normal map</source>
        <translation>Autre avatar : carte de normales</translation>
    </message>
    <message>
        <source>Show a second map beside this one, with zoom and pan kept in step</source>
        <translation>Afficher une seconde carte à côté de celle-ci, avec zoom et panoramique synchronisés</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a second avatar folder to compare with</source>
        <translation>Ouvrir un second dossier d’avatar à comparer</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Show |left − right| on the right</source>
        <translation>Afficher |gauche − droite| à droite</translation>
    </message>
    <message>
        <source>Amplify the difference</source>
        <translation>Amplifier la différence</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the shown map as a PNG</source>
        <translation>Enregistrer la carte affichée en PNG</translation>
    </message>
    <message>
        <source>No map to compare with: open an avatar</source>
        <translation>Aucune carte à comparer : ouvrez un avatar</translation>
    </message>
    <message>
        <source>Other avatar: </source>
        <translation>Autre avatar : </translation>
    </message>
    <message>
        <source>This avatar: </source>
        <translation>Cet avatar : </translation>
    </message>
    <message>
        <source>Difference |left − %1| × %2</source>
        <translation>Différence |gauche − %1| × %2</translation>
    </message>
    <message>
        <source>Move the cursor over the map to read its texels.</source>
        <translation>Survolez la carte avec le curseur pour lire ses texels.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>There is no map to export: open an avatar first.</source>
        <translation>Aucune carte à exporter : ouvrez d’abord un avatar.</translation>
    </message>
    <message>
        <source>8 bits per channel</source>
        <translation>8 bits par canal</translation>
    </message>
    <message>
        <source>16 bits per channel</source>
        <translation>16 bits par canal</translation>
    </message>
    <message>
        <source>Bit depth of the PNG:</source>
        <translation>Profondeur de bits du PNG :</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be exported: %1</source>
        <translation>La carte n’a pas pu être exportée : %1</translation>
    </message>
    <message>
        <source>Open an avatar to compare with</source>
        <translation>Ouvrir un avatar à comparer</translation>
    </message>
    <message>
        <source>The avatar could not be opened: %1</source>
        <translation>L’avatar n’a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>palma::PosePanel</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Annulaire</translation>
    </message>
    <message>
        <source>Pinky</source>
        <translation>Auriculaire</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Pouce</translation>
    </message>
    <message>
        <source>CMC</source>
        <translation>CMC</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <source>DIP</source>
        <translation>DIP</translation>
    </message>
    <message>
        <source>flex</source>
        <translation>flexion</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>écartement</translation>
    </message>
    <message>
        <source>twist</source>
        <translation>torsion</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Straighten every finger (the rest pose); the wrist and position stay</source>
        <translation>Tendre tous les doigts (pose de repos) ; le poignet et la position restent</translation>
    </message>
    <message>
        <source>%1 %2: %3 (degrees, within the joint&apos;s limits)</source>
        <translation>%1 %2 : %3 (degrés, dans les limites de l’articulation)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Straighten this finger</source>
        <translation>Tendre ce doigt</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
</context>
<context>
    <name>palma::PoseTimeline</name>
    <message>
        <source>What the timeline plays: the captured poses, the pose presets or an animation</source>
        <translation>Ce que lit la ligne temporelle : les poses capturées, les préréglages de pose ou une animation</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Première image (Début)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Dernière image (Fin)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Captured poses</source>
        <translation>Poses capturées</translation>
    </message>
    <message>
        <source>Pose presets</source>
        <translation>Préréglages de pose</translation>
    </message>
    <message>
        <source>Animation: %1</source>
        <translation>Animation : %1</translation>
    </message>
    <message>
        <source>frame %1 (source frame %2)</source>
        <translation>image %1 (image source %2)</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>%1 / %2  %3</source>
        <translation>%1 / %2  %3</translation>
    </message>
    <message>
        <source>No avatar</source>
        <translation>Aucun avatar</translation>
    </message>
</context>
<context>
    <name>palma::RenderDialog</name>
    <message>
        <source>Render images</source>
        <translation>Rendre des images</translation>
    </message>
    <message>
        <source>Current pose</source>
        <translation>Pose actuelle</translation>
    </message>
    <message>
        <source>Turntable of the current pose</source>
        <translation>Vue tournante de la pose actuelle</translation>
    </message>
    <message>
        <source>Timeline sequence</source>
        <translation>Séquence de la ligne temporelle</translation>
    </message>
    <message>
        <source>Captured motion (capture cameras)</source>
        <translation>Mouvement capturé (caméras de capture)</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Paume</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Side (thumb)</source>
        <translation>Côté (pouce)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>A folder for PNG frames, or a video file (.mp4, .avi)</source>
        <translation>Un dossier pour les images PNG, ou un fichier vidéo (.mp4, .avi)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder for PNG frames</source>
        <translation>Choisir un dossier pour les images PNG</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Turntable frames</source>
        <translation>Images de la vue tournante</translation>
    </message>
    <message>
        <source>Video frame rate</source>
        <translation>Fréquence d’images vidéo</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>Dossier pour les images PNG</translation>
    </message>
    <message>
        <source>Open an avatar first</source>
        <translation>Ouvrez d’abord un avatar</translation>
    </message>
    <message>
        <source>there is no timeline sequence to render</source>
        <translation>il n’y a pas de séquence de la ligne temporelle à rendre</translation>
    </message>
    <message>
        <source>a render is already running</source>
        <translation>un rendu est déjà en cours</translation>
    </message>
    <message>
        <source>no avatar to render</source>
        <translation>aucun avatar à rendre</translation>
    </message>
    <message>
        <source>choose where to write the frames (a folder or a video file)</source>
        <translation>choisissez où écrire les images (un dossier ou un fichier vidéo)</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Rendered %1 frames (%2 ms per frame): %3</source>
        <translation>%1 images rendues (%2 ms par image) : %3</translation>
    </message>
    <message>
        <source>Render stopped: %1</source>
        <translation>Rendu interrompu : %1</translation>
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
    <name>palma::ShPreview</name>
    <message>
        <source>Irradiance of the spherical-harmonics lighting on a white sphere</source>
        <translation>Irradiance de l’éclairage en harmoniques sphériques sur une sphère blanche</translation>
    </message>
    <message>
        <source>SH off</source>
        <translation>SH désactivé</translation>
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
