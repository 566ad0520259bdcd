<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>palma::AvatarViewport</name>
    <message>
        <source>&amp;Wireframe</source>
        <translation>&amp;Drahtgitter</translation>
    </message>
    <message>
        <source>Vertex &amp;normals</source>
        <translation>Vertex-&amp;Normalen</translation>
    </message>
    <message>
        <source>&amp;Skeleton</source>
        <translation>&amp;Skelett</translation>
    </message>
    <message>
        <source>&amp;Joint axes</source>
        <translation>&amp;Gelenkachsen</translation>
    </message>
    <message>
        <source>Reference &amp;floor</source>
        <translation>&amp;Bodenraster</translation>
    </message>
    <message>
        <source>&amp;Frame all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>&amp;Dark background</source>
        <translation>&amp;Dunkler Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Light background</source>
        <translation>&amp;Heller Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Gradient background</source>
        <translation>&amp;Verlauf als Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Custom background...</source>
        <translation>&amp;Eigener Hintergrund...</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
</context>
<context>
    <name>palma::CaptureFilmStrip</name>
    <message>
        <source>Drag the yellow handles to trim the frame range; click a frame to show it.
Left/Right: step, I/O: start/end the range at the current frame</source>
        <translation>Ziehen Sie die gelben Griffe, um den Bildbereich zu begrenzen; klicken Sie auf ein Bild, um es anzuzeigen.
Links/Rechts: Schritt, I/O: Bereich am aktuellen Bild beginnen/beenden</translation>
    </message>
    <message>
        <source>The source&apos;s frames appear here</source>
        <translation>Hier erscheinen die Bilder der Quelle</translation>
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
        <translation>&lt;h2&gt;Aufnahme&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a video or an image folder, drop one onto this page, or record with the webcam.</source>
        <translation>Öffnen Sie ein Video oder einen Bildordner, ziehen Sie eines davon auf diese Seite oder nehmen Sie mit der Webcam auf.</translation>
    </message>
    <message>
        <source>Open Video…</source>
        <translation>Video öffnen…</translation>
    </message>
    <message>
        <source>Open Image Folder…</source>
        <translation>Bildordner öffnen…</translation>
    </message>
    <message>
        <source>No source yet.

Open a video (mp4, mov, m4v, avi, mkv, webm) or a folder of images, or drop one here.</source>
        <translation>Noch keine Quelle.

Öffnen Sie ein Video (mp4, mov, m4v, avi, mkv, webm) oder einen Bildordner oder ziehen Sie eines davon hierher.</translation>
    </message>
    <message>
        <source>Set First</source>
        <translation>Als Anfang setzen</translation>
    </message>
    <message>
        <source>Start the range at the current frame (I on the filmstrip)</source>
        <translation>Den Bereich am aktuellen Bild beginnen (I im Filmstreifen)</translation>
    </message>
    <message>
        <source>Set Last</source>
        <translation>Als Ende setzen</translation>
    </message>
    <message>
        <source>End the range at the current frame (O on the filmstrip)</source>
        <translation>Den Bereich am aktuellen Bild beenden (O im Filmstreifen)</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Erstes:</translation>
    </message>
    <message>
        <source>The first frame used (source frame number, from 0)</source>
        <translation>Das erste verwendete Bild (Bildnummer der Quelle, ab 0)</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>&amp;Letztes:</translation>
    </message>
    <message>
        <source>The last frame used (inclusive)</source>
        <translation>Das letzte verwendete Bild (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Schrittweite:</translation>
    </message>
    <message>
        <source>Use every n-th frame of the range, counted from the first</source>
        <translation>Jedes n-te Bild des Bereichs verwenden, gezählt ab dem ersten</translation>
    </message>
    <message>
        <source>&amp;Max frames:</source>
        <translation>&amp;Max. Bilder:</translation>
    </message>
    <message>
        <source>Stop after this many frames (0: no limit)</source>
        <translation>Nach so vielen Bildern aufhören (0: unbegrenzt)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Use every n-th frame. Auto spreads at most %1 frames over the range (a few dozen frames cover a hand turning; more only make the fit slower).</source>
        <translation>Jedes n-te Bild verwenden. „Auto“ verteilt höchstens %1 Bilder über den Bereich (einige Dutzend Bilder genügen für eine sich drehende Hand; mehr verlangsamen nur die Anpassung).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No source.</source>
        <translation>Keine Quelle.</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Erneut nach Kameras suchen</translation>
    </message>
    <message>
        <source>Start Camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>The folder recordings are written to</source>
        <translation>Der Ordner, in den Aufnahmen geschrieben werden</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder for recordings</source>
        <translation>Ordner für Aufnahmen auswählen</translation>
    </message>
    <message>
        <source>Keypoints and masks (optional)</source>
        <translation>Keypoints und Masken (optional)</translation>
    </message>
    <message>
        <source>Keypoints File…</source>
        <translation>Keypoint-Datei…</translation>
    </message>
    <message>
        <source>2D hand keypoints: MediaPipe-style JSON, OpenPose JSON (file or folder) or palma-keypoints</source>
        <translation>2D-Hand-Keypoints: JSON im MediaPipe-Stil, OpenPose-JSON (Datei oder Ordner) oder palma-keypoints</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Masks Folder…</source>
        <translation>Maskenordner…</translation>
    </message>
    <message>
        <source>A folder of PNG masks, one per selected frame (white = hand); without it the built-in segmentation makes them</source>
        <translation>Ein Ordner mit PNG-Masken, eine pro ausgewähltem Bild (weiß = Hand); ohne ihn erzeugt die integrierte Segmentierung die Masken</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Automatic: from the keypoint file, or guessed from the keypoints</source>
        <translation>Automatisch: aus der Keypoint-Datei oder anhand der Keypoints geschätzt</translation>
    </message>
    <message>
        <source>Hand:</source>
        <translation>Hand:</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Zuschnitt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of the square images the reconstruction sees (448 is the default)</source>
        <translation>Seitenlänge der quadratischen Bilder, die die Rekonstruktion sieht (Standard: 448)</translation>
    </message>
    <message>
        <source>Working size:</source>
        <translation>Arbeitsgröße:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Space added around the hand on each side, as a share of the hand&apos;s size</source>
        <translation>Zusätzlicher Raum auf jeder Seite um die Hand, als Anteil der Handgröße</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Rand:</translation>
    </message>
    <message>
        <source>Prepare Project</source>
        <translation>Projekt vorbereiten</translation>
    </message>
    <message>
        <source>Decode the selected frames, crop them around the hand and make the project</source>
        <translation>Die ausgewählten Bilder dekodieren, um die Hand zuschneiden und das Projekt erstellen</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Videos (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the keypoints belong to its frames.</source>
        <translation>Öffnen Sie zuerst ein Video oder einen Bildordner; die Keypoints gehören zu dessen Bildern.</translation>
    </message>
    <message>
        <source>Keypoints File</source>
        <translation>Keypoint-Datei</translation>
    </message>
    <message>
        <source>Keypoints (*.json);;All files (*)</source>
        <translation>Keypoints (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the masks belong to its frames.</source>
        <translation>Öffnen Sie zuerst ein Video oder einen Bildordner; die Masken gehören zu dessen Bildern.</translation>
    </message>
    <message>
        <source>Masks Folder</source>
        <translation>Maskenordner</translation>
    </message>
    <message>
        <source>No video file or image folder was given.</source>
        <translation>Es wurde keine Videodatei und kein Bildordner angegeben.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The previous source (%1) is still open.</source>
        <translation>Die vorherige Quelle (%1) ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <source>Keypoints found next to it: %1.</source>
        <translation>Daneben gefundene Keypoints: %1.</translation>
    </message>
    <message>
        <source>%1 lies next to it but could not be used as keypoints (see Keypoints).</source>
        <translation>%1 liegt daneben, konnte aber nicht als Keypoints verwendet werden (siehe Keypoints).</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Video, %1 × %2 pixels</source>
        <translation>Video, %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Rotated %1° clockwise (from the file&apos;s rotation tag)</source>
        <translation>Um %1° im Uhrzeigersinn gedreht (laut Rotations-Tag der Datei)</translation>
    </message>
    <message>
        <source>%1 fps, %2 frames, %3</source>
        <translation>%1 fps, %2 Bilder, %3</translation>
    </message>
    <message>
        <source>Frame count unknown until decoded</source>
        <translation>Bildanzahl bis zum Dekodieren unbekannt</translation>
    </message>
    <message>
        <source>Image folder, %1 × %2 pixels</source>
        <translation>Bildordner, %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>timed at %1 fps</source>
        <translation>getaktet mit %1 fps</translation>
    </message>
    <message>
        <source>Prepared at %1 × %2 (downscaled to at most 1920 pixels)</source>
        <translation>Vorbereitet mit %1 × %2 (auf höchstens 1920 Pixel verkleinert)</translation>
    </message>
    <message>
        <source>No frames selected</source>
        <translation>Keine Bilder ausgewählt</translation>
    </message>
    <message>
        <source>1 frame selected</source>
        <translation>1 Bild ausgewählt</translation>
    </message>
    <message>
        <source>%1 frames selected (one in %2)</source>
        <translation>%1 Bilder ausgewählt (jedes %2.)</translation>
    </message>
    <message>
        <source>%1 frames selected</source>
        <translation>%1 Bilder ausgewählt</translation>
    </message>
    <message>
        <source>Frames %1 to %2, %3 of video</source>
        <translation>Bilder %1 bis %2, %3 Video</translation>
    </message>
    <message>
        <source>Stop Camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>None: place keypoints on the Prepare page, or put %1 next to the source.</source>
        <translation>Keine: Setzen Sie Keypoints auf der Seite „Vorbereiten“ oder legen Sie %1 neben die Quelle.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Keypoints not used: %1</source>
        <translation>Keypoints nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 with a hand</source>
        <translation>%1: %2 Zeilen, %3 mit einer Hand</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <source>No masks: the built-in segmentation makes them.</source>
        <translation>Keine Masken: Die integrierte Segmentierung erzeugt sie.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 contains no PNG masks.</source>
        <translation>Der Ordner %1 enthält keine PNG-Masken.</translation>
    </message>
    <message>
        <source>%1 is not a PNG mask or a folder of them.</source>
        <translation>%1 ist weder eine PNG-Maske noch ein Ordner mit solchen.</translation>
    </message>
    <message>
        <source>Masks not used: %1</source>
        <translation>Masken nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1: %2 PNG masks</source>
        <translation>%1: %2 PNG-Masken</translation>
    </message>
    <message>
        <source>(the selection has %1 frames; they must match)</source>
        <translation>(die Auswahl hat %1 Bilder; die Anzahl muss übereinstimmen)</translation>
    </message>
    <message>
        <source>The square crop around the hand is shown on the preview once a source is open.</source>
        <translation>Der quadratische Zuschnitt um die Hand wird in der Vorschau gezeigt, sobald eine Quelle geöffnet ist.</translation>
    </message>
    <message>
        <source>No keypoints yet: the crop will follow the hand once keypoints are placed on the Prepare page. The crops are %1 × %1 pixels.</source>
        <translation>Noch keine Keypoints: Der Zuschnitt folgt der Hand, sobald auf der Seite „Vorbereiten“ Keypoints gesetzt sind. Die Zuschnitte sind %1 × %1 Pixel groß.</translation>
    </message>
    <message>
        <source>The keypoint file lists %1 frames, but the selection reaches frame %2: shorten the range, or preparing stops with an error.</source>
        <translation>Die Keypoint-Datei enthält %1 Bilder, die Auswahl reicht aber bis Bild %2: Verkürzen Sie den Bereich, sonst bricht die Vorbereitung mit einem Fehler ab.</translation>
    </message>
    <message>
        <source>No crop: %1</source>
        <translation>Kein Zuschnitt: %1</translation>
    </message>
    <message>
        <source>The green square is the crop for this frame; the inset is the image the reconstruction sees.</source>
        <translation>Das grüne Quadrat ist der Zuschnitt für dieses Bild; der Einschub zeigt das Bild, das die Rekonstruktion sieht.</translation>
    </message>
    <message>
        <source>Frames without keypoints in the file get tracked keypoints when preparing, so their crop may still move a little.</source>
        <translation>Bilder ohne Keypoints in der Datei erhalten bei der Vorbereitung getrackte Keypoints, daher kann sich ihr Zuschnitt noch etwas verschieben.</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>Decoding thumbnails…</source>
        <translation>Dekodiere Vorschaubilder…</translation>
    </message>
    <message>
        <source>Decoding thumbnails… frame %1 of %2</source>
        <translation>Dekodiere Vorschaubilder… Bild %1 von %2</translation>
    </message>
    <message>
        <source>The video ends after %1 frames although it announces %2; the file may be truncated or damaged. Only the frames that exist can be used.</source>
        <translation>Das Video endet nach %1 Bildern, obwohl es %2 angibt; die Datei ist möglicherweise abgeschnitten oder beschädigt. Nur die vorhandenen Bilder können verwendet werden.</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>Dekodieren gestoppt: %1</translation>
    </message>
    <message>
        <source>Thumbnails of one frame in %1.</source>
        <translation>Vorschaubilder jedes %1. Bildes.</translation>
    </message>
    <message>
        <source>All %1 frames decoded.</source>
        <translation>Alle %1 Bilder dekodiert.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Connect a webcam and press Refresh.</source>
        <translation>Schließen Sie eine Webcam an und klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Start the camera to see its picture, then Record. The recording becomes the source when you stop.</source>
        <translation>Starten Sie die Kamera, um ihr Bild zu sehen, dann „Aufnehmen“. Nach dem Beenden wird die Aufnahme zur Quelle.</translation>
    </message>
    <message>
        <source>Recording… %1 frames</source>
        <translation>Aufnahme… %1 Bilder</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Kamera gestoppt.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Aufnahme wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recording.</source>
        <translation>Der Ordner %1 für die Aufnahme kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No video encoder is available to record with (install the GStreamer plug-ins).</source>
        <translation>Kein Video-Encoder für die Aufnahme verfügbar (installieren Sie die GStreamer-Plugins).</translation>
    </message>
    <message>
        <source>Recording to %1…</source>
        <translation>Aufnahme nach %1…</translation>
    </message>
    <message>
        <source>Folder for Recordings</source>
        <translation>Ordner für Aufnahmen</translation>
    </message>
    <message>
        <source>Recorded %1; it is now the source.</source>
        <translation>%1 aufgenommen; es ist jetzt die Quelle.</translation>
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
        <translation>LIVE</translation>
    </message>
</context>
<context>
    <name>palma::ExportPage</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js (the same export as &lt;tt&gt;palma export&lt;/tt&gt;; see docs/export.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Exportieren&lt;/h2&gt;&lt;p&gt;Den Avatar als geriggtes Asset für Blender, Maya, Unreal, Unity oder three.js schreiben (derselbe Export wie &lt;tt&gt;palma export&lt;/tt&gt;; siehe docs/export.md).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an avatar first (File &gt; Open Avatar…).</source>
        <translation>Öffnen Sie zuerst einen Avatar (Datei &gt; Avatar öffnen…).</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF binär (.glb)</translation>
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
        <translation>OBJ, statisch (.obj)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The avatar&apos;s own</source>
        <translation>Die des Avatars</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>Texturgröße:</translation>
    </message>
    <message>
        <source>Extra subdivision levels on top of the avatar&apos;s (each ×4 faces)</source>
        <translation>Zusätzliche Unterteilungsstufen über die des Avatars hinaus (je ×4 Flächen)</translation>
    </message>
    <message>
        <source>Extra subdivision:</source>
        <translation>Zusätzliche Unterteilung:</translation>
    </message>
    <message>
        <source>Inside the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>PNG files beside it</source>
        <translation>PNG-Dateien daneben</translation>
    </message>
    <message>
        <source>Textures:</source>
        <translation>Texturen:</translation>
    </message>
    <message>
        <source>None (bind pose)</source>
        <translation>Keine (Bindepose)</translation>
    </message>
    <message>
        <source>Captured motion</source>
        <translation>Aufgenommene Bewegung</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation>Animation:</translation>
    </message>
    <message>
        <source>Palma (wrist.R, index1.R …)</source>
        <translation>Palma (wrist.R, index1.R …)</translation>
    </message>
    <message>
        <source>Mixamo-like (RightHand, RightHandIndex1 …)</source>
        <translation>Wie Mixamo (RightHand, RightHandIndex1 …)</translation>
    </message>
    <message>
        <source>Joint names:</source>
        <translation>Gelenknamen:</translation>
    </message>
    <message>
        <source>Left (mirrored if needed)</source>
        <translation>Links (falls nötig gespiegelt)</translation>
    </message>
    <message>
        <source>Right (mirrored if needed)</source>
        <translation>Rechts (falls nötig gespiegelt)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Where to write the file</source>
        <translation>Wohin die Datei geschrieben wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>glTF binary (*.glb)</source>
        <translation>glTF binär (*.glb)</translation>
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
        <translation>Avatar exportieren</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 vertices, %4 faces, %5 joints</source>
        <translation>%1 geschrieben (%2): %3 Vertices, %4 Flächen, %5 Gelenke</translation>
    </message>
    <message>
        <source>, %1×%1 textures</source>
        <translation>, Texturen %1×%1</translation>
    </message>
    <message>
        <source>, %1 animation keys over %2 s</source>
        <translation>, %1 Animationsschlüssel über %2 s</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) beside it.</source>
        <translation>
            <numerusform>%n weitere Datei daneben.</numerusform>
            <numerusform>%n weitere Dateien daneben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>palma::FitPreviewView</name>
    <message>
        <source>The input frame and the current render appear here while the reconstruction runs.</source>
        <translation>Während die Rekonstruktion läuft, erscheinen hier das Eingabebild und das aktuelle Rendering.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <source>Render over input (%1%)</source>
        <translation>Rendering über Eingabe (%1 %)</translation>
    </message>
    <message>
        <source>|Input - render| x %1, mean %2%</source>
        <translation>|Eingabe - Rendering| x %1, Mittel %2 %</translation>
    </message>
</context>
<context>
    <name>palma::FrameCompareView</name>
    <message>
        <source>Open the capture or project folder the avatar was made from</source>
        <translation>Öffnen Sie den Aufnahme- oder Projektordner, aus dem der Avatar erstellt wurde</translation>
    </message>
    <message>
        <source>The pose shown is not a captured one: pick a captured frame on the timeline</source>
        <translation>Die gezeigte Pose ist keine aufgenommene: Wählen Sie auf der Zeitleiste ein aufgenommenes Bild</translation>
    </message>
    <message>
        <source>The capture has no frame %1 (the avatar&apos;s captured row %2)</source>
        <translation>Die Aufnahme hat kein Bild %1 (aufgenommene Zeile %2 des Avatars)</translation>
    </message>
    <message>
        <source>Cannot render the avatar: %1</source>
        <translation>Der Avatar kann nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>Capture frame %1: mean difference %2 (%3 ms)</source>
        <translation>Aufnahmebild %1: mittlere Differenz %2 (%3 ms)</translation>
    </message>
</context>
<context>
    <name>palma::FrameFilmstrip</name>
    <message>
        <source>Frame %1: no problems found</source>
        <translation>Bild %1: keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Frame %1:
%2</source>
        <translation>Bild %1:
%2</translation>
    </message>
</context>
<context>
    <name>palma::GuideWindow</name>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma-Studio-Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Auf der Seite suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>palma::HandOverlayView</name>
    <message>
        <source>No frame</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Opacity of the fitted hand drawn over the frame</source>
        <translation>Deckkraft der angepassten Hand über dem Bild</translation>
    </message>
    <message>
        <source>Hand opacity</source>
        <translation>Deckkraft der Hand</translation>
    </message>
    <message>
        <source>Zoom to hand</source>
        <translation>Auf Hand zoomen</translation>
    </message>
    <message>
        <source>Show the hand and its keypoints enlarged instead of the whole frame</source>
        <translation>Die Hand und ihre Keypoints vergrößert statt des ganzen Bildes zeigen</translation>
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
        <translation>Gerenderte Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Show the pose as the engine&apos;s differentiable renderer draws it, beside the 3D view, through the same camera</source>
        <translation>Zeigt die Pose, wie der differenzierbare Renderer der Engine sie zeichnet, neben der 3D-Ansicht und durch dieselbe Kamera</translation>
    </message>
    <message>
        <source>No avatar is open.

Open one with File &gt; Open Avatar… (Ctrl+O) or drop an avatar folder (NAME.palma-avatar) onto this window.</source>
        <translation>Kein Avatar geöffnet.

Öffnen Sie einen mit Datei &gt; Avatar öffnen… (Strg+O) oder ziehen Sie einen Avatar-Ordner (NAME.palma-avatar) auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>No avatar open.</source>
        <translation>Kein Avatar geöffnet.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Hand model: %1</source>
        <translation>Handmodell: %1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Subdivision levels: %1</source>
        <translation>Unterteilungsstufen: %1</translation>
    </message>
    <message>
        <source>Vertices: %1, faces: %2</source>
        <translation>Vertices: %1, Flächen: %2</translation>
    </message>
    <message>
        <source>Albedo: %1, normal map: %2</source>
        <translation>Albedo: %1, Normal Map: %2</translation>
    </message>
    <message>
        <source>Captured frames: %1</source>
        <translation>Aufgenommene Bilder: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Untitled avatar</source>
        <translation>Unbenannter Avatar</translation>
    </message>
    <message>
        <source>No avatar open</source>
        <translation>Kein Avatar geöffnet</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3×%4 texture, %5 captured frames</source>
        <translation>%1: %2 Vertices, Textur %3×%4, %5 aufgenommene Bilder</translation>
    </message>
</context>
<context>
    <name>palma::KeypointFrameView</name>
    <message>
        <source>Wrist</source>
        <translation>Handgelenk</translation>
    </message>
    <message>
        <source>Thumb CMC</source>
        <translation>Daumen CMC</translation>
    </message>
    <message>
        <source>Thumb MCP</source>
        <translation>Daumen MCP</translation>
    </message>
    <message>
        <source>Thumb IP</source>
        <translation>Daumen IP</translation>
    </message>
    <message>
        <source>Thumb tip</source>
        <translation>Daumenspitze</translation>
    </message>
    <message>
        <source>Index MCP</source>
        <translation>Zeigefinger MCP</translation>
    </message>
    <message>
        <source>Index PIP</source>
        <translation>Zeigefinger PIP</translation>
    </message>
    <message>
        <source>Index DIP</source>
        <translation>Zeigefinger DIP</translation>
    </message>
    <message>
        <source>Index tip</source>
        <translation>Zeigefingerspitze</translation>
    </message>
    <message>
        <source>Middle MCP</source>
        <translation>Mittelfinger MCP</translation>
    </message>
    <message>
        <source>Middle PIP</source>
        <translation>Mittelfinger PIP</translation>
    </message>
    <message>
        <source>Middle DIP</source>
        <translation>Mittelfinger DIP</translation>
    </message>
    <message>
        <source>Middle tip</source>
        <translation>Mittelfingerspitze</translation>
    </message>
    <message>
        <source>Ring MCP</source>
        <translation>Ringfinger MCP</translation>
    </message>
    <message>
        <source>Ring PIP</source>
        <translation>Ringfinger PIP</translation>
    </message>
    <message>
        <source>Ring DIP</source>
        <translation>Ringfinger DIP</translation>
    </message>
    <message>
        <source>Ring tip</source>
        <translation>Ringfingerspitze</translation>
    </message>
    <message>
        <source>Little MCP</source>
        <translation>Kleiner Finger MCP</translation>
    </message>
    <message>
        <source>Little PIP</source>
        <translation>Kleiner Finger PIP</translation>
    </message>
    <message>
        <source>Little DIP</source>
        <translation>Kleiner Finger DIP</translation>
    </message>
    <message>
        <source>Little tip</source>
        <translation>Kleinfingerspitze</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>Verdeckt</translation>
    </message>
    <message>
        <source>The point is hidden; its position is a guess and counts half in the fit</source>
        <translation>Der Punkt ist verdeckt; seine Position ist geschätzt und zählt bei der Anpassung halb</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>In Ansicht einpassen</translation>
    </message>
</context>
<context>
    <name>palma::LightDirectionGizmo</name>
    <message>
        <source>Drag to aim the point light: the highlight follows the mouse</source>
        <translation>Ziehen, um das Punktlicht auszurichten: Das Glanzlicht folgt der Maus</translation>
    </message>
</context>
<context>
    <name>palma::LightingPanel</name>
    <message>
        <source>Presets:</source>
        <translation>Vorgaben:</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>Außen</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>The lighting estimated from the capture</source>
        <translation>Die aus der Aufnahme geschätzte Beleuchtung</translation>
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
        <source>Reset to capture lighting</source>
        <translation>Auf Aufnahmebeleuchtung zurücksetzen</translation>
    </message>
    <message>
        <source>Point light</source>
        <translation>Punktlicht</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Switch the point light</source>
        <translation>Punktlicht umschalten</translation>
    </message>
    <message>
        <source>Light:</source>
        <translation>Licht:</translation>
    </message>
    <message>
        <source>Degrees about the vertical, 0 = from the camera, positive = from the right</source>
        <translation>Grad um die Vertikale, 0 = von der Kamera, positiv = von rechts</translation>
    </message>
    <message>
        <source>Degrees above the horizontal</source>
        <translation>Grad über der Horizontalen</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>Azimut:</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>Höhenwinkel:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Distance of the light from the centre of the hand</source>
        <translation>Abstand des Lichts von der Handmitte</translation>
    </message>
    <message>
        <source>Move the point light</source>
        <translation>Punktlicht verschieben</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Change the light colour</source>
        <translation>Lichtfarbe ändern</translation>
    </message>
    <message>
        <source>Pick the light colour</source>
        <translation>Lichtfarbe auswählen</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Soft shadows</source>
        <translation>Weiche Schatten</translation>
    </message>
    <message>
        <source>Switch shadows</source>
        <translation>Schatten umschalten</translation>
    </message>
    <message>
        <source>Shadows:</source>
        <translation>Schatten:</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Umgebungslicht</translation>
    </message>
    <message>
        <source>Spherical harmonics</source>
        <translation>Kugelflächenfunktionen</translation>
    </message>
    <message>
        <source>Light the avatar with the SH environment below instead of a flat ambient</source>
        <translation>Den Avatar mit der SH-Umgebung unten statt mit flachem Umgebungslicht beleuchten</translation>
    </message>
    <message>
        <source>Switch SH lighting on</source>
        <translation>SH-Beleuchtung einschalten</translation>
    </message>
    <message>
        <source>Switch SH lighting off</source>
        <translation>SH-Beleuchtung ausschalten</translation>
    </message>
    <message>
        <source>Change the ambient ratio</source>
        <translation>Umgebungsanteil ändern</translation>
    </message>
    <message>
        <source>Share of flat ambient light; the point light is weighted by 1 - ratio. With SH on, the SH irradiance replaces the flat ambient and the ratio only weighs the point light.</source>
        <translation>Anteil des flachen Umgebungslichts; das Punktlicht wird mit 1 - Anteil gewichtet. Mit SH ersetzt die SH-Bestrahlungsstärke das flache Umgebungslicht, und der Anteil gewichtet nur das Punktlicht.</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Anteil:</translation>
    </message>
    <message>
        <source>Link RGB</source>
        <translation>RGB koppeln</translation>
    </message>
    <message>
        <source>One slider per coefficient: scales red, green and blue together, keeping the tint</source>
        <translation>Ein Schieberegler pro Koeffizient: skaliert Rot, Grün und Blau gemeinsam und behält den Farbton</translation>
    </message>
    <message>
        <source>SH coefficients</source>
        <translation>SH-Koeffizienten</translation>
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
        <translation>SH-Koeffizient ändern</translation>
    </message>
    <message>
        <source>Aim the point light</source>
        <translation>Punktlicht ausrichten</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>Lichtfarbe</translation>
    </message>
    <message>
        <source>Apply the %1 lighting preset</source>
        <translation>Beleuchtungsvorgabe „%1“ anwenden</translation>
    </message>
    <message>
        <source>az %1°  el %2°</source>
        <translation>Az %1°  El %2°</translation>
    </message>
</context>
<context>
    <name>palma::LossPlot</name>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>iteration %1 (%2)</source>
        <translation>Iteration %1 (%2)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Losses appear here while the reconstruction runs.</source>
        <translation>Während die Rekonstruktion läuft, erscheinen hier die Verlustkurven.</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Frame all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>About Palma Studio</source>
        <translation>Über Palma Studio</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Reconstruct</source>
        <translation>Rekonstruieren</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Open Avatar…</source>
        <translation>Avatar öffnen…</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar) (Ctrl+O)</source>
        <translation>Einen Avatar-Ordner (NAME.palma-avatar) öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the avatar as glTF, FBX or OBJ (Ctrl+E)</source>
        <translation>Den Avatar als glTF, FBX oder OBJ exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Close Avatar</source>
        <translation>Avatar schließen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Fit the avatar into the view (F)</source>
        <translation>Den Avatar in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Palma Studio restarts</source>
        <translation>Wirkt nach einem Neustart von Palma Studio</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cannot open the avatar</source>
        <translation>Avatar kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the avatar &apos;%1&apos;: %2</source>
        <translation>Der Avatar &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar)</source>
        <translation>Einen Avatar-Ordner (NAME.palma-avatar) öffnen</translation>
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
        <translation>Avatar exportieren</translation>
    </message>
    <message>
        <source>No recent avatars</source>
        <translation>Keine zuletzt geöffneten Avatare</translation>
    </message>
    <message>
        <source>Avatar not found</source>
        <translation>Avatar nicht gefunden</translation>
    </message>
    <message>
        <source>The avatar folder &apos;%1&apos; no longer exists; it was removed from Open Recent.</source>
        <translation>Der Avatar-Ordner &apos;%1&apos; existiert nicht mehr; er wurde aus „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>The language changes when Palma Studio restarts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Palma Studio.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Open an avatar folder with File &gt; Open Avatar… or drop it onto the window. In the 3D view, drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the avatar.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Persönliche, geriggte, neu beleuchtbare Hand-Avatare aus einem kurzen Video.&lt;/p&gt;&lt;p&gt;Öffnen Sie einen Avatar-Ordner mit Datei &gt; Avatar öffnen… oder ziehen Sie ihn auf das Fenster. In der 3D-Ansicht: mit der linken Maustaste ziehen zum Drehen, rechte Taste oder Mausrad zum Zoomen, mittlere Taste zum Verschieben; F zeigt den ganzen Avatar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Beleuchtung</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Open Capture…</source>
        <translation>Aufnahme öffnen…</translation>
    </message>
    <message>
        <source>The capture or project folder the avatar was made from</source>
        <translation>Der Aufnahme- oder Projektordner, aus dem der Avatar erstellt wurde</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Open the capture or project folder</source>
        <translation>Aufnahme- oder Projektordner öffnen</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>Die Aufnahme kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>Render Images…</source>
        <translation>Bilder rendern…</translation>
    </message>
    <message>
        <source>Render the current pose, a turntable or the timeline to PNGs or a video (Ctrl+R)</source>
        <translation>Die aktuelle Pose, einen Turntable oder die Zeitleiste als PNGs oder Video rendern (Strg+R)</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Überlagerungen</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>View from the Capture Camera</source>
        <translation>Aus Sicht der Aufnahmekamera</translation>
    </message>
    <message>
        <source>The avatar is ready: %1</source>
        <translation>Der Avatar ist fertig: %1</translation>
    </message>
    <message>
        <source>3D Hand</source>
        <translation>3D-Hand</translation>
    </message>
    <message>
        <source>Project %1: %2 frames, %3 with keypoints%4</source>
        <translation>Projekt %1: %2 Bilder, %3 mit Keypoints%4</translation>
    </message>
    <message>
        <source> (unsaved edits)</source>
        <translation> (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1[*] — Palma Studio</source>
        <translation>%1[*] — Palma Studio</translation>
    </message>
    <message>
        <source>Reconstruction running</source>
        <translation>Rekonstruktion läuft</translation>
    </message>
    <message>
        <source>A reconstruction is running. Stop it and quit? The last good avatar is saved, and the run can be resumed when the project is opened again.</source>
        <translation>Eine Rekonstruktion läuft. Anhalten und beenden? Der letzte gute Avatar wird gespeichert, und der Lauf kann fortgesetzt werden, wenn das Projekt erneut geöffnet wird.</translation>
    </message>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma-Studio-Handbuch</translation>
    </message>
    <message>
        <source>The user guide, at the section about this page (F1)</source>
        <translation>Das Handbuch, beim Abschnitt über diese Seite (F1)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guide: Help &gt; Palma Studio Guide (F1).&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %1, VTK %2 and LibTorch %3 (Help &gt; About Qt for Qt&apos;s licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Handbuch: Hilfe &gt; Palma-Studio-Handbuch (F1).&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0. Erstellt mit Qt %1, VTK %2 und LibTorch %3 (Hilfe &gt; Über Qt für die Lizenz von Qt).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palma::MapInspector</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Albedo</source>
        <translation>Albedo</translation>
    </message>
    <message>
        <source>Normal map</source>
        <translation>Normal Map</translation>
    </message>
    <message>
        <source>The texture map to inspect</source>
        <translation>Die anzusehende Textur-Map</translation>
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
        <translation>Alle Farbkanäle</translation>
    </message>
    <message>
        <source>Red channel as grey</source>
        <translation>Rotkanal als Graustufen</translation>
    </message>
    <message>
        <source>Green channel as grey</source>
        <translation>Grünkanal als Graustufen</translation>
    </message>
    <message>
        <source>Blue channel as grey</source>
        <translation>Blaukanal als Graustufen</translation>
    </message>
    <message>
        <source>Alpha as grey (the UV coverage when the map has no alpha)</source>
        <translation>Alpha als Graustufen (die UV-Abdeckung, wenn die Map kein Alpha hat)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Lit relief</source>
        <translation>Beleuchtetes Relief</translation>
    </message>
    <message>
        <source>Show the normal map as encoded colours or shaded by a light</source>
        <translation>Die Normal Map als kodierte Farben oder von einem Licht schattiert zeigen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Light azimuth (0° from the right, 90° from the top)</source>
        <translation>Azimut des Lichts (0° von rechts, 90° von oben)</translation>
    </message>
    <message>
        <source>Light elevation above the surface (degrees)</source>
        <translation>Höhenwinkel des Lichts über der Oberfläche (Grad)</translation>
    </message>
    <message>
        <source>UV wireframe</source>
        <translation>UV-Drahtgitter</translation>
    </message>
    <message>
        <source>Draw the template&apos;s UV triangles over the map</source>
        <translation>Die UV-Dreiecke der Vorlage über die Map zeichnen</translation>
    </message>
    <message>
        <source>Opacity of the UV wireframe</source>
        <translation>Deckkraft des UV-Drahtgitters</translation>
    </message>
    <message>
        <source>Texel grid</source>
        <translation>Texelraster</translation>
    </message>
    <message>
        <source>Outline each texel when zoomed in far</source>
        <translation>Bei starker Vergrößerung jedes Texel umranden</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the view (F)</source>
        <translation>Die Map in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per texel (1)</source>
        <translation>Ein Bildschirmpixel pro Texel (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Other avatar: albedo</source>
        <translation>Anderer Avatar: Albedo</translation>
    </message>
    <message>
        <source>Other avatar: normal map</source>
        <translation>Anderer Avatar: Normal Map</translation>
    </message>
    <message>
        <source>Show a second map beside this one, with zoom and pan kept in step</source>
        <translation>Eine zweite Map neben dieser zeigen; Zoom und Verschiebung bleiben synchron</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a second avatar folder to compare with</source>
        <translation>Einen zweiten Avatar-Ordner zum Vergleichen öffnen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Show |left − right| on the right</source>
        <translation>|links − rechts| rechts zeigen</translation>
    </message>
    <message>
        <source>Amplify the difference</source>
        <translation>Differenz verstärken</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the shown map as a PNG</source>
        <translation>Die gezeigte Map als PNG speichern</translation>
    </message>
    <message>
        <source>No map to compare with: open an avatar</source>
        <translation>Keine Map zum Vergleichen: Öffnen Sie einen Avatar</translation>
    </message>
    <message>
        <source>Other avatar: </source>
        <translation>Anderer Avatar: </translation>
    </message>
    <message>
        <source>This avatar: </source>
        <translation>Dieser Avatar: </translation>
    </message>
    <message>
        <source>Difference |left − %1| × %2</source>
        <translation>Differenz |links − %1| × %2</translation>
    </message>
    <message>
        <source>Move the cursor over the map to read its texels.</source>
        <translation>Bewegen Sie den Mauszeiger über die Map, um ihre Texel abzulesen.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Map exportieren</translation>
    </message>
    <message>
        <source>There is no map to export: open an avatar first.</source>
        <translation>Es gibt keine Map zum Exportieren: Öffnen Sie zuerst einen Avatar.</translation>
    </message>
    <message>
        <source>8 bits per channel</source>
        <translation>8 Bit pro Kanal</translation>
    </message>
    <message>
        <source>16 bits per channel</source>
        <translation>16 Bit pro Kanal</translation>
    </message>
    <message>
        <source>Bit depth of the PNG:</source>
        <translation>Bittiefe des PNG:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The map could not be exported: %1</source>
        <translation>Die Map konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Open an avatar to compare with</source>
        <translation>Avatar zum Vergleichen öffnen</translation>
    </message>
    <message>
        <source>The avatar could not be opened: %1</source>
        <translation>Der Avatar konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>palma::PoseInitPanel</name>
    <message>
        <source>Fit initialisation</source>
        <translation>Initialisierung anpassen</translation>
    </message>
    <message>
        <source>Fit the 3D hand to the keypoints of every frame (frames you corrected are kept)</source>
        <translation>Die 3D-Hand an die Keypoints jedes Bildes anpassen (von Ihnen korrigierte Bilder bleiben erhalten)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mean distance between the fitted hand&apos;s keypoints and the frame&apos;s keypoints</source>
        <translation>Mittlerer Abstand zwischen den Keypoints der angepassten Hand und den Keypoints des Bildes</translation>
    </message>
    <message>
        <source>Hand orientation</source>
        <translation>Handausrichtung</translation>
    </message>
    <message>
        <source>tilt (x)</source>
        <translation>Neigen (x)</translation>
    </message>
    <message>
        <source>turn (y)</source>
        <translation>Drehen (y)</translation>
    </message>
    <message>
        <source>roll (z)</source>
        <translation>Rollen (z)</translation>
    </message>
    <message>
        <source>Rotation of the whole hand about the camera&apos;s axis (degrees); the wrist stays</source>
        <translation>Rotation der ganzen Hand um die Kameraachse (Grad); das Handgelenk bleibt</translation>
    </message>
    <message>
        <source>Flip palm</source>
        <translation>Handfläche umdrehen</translation>
    </message>
    <message>
        <source>Turn the hand 180° about its long axis (palm &lt;-&gt; back of the hand)</source>
        <translation>Die Hand um 180° um ihre Längsachse drehen (Handfläche &lt;-&gt; Handrücken)</translation>
    </message>
    <message>
        <source>The saved initialisation has %1 frames, the project %2: fit it again.</source>
        <translation>Die gespeicherte Initialisierung hat %1 Bilder, das Projekt %2: Passen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The frames are still being decoded; fit again in a moment.</source>
        <translation>Die Bilder werden noch dekodiert; passen Sie gleich noch einmal an.</translation>
    </message>
    <message>
        <source>Fitting the initialisation...</source>
        <translation>Initialisierung wird angepasst...</translation>
    </message>
    <message>
        <source>Fitting: %1</source>
        <translation>Anpassung: %1</translation>
    </message>
    <message>
        <source>The fit was cancelled; the initialisation is unchanged.</source>
        <translation>Die Anpassung wurde abgebrochen; die Initialisierung ist unverändert.</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>Die Anpassung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Re-fit initialisation</source>
        <translation>Initialisierung neu anpassen</translation>
    </message>
    <message>
        <source>Adjust %1 %2 %3</source>
        <translation>%1 %2 %3 anpassen</translation>
    </message>
    <message>
        <source>Rotate hand</source>
        <translation>Hand drehen</translation>
    </message>
    <message>
        <source>Re-fit</source>
        <translation>Neu anpassen</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Frame %1: fit the initialisation to edit its pose.</source>
        <translation>Bild %1: Passen Sie die Initialisierung an, um seine Pose zu bearbeiten.</translation>
    </message>
    <message>
        <source>Frame %1 has too few keypoints; it is not part of the reconstruction.</source>
        <translation>Bild %1 hat zu wenige Keypoints; es ist nicht Teil der Rekonstruktion.</translation>
    </message>
    <message>
        <source>Frame %1 (corrected by hand)</source>
        <translation>Bild %1 (von Hand korrigiert)</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Frame %1: not fitted (too few keypoints)</source>
        <translation>Bild %1: nicht angepasst (zu wenige Keypoints)</translation>
    </message>
    <message>
        <source>Frame %1: no keypoints to compare</source>
        <translation>Bild %1: keine Keypoints zum Vergleichen</translation>
    </message>
    <message>
        <source>Frame %1: %2 px</source>
        <translation>Bild %1: %2 px</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (korrigiert)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The saved initialisation could not be read: %1</source>
        <translation>Die gespeicherte Initialisierung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No initialisation yet: Fit initialisation places the 3D hand on every frame.</source>
        <translation>Noch keine Initialisierung: „Initialisierung anpassen“ platziert die 3D-Hand auf jedem Bild.</translation>
    </message>
    <message>
        <source>The keypoints changed since the fit: Re-fit to update the initialisation (the reconstruction would fit it again from the keypoints).</source>
        <translation>Die Keypoints haben sich seit der Anpassung geändert: „Neu anpassen“ aktualisiert die Initialisierung (die Rekonstruktion würde sie sonst erneut aus den Keypoints anpassen).</translation>
    </message>
    <message>
        <source>Initialisation of %1 frames, mean error %2 px, %3 corrected by hand.</source>
        <translation>Initialisierung von %1 Bildern, mittlerer Fehler %2 px, %3 von Hand korrigiert.</translation>
    </message>
</context>
<context>
    <name>palma::PosePanel</name>
    <message>
        <source>Index</source>
        <translation>Zeigefinger</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mittelfinger</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ringfinger</translation>
    </message>
    <message>
        <source>Pinky</source>
        <translation>Kleiner Finger</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Daumen</translation>
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
        <translation>Beugung</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>Spreizung</translation>
    </message>
    <message>
        <source>twist</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Straighten every finger (the rest pose); the wrist and position stay</source>
        <translation>Alle Finger strecken (Ruhepose); Handgelenk und Position bleiben</translation>
    </message>
    <message>
        <source>%1 %2: %3 (degrees, within the joint&apos;s limits)</source>
        <translation>%1 %2: %3 (Grad, innerhalb der Gelenkgrenzen)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Straighten this finger</source>
        <translation>Diesen Finger strecken</translation>
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
        <translation>Was die Zeitleiste abspielt: die aufgenommenen Posen, die Posen-Vorgaben oder eine Animation</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Erstes Bild (Pos1)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Letztes Bild (Ende)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Captured poses</source>
        <translation>Aufgenommene Posen</translation>
    </message>
    <message>
        <source>Pose presets</source>
        <translation>Posen-Vorgaben</translation>
    </message>
    <message>
        <source>Animation: %1</source>
        <translation>Animation: %1</translation>
    </message>
    <message>
        <source>frame %1 (source frame %2)</source>
        <translation>Bild %1 (Quellbild %2)</translation>
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
        <translation>Kein Avatar</translation>
    </message>
</context>
<context>
    <name>palma::PreparePage</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Place point</source>
        <translation>Punkt setzen</translation>
    </message>
    <message>
        <source>Hand brush</source>
        <translation>Hand-Pinsel</translation>
    </message>
    <message>
        <source>Background brush</source>
        <translation>Hintergrund-Pinsel</translation>
    </message>
    <message>
        <source>Drag keypoints; right-click a point to delete it or mark it occluded (Esc)</source>
        <translation>Keypoints ziehen; Rechtsklick auf einen Punkt, um ihn zu löschen oder als verdeckt zu markieren (Esc)</translation>
    </message>
    <message>
        <source>Click to place the joint chosen in the list</source>
        <translation>Klicken, um das in der Liste gewählte Gelenk zu setzen</translation>
    </message>
    <message>
        <source>Paint over the hand where the mask misses it; the frame is segmented again when you release</source>
        <translation>Über die Hand malen, wo die Maske sie verfehlt; beim Loslassen wird das Bild neu segmentiert</translation>
    </message>
    <message>
        <source>Paint over background the mask wrongly includes; the frame is segmented again when you release</source>
        <translation>Über Hintergrund malen, den die Maske fälschlich einschließt; beim Loslassen wird das Bild neu segmentiert</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole frame (F); the wheel zooms, the middle button or Space + drag pans</source>
        <translation>Das ganze Bild zeigen (F); das Mausrad zoomt, mittlere Taste oder Leertaste + Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Next problem frame</source>
        <translation>Nächstes Problembild</translation>
    </message>
    <message>
        <source>Go to the next frame flagged in the filmstrip</source>
        <translation>Zum nächsten im Filmstreifen markierten Bild gehen</translation>
    </message>
    <message>
        <source>No frame is flagged.</source>
        <translation>Kein Bild ist markiert.</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Gelenk</translation>
    </message>
    <message>
        <source>The joint to select, or to place with the Place tool</source>
        <translation>Das Gelenk, das ausgewählt oder mit dem Setzen-Werkzeug gesetzt werden soll</translation>
    </message>
    <message>
        <source>Place next missing joint</source>
        <translation>Nächstes fehlendes Gelenk setzen</translation>
    </message>
    <message>
        <source>Click in the frame to place each missing joint in turn</source>
        <translation>Ins Bild klicken, um nacheinander jedes fehlende Gelenk zu setzen</translation>
    </message>
    <message>
        <source>After placing, go to the next missing joint</source>
        <translation>Nach dem Setzen zum nächsten fehlenden Gelenk gehen</translation>
    </message>
    <message>
        <source>Place hand</source>
        <translation>Hand platzieren</translation>
    </message>
    <message>
        <source>Drop an open hand on a frame without keypoints, then drag the points that are off</source>
        <translation>Eine offene Hand auf ein Bild ohne Keypoints legen, dann die abweichenden Punkte ziehen</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Remove the selected point (Del); tracking leaves it out</source>
        <translation>Den ausgewählten Punkt entfernen (Entf); das Tracking lässt ihn aus</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>Verdeckt</translation>
    </message>
    <message>
        <source>The selected point is hidden and its position guessed: it counts half in the fit</source>
        <translation>Der ausgewählte Punkt ist verdeckt und seine Position geschätzt: Er zählt bei der Anpassung halb</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Show mask</source>
        <translation>Maske zeigen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Filled and outline</source>
        <translation>Gefüllt und Umriss</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in frame pixels</source>
        <translation>Pinselradius in Bildpixeln</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Clear scribbles</source>
        <translation>Pinselstriche löschen</translation>
    </message>
    <message>
        <source>Forget this frame&apos;s brush strokes (the mask stays as it is)</source>
        <translation>Die Pinselstriche dieses Bildes verwerfen (die Maske bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Track from here</source>
        <translation>Ab hier tracken</translation>
    </message>
    <message>
        <source>Follow this frame&apos;s points forward to the next frame you edited, or to the end</source>
        <translation>Die Punkte dieses Bildes vorwärts bis zum nächsten von Ihnen bearbeiteten Bild oder bis zum Ende verfolgen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Propagate to next</source>
        <translation>Auf nächste übertragen</translation>
    </message>
    <message>
        <source>Copy this frame&apos;s points into the next frames (your own points there stay)</source>
        <translation>Die Punkte dieses Bildes in die nächsten Bilder kopieren (Ihre eigenen Punkte dort bleiben erhalten)</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <source>Interpolate keyframes</source>
        <translation>Keyframes interpolieren</translation>
    </message>
    <message>
        <source>Fill every joint between two frames where you placed it by linear interpolation</source>
        <translation>Jedes Gelenk zwischen zwei Bildern, in denen Sie es gesetzt haben, durch lineare Interpolation füllen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt;: filled dot = yours, square = imported, ring = tracked or interpolated, half dot = occluded, red dashed ring = low confidence.</source>
        <translation>&lt;b&gt;Punkte&lt;/b&gt;: gefüllter Punkt = eigene, Quadrat = importiert, Ring = getrackt oder interpoliert, halber Punkt = verdeckt, rot gestrichelter Ring = geringe Konfidenz.</translation>
    </message>
    <message>
        <source>Frame %1 (%2 of %3)</source>
        <translation>Bild %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Open or create a project to check its keypoints and masks.
File &gt; Open Project…, or prepare a capture on the Capture page.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um seine Keypoints und Masken zu prüfen.
Datei &gt; Projekt öffnen… oder bereiten Sie eine Aufnahme auf der Seite „Aufnahme“ vor.</translation>
    </message>
    <message>
        <source>The project has no frames.</source>
        <translation>Das Projekt hat keine Bilder.</translation>
    </message>
    <message>
        <source>The frames could not be read:
%1</source>
        <translation>Die Bilder konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Decoding frames… %1 of %2</source>
        <translation>Dekodiere Bilder… %1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>getrackt</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>interpoliert</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>%1: (%2, %3), %4, confidence %5</source>
        <translation>%1: (%2, %3), %4, Konfidenz %5</translation>
    </message>
    <message>
        <source>%1 of 21 points present</source>
        <translation>%1 von 21 Punkten vorhanden</translation>
    </message>
    <message>
        <source>Guessed from the keypoints: please confirm.</source>
        <translation>Anhand der Keypoints geschätzt: bitte bestätigen.</translation>
    </message>
    <message>
        <source>Not known yet (Right is assumed): choose the hand the video shows.</source>
        <translation>Noch nicht bekannt (rechts wird angenommen): Wählen Sie die Hand, die das Video zeigt.</translation>
    </message>
    <message>
        <source>No keypoints</source>
        <translation>Keine Keypoints</translation>
    </message>
    <message>
        <source>%1 of %2 keypoints missing</source>
        <translation>%1 von %2 Keypoints fehlen</translation>
    </message>
    <message>
        <source>Low keypoint confidence (mean %1)</source>
        <translation>Geringe Keypoint-Konfidenz (Mittel %1)</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Keine Maske</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Every joint of this frame is placed.</source>
        <translation>Alle Gelenke dieses Bildes sind gesetzt.</translation>
    </message>
    <message>
        <source>Mark point occluded</source>
        <translation>Punkt als verdeckt markieren</translation>
    </message>
    <message>
        <source>Mark point visible</source>
        <translation>Punkt als sichtbar markieren</translation>
    </message>
    <message>
        <source>The frame is not decoded yet.</source>
        <translation>Das Bild ist noch nicht dekodiert.</translation>
    </message>
    <message>
        <source>This frame already has keypoints: Place hand is for frames without any.</source>
        <translation>Dieses Bild hat bereits Keypoints: „Hand platzieren“ ist für Bilder ohne Keypoints gedacht.</translation>
    </message>
    <message>
        <source>This is the last frame.</source>
        <translation>Dies ist das letzte Bild.</translation>
    </message>
    <message>
        <source>This frame has no keypoints to propagate.</source>
        <translation>Dieses Bild hat keine Keypoints zum Übertragen.</translation>
    </message>
    <message>
        <source>This frame has no keypoints to track: place them first.</source>
        <translation>Dieses Bild hat keine Keypoints zum Tracken: Setzen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The next frame is one you edited: nothing to track.</source>
        <translation>Das nächste Bild wurde von Ihnen bearbeitet: nichts zu tracken.</translation>
    </message>
    <message>
        <source>The frames are still being decoded; try again in a moment.</source>
        <translation>Die Bilder werden noch dekodiert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Tracking… %p%</source>
        <translation>Tracking… %p %</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tracking failed: %1</source>
        <translation>Tracking fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Track from frame %1</source>
        <translation>Tracking ab Bild %1</translation>
    </message>
    <message>
        <source>Tracked %1 frames</source>
        <translation>%1 Bilder getrackt</translation>
    </message>
    <message>
        <source>Segmenting frame %1…</source>
        <translation>Segmentiere Bild %1…</translation>
    </message>
    <message>
        <source>The frame could not be segmented: %1</source>
        <translation>Das Bild konnte nicht segmentiert werden: %1</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
    <message>
        <source>Mask of frame %1 updated.</source>
        <translation>Maske von Bild %1 aktualisiert.</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a left hand.</source>
        <translation>Mit der Handfläche zur Kamera sehen die Punkte wie eine linke Hand aus.</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a right hand.</source>
        <translation>Mit der Handfläche zur Kamera sehen die Punkte wie eine rechte Hand aus.</translation>
    </message>
</context>
<context>
    <name>palma::ProjectController</name>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Start a project from a video, an image folder or the webcam (Ctrl+N)</source>
        <translation>Ein Projekt aus einem Video, einem Bildordner oder der Webcam beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma) (Ctrl+Shift+O)</source>
        <translation>Einen Projektordner (NAME.palma) öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Save the project&apos;s edits (Ctrl+S)</source>
        <translation>Die Änderungen am Projekt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save Project As…</source>
        <translation>Projekt speichern unter…</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Projekt schließen</translation>
    </message>
    <message>
        <source>Open Recent Project</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the project &apos;%1&apos;: %2</source>
        <translation>Das Projekt &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits from %2 that were not saved (Palma Studio did not close normally). Recover them?</source>
        <translation>Das Projekt &apos;%1&apos; hat nicht gespeicherte Änderungen vom %2 (Palma Studio wurde nicht normal beendet). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation>Die Änderungen können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The autosaved edits of &apos;%1&apos; cannot be read: %2</source>
        <translation>Die automatisch gespeicherten Änderungen von &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma)</source>
        <translation>Einen Projektordner (NAME.palma) öffnen</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the project &apos;%1&apos;: %2 — your edits are still here; try Save Project As.</source>
        <translation>Das Projekt &apos;%1&apos; kann nicht gespeichert werden: %2 — Ihre Änderungen sind noch vorhanden; versuchen Sie „Projekt speichern unter“.</translation>
    </message>
    <message>
        <source>Save the project as (a new folder)</source>
        <translation>Projekt speichern unter (ein neuer Ordner)</translation>
    </message>
    <message>
        <source>Cannot save the project as &apos;%1&apos;: %2</source>
        <translation>Das Projekt kann nicht als &apos;%1&apos; gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits that are not saved.</source>
        <translation>Das Projekt &apos;%1&apos; hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos;…</source>
        <translation>Bereite &apos;%1&apos; vor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>Projekt wird vorbereitet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cannot prepare the project</source>
        <translation>Projekt kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>The project folder &apos;%1&apos; no longer exists; it was removed from Open Recent Project.</source>
        <translation>Der Projektordner &apos;%1&apos; existiert nicht mehr; er wurde aus „Zuletzt geöffnete Projekte“ entfernt.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>palma::ProjectDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; is missing: put it back where it was.</source>
        <translation>Die Quelle &apos;%1&apos; des Projekts fehlt: Legen Sie sie wieder an ihren Ort zurück.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; changed since the project was made: prepare it again.</source>
        <translation>Die Quelle &apos;%1&apos; des Projekts hat sich seit dessen Erstellung geändert: Bereiten Sie es erneut vor.</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; ended after %2 of its %3 frames: prepare it again.</source>
        <translation>Die Quelle &apos;%1&apos; des Projekts endete nach %2 ihrer %3 Bilder: Bereiten Sie es erneut vor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside the project: choose a folder outside it.</source>
        <translation>&apos;%1&apos; liegt im Projekt: Wählen Sie einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name.</source>
        <translation>&apos;%1&apos; ist eine Datei: Wählen Sie einen Ordnernamen.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty: choose a new or empty folder.</source>
        <translation>Der Ordner &apos;%1&apos; ist nicht leer: Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>palma::RecentFolders</name>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>palma::ReconstructPage</name>
    <message>
        <source>Quick preview</source>
        <translation>Schnelle Vorschau</translation>
    </message>
    <message>
        <source>A few iterations on small images: a first look in seconds</source>
        <translation>Wenige Iterationen auf kleinen Bildern: ein erster Eindruck in Sekunden</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Fewer, larger steps on 224-pixel images: minutes on a laptop (palma&apos;s demo preset)</source>
        <translation>Weniger, größere Schritte auf 224-Pixel-Bildern: Minuten auf einem Laptop (Demo-Vorgabe von palma)</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>Hohe Qualität</translation>
    </message>
    <message>
        <source>HARP&apos;s full schedule at the project&apos;s working size: best results, about ten minutes for 100 frames of 448 pixels on two CPU cores</source>
        <translation>Der vollständige Ablauf von HARP in der Arbeitsgröße des Projekts: beste Ergebnisse, etwa zehn Minuten für 100 Bilder mit 448 Pixeln auf zwei CPU-Kernen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate (geometry)</source>
        <translation>Lernrate (Geometrie)</translation>
    </message>
    <message>
        <source>Learning rate (appearance)</source>
        <translation>Lernrate (Erscheinungsbild)</translation>
    </message>
    <message>
        <source>Weight: silhouette</source>
        <translation>Gewicht: Silhouette</translation>
    </message>
    <message>
        <source>Weight: keypoints 3D</source>
        <translation>Gewicht: Keypoints 3D</translation>
    </message>
    <message>
        <source>Weight: keypoints 2D</source>
        <translation>Gewicht: Keypoints 2D</translation>
    </message>
    <message>
        <source>Weight: photometric</source>
        <translation>Gewicht: photometrisch</translation>
    </message>
    <message>
        <source>Weight: SSIM</source>
        <translation>Gewicht: SSIM</translation>
    </message>
    <message>
        <source>Weight: displacement</source>
        <translation>Gewicht: Displacement</translation>
    </message>
    <message>
        <source>Weight: Laplacian</source>
        <translation>Gewicht: Laplace</translation>
    </message>
    <message>
        <source>Weight: Laplacian (part-aware)</source>
        <translation>Gewicht: Laplace (teilebezogen)</translation>
    </message>
    <message>
        <source>Weight: normal consistency</source>
        <translation>Gewicht: Normalenkonsistenz</translation>
    </message>
    <message>
        <source>Weight: edge length</source>
        <translation>Gewicht: Kantenlänge</translation>
    </message>
    <message>
        <source>Weight: albedo smoothness</source>
        <translation>Gewicht: Albedo-Glätte</translation>
    </message>
    <message>
        <source>Weight: normal map</source>
        <translation>Gewicht: Normal Map</translation>
    </message>
    <message>
        <source>Weight: shape prior</source>
        <translation>Gewicht: Form-Prior</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruct&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rekonstruieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>Avatar:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where the avatar is written</source>
        <translation>Auswählen, wohin der Avatar geschrieben wird</translation>
    </message>
    <message>
        <source>Avatar folder</source>
        <translation>Avatar-Ordner</translation>
    </message>
    <message>
        <source>Palma avatar (*.palma-avatar)</source>
        <translation>Palma-Avatar (*.palma-avatar)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the fit and save the last good avatar; it can be resumed later</source>
        <translation>Die Anpassung anhalten und den letzten guten Avatar speichern; sie kann später fortgesetzt werden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>Texturgröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fit size:</source>
        <translation>Anpassungsgröße:</translation>
    </message>
    <message>
        <source>working size</source>
        <translation>Arbeitsgröße</translation>
    </message>
    <message>
        <source>Frames are resized to this height for the fit (0: the project&apos;s working size)</source>
        <translation>Die Bilder werden für die Anpassung auf diese Höhe skaliert (0: Arbeitsgröße des Projekts)</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>Auf Vorgabe zurücksetzen</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>Konfiguration laden…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>Konfiguration speichern…</translation>
    </message>
    <message>
        <source>Save reconstruction config</source>
        <translation>Rekonstruktionskonfiguration speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>Konfiguration gespeichert in %1</translation>
    </message>
    <message>
        <source>Load reconstruction config</source>
        <translation>Rekonstruktionskonfiguration laden</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>Konfiguration geladen aus %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Overlay: weight of the render over the input</source>
        <translation>Überlagert: Gewicht des Renderings über der Eingabe</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Blend:</source>
        <translation>Mischung:</translation>
    </message>
    <message>
        <source>Events of the fit (rollbacks, learning-rate changes, checkpoints) appear here.</source>
        <translation>Hier erscheinen Ereignisse der Anpassung (Rollbacks, Änderungen der Lernrate, Checkpoints).</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>No project is open: make one on the Capture page or open one (File &gt; Open Project…).</source>
        <translation>Kein Projekt geöffnet: Erstellen Sie eines auf der Seite „Aufnahme“ oder öffnen Sie eines (Datei &gt; Projekt öffnen…).</translation>
    </message>
    <message>
        <source>%1 is not a capture project (it has no project.json).</source>
        <translation>%1 ist kein Aufnahmeprojekt (es hat keine project.json).</translation>
    </message>
    <message>
        <source>The project has no frames yet: choose a video or images on the Capture page.</source>
        <translation>Das Projekt hat noch keine Bilder: Wählen Sie auf der Seite „Aufnahme“ ein Video oder Bilder.</translation>
    </message>
    <message>
        <source>The project has no frames with keypoints yet: place keypoints on a few frames on the Prepare page (or prepare it with a keypoint file).</source>
        <translation>Das Projekt hat noch keine Bilder mit Keypoints: Setzen Sie auf der Seite „Vorbereiten“ Keypoints auf einigen Bildern (oder bereiten Sie es mit einer Keypoint-Datei vor).</translation>
    </message>
    <message>
        <source>The project has not been prepared, and its source %1 is missing: prepare it on the Prepare page.</source>
        <translation>Das Projekt wurde nicht vorbereitet, und seine Quelle %1 fehlt: Bereiten Sie es auf der Seite „Vorbereiten“ vor.</translation>
    </message>
    <message>
        <source>The project changed since it was prepared: it is prepared again when the run starts.</source>
        <translation>Das Projekt hat sich seit der Vorbereitung geändert: Es wird beim Start des Laufs erneut vorbereitet.</translation>
    </message>
    <message>
        <source>A previous run finished all stages but its avatar was not saved. Resume saves it; Start over discards it.</source>
        <translation>Ein früherer Lauf hat alle Phasen abgeschlossen, aber sein Avatar wurde nicht gespeichert. „Fortsetzen“ speichert ihn; „Neu beginnen“ verwirft ihn.</translation>
    </message>
    <message>
        <source>A previous run stopped at stage %1 of %2 (%3), epoch %4, iteration %5 of the epoch. Resume continues from there; Start over discards it.</source>
        <translation>Ein früherer Lauf wurde in Phase %1 von %2 (%3), Epoche %4, Iteration %5 der Epoche angehalten. „Fortsetzen“ macht dort weiter; „Neu beginnen“ verwirft ihn.</translation>
    </message>
    <message>
        <source>Checkpoint discarded: the next run starts from the beginning.</source>
        <translation>Checkpoint verworfen: Der nächste Lauf beginnt von vorn.</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos;: &apos;%3&apos; is not a number.</source>
        <translation>%1 von Phase &apos;%2&apos;: &apos;%3&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be a whole number from %3 to %4.</source>
        <translation>%1 von Phase &apos;%2&apos; muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be 0 or more.</source>
        <translation>%1 von Phase &apos;%2&apos; muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Not started: the project could not be saved.</source>
        <translation>Nicht gestartet: Das Projekt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Lese das Projekt…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Pausiert — %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelling: the fit stops after this iteration and saves the last good avatar…</source>
        <translation>Breche ab: Die Anpassung endet nach dieser Iteration und speichert den letzten guten Avatar…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation>Pausiert — </translation>
    </message>
    <message>
        <source>Preparing the project: %1</source>
        <translation>Bereite das Projekt vor: %1</translation>
    </message>
    <message>
        <source>Initialising from the keypoints: %1</source>
        <translation>Initialisiere aus den Keypoints: %1</translation>
    </message>
    <message>
        <source>Stage %1/%2: %3 — iteration %4/%5</source>
        <translation>Phase %1/%2: %3 — Iteration %4/%5</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Finished%1: the avatar was written to %2.</source>
        <translation>Abgeschlossen%1: Der Avatar wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source> (resumed from the checkpoint)</source>
        <translation> (vom Checkpoint fortgesetzt)</translation>
    </message>
    <message>
        <source>Finished in %1; avatar written to %2</source>
        <translation>Abgeschlossen in %1; Avatar nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled: the last good avatar was written to %1. Start again to resume from the checkpoint.</source>
        <translation>Abgebrochen: Der letzte gute Avatar wurde nach %1 geschrieben. Starten Sie erneut, um vom Checkpoint fortzusetzen.</translation>
    </message>
    <message>
        <source>Cancelled; last good avatar written to %1</source>
        <translation>Abgebrochen; letzter guter Avatar nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cancelled before the fit started: nothing was written.</source>
        <translation>Abgebrochen, bevor die Anpassung begann: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled before the fit started</source>
        <translation>Abgebrochen, bevor die Anpassung begann</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The reconstruction failed: %1</source>
        <translation>Die Rekonstruktion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
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
        <translation>Wo die Rekonstruktion läuft; auf der GPU ist sie viel schneller</translation>
    </message>
    <message>
        <source>No CUDA GPU was found: the reconstruction runs on the CPU</source>
        <translation>Keine CUDA-GPU gefunden: Die Rekonstruktion läuft auf der CPU</translation>
    </message>
    <message>
        <source>This build of Palma has no CUDA kernels: the reconstruction runs on the CPU</source>
        <translation>Dieser Build von Palma enthält keine CUDA-Kernel: Die Rekonstruktion läuft auf der CPU</translation>
    </message>
    <message>
        <source>Started: preset %1, %2 stages, on %3, project %4</source>
        <translation>Gestartet: Vorgabe %1, %2 Stufen, auf %3, Projekt %4</translation>
    </message>
    <message>
        <source>%1; running on the CPU</source>
        <translation>%1; Ausführung auf der CPU</translation>
    </message>
    <message>
        <source>The hand being fitted appears here in 3D while the reconstruction runs.</source>
        <translation>Während die Rekonstruktion läuft, erscheint hier die angepasste Hand in 3D.</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a left hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>Die Hand ist nicht bestätigt: Sie wird als linke Hand angepasst (wählen Sie die Hand auf der Seite „Vorbereiten“, falls das falsch ist).</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a right hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>Die Hand ist nicht bestätigt: Sie wird als rechte Hand angepasst (wählen Sie die Hand auf der Seite „Vorbereiten“, falls das falsch ist).</translation>
    </message>
</context>
<context>
    <name>palma::RenderDialog</name>
    <message>
        <source>Render images</source>
        <translation>Bilder rendern</translation>
    </message>
    <message>
        <source>Current pose</source>
        <translation>Aktuelle Pose</translation>
    </message>
    <message>
        <source>Turntable of the current pose</source>
        <translation>Turntable der aktuellen Pose</translation>
    </message>
    <message>
        <source>Timeline sequence</source>
        <translation>Sequenz der Zeitleiste</translation>
    </message>
    <message>
        <source>Captured motion (capture cameras)</source>
        <translation>Aufgenommene Bewegung (Aufnahmekameras)</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Handfläche</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>Side (thumb)</source>
        <translation>Seite (Daumen)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>A folder for PNG frames, or a video file (.mp4, .avi)</source>
        <translation>Ein Ordner für PNG-Bilder oder eine Videodatei (.mp4, .avi)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder for PNG frames</source>
        <translation>Ordner für PNG-Bilder auswählen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Turntable frames</source>
        <translation>Turntable-Bilder</translation>
    </message>
    <message>
        <source>Video frame rate</source>
        <translation>Video-Bildrate</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>Ordner für die PNG-Bilder</translation>
    </message>
    <message>
        <source>Open an avatar first</source>
        <translation>Öffnen Sie zuerst einen Avatar</translation>
    </message>
    <message>
        <source>there is no timeline sequence to render</source>
        <translation>es gibt keine Zeitleisten-Sequenz zum Rendern</translation>
    </message>
    <message>
        <source>a render is already running</source>
        <translation>es läuft bereits ein Rendervorgang</translation>
    </message>
    <message>
        <source>no avatar to render</source>
        <translation>kein Avatar zum Rendern</translation>
    </message>
    <message>
        <source>choose where to write the frames (a folder or a video file)</source>
        <translation>wählen Sie, wohin die Bilder geschrieben werden (ein Ordner oder eine Videodatei)</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendern…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Rendered %1 frames (%2 ms per frame): %3</source>
        <translation>%1 Bilder gerendert (%2 ms pro Bild): %3</translation>
    </message>
    <message>
        <source>Render stopped: %1</source>
        <translation>Rendern gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>palma::RenderPreview</name>
    <message>
        <source>Cannot render the preview: %1</source>
        <translation>Die Vorschau kann nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>Rendered by the engine&apos;s Renderer: %1 x %2 pixels in %3 ms</source>
        <translation>Vom Renderer der Engine gezeichnet: %1 x %2 Pixel in %3 ms</translation>
    </message>
</context>
<context>
    <name>palma::ShPreview</name>
    <message>
        <source>Irradiance of the spherical-harmonics lighting on a white sphere</source>
        <translation>Bestrahlungsstärke der SH-Beleuchtung auf einer weißen Kugel</translation>
    </message>
    <message>
        <source>SH off</source>
        <translation>SH aus</translation>
    </message>
</context>
<context>
    <name>palma::WebcamRecorder</name>
    <message>
        <source>The camera &apos;%1&apos; could not be started or stopped working. It may be in use by another program; close that program or choose another camera.</source>
        <translation>Die Kamera &apos;%1&apos; konnte nicht gestartet werden oder funktioniert nicht mehr. Vielleicht nutzt sie ein anderes Programm; schließen Sie es oder wählen Sie eine andere Kamera.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam (and check that the system lets this program use it), or import a video file instead.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine Webcam an (und prüfen Sie, ob das System diesem Programm den Zugriff erlaubt) oder importieren Sie stattdessen eine Videodatei.</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not connected.</source>
        <translation>Die Kamera &apos;%1&apos; ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>No file name was given for the recording.</source>
        <translation>Für die Aufnahme wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: it is a folder.</source>
        <translation>Aufnahme nach &apos;%1&apos; nicht möglich: das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: use the extension .mp4, .mkv, .webm, .mov or .avi.</source>
        <translation>Aufnahme nach &apos;%1&apos; nicht möglich: verwenden Sie die Endung .mp4, .mkv, .webm, .mov oder .avi.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>Aufnahme nach &apos;%1&apos; nicht möglich: der Ordner &apos;%2&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>Aufnahme nach &apos;%1&apos; nicht möglich: der Ordner &apos;%2&apos; ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the file exists and cannot be overwritten.</source>
        <translation>Aufnahme nach &apos;%1&apos; nicht möglich: die Datei existiert und kann nicht überschrieben werden.</translation>
    </message>
    <message>
        <source>Start the camera before recording.</source>
        <translation>Starten Sie die Kamera vor der Aufnahme.</translation>
    </message>
    <message>
        <source>Cannot record video on this system: no video encoder is installed (install the GStreamer plugins, e.g. gstreamer1.0-plugins-good and gstreamer1.0-libav).</source>
        <translation>Auf diesem System kann kein Video aufgenommen werden: kein Video-Encoder installiert (installieren Sie die GStreamer-Plugins, z. B. gstreamer1.0-plugins-good und gstreamer1.0-libav).</translation>
    </message>
    <message>
        <source>Cannot record &apos;%1&apos; files on this system (no encoder); use %2 instead.</source>
        <translation>&apos;%1&apos;-Dateien können auf diesem System nicht aufgenommen werden (kein Encoder); verwenden Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the video format is not supported by the installed encoders</source>
        <translation>das Videoformat wird von den installierten Encodern nicht unterstützt</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <translation>der Rekorder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2 (%3).</source>
        <translation>Aufnahme nach &apos;%1&apos; fehlgeschlagen: %2 (%3).</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2</source>
        <translation>Aufnahme nach &apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
</context>
</TS>
