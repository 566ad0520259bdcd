<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>palma::ExportPage</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js (the same export as &lt;tt&gt;palma export&lt;/tt&gt;; see docs/export.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;エクスポート&lt;/h2&gt;&lt;p&gt;アバターをリグ付きアセットとして Blender、Maya、Unreal、Unity、three.js 向けに書き出します（&lt;tt&gt;palma export&lt;/tt&gt; と同じ処理です。docs/export.md を参照）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an avatar first (File &gt; Open Avatar…).</source>
        <translation>先にアバターを開いてください（ファイル &gt; アバターを開く…）。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF バイナリ (.glb)</translation>
    </message>
    <message>
        <source>glTF + .bin (.gltf)</source>
        <translation>glTF + .bin (.gltf)</translation>
    </message>
    <message>
        <source>FBX, ASCII (.fbx)</source>
        <translation>FBX、ASCII (.fbx)</translation>
    </message>
    <message>
        <source>OBJ, static (.obj)</source>
        <translation>OBJ、静的 (.obj)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>The avatar&apos;s own</source>
        <translation>アバターの設定</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>テクスチャサイズ:</translation>
    </message>
    <message>
        <source>Extra subdivision levels on top of the avatar&apos;s (each ×4 faces)</source>
        <translation>アバターの分割に追加する細分化レベル（各 ×4 面）</translation>
    </message>
    <message>
        <source>Extra subdivision:</source>
        <translation>追加の細分化:</translation>
    </message>
    <message>
        <source>Inside the file</source>
        <translation>ファイルに埋め込む</translation>
    </message>
    <message>
        <source>PNG files beside it</source>
        <translation>横に PNG ファイル</translation>
    </message>
    <message>
        <source>Textures:</source>
        <translation>テクスチャ:</translation>
    </message>
    <message>
        <source>None (bind pose)</source>
        <translation>なし（バインドポーズ）</translation>
    </message>
    <message>
        <source>Captured motion</source>
        <translation>キャプチャした動き</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>プリセット: %1</translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation>アニメーション:</translation>
    </message>
    <message>
        <source>Palma (wrist.R, index1.R …)</source>
        <translation>Palma (wrist.R, index1.R …)</translation>
    </message>
    <message>
        <source>Mixamo-like (RightHand, RightHandIndex1 …)</source>
        <translation>Mixamo 風 (RightHand, RightHandIndex1 …)</translation>
    </message>
    <message>
        <source>Joint names:</source>
        <translation>関節名:</translation>
    </message>
    <message>
        <source>Left (mirrored if needed)</source>
        <translation>左（必要なら反転）</translation>
    </message>
    <message>
        <source>Right (mirrored if needed)</source>
        <translation>右（必要なら反転）</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>左右:</translation>
    </message>
    <message>
        <source>Where to write the file</source>
        <translation>書き出し先のファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>glTF binary (*.glb)</source>
        <translation>glTF バイナリ (*.glb)</translation>
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
        <translation>アバターをエクスポート</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>書き出し先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き出されていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 vertices, %4 faces, %5 joints</source>
        <translation>%1 を書き出しました (%2): 頂点 %3、面 %4、関節 %5</translation>
    </message>
    <message>
        <source>, %1×%1 textures</source>
        <translation>、テクスチャ %1×%1</translation>
    </message>
    <message>
        <source>, %1 animation keys over %2 s</source>
        <translation>、アニメーションキー %1 個（%2 秒）</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation>（%1 秒）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) beside it.</source>
        <translation>
            <numerusform>ほかに %n 個のファイルを横に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>palma::InspectPage</name>
    <message>
        <source>No avatar is open.

Open one with File &gt; Open Avatar… (Ctrl+O) or drop an avatar folder (NAME.palma-avatar) onto this window.</source>
        <translation>アバターが開かれていません。

ファイル &gt; アバターを開く…（Ctrl+O）で開くか、アバターフォルダー (NAME.palma-avatar) をこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>No avatar open.</source>
        <translation>アバターが開かれていません。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message>
        <source>Hand model: %1</source>
        <translation>手モデル: %1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>左右: %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Subdivision levels: %1</source>
        <translation>細分化レベル: %1</translation>
    </message>
    <message>
        <source>Vertices: %1, faces: %2</source>
        <translation>頂点: %1、面: %2</translation>
    </message>
    <message>
        <source>Albedo: %1, normal map: %2</source>
        <translation>アルベド: %1、法線マップ: %2</translation>
    </message>
    <message>
        <source>Captured frames: %1</source>
        <translation>キャプチャフレーム: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Untitled avatar</source>
        <translation>無題のアバター</translation>
    </message>
    <message>
        <source>No avatar open</source>
        <translation>アバターなし</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3×%4 texture, %5 captured frames</source>
        <translation>%1: 頂点 %2、テクスチャ %3×%4、キャプチャ %5 フレーム</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
    <message>
        <source>Not yet in this version of the studio.</source>
        <translation>このバージョンのスタジオにはまだありません。</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>撮影</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Reconstruct</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Here you will record a short video of your hand with a webcam, with on-screen guidance for the hand poses and the lighting.</source>
        <translation>ここでは、手のポーズと照明のガイドに従って、Web カメラで手の短い動画を撮影できるようになります。</translation>
    </message>
    <message>
        <source>For now, record 10 to 20 seconds with any camera: turn the open hand slowly, then make a fist and spread the fingers, in even light. Then prepare the clip on the command line:</source>
        <translation>現時点では、任意のカメラで 10〜20 秒撮影してください。均一な照明の下で、開いた手をゆっくり回し、握りこぶしを作ってから指を広げます。その後、コマンドラインでクリップを準備します:</translation>
    </message>
    <message>
        <source>Here you will pick the frames, check the hand masks and correct the 2D keypoints of a clip.</source>
        <translation>ここでは、クリップのフレームを選び、手のマスクを確認し、2D キーポイントを修正できるようになります。</translation>
    </message>
    <message>
        <source>For now, prepare a clip on the command line; it picks the frames, stores the keypoints and writes a project folder:</source>
        <translation>現時点では、コマンドラインでクリップを準備してください。フレームを選び、キーポイントを保存し、プロジェクトフォルダーを書き出します:</translation>
    </message>
    <message>
        <source>Here you will start the reconstruction of a prepared project and follow its losses and intermediate renders.</source>
        <translation>ここでは、準備済みプロジェクトの再構成を開始し、損失と途中のレンダリングを確認できるようになります。</translation>
    </message>
    <message>
        <source>For now, reconstruct on the command line, then open the avatar folder here (File &gt; Open Avatar…) to inspect and export it:</source>
        <translation>現時点では、コマンドラインで再構成し、アバターフォルダーをここで開いて（ファイル &gt; アバターを開く…）確認・エクスポートしてください:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open Avatar…</source>
        <translation>アバターを開く…</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar) (Ctrl+O)</source>
        <translation>アバターフォルダー (NAME.palma-avatar) を開く (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近使ったアバター</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the avatar as glTF, FBX or OBJ (Ctrl+E)</source>
        <translation>アバターを glTF、FBX、OBJ でエクスポート (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close Avatar</source>
        <translation>アバターを閉じる</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Frame all</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Fit the avatar into the view (F)</source>
        <translation>アバターをビューに合わせる (F)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Takes effect when Palma Studio restarts</source>
        <translation>Palma Studio の再起動後に反映されます</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Palma Studio</source>
        <translation>Palma Studio について</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Cannot open the avatar</source>
        <translation>アバターを開けません</translation>
    </message>
    <message>
        <source>Cannot open the avatar &apos;%1&apos;: %2</source>
        <translation>アバター &apos;%1&apos; を開けません: %2</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar)</source>
        <translation>アバターフォルダー (NAME.palma-avatar) を開く</translation>
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
        <translation>アバターをエクスポート</translation>
    </message>
    <message>
        <source>No recent avatars</source>
        <translation>最近使ったアバターはありません</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
    <message>
        <source>Avatar not found</source>
        <translation>アバターが見つかりません</translation>
    </message>
    <message>
        <source>The avatar folder &apos;%1&apos; no longer exists; it was removed from Open Recent.</source>
        <translation>アバターフォルダー &apos;%1&apos; はもう存在しないため、「最近使ったアバター」から削除しました。</translation>
    </message>
    <message>
        <source>The language changes when Palma Studio restarts.</source>
        <translation>言語は Palma Studio の再起動後に切り替わります。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Open an avatar folder with File &gt; Open Avatar… or drop it onto the window. In the 3D view, drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the avatar.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;短い動画から、個人に合わせたリグ付き・再ライティング可能な手のアバターを作ります。&lt;/p&gt;&lt;p&gt;ファイル &gt; アバターを開く… でアバターフォルダーを開くか、ウィンドウにドロップしてください。3D ビューでは、左ドラッグで回転、右ドラッグまたはホイールでズーム、中ボタンで移動、F でアバター全体を表示します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palma::RenderPreview</name>
    <message>
        <source>Cannot render the preview: %1</source>
        <translation>プレビューを描画できません: %1</translation>
    </message>
    <message>
        <source>Rendered by the engine&apos;s Renderer: %1 x %2 pixels in %3 ms</source>
        <translation>エンジンの Renderer で描画: %1 x %2 ピクセル、%3 ms</translation>
    </message>
</context>
<context>
    <name>palma::WebcamRecorder</name>
    <message>
        <source>The camera &apos;%1&apos; could not be started or stopped working. It may be in use by another program; close that program or choose another camera.</source>
        <translation>カメラ &apos;%1&apos; を起動できないか、動作が止まりました。別のプログラムが使用中の可能性があります。そのプログラムを閉じるか、別のカメラを選んでください。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam (and check that the system lets this program use it), or import a video file instead.</source>
        <translation>カメラが見つかりません。Web カメラを接続する（このプログラムの使用が許可されているか確認してください）か、代わりに動画ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not connected.</source>
        <translation>カメラ &apos;%1&apos; は接続されていません。</translation>
    </message>
    <message>
        <source>No file name was given for the recording.</source>
        <translation>録画のファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: it is a folder.</source>
        <translation>&apos;%1&apos; に録画できません: フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: use the extension .mp4, .mkv, .webm, .mov or .avi.</source>
        <translation>&apos;%1&apos; に録画できません: 拡張子は .mp4、.mkv、.webm、.mov、.avi のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>&apos;%1&apos; に録画できません: フォルダー &apos;%2&apos; がありません。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>&apos;%1&apos; に録画できません: フォルダー &apos;%2&apos; に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the file exists and cannot be overwritten.</source>
        <translation>&apos;%1&apos; に録画できません: ファイルが存在し、上書きできません。</translation>
    </message>
    <message>
        <source>Start the camera before recording.</source>
        <translation>録画の前にカメラを起動してください。</translation>
    </message>
    <message>
        <source>Cannot record video on this system: no video encoder is installed (install the GStreamer plugins, e.g. gstreamer1.0-plugins-good and gstreamer1.0-libav).</source>
        <translation>このシステムでは動画を録画できません: 動画エンコーダーがインストールされていません（GStreamer プラグイン、例えば gstreamer1.0-plugins-good と gstreamer1.0-libav をインストールしてください）。</translation>
    </message>
    <message>
        <source>Cannot record &apos;%1&apos; files on this system (no encoder); use %2 instead.</source>
        <translation>このシステムでは &apos;%1&apos; ファイルを録画できません（エンコーダーなし）。代わりに %2 を使ってください。</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the video format is not supported by the installed encoders</source>
        <translation>インストールされたエンコーダーはこの動画形式に対応していません</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <translation>レコーダーが失敗しました</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2 (%3).</source>
        <translation>&apos;%1&apos; への録画に失敗しました: %2 (%3)。</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; への録画に失敗しました: %2</translation>
    </message>
</context>
</TS>
