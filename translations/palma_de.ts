<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Pose:</source>
        <translation>Pose:</translation>
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
        <source>Fit the hand into the view (F)</source>
        <translation>Die Hand in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>Show skeleton</source>
        <translation>Skelett anzeigen</translation>
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
        <source>Pose</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Pose preset</source>
        <translation>Vordefinierte Pose</translation>
    </message>
    <message>
        <source>Cannot load the hand model &apos;%1&apos;: %2</source>
        <translation>Das Handmodell &apos;%1&apos; kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot load the hand model</source>
        <translation>Handmodell kann nicht geladen werden</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3 faces</source>
        <translation>%1: %2 Eckpunkte, %3 Dreiecke</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the hand.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Persönliche, geriggte, neu beleuchtbare Hand-Avatare aus einem kurzen Video.&lt;/p&gt;&lt;p&gt;Mit der linken Maustaste ziehen dreht die Ansicht, die rechte Taste oder das Mausrad zoomt, die mittlere Taste verschiebt; F passt die Hand ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot pose the hand</source>
        <translation>Die Hand kann nicht posiert werden</translation>
    </message>
    <message>
        <source>Cannot pose the hand as &apos;%1&apos;: %2</source>
        <translation>Die Hand kann nicht in die Pose &apos;%1&apos; gebracht werden: %2</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Gerenderte Vorschau</translation>
    </message>
    <message>
        <source>Show rendered preview</source>
        <translation>Gerenderte Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Show the pose as the engine&apos;s renderer draws it, through the viewport&apos;s camera (R)</source>
        <translation>Die Pose so zeigen, wie der Renderer der Engine sie zeichnet, durch die Kamera der 3D-Ansicht (R)</translation>
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
</TS>
