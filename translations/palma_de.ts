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
    <name>palma::InspectPage</name>
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
        <source>Not yet in this version of the studio.</source>
        <translation>Noch nicht in dieser Version des Studios.</translation>
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
        <source>Here you will record a short video of your hand with a webcam, with on-screen guidance for the hand poses and the lighting.</source>
        <translation>Hier werden Sie mit einer Webcam ein kurzes Video Ihrer Hand aufnehmen, mit Hinweisen zu Handhaltungen und Beleuchtung.</translation>
    </message>
    <message>
        <source>For now, record 10 to 20 seconds with any camera: turn the open hand slowly, then make a fist and spread the fingers, in even light. Then prepare the clip on the command line:</source>
        <translation>Nehmen Sie vorerst mit einer beliebigen Kamera 10 bis 20 Sekunden auf: die offene Hand langsam drehen, dann eine Faust machen und die Finger spreizen, bei gleichmäßigem Licht. Bereiten Sie den Clip dann auf der Kommandozeile vor:</translation>
    </message>
    <message>
        <source>Here you will pick the frames, check the hand masks and correct the 2D keypoints of a clip.</source>
        <translation>Hier werden Sie die Bilder eines Clips auswählen, die Handmasken prüfen und die 2D-Keypoints korrigieren.</translation>
    </message>
    <message>
        <source>For now, prepare a clip on the command line; it picks the frames, stores the keypoints and writes a project folder:</source>
        <translation>Bereiten Sie einen Clip vorerst auf der Kommandozeile vor; das wählt die Bilder, speichert die Keypoints und schreibt einen Projektordner:</translation>
    </message>
    <message>
        <source>Here you will start the reconstruction of a prepared project and follow its losses and intermediate renders.</source>
        <translation>Hier werden Sie die Rekonstruktion eines vorbereiteten Projekts starten und ihre Verluste und Zwischenbilder verfolgen.</translation>
    </message>
    <message>
        <source>For now, reconstruct on the command line, then open the avatar folder here (File &gt; Open Avatar…) to inspect and export it:</source>
        <translation>Rekonstruieren Sie vorerst auf der Kommandozeile und öffnen Sie dann den Avatar-Ordner hier (Datei &gt; Avatar öffnen…), um ihn anzusehen und zu exportieren:</translation>
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
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
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
