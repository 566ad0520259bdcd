<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
