<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>palma::MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
    <message><source>&amp;View</source><translation>&amp;Ansicht</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Hilfe</translation></message>
    <message><source>Pose:</source><translation>Pose:</translation></message>
    <message><source>Frame all</source><translation>Alles zeigen</translation></message>
    <message><source>Quit</source><translation>Beenden</translation></message>
</context>
</TS>
