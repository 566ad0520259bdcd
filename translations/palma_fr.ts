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
    <name>palma::CaptureFilmStrip</name>
    <message>
        <source>Drag the yellow handles to trim the frame range; click a frame to show it.
Left/Right: step, I/O: start/end the range at the current frame</source>
        <translation>Faites glisser les poignées jaunes pour découper la plage d’images ; cliquez sur une image pour l’afficher.
Gauche/Droite : image par image, I/O : début/fin de la plage à l’image courante</translation>
    </message>
    <message>
        <source>The source&apos;s frames appear here</source>
        <translation>Les images de la source apparaissent ici</translation>
    </message>
</context>
<context>
    <name>palma::CapturePage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Capture&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Capture&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a video or an image folder, drop one onto this page, or record with the webcam.</source>
        <translation>Ouvrez une vidéo ou un dossier d’images, déposez-en un sur cette page, ou enregistrez avec la webcam.</translation>
    </message>
    <message>
        <source>Open Video…</source>
        <translation>Ouvrir une vidéo…</translation>
    </message>
    <message>
        <source>Open Image Folder…</source>
        <translation>Ouvrir un dossier d’images…</translation>
    </message>
    <message>
        <source>No source yet.

Open a video (mp4, mov, m4v, avi, mkv, webm) or a folder of images, or drop one here.</source>
        <translation>Aucune source pour l’instant.

Ouvrez une vidéo (mp4, mov, m4v, avi, mkv, webm) ou un dossier d’images, ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>Set First</source>
        <translation>Définir le début</translation>
    </message>
    <message>
        <source>Start the range at the current frame (I on the filmstrip)</source>
        <translation>Commencer la plage à l’image courante (I dans la bande d’images)</translation>
    </message>
    <message>
        <source>Set Last</source>
        <translation>Définir la fin</translation>
    </message>
    <message>
        <source>End the range at the current frame (O on the filmstrip)</source>
        <translation>Terminer la plage à l’image courante (O dans la bande d’images)</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Première :</translation>
    </message>
    <message>
        <source>The first frame used (source frame number, from 0)</source>
        <translation>La première image utilisée (numéro d’image dans la source, à partir de 0)</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>&amp;Dernière :</translation>
    </message>
    <message>
        <source>The last frame used (inclusive)</source>
        <translation>La dernière image utilisée (incluse)</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Use every n-th frame of the range, counted from the first</source>
        <translation>Utiliser une image sur n dans la plage, en comptant à partir de la première</translation>
    </message>
    <message>
        <source>&amp;Max frames:</source>
        <translation>Images &amp;max. :</translation>
    </message>
    <message>
        <source>Stop after this many frames (0: no limit)</source>
        <translation>S’arrêter après ce nombre d’images (0 : sans limite)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Use every n-th frame. Auto spreads at most %1 frames over the range (a few dozen frames cover a hand turning; more only make the fit slower).</source>
        <translation>Utiliser une image sur n. Auto répartit au plus %1 images sur la plage (quelques dizaines d’images suffisent pour une main qui tourne ; davantage ne fait que ralentir l’ajustement).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No source.</source>
        <translation>Aucune source.</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Rechercher à nouveau les caméras</translation>
    </message>
    <message>
        <source>Start Camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>The folder recordings are written to</source>
        <translation>Le dossier où les enregistrements sont écrits</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder for recordings</source>
        <translation>Choisir le dossier des enregistrements</translation>
    </message>
    <message>
        <source>Keypoints and masks (optional)</source>
        <translation>Points clés et masques (facultatif)</translation>
    </message>
    <message>
        <source>Keypoints File…</source>
        <translation>Fichier de points clés…</translation>
    </message>
    <message>
        <source>2D hand keypoints: MediaPipe-style JSON, OpenPose JSON (file or folder) or palma-keypoints</source>
        <translation>Points clés 2D de la main : JSON de type MediaPipe, JSON OpenPose (fichier ou dossier) ou palma-keypoints</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Masks Folder…</source>
        <translation>Dossier de masques…</translation>
    </message>
    <message>
        <source>A folder of PNG masks, one per selected frame (white = hand); without it the built-in segmentation makes them</source>
        <translation>Un dossier de masques PNG, un par image sélectionnée (blanc = main) ; sans lui, la segmentation intégrée les crée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <source>Automatic: from the keypoint file, or guessed from the keypoints</source>
        <translation>Automatique : d’après le fichier de points clés, ou déduite des points clés</translation>
    </message>
    <message>
        <source>Hand:</source>
        <translation>Main :</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Recadrage</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of the square images the reconstruction sees (448 is the default)</source>
        <translation>Côté des images carrées que voit la reconstruction (448 par défaut)</translation>
    </message>
    <message>
        <source>Working size:</source>
        <translation>Taille de travail :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Space added around the hand on each side, as a share of the hand&apos;s size</source>
        <translation>Espace ajouté autour de la main de chaque côté, en proportion de la taille de la main</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>Prepare Project</source>
        <translation>Préparer le projet</translation>
    </message>
    <message>
        <source>Decode the selected frames, crop them around the hand and make the project</source>
        <translation>Décoder les images sélectionnées, les recadrer autour de la main et créer le projet</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Ouvrir une vidéo</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Vidéos (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the keypoints belong to its frames.</source>
        <translation>Ouvrez d’abord une vidéo ou un dossier d’images ; les points clés se rapportent à ses images.</translation>
    </message>
    <message>
        <source>Keypoints File</source>
        <translation>Fichier de points clés</translation>
    </message>
    <message>
        <source>Keypoints (*.json);;All files (*)</source>
        <translation>Points clés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the masks belong to its frames.</source>
        <translation>Ouvrez d’abord une vidéo ou un dossier d’images ; les masques se rapportent à ses images.</translation>
    </message>
    <message>
        <source>Masks Folder</source>
        <translation>Dossier de masques</translation>
    </message>
    <message>
        <source>No video file or image folder was given.</source>
        <translation>Aucun fichier vidéo ni dossier d’images n’a été indiqué.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The previous source (%1) is still open.</source>
        <translation>La source précédente (%1) reste ouverte.</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>Keypoints found next to it: %1.</source>
        <translation>Points clés trouvés à côté : %1.</translation>
    </message>
    <message>
        <source>%1 lies next to it but could not be used as keypoints (see Keypoints).</source>
        <translation>%1 se trouve à côté mais n’a pas pu être utilisé comme points clés (voir Points clés).</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Video, %1 × %2 pixels</source>
        <translation>Vidéo, %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Rotated %1° clockwise (from the file&apos;s rotation tag)</source>
        <translation>Pivotée de %1° dans le sens horaire (d’après la balise de rotation du fichier)</translation>
    </message>
    <message>
        <source>%1 fps, %2 frames, %3</source>
        <translation>%1 i/s, %2 images, %3</translation>
    </message>
    <message>
        <source>Frame count unknown until decoded</source>
        <translation>Nombre d’images inconnu avant le décodage</translation>
    </message>
    <message>
        <source>Image folder, %1 × %2 pixels</source>
        <translation>Dossier d’images, %1 × %2 pixels</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>timed at %1 fps</source>
        <translation>cadencées à %1 i/s</translation>
    </message>
    <message>
        <source>Prepared at %1 × %2 (downscaled to at most 1920 pixels)</source>
        <translation>Préparées en %1 × %2 (réduites à 1920 pixels au plus)</translation>
    </message>
    <message>
        <source>No frames selected</source>
        <translation>Aucune image sélectionnée</translation>
    </message>
    <message>
        <source>1 frame selected</source>
        <translation>1 image sélectionnée</translation>
    </message>
    <message>
        <source>%1 frames selected (one in %2)</source>
        <translation>%1 images sélectionnées (une sur %2)</translation>
    </message>
    <message>
        <source>%1 frames selected</source>
        <translation>%1 images sélectionnées</translation>
    </message>
    <message>
        <source>Frames %1 to %2, %3 of video</source>
        <translation>Images %1 à %2, %3 de vidéo</translation>
    </message>
    <message>
        <source>Stop Camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>None: place keypoints on the Prepare page, or put %1 next to the source.</source>
        <translation>Aucun : placez les points clés sur la page Préparer, ou mettez %1 à côté de la source.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Keypoints not used: %1</source>
        <translation>Points clés non utilisés : %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 with a hand</source>
        <translation>%1 : %2 lignes, %3 avec une main</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>main gauche</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>main droite</translation>
    </message>
    <message>
        <source>No masks: the built-in segmentation makes them.</source>
        <translation>Aucun masque : la segmentation intégrée les crée.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 contains no PNG masks.</source>
        <translation>Le dossier %1 ne contient aucun masque PNG.</translation>
    </message>
    <message>
        <source>%1 is not a PNG mask or a folder of them.</source>
        <translation>%1 n’est ni un masque PNG ni un dossier de masques PNG.</translation>
    </message>
    <message>
        <source>Masks not used: %1</source>
        <translation>Masques non utilisés : %1</translation>
    </message>
    <message>
        <source>%1: %2 PNG masks</source>
        <translation>%1 : %2 masques PNG</translation>
    </message>
    <message>
        <source>(the selection has %1 frames; they must match)</source>
        <translation>(la sélection compte %1 images ; les nombres doivent correspondre)</translation>
    </message>
    <message>
        <source>The square crop around the hand is shown on the preview once a source is open.</source>
        <translation>Le recadrage carré autour de la main s’affiche dans l’aperçu dès qu’une source est ouverte.</translation>
    </message>
    <message>
        <source>No keypoints yet: the crop will follow the hand once keypoints are placed on the Prepare page. The crops are %1 × %1 pixels.</source>
        <translation>Pas encore de points clés : le recadrage suivra la main une fois les points clés placés sur la page Préparer. Les recadrages font %1 × %1 pixels.</translation>
    </message>
    <message>
        <source>The keypoint file lists %1 frames, but the selection reaches frame %2: shorten the range, or preparing stops with an error.</source>
        <translation>Le fichier de points clés compte %1 images, mais la sélection va jusqu’à l’image %2 : raccourcissez la plage, sinon la préparation s’arrêtera sur une erreur.</translation>
    </message>
    <message>
        <source>No crop: %1</source>
        <translation>Pas de recadrage : %1</translation>
    </message>
    <message>
        <source>The green square is the crop for this frame; the inset is the image the reconstruction sees.</source>
        <translation>Le carré vert est le recadrage de cette image ; l’incrustation montre l’image que voit la reconstruction.</translation>
    </message>
    <message>
        <source>Frames without keypoints in the file get tracked keypoints when preparing, so their crop may still move a little.</source>
        <translation>Les images sans points clés dans le fichier reçoivent des points clés suivis lors de la préparation ; leur recadrage peut donc encore bouger un peu.</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>Decoding thumbnails…</source>
        <translation>Décodage des miniatures…</translation>
    </message>
    <message>
        <source>Decoding thumbnails… frame %1 of %2</source>
        <translation>Décodage des miniatures… image %1 sur %2</translation>
    </message>
    <message>
        <source>The video ends after %1 frames although it announces %2; the file may be truncated or damaged. Only the frames that exist can be used.</source>
        <translation>La vidéo se termine après %1 images alors qu’elle en annonce %2 ; le fichier est peut-être tronqué ou endommagé. Seules les images existantes peuvent être utilisées.</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>Décodage interrompu : %1</translation>
    </message>
    <message>
        <source>Thumbnails of one frame in %1.</source>
        <translation>Miniatures d’une image sur %1.</translation>
    </message>
    <message>
        <source>All %1 frames decoded.</source>
        <translation>Les %1 images ont été décodées.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
        <source>Connect a webcam and press Refresh.</source>
        <translation>Branchez une webcam et cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>Start the camera to see its picture, then Record. The recording becomes the source when you stop.</source>
        <translation>Démarrez la caméra pour voir son image, puis cliquez sur Enregistrer. L’enregistrement devient la source quand vous l’arrêtez.</translation>
    </message>
    <message>
        <source>Recording… %1 frames</source>
        <translation>Enregistrement… %1 images</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 est en marche.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Caméra arrêtée.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Finalisation de l’enregistrement…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recording.</source>
        <translation>Impossible de créer le dossier %1 pour l’enregistrement.</translation>
    </message>
    <message>
        <source>No video encoder is available to record with (install the GStreamer plug-ins).</source>
        <translation>Aucun encodeur vidéo n’est disponible pour l’enregistrement (installez les plugins GStreamer).</translation>
    </message>
    <message>
        <source>Recording to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message>
        <source>Folder for Recordings</source>
        <translation>Dossier des enregistrements</translation>
    </message>
    <message>
        <source>Recorded %1; it is now the source.</source>
        <translation>%1 enregistré ; c’est maintenant la source.</translation>
    </message>
</context>
<context>
    <name>palma::CapturePreview</name>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
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
    <name>palma::FitPreviewView</name>
    <message>
        <source>The input frame and the current render appear here while the reconstruction runs.</source>
        <translation>L’image d’entrée et le rendu actuel apparaissent ici pendant la reconstruction.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Render over input (%1%)</source>
        <translation>Rendu sur l’entrée (%1 %)</translation>
    </message>
    <message>
        <source>|Input - render| x %1, mean %2%</source>
        <translation>|entrée - rendu| x %1, moyenne %2 %</translation>
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
    <name>palma::FrameFilmstrip</name>
    <message>
        <source>Frame %1: no problems found</source>
        <translation>Image %1 : aucun problème détecté</translation>
    </message>
    <message>
        <source>Frame %1:
%2</source>
        <translation>Image %1 :
%2</translation>
    </message>
</context>
<context>
    <name>palma::GuideWindow</name>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Guide de Palma Studio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>palma::HandOverlayView</name>
    <message>
        <source>No frame</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Opacity of the fitted hand drawn over the frame</source>
        <translation>Opacité de la main ajustée dessinée sur l’image</translation>
    </message>
    <message>
        <source>Hand opacity</source>
        <translation>Opacité de la main</translation>
    </message>
    <message>
        <source>Zoom to hand</source>
        <translation>Zoomer sur la main</translation>
    </message>
    <message>
        <source>Show the hand and its keypoints enlarged instead of the whole frame</source>
        <translation>Afficher la main et ses points clés agrandis au lieu de l’image entière</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>palma::InspectPage</name>
    <message>
        <source>Show rendered preview</source>
        <translation>Afficher l’aperçu rendu</translation>
    </message>
    <message>
        <source>Show the pose as the engine&apos;s differentiable renderer draws it, beside the 3D view, through the same camera</source>
        <translation>Affiche la pose telle que le moteur de rendu différentiable la dessine, à côté de la vue 3D et par la même caméra</translation>
    </message>
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
    <name>palma::KeypointFrameView</name>
    <message>
        <source>Wrist</source>
        <translation>Poignet</translation>
    </message>
    <message>
        <source>Thumb CMC</source>
        <translation>Pouce CMC</translation>
    </message>
    <message>
        <source>Thumb MCP</source>
        <translation>Pouce MCP</translation>
    </message>
    <message>
        <source>Thumb IP</source>
        <translation>Pouce IP</translation>
    </message>
    <message>
        <source>Thumb tip</source>
        <translation>Pouce (bout)</translation>
    </message>
    <message>
        <source>Index MCP</source>
        <translation>Index MCP</translation>
    </message>
    <message>
        <source>Index PIP</source>
        <translation>Index PIP</translation>
    </message>
    <message>
        <source>Index DIP</source>
        <translation>Index DIP</translation>
    </message>
    <message>
        <source>Index tip</source>
        <translation>Index (bout)</translation>
    </message>
    <message>
        <source>Middle MCP</source>
        <translation>Majeur MCP</translation>
    </message>
    <message>
        <source>Middle PIP</source>
        <translation>Majeur PIP</translation>
    </message>
    <message>
        <source>Middle DIP</source>
        <translation>Majeur DIP</translation>
    </message>
    <message>
        <source>Middle tip</source>
        <translation>Majeur (bout)</translation>
    </message>
    <message>
        <source>Ring MCP</source>
        <translation>Annulaire MCP</translation>
    </message>
    <message>
        <source>Ring PIP</source>
        <translation>Annulaire PIP</translation>
    </message>
    <message>
        <source>Ring DIP</source>
        <translation>Annulaire DIP</translation>
    </message>
    <message>
        <source>Ring tip</source>
        <translation>Annulaire (bout)</translation>
    </message>
    <message>
        <source>Little MCP</source>
        <translation>Auriculaire MCP</translation>
    </message>
    <message>
        <source>Little PIP</source>
        <translation>Auriculaire PIP</translation>
    </message>
    <message>
        <source>Little DIP</source>
        <translation>Auriculaire DIP</translation>
    </message>
    <message>
        <source>Little tip</source>
        <translation>Auriculaire (bout)</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>Occulté</translation>
    </message>
    <message>
        <source>The point is hidden; its position is a guess and counts half in the fit</source>
        <translation>Le point est caché ; sa position est estimée et compte pour moitié dans l’ajustement</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Ajuster à la vue</translation>
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
    <name>palma::LossPlot</name>
    <message>
        <source>iteration %1</source>
        <translation>itération %1</translation>
    </message>
    <message>
        <source>iteration %1 (%2)</source>
        <translation>itération %1 (%2)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <source>Losses appear here while the reconstruction runs.</source>
        <translation>Les pertes apparaissent ici pendant la reconstruction.</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
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
    <message>
        <source>The avatar is ready: %1</source>
        <translation>L’avatar est prêt : %1</translation>
    </message>
    <message>
        <source>3D Hand</source>
        <translation>Main 3D</translation>
    </message>
    <message>
        <source>Project %1: %2 frames, %3 with keypoints%4</source>
        <translation>Projet %1 : %2 images, %3 avec points clés%4</translation>
    </message>
    <message>
        <source> (unsaved edits)</source>
        <translation> (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>%1[*] — Palma Studio</source>
        <translation>%1[*] — Palma Studio</translation>
    </message>
    <message>
        <source>Reconstruction running</source>
        <translation>Reconstruction en cours</translation>
    </message>
    <message>
        <source>A reconstruction is running. Stop it and quit? The last good avatar is saved, and the run can be resumed when the project is opened again.</source>
        <translation>Une reconstruction est en cours. L’arrêter et quitter ? Le dernier avatar valide est enregistré, et le calcul pourra reprendre à la prochaine ouverture du projet.</translation>
    </message>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Guide de Palma Studio</translation>
    </message>
    <message>
        <source>The user guide, at the section about this page (F1)</source>
        <translation>Le guide, à la section sur cette page (F1)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guide: Help &gt; Palma Studio Guide (F1).&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %1, VTK %2 and LibTorch %3 (Help &gt; About Qt for Qt&apos;s licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le guide : Aide &gt; Guide de Palma Studio (F1).&lt;/p&gt;&lt;p&gt;Distribué sous la licence Apache 2.0. Construit avec Qt %1, VTK %2 et LibTorch %3 (Aide &gt; À propos de Qt pour la licence de Qt).&lt;/p&gt;</translation>
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
    <name>palma::PoseInitPanel</name>
    <message>
        <source>Fit initialisation</source>
        <translation>Ajuster l’initialisation</translation>
    </message>
    <message>
        <source>Fit the 3D hand to the keypoints of every frame (frames you corrected are kept)</source>
        <translation>Ajuster la main 3D aux points clés de chaque image (les images que vous avez corrigées sont conservées)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Mean distance between the fitted hand&apos;s keypoints and the frame&apos;s keypoints</source>
        <translation>Distance moyenne entre les points clés de la main ajustée et ceux de l’image</translation>
    </message>
    <message>
        <source>Hand orientation</source>
        <translation>Orientation de la main</translation>
    </message>
    <message>
        <source>tilt (x)</source>
        <translation>inclinaison (x)</translation>
    </message>
    <message>
        <source>turn (y)</source>
        <translation>rotation (y)</translation>
    </message>
    <message>
        <source>roll (z)</source>
        <translation>roulis (z)</translation>
    </message>
    <message>
        <source>Rotation of the whole hand about the camera&apos;s axis (degrees); the wrist stays</source>
        <translation>Rotation de toute la main autour de l’axe de la caméra (degrés) ; le poignet reste en place</translation>
    </message>
    <message>
        <source>Flip palm</source>
        <translation>Retourner la paume</translation>
    </message>
    <message>
        <source>Turn the hand 180° about its long axis (palm &lt;-&gt; back of the hand)</source>
        <translation>Tourner la main de 180° autour de son grand axe (paume &lt;-&gt; dos de la main)</translation>
    </message>
    <message>
        <source>The saved initialisation has %1 frames, the project %2: fit it again.</source>
        <translation>L’initialisation enregistrée compte %1 images, le projet %2 : ajustez-la à nouveau.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>The frames are still being decoded; fit again in a moment.</source>
        <translation>Les images sont encore en cours de décodage ; relancez l’ajustement dans un instant.</translation>
    </message>
    <message>
        <source>Fitting the initialisation...</source>
        <translation>Ajustement de l’initialisation...</translation>
    </message>
    <message>
        <source>Fitting: %1</source>
        <translation>Ajustement : %1</translation>
    </message>
    <message>
        <source>The fit was cancelled; the initialisation is unchanged.</source>
        <translation>L’ajustement a été annulé ; l’initialisation est inchangée.</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>L’ajustement a échoué : %1</translation>
    </message>
    <message>
        <source>Re-fit initialisation</source>
        <translation>Réajuster l’initialisation</translation>
    </message>
    <message>
        <source>Adjust %1 %2 %3</source>
        <translation>Ajuster %1 %2 %3</translation>
    </message>
    <message>
        <source>Rotate hand</source>
        <translation>Tourner la main</translation>
    </message>
    <message>
        <source>Re-fit</source>
        <translation>Réajuster</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Frame %1: fit the initialisation to edit its pose.</source>
        <translation>Image %1 : ajustez l’initialisation pour modifier sa pose.</translation>
    </message>
    <message>
        <source>Frame %1 has too few keypoints; it is not part of the reconstruction.</source>
        <translation>L’image %1 a trop peu de points clés ; elle ne fait pas partie de la reconstruction.</translation>
    </message>
    <message>
        <source>Frame %1 (corrected by hand)</source>
        <translation>Image %1 (corrigée à la main)</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Frame %1: not fitted (too few keypoints)</source>
        <translation>Image %1 : non ajustée (trop peu de points clés)</translation>
    </message>
    <message>
        <source>Frame %1: no keypoints to compare</source>
        <translation>Image %1 : aucun point clé à comparer</translation>
    </message>
    <message>
        <source>Frame %1: %2 px</source>
        <translation>Image %1 : %2 px</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrigée)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>The saved initialisation could not be read: %1</source>
        <translation>L’initialisation enregistrée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No initialisation yet: Fit initialisation places the 3D hand on every frame.</source>
        <translation>Pas encore d’initialisation : Ajuster l’initialisation place la main 3D sur chaque image.</translation>
    </message>
    <message>
        <source>The keypoints changed since the fit: Re-fit to update the initialisation (the reconstruction would fit it again from the keypoints).</source>
        <translation>Les points clés ont changé depuis l’ajustement : cliquez sur Réajuster pour mettre à jour l’initialisation (sinon la reconstruction la réajusterait à partir des points clés).</translation>
    </message>
    <message>
        <source>Initialisation of %1 frames, mean error %2 px, %3 corrected by hand.</source>
        <translation>Initialisation de %1 images, erreur moyenne %2 px, %3 corrigées à la main.</translation>
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
    <name>palma::PreparePage</name>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Place point</source>
        <translation>Placer un point</translation>
    </message>
    <message>
        <source>Hand brush</source>
        <translation>Pinceau main</translation>
    </message>
    <message>
        <source>Background brush</source>
        <translation>Pinceau fond</translation>
    </message>
    <message>
        <source>Drag keypoints; right-click a point to delete it or mark it occluded (Esc)</source>
        <translation>Faites glisser les points clés ; clic droit sur un point pour le supprimer ou le marquer comme occulté (Esc)</translation>
    </message>
    <message>
        <source>Click to place the joint chosen in the list</source>
        <translation>Cliquez pour placer l’articulation choisie dans la liste</translation>
    </message>
    <message>
        <source>Paint over the hand where the mask misses it; the frame is segmented again when you release</source>
        <translation>Peignez sur la main là où le masque ne la couvre pas ; l’image est à nouveau segmentée quand vous relâchez</translation>
    </message>
    <message>
        <source>Paint over background the mask wrongly includes; the frame is segmented again when you release</source>
        <translation>Peignez sur le fond que le masque inclut à tort ; l’image est à nouveau segmentée quand vous relâchez</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole frame (F); the wheel zooms, the middle button or Space + drag pans</source>
        <translation>Afficher l’image entière (F) ; la molette zoome, le bouton du milieu ou Space + glisser déplace la vue</translation>
    </message>
    <message>
        <source>Next problem frame</source>
        <translation>Image à problème suivante</translation>
    </message>
    <message>
        <source>Go to the next frame flagged in the filmstrip</source>
        <translation>Aller à l’image signalée suivante dans la bande d’images</translation>
    </message>
    <message>
        <source>No frame is flagged.</source>
        <translation>Aucune image n’est signalée.</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Articulation</translation>
    </message>
    <message>
        <source>The joint to select, or to place with the Place tool</source>
        <translation>L’articulation à sélectionner, ou à placer avec l’outil Placer un point</translation>
    </message>
    <message>
        <source>Place next missing joint</source>
        <translation>Placer l’articulation manquante suivante</translation>
    </message>
    <message>
        <source>Click in the frame to place each missing joint in turn</source>
        <translation>Cliquez dans l’image pour placer tour à tour chaque articulation manquante</translation>
    </message>
    <message>
        <source>After placing, go to the next missing joint</source>
        <translation>Après le placement, passer à l’articulation manquante suivante</translation>
    </message>
    <message>
        <source>Place hand</source>
        <translation>Placer une main</translation>
    </message>
    <message>
        <source>Drop an open hand on a frame without keypoints, then drag the points that are off</source>
        <translation>Poser une main ouverte sur une image sans points clés, puis faire glisser les points mal placés</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Remove the selected point (Del); tracking leaves it out</source>
        <translation>Supprimer le point sélectionné (Del) ; le suivi l’ignore</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>Occulté</translation>
    </message>
    <message>
        <source>The selected point is hidden and its position guessed: it counts half in the fit</source>
        <translation>Le point sélectionné est caché et sa position estimée : il compte pour moitié dans l’ajustement</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Show mask</source>
        <translation>Afficher le masque</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Filled and outline</source>
        <translation>Plein et contour</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in frame pixels</source>
        <translation>Rayon du pinceau en pixels de l’image</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Clear scribbles</source>
        <translation>Effacer les traits</translation>
    </message>
    <message>
        <source>Forget this frame&apos;s brush strokes (the mask stays as it is)</source>
        <translation>Oublier les coups de pinceau de cette image (le masque reste tel quel)</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Track from here</source>
        <translation>Suivre à partir d’ici</translation>
    </message>
    <message>
        <source>Follow this frame&apos;s points forward to the next frame you edited, or to the end</source>
        <translation>Suivre les points de cette image jusqu’à la prochaine image que vous avez modifiée, ou jusqu’à la fin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Propagate to next</source>
        <translation>Propager aux suivantes</translation>
    </message>
    <message>
        <source>Copy this frame&apos;s points into the next frames (your own points there stay)</source>
        <translation>Copier les points de cette image dans les images suivantes (vos propres points y sont conservés)</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <source>Interpolate keyframes</source>
        <translation>Interpoler les images clés</translation>
    </message>
    <message>
        <source>Fill every joint between two frames where you placed it by linear interpolation</source>
        <translation>Compléter chaque articulation entre deux images où vous l’avez placée, par interpolation linéaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt;: filled dot = yours, square = imported, ring = tracked or interpolated, half dot = occluded, red dashed ring = low confidence.</source>
        <translation>&lt;b&gt;Points&lt;/b&gt; : disque plein = les vôtres, carré = importé, anneau = suivi ou interpolé, demi-disque = occulté, anneau rouge en pointillés = confiance faible.</translation>
    </message>
    <message>
        <source>Frame %1 (%2 of %3)</source>
        <translation>Image %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Open or create a project to check its keypoints and masks.
File &gt; Open Project…, or prepare a capture on the Capture page.</source>
        <translation>Ouvrez ou créez un projet pour vérifier ses points clés et ses masques.
Fichier &gt; Ouvrir un projet…, ou préparez une capture sur la page Capture.</translation>
    </message>
    <message>
        <source>The project has no frames.</source>
        <translation>Le projet ne contient aucune image.</translation>
    </message>
    <message>
        <source>The frames could not be read:
%1</source>
        <translation>Les images n’ont pas pu être lues :
%1</translation>
    </message>
    <message>
        <source>Decoding frames… %1 of %2</source>
        <translation>Décodage des images… %1 sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>placé par vous</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>interpolé</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>propagé</translation>
    </message>
    <message>
        <source>%1: (%2, %3), %4, confidence %5</source>
        <translation>%1 : (%2, %3), %4, confiance %5</translation>
    </message>
    <message>
        <source>%1 of 21 points present</source>
        <translation>%1 points présents sur 21</translation>
    </message>
    <message>
        <source>Guessed from the keypoints: please confirm.</source>
        <translation>Déduite des points clés : veuillez confirmer.</translation>
    </message>
    <message>
        <source>Not known yet (Right is assumed): choose the hand the video shows.</source>
        <translation>Pas encore connue (droite par défaut) : choisissez la main que montre la vidéo.</translation>
    </message>
    <message>
        <source>No keypoints</source>
        <translation>Aucun point clé</translation>
    </message>
    <message>
        <source>%1 of %2 keypoints missing</source>
        <translation>%1 points clés manquants sur %2</translation>
    </message>
    <message>
        <source>Low keypoint confidence (mean %1)</source>
        <translation>Confiance faible des points clés (moyenne %1)</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Aucun masque</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Placer %1</translation>
    </message>
    <message>
        <source>Every joint of this frame is placed.</source>
        <translation>Toutes les articulations de cette image sont placées.</translation>
    </message>
    <message>
        <source>Mark point occluded</source>
        <translation>Marquer le point comme occulté</translation>
    </message>
    <message>
        <source>Mark point visible</source>
        <translation>Marquer le point comme visible</translation>
    </message>
    <message>
        <source>The frame is not decoded yet.</source>
        <translation>L’image n’est pas encore décodée.</translation>
    </message>
    <message>
        <source>This frame already has keypoints: Place hand is for frames without any.</source>
        <translation>Cette image a déjà des points clés : Placer une main sert aux images qui n’en ont aucun.</translation>
    </message>
    <message>
        <source>This is the last frame.</source>
        <translation>C’est la dernière image.</translation>
    </message>
    <message>
        <source>This frame has no keypoints to propagate.</source>
        <translation>Cette image n’a aucun point clé à propager.</translation>
    </message>
    <message>
        <source>This frame has no keypoints to track: place them first.</source>
        <translation>Cette image n’a aucun point clé à suivre : placez-les d’abord.</translation>
    </message>
    <message>
        <source>The next frame is one you edited: nothing to track.</source>
        <translation>L’image suivante est une image que vous avez modifiée : rien à suivre.</translation>
    </message>
    <message>
        <source>The frames are still being decoded; try again in a moment.</source>
        <translation>Les images sont encore en cours de décodage ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Tracking… %p%</source>
        <translation>Suivi… %p %</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Tracking failed: %1</source>
        <translation>Échec du suivi : %1</translation>
    </message>
    <message>
        <source>Track from frame %1</source>
        <translation>Suivre à partir de l’image %1</translation>
    </message>
    <message>
        <source>Tracked %1 frames</source>
        <translation>%1 images suivies</translation>
    </message>
    <message>
        <source>Segmenting frame %1…</source>
        <translation>Segmentation de l’image %1…</translation>
    </message>
    <message>
        <source>The frame could not be segmented: %1</source>
        <translation>L’image n’a pas pu être segmentée : %1</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Coup de pinceau</translation>
    </message>
    <message>
        <source>Mask of frame %1 updated.</source>
        <translation>Masque de l’image %1 mis à jour.</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a left hand.</source>
        <translation>Paume vers la caméra, les points ressemblent à une main gauche.</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a right hand.</source>
        <translation>Paume vers la caméra, les points ressemblent à une main droite.</translation>
    </message>
</context>
<context>
    <name>palma::ProjectController</name>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Start a project from a video, an image folder or the webcam (Ctrl+N)</source>
        <translation>Créer un projet à partir d’une vidéo, d’un dossier d’images ou de la webcam (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma) (Ctrl+Shift+O)</source>
        <translation>Ouvrir un dossier de projet (NAME.palma) (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save the project&apos;s edits (Ctrl+S)</source>
        <translation>Enregistrer les modifications du projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save Project As…</source>
        <translation>Enregistrer le projet sous…</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Open Recent Project</source>
        <translation>Ouvrir un projet récent</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot open the project &apos;%1&apos;: %2</source>
        <translation>Impossible d’ouvrir le projet « %1 » : %2</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits from %2 that were not saved (Palma Studio did not close normally). Recover them?</source>
        <translation>Le projet « %1 » contient des modifications du %2 qui n’ont pas été enregistrées (Palma Studio ne s’est pas fermé normalement). Les récupérer ?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation>Impossible de récupérer les modifications</translation>
    </message>
    <message>
        <source>The autosaved edits of &apos;%1&apos; cannot be read: %2</source>
        <translation>Les modifications enregistrées automatiquement de « %1 » ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma)</source>
        <translation>Ouvrir un dossier de projet (NAME.palma)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save the project &apos;%1&apos;: %2 — your edits are still here; try Save Project As.</source>
        <translation>Impossible d’enregistrer le projet « %1 » : %2 — vos modifications sont toujours là ; essayez Enregistrer le projet sous.</translation>
    </message>
    <message>
        <source>Save the project as (a new folder)</source>
        <translation>Enregistrer le projet sous (un nouveau dossier)</translation>
    </message>
    <message>
        <source>Cannot save the project as &apos;%1&apos;: %2</source>
        <translation>Impossible d’enregistrer le projet sous « %1 » : %2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits that are not saved.</source>
        <translation>Le projet « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos;…</source>
        <translation>Préparation de « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>Préparation du projet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cannot prepare the project</source>
        <translation>Impossible de préparer le projet</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <source>The project folder &apos;%1&apos; no longer exists; it was removed from Open Recent Project.</source>
        <translation>Le dossier de projet « %1 » n’existe plus ; il a été retiré des projets récents.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>palma::ProjectDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; is missing: put it back where it was.</source>
        <translation>La source du projet « %1 » est introuvable : remettez-la à son emplacement d’origine.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; changed since the project was made: prepare it again.</source>
        <translation>La source du projet « %1 » a changé depuis la création du projet : préparez-le à nouveau.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; ended after %2 of its %3 frames: prepare it again.</source>
        <translation>La source du projet « %1 » s’est arrêtée après %2 de ses %3 images : préparez-le à nouveau.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside the project: choose a folder outside it.</source>
        <translation>« %1 » se trouve dans le projet : choisissez un dossier en dehors.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name.</source>
        <translation>« %1 » est un fichier : choisissez un nom de dossier.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty: choose a new or empty folder.</source>
        <translation>Le dossier « %1 » n’est pas vide : choisissez un dossier nouveau ou vide.</translation>
    </message>
</context>
<context>
    <name>palma::RecentFolders</name>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>palma::ReconstructPage</name>
    <message>
        <source>Quick preview</source>
        <translation>Aperçu rapide</translation>
    </message>
    <message>
        <source>A few iterations on small images: a first look in seconds</source>
        <translation>Quelques itérations sur de petites images : un premier aperçu en quelques secondes</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Fewer, larger steps on 224-pixel images: minutes on a laptop (palma&apos;s demo preset)</source>
        <translation>Des pas moins nombreux et plus grands sur des images de 224 pixels : quelques minutes sur un ordinateur portable (préréglage de démo de palma)</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>Haute qualité</translation>
    </message>
    <message>
        <source>HARP&apos;s full schedule at the project&apos;s working size: best results, about ten minutes for 100 frames of 448 pixels on two CPU cores</source>
        <translation>Le programme complet de HARP à la taille de travail du projet : meilleurs résultats, environ dix minutes pour 100 images de 448 pixels sur deux cœurs de CPU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate (geometry)</source>
        <translation>Taux d’apprentissage (géométrie)</translation>
    </message>
    <message>
        <source>Learning rate (appearance)</source>
        <translation>Taux d’apprentissage (apparence)</translation>
    </message>
    <message>
        <source>Weight: silhouette</source>
        <translation>Poids : silhouette</translation>
    </message>
    <message>
        <source>Weight: keypoints 3D</source>
        <translation>Poids : points clés 3D</translation>
    </message>
    <message>
        <source>Weight: keypoints 2D</source>
        <translation>Poids : points clés 2D</translation>
    </message>
    <message>
        <source>Weight: photometric</source>
        <translation>Poids : photométrique</translation>
    </message>
    <message>
        <source>Weight: SSIM</source>
        <translation>Poids : SSIM</translation>
    </message>
    <message>
        <source>Weight: displacement</source>
        <translation>Poids : déplacement</translation>
    </message>
    <message>
        <source>Weight: Laplacian</source>
        <translation>Poids : laplacien</translation>
    </message>
    <message>
        <source>Weight: Laplacian (part-aware)</source>
        <translation>Poids : laplacien (par partie)</translation>
    </message>
    <message>
        <source>Weight: normal consistency</source>
        <translation>Poids : cohérence des normales</translation>
    </message>
    <message>
        <source>Weight: edge length</source>
        <translation>Poids : longueur des arêtes</translation>
    </message>
    <message>
        <source>Weight: albedo smoothness</source>
        <translation>Poids : lissage de l’albédo</translation>
    </message>
    <message>
        <source>Weight: normal map</source>
        <translation>Poids : carte de normales</translation>
    </message>
    <message>
        <source>Weight: shape prior</source>
        <translation>Poids : a priori de forme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruct&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reconstruire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>Avatar :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where the avatar is written</source>
        <translation>Choisir où l’avatar est écrit</translation>
    </message>
    <message>
        <source>Avatar folder</source>
        <translation>Dossier de l’avatar</translation>
    </message>
    <message>
        <source>Palma avatar (*.palma-avatar)</source>
        <translation>Avatar Palma (*.palma-avatar)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the fit and save the last good avatar; it can be resumed later</source>
        <translation>Arrêter l’ajustement et enregistrer le dernier avatar valide ; il pourra être repris plus tard</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>Taille des textures :</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fit size:</source>
        <translation>Taille d’ajustement :</translation>
    </message>
    <message>
        <source>working size</source>
        <translation>taille de travail</translation>
    </message>
    <message>
        <source>Frames are resized to this height for the fit (0: the project&apos;s working size)</source>
        <translation>Les images sont redimensionnées à cette hauteur pour l’ajustement (0 : la taille de travail du projet)</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>Rétablir le préréglage</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Charger une configuration…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Enregistrer la configuration…</translation>
    </message>
    <message>
        <source>Save reconstruction config</source>
        <translation>Enregistrer la configuration de reconstruction</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>Configuration enregistrée dans %1</translation>
    </message>
    <message>
        <source>Load reconstruction config</source>
        <translation>Charger une configuration de reconstruction</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>Configuration chargée depuis %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
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
        <source>Overlay: weight of the render over the input</source>
        <translation>Superposition : poids du rendu sur l’entrée</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue :</translation>
    </message>
    <message>
        <source>Blend:</source>
        <translation>Mélange :</translation>
    </message>
    <message>
        <source>Events of the fit (rollbacks, learning-rate changes, checkpoints) appear here.</source>
        <translation>Les événements de l’ajustement (retours en arrière, changements du taux d’apprentissage, points de contrôle) apparaissent ici.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>No project is open: make one on the Capture page or open one (File &gt; Open Project…).</source>
        <translation>Aucun projet n’est ouvert : créez-en un sur la page Capture ou ouvrez-en un (Fichier &gt; Ouvrir un projet…).</translation>
    </message>
    <message>
        <source>%1 is not a capture project (it has no project.json).</source>
        <translation>%1 n’est pas un projet de capture (il n’a pas de project.json).</translation>
    </message>
    <message>
        <source>The project has no frames yet: choose a video or images on the Capture page.</source>
        <translation>Le projet n’a pas encore d’images : choisissez une vidéo ou des images sur la page Capture.</translation>
    </message>
    <message>
        <source>The project has no frames with keypoints yet: place keypoints on a few frames on the Prepare page (or prepare it with a keypoint file).</source>
        <translation>Le projet n’a pas encore d’images avec des points clés : placez des points clés sur quelques images sur la page Préparer (ou préparez-le avec un fichier de points clés).</translation>
    </message>
    <message>
        <source>The project has not been prepared, and its source %1 is missing: prepare it on the Prepare page.</source>
        <translation>Le projet n’a pas été préparé et sa source %1 est introuvable : préparez-le sur la page Préparer.</translation>
    </message>
    <message>
        <source>The project changed since it was prepared: it is prepared again when the run starts.</source>
        <translation>Le projet a changé depuis sa préparation : il sera à nouveau préparé au démarrage du calcul.</translation>
    </message>
    <message>
        <source>A previous run finished all stages but its avatar was not saved. Resume saves it; Start over discards it.</source>
        <translation>Un calcul précédent a terminé toutes les étapes mais son avatar n’a pas été enregistré. Reprendre l’enregistre ; Recommencer l’abandonne.</translation>
    </message>
    <message>
        <source>A previous run stopped at stage %1 of %2 (%3), epoch %4, iteration %5 of the epoch. Resume continues from there; Start over discards it.</source>
        <translation>Un calcul précédent s’est arrêté à l’étape %1 sur %2 (%3), époque %4, itération %5 de l’époque. Reprendre continue à partir de là ; Recommencer l’abandonne.</translation>
    </message>
    <message>
        <source>Checkpoint discarded: the next run starts from the beginning.</source>
        <translation>Point de contrôle abandonné : le prochain calcul repart du début.</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos;: &apos;%3&apos; is not a number.</source>
        <translation>%1 (étape « %2 ») : « %3 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be a whole number from %3 to %4.</source>
        <translation>%1 (étape « %2 ») doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be 0 or more.</source>
        <translation>%1 (étape « %2 ») doit être supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Reprendre le calcul</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé : %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · environ %1 restant</translation>
    </message>
    <message>
        <source>Not started: the project could not be saved.</source>
        <translation>Non démarré : le projet n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Cancelling: the fit stops after this iteration and saves the last good avatar…</source>
        <translation>Annulation : l’ajustement s’arrête après cette itération et enregistre le dernier avatar valide…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation>En pause — </translation>
    </message>
    <message>
        <source>Preparing the project: %1</source>
        <translation>Préparation du projet : %1</translation>
    </message>
    <message>
        <source>Initialising from the keypoints: %1</source>
        <translation>Initialisation à partir des points clés : %1</translation>
    </message>
    <message>
        <source>Stage %1/%2: %3 — iteration %4/%5</source>
        <translation>Étape %1/%2 : %3 — itération %4/%5</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finished%1: the avatar was written to %2.</source>
        <translation>Terminé%1 : l’avatar a été écrit dans %2.</translation>
    </message>
    <message>
        <source> (resumed from the checkpoint)</source>
        <translation> (repris depuis le point de contrôle)</translation>
    </message>
    <message>
        <source>Finished in %1; avatar written to %2</source>
        <translation>Terminé en %1 ; avatar écrit dans %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: the last good avatar was written to %1. Start again to resume from the checkpoint.</source>
        <translation>Annulé : le dernier avatar valide a été écrit dans %1. Redémarrez pour reprendre depuis le point de contrôle.</translation>
    </message>
    <message>
        <source>Cancelled; last good avatar written to %1</source>
        <translation>Annulé ; dernier avatar valide écrit dans %1</translation>
    </message>
    <message>
        <source>Cancelled before the fit started: nothing was written.</source>
        <translation>Annulé avant le début de l’ajustement : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled before the fit started</source>
        <translation>Annulé avant le début de l’ajustement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The reconstruction failed: %1</source>
        <translation>La reconstruction a échoué : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>GPU %1 (CUDA)</source>
        <translation>GPU %1 (CUDA)</translation>
    </message>
    <message>
        <source>Where the reconstruction runs; the GPU is much faster</source>
        <translation>Où s’exécute la reconstruction ; le GPU est bien plus rapide</translation>
    </message>
    <message>
        <source>No CUDA GPU was found: the reconstruction runs on the CPU</source>
        <translation>Aucun GPU CUDA trouvé : la reconstruction s’exécute sur le CPU</translation>
    </message>
    <message>
        <source>This build of Palma has no CUDA kernels: the reconstruction runs on the CPU</source>
        <translation>Cette version de Palma n’a pas de noyaux CUDA : la reconstruction s’exécute sur le CPU</translation>
    </message>
    <message>
        <source>Started: preset %1, %2 stages, on %3, project %4</source>
        <translation>Démarré : préréglage %1, %2 étapes, sur %3, projet %4</translation>
    </message>
    <message>
        <source>%1; running on the CPU</source>
        <translation>%1 ; exécution sur le CPU</translation>
    </message>
    <message>
        <source>The hand being fitted appears here in 3D while the reconstruction runs.</source>
        <translation>La main en cours d’ajustement apparaît ici en 3D pendant la reconstruction.</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a left hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>La main n’est pas confirmée : elle est ajustée comme une main gauche (choisissez la main sur la page Préparer si c’est faux).</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a right hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>La main n’est pas confirmée : elle est ajustée comme une main droite (choisissez la main sur la page Préparer si c’est faux).</translation>
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
