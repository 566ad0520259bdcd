<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>palma::AvatarViewport</name>
    <message>
        <source>&amp;Wireframe</source>
        <translation>ワイヤーフレーム(&amp;W)</translation>
    </message>
    <message>
        <source>Vertex &amp;normals</source>
        <translation>頂点法線(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Skeleton</source>
        <translation>スケルトン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Joint axes</source>
        <translation>関節軸(&amp;J)</translation>
    </message>
    <message>
        <source>Reference &amp;floor</source>
        <translation>基準床(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Frame all</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dark background</source>
        <translation>暗い背景(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light background</source>
        <translation>明るい背景(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gradient background</source>
        <translation>グラデーション背景(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Custom background...</source>
        <translation>カスタム背景(&amp;C)...</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景色</translation>
    </message>
</context>
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
    <name>palma::FrameCompareView</name>
    <message>
        <source>Open the capture or project folder the avatar was made from</source>
        <translation>アバターの作成元のキャプチャまたはプロジェクトフォルダーを開いてください</translation>
    </message>
    <message>
        <source>The pose shown is not a captured one: pick a captured frame on the timeline</source>
        <translation>表示中のポーズはキャプチャしたものではありません。タイムラインでキャプチャフレームを選んでください</translation>
    </message>
    <message>
        <source>The capture has no frame %1 (the avatar&apos;s captured row %2)</source>
        <translation>キャプチャにフレーム %1 がありません（アバターのキャプチャ行 %2）</translation>
    </message>
    <message>
        <source>Cannot render the avatar: %1</source>
        <translation>アバターを描画できません: %1</translation>
    </message>
    <message>
        <source>Capture frame %1: mean difference %2 (%3 ms)</source>
        <translation>キャプチャフレーム %1: 平均差 %2（%3 ms）</translation>
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
    <name>palma::LightDirectionGizmo</name>
    <message>
        <source>Drag to aim the point light: the highlight follows the mouse</source>
        <translation>ドラッグしてポイントライトの向きを調整します。ハイライトがマウスに追従します</translation>
    </message>
</context>
<context>
    <name>palma::LightingPanel</name>
    <message>
        <source>Presets:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>スタジオ</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>屋外</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>暖色</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>The lighting estimated from the capture</source>
        <translation>キャプチャから推定した照明</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Reset to capture lighting</source>
        <translation>キャプチャの照明にリセット</translation>
    </message>
    <message>
        <source>Point light</source>
        <translation>ポイントライト</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Switch the point light</source>
        <translation>ポイントライトの切り替え</translation>
    </message>
    <message>
        <source>Light:</source>
        <translation>ライト:</translation>
    </message>
    <message>
        <source>Degrees about the vertical, 0 = from the camera, positive = from the right</source>
        <translation>鉛直軸まわりの角度（度）。0 = カメラ側から、正 = 右から</translation>
    </message>
    <message>
        <source>Degrees above the horizontal</source>
        <translation>水平面からの角度（度）</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>方位角:</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>仰角:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Distance of the light from the centre of the hand</source>
        <translation>手の中心からライトまでの距離</translation>
    </message>
    <message>
        <source>Move the point light</source>
        <translation>ポイントライトを移動</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>距離:</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Change the light colour</source>
        <translation>ライトの色を変更</translation>
    </message>
    <message>
        <source>Pick the light colour</source>
        <translation>ライトの色を選択</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
    <message>
        <source>Soft shadows</source>
        <translation>ソフトシャドウ</translation>
    </message>
    <message>
        <source>Switch shadows</source>
        <translation>影の切り替え</translation>
    </message>
    <message>
        <source>Shadows:</source>
        <translation>影:</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>環境光</translation>
    </message>
    <message>
        <source>Spherical harmonics</source>
        <translation>球面調和関数</translation>
    </message>
    <message>
        <source>Light the avatar with the SH environment below instead of a flat ambient</source>
        <translation>一様な環境光の代わりに、下の SH 環境でアバターを照らします</translation>
    </message>
    <message>
        <source>Switch SH lighting on</source>
        <translation>SH 照明をオン</translation>
    </message>
    <message>
        <source>Switch SH lighting off</source>
        <translation>SH 照明をオフ</translation>
    </message>
    <message>
        <source>Change the ambient ratio</source>
        <translation>環境光の比率を変更</translation>
    </message>
    <message>
        <source>Share of flat ambient light; the point light is weighted by 1 - ratio. With SH on, the SH irradiance replaces the flat ambient and the ratio only weighs the point light.</source>
        <translation>一様な環境光の割合。ポイントライトには 1 - 比率 の重みが掛かります。SH がオンのときは SH の放射照度が一様な環境光に代わり、比率はポイントライトの重みにだけ使われます。</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>比率:</translation>
    </message>
    <message>
        <source>Link RGB</source>
        <translation>RGB を連動</translation>
    </message>
    <message>
        <source>One slider per coefficient: scales red, green and blue together, keeping the tint</source>
        <translation>係数ごとにスライダー 1 本: 赤・緑・青をまとめてスケールし、色味を保ちます</translation>
    </message>
    <message>
        <source>SH coefficients</source>
        <translation>SH 係数</translation>
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
        <translation>SH 係数を変更</translation>
    </message>
    <message>
        <source>Aim the point light</source>
        <translation>ポイントライトの向きを変更</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>ライトの色</translation>
    </message>
    <message>
        <source>Apply the %1 lighting preset</source>
        <translation>照明プリセット「%1」を適用</translation>
    </message>
    <message>
        <source>az %1°  el %2°</source>
        <translation>方位 %1°  仰角 %2°</translation>
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
    <message>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>ポーズ</translation>
    </message>
    <message>
        <source>Open Capture…</source>
        <translation>キャプチャを開く…</translation>
    </message>
    <message>
        <source>The capture or project folder the avatar was made from</source>
        <translation>アバターの作成元のキャプチャまたはプロジェクトフォルダー</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>オーバーレイ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Open the capture or project folder</source>
        <translation>キャプチャまたはプロジェクトフォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>キャプチャを開けません</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Render Images…</source>
        <translation>画像をレンダリング…</translation>
    </message>
    <message>
        <source>Render the current pose, a turntable or the timeline to PNGs or a video (Ctrl+R)</source>
        <translation>現在のポーズ、ターンテーブル、タイムラインを PNG または動画にレンダリング (Ctrl+R)</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>オーバーレイ</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>View from the Capture Camera</source>
        <translation>キャプチャカメラから見る</translation>
    </message>
</context>
<context>
    <name>palma::MapInspector</name>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Albedo</source>
        <translation>アルベド</translation>
    </message>
    <message>
        <source>Normal map</source>
        <translation>法線マップ</translation>
    </message>
    <message>
        <source>The texture map to inspect</source>
        <translation>確認するテクスチャマップ</translation>
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
        <translation>すべてのカラーチャンネル</translation>
    </message>
    <message>
        <source>Red channel as grey</source>
        <translation>赤チャンネルをグレーで表示</translation>
    </message>
    <message>
        <source>Green channel as grey</source>
        <translation>緑チャンネルをグレーで表示</translation>
    </message>
    <message>
        <source>Blue channel as grey</source>
        <translation>青チャンネルをグレーで表示</translation>
    </message>
    <message>
        <source>Alpha as grey (the UV coverage when the map has no alpha)</source>
        <translation>アルファをグレーで表示（マップにアルファがない場合は UV の範囲）</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Lit relief</source>
        <translation>陰影付きの凹凸</translation>
    </message>
    <message>
        <source>Show the normal map as encoded colours or shaded by a light</source>
        <translation>法線マップをエンコードされた色で表示するか、ライトで陰影を付けて表示します</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Light azimuth (0° from the right, 90° from the top)</source>
        <translation>ライトの方位角（0° = 右から、90° = 上から）</translation>
    </message>
    <message>
        <source>Light elevation above the surface (degrees)</source>
        <translation>表面からのライトの仰角（度）</translation>
    </message>
    <message>
        <source>UV wireframe</source>
        <translation>UV ワイヤーフレーム</translation>
    </message>
    <message>
        <source>Draw the template&apos;s UV triangles over the map</source>
        <translation>テンプレートの UV 三角形をマップ上に描画</translation>
    </message>
    <message>
        <source>Opacity of the UV wireframe</source>
        <translation>UV ワイヤーフレームの不透明度</translation>
    </message>
    <message>
        <source>Texel grid</source>
        <translation>テクセルグリッド</translation>
    </message>
    <message>
        <source>Outline each texel when zoomed in far</source>
        <translation>大きく拡大したときに各テクセルの輪郭を表示</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Fit the map to the view (F)</source>
        <translation>マップをビューに合わせる (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per texel (1)</source>
        <translation>1 テクセルを画面の 1 ピクセルで表示 (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Other avatar: albedo</source>
        <translation>他のアバター: アルベド</translation>
    </message>
    <message>
        <source>Other avatar: normal map</source>
        <translation>他のアバター: 法線マップ</translation>
    </message>
    <message>
        <source>Show a second map beside this one, with zoom and pan kept in step</source>
        <translation>このマップの横に 2 つ目のマップを表示します（ズームとパンは連動）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open a second avatar folder to compare with</source>
        <translation>比較する 2 つ目のアバターフォルダーを開く</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Show |left − right| on the right</source>
        <translation>右側に |左 − 右| を表示</translation>
    </message>
    <message>
        <source>Amplify the difference</source>
        <translation>差分を強調</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the shown map as a PNG</source>
        <translation>表示中のマップを PNG で保存</translation>
    </message>
    <message>
        <source>No map to compare with: open an avatar</source>
        <translation>比較するマップがありません。アバターを開いてください</translation>
    </message>
    <message>
        <source>Other avatar: </source>
        <translation>他のアバター: </translation>
    </message>
    <message>
        <source>This avatar: </source>
        <translation>このアバター: </translation>
    </message>
    <message>
        <source>Difference |left − %1| × %2</source>
        <translation>差分 |左 − %1| × %2</translation>
    </message>
    <message>
        <source>Move the cursor over the map to read its texels.</source>
        <translation>マップ上にカーソルを置くとテクセルの値を読み取れます。</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>マップをエクスポート</translation>
    </message>
    <message>
        <source>There is no map to export: open an avatar first.</source>
        <translation>エクスポートするマップがありません。先にアバターを開いてください。</translation>
    </message>
    <message>
        <source>8 bits per channel</source>
        <translation>チャンネルあたり 8 ビット</translation>
    </message>
    <message>
        <source>16 bits per channel</source>
        <translation>チャンネルあたり 16 ビット</translation>
    </message>
    <message>
        <source>Bit depth of the PNG:</source>
        <translation>PNG のビット深度:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The map could not be exported: %1</source>
        <translation>マップをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Open an avatar to compare with</source>
        <translation>比較するアバターを開く</translation>
    </message>
    <message>
        <source>The avatar could not be opened: %1</source>
        <translation>アバターを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>palma::PosePanel</name>
    <message>
        <source>Index</source>
        <translation>人差し指</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中指</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>薬指</translation>
    </message>
    <message>
        <source>Pinky</source>
        <translation>小指</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>親指</translation>
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
        <translation>屈曲</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>開き</translation>
    </message>
    <message>
        <source>twist</source>
        <translation>ねじれ</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <source>Straighten every finger (the rest pose); the wrist and position stay</source>
        <translation>すべての指を伸ばします（レストポーズ）。手首と位置はそのままです</translation>
    </message>
    <message>
        <source>%1 %2: %3 (degrees, within the joint&apos;s limits)</source>
        <translation>%1 %2: %3（度、関節の可動域内）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Straighten this finger</source>
        <translation>この指を伸ばす</translation>
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
        <translation>タイムラインで再生する内容: キャプチャしたポーズ、ポーズプリセット、またはアニメーション</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>最初のフレーム (Home)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>前のフレーム (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>再生/一時停止 (Space)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>次のフレーム (→)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>最後のフレーム (End)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Captured poses</source>
        <translation>キャプチャしたポーズ</translation>
    </message>
    <message>
        <source>Pose presets</source>
        <translation>ポーズプリセット</translation>
    </message>
    <message>
        <source>Animation: %1</source>
        <translation>アニメーション: %1</translation>
    </message>
    <message>
        <source>frame %1 (source frame %2)</source>
        <translation>フレーム %1（元フレーム %2）</translation>
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
        <translation>アバターなし</translation>
    </message>
</context>
<context>
    <name>palma::RenderDialog</name>
    <message>
        <source>Render images</source>
        <translation>画像をレンダリング</translation>
    </message>
    <message>
        <source>Current pose</source>
        <translation>現在のポーズ</translation>
    </message>
    <message>
        <source>Turntable of the current pose</source>
        <translation>現在のポーズのターンテーブル</translation>
    </message>
    <message>
        <source>Timeline sequence</source>
        <translation>タイムラインのシーケンス</translation>
    </message>
    <message>
        <source>Captured motion (capture cameras)</source>
        <translation>キャプチャした動き（キャプチャ時のカメラ）</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>手のひら</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>手の甲</translation>
    </message>
    <message>
        <source>Side (thumb)</source>
        <translation>側面（親指側）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>A folder for PNG frames, or a video file (.mp4, .avi)</source>
        <translation>PNG フレーム用のフォルダー、または動画ファイル (.mp4, .avi)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder for PNG frames</source>
        <translation>PNG フレーム用のフォルダーを選択</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>View</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Turntable frames</source>
        <translation>ターンテーブルのフレーム数</translation>
    </message>
    <message>
        <source>Video frame rate</source>
        <translation>動画のフレームレート</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>PNG フレーム用のフォルダー</translation>
    </message>
    <message>
        <source>Open an avatar first</source>
        <translation>先にアバターを開いてください</translation>
    </message>
    <message>
        <source>there is no timeline sequence to render</source>
        <translation>レンダリングするタイムラインのシーケンスがありません</translation>
    </message>
    <message>
        <source>a render is already running</source>
        <translation>すでにレンダリング中です</translation>
    </message>
    <message>
        <source>no avatar to render</source>
        <translation>レンダリングするアバターがありません</translation>
    </message>
    <message>
        <source>choose where to write the frames (a folder or a video file)</source>
        <translation>フレームの書き出し先（フォルダーまたは動画ファイル）を選んでください</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>レンダリング中…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Rendered %1 frames (%2 ms per frame): %3</source>
        <translation>%1 フレームをレンダリングしました（1 フレームあたり %2 ms）: %3</translation>
    </message>
    <message>
        <source>Render stopped: %1</source>
        <translation>レンダリングを停止しました: %1</translation>
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
    <name>palma::ShPreview</name>
    <message>
        <source>Irradiance of the spherical-harmonics lighting on a white sphere</source>
        <translation>白い球に当たる球面調和関数ライティングの放射照度</translation>
    </message>
    <message>
        <source>SH off</source>
        <translation>SH オフ</translation>
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
