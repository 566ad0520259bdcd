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
    <name>palma::CaptureFilmStrip</name>
    <message>
        <source>Drag the yellow handles to trim the frame range; click a frame to show it.
Left/Right: step, I/O: start/end the range at the current frame</source>
        <translation>ドラッグして黄色いハンドルでフレーム範囲をトリミングし、フレームをクリックすると表示します。
←/→: 1 フレーム移動、I/O: 現在のフレームを範囲の開始/終了に設定</translation>
    </message>
    <message>
        <source>The source&apos;s frames appear here</source>
        <translation>ソースのフレームがここに表示されます</translation>
    </message>
</context>
<context>
    <name>palma::CapturePage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Capture&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;撮影&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a video or an image folder, drop one onto this page, or record with the webcam.</source>
        <translation>動画または画像フォルダーを開くか、このページにドロップするか、Web カメラで録画してください。</translation>
    </message>
    <message>
        <source>Open Video…</source>
        <translation>動画を開く…</translation>
    </message>
    <message>
        <source>Open Image Folder…</source>
        <translation>画像フォルダーを開く…</translation>
    </message>
    <message>
        <source>No source yet.

Open a video (mp4, mov, m4v, avi, mkv, webm) or a folder of images, or drop one here.</source>
        <translation>ソースがまだありません。

動画 (mp4, mov, m4v, avi, mkv, webm) または画像フォルダーを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Set First</source>
        <translation>開始に設定</translation>
    </message>
    <message>
        <source>Start the range at the current frame (I on the filmstrip)</source>
        <translation>現在のフレームを範囲の開始にします（フィルムストリップで I）</translation>
    </message>
    <message>
        <source>Set Last</source>
        <translation>終了に設定</translation>
    </message>
    <message>
        <source>End the range at the current frame (O on the filmstrip)</source>
        <translation>現在のフレームを範囲の終了にします（フィルムストリップで O）</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>The first frame used (source frame number, from 0)</source>
        <translation>使用する最初のフレーム（ソースのフレーム番号、0 から）</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>終了(&amp;L):</translation>
    </message>
    <message>
        <source>The last frame used (inclusive)</source>
        <translation>使用する最後のフレーム（このフレームを含む）</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Use every n-th frame of the range, counted from the first</source>
        <translation>範囲内で n フレームごとに 1 フレームを使用します（最初のフレームから数えます）</translation>
    </message>
    <message>
        <source>&amp;Max frames:</source>
        <translation>最大フレーム数(&amp;M):</translation>
    </message>
    <message>
        <source>Stop after this many frames (0: no limit)</source>
        <translation>このフレーム数に達したら打ち切ります（0: 制限なし）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Use every n-th frame. Auto spreads at most %1 frames over the range (a few dozen frames cover a hand turning; more only make the fit slower).</source>
        <translation>n フレームごとに 1 フレームを使用します。自動では範囲全体に最大 %1 フレームを均等に割り当てます（手の回転をカバーするには数十フレームで十分です。それ以上増やしてもフィッティングが遅くなるだけです）。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>No source.</source>
        <translation>ソースなし。</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Web カメラ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>カメラを再検索</translation>
    </message>
    <message>
        <source>Start Camera</source>
        <translation>カメラを起動</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>録画</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>The folder recordings are written to</source>
        <translation>録画の書き出し先フォルダー</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder for recordings</source>
        <translation>録画用のフォルダーを選択</translation>
    </message>
    <message>
        <source>Keypoints and masks (optional)</source>
        <translation>キーポイントとマスク（任意）</translation>
    </message>
    <message>
        <source>Keypoints File…</source>
        <translation>キーポイントファイル…</translation>
    </message>
    <message>
        <source>2D hand keypoints: MediaPipe-style JSON, OpenPose JSON (file or folder) or palma-keypoints</source>
        <translation>2D 手キーポイント: MediaPipe 形式の JSON、OpenPose JSON（ファイルまたはフォルダー）、または palma-keypoints</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Masks Folder…</source>
        <translation>マスクフォルダー…</translation>
    </message>
    <message>
        <source>A folder of PNG masks, one per selected frame (white = hand); without it the built-in segmentation makes them</source>
        <translation>PNG マスクのフォルダー。選択した各フレームに 1 枚（白 = 手）。指定しない場合は内蔵のセグメンテーションで作成します</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <source>Automatic: from the keypoint file, or guessed from the keypoints</source>
        <translation>自動: キーポイントファイルから取得、またはキーポイントから推定</translation>
    </message>
    <message>
        <source>Hand:</source>
        <translation>手:</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>クロップ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of the square images the reconstruction sees (448 is the default)</source>
        <translation>再構成で使用する正方形画像の一辺の長さ（既定は 448）</translation>
    </message>
    <message>
        <source>Working size:</source>
        <translation>作業サイズ:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Space added around the hand on each side, as a share of the hand&apos;s size</source>
        <translation>手の各辺の周囲に追加する余白（手のサイズに対する割合）</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>マージン:</translation>
    </message>
    <message>
        <source>Prepare Project</source>
        <translation>プロジェクトを準備</translation>
    </message>
    <message>
        <source>Decode the selected frames, crop them around the hand and make the project</source>
        <translation>選択したフレームをデコードし、手の周囲でクロップしてプロジェクトを作成します</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>動画を開く</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>動画 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the keypoints belong to its frames.</source>
        <translation>先に動画または画像フォルダーを開いてください。キーポイントはそのフレームに対応します。</translation>
    </message>
    <message>
        <source>Keypoints File</source>
        <translation>キーポイントファイル</translation>
    </message>
    <message>
        <source>Keypoints (*.json);;All files (*)</source>
        <translation>キーポイント (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the masks belong to its frames.</source>
        <translation>先に動画または画像フォルダーを開いてください。マスクはそのフレームに対応します。</translation>
    </message>
    <message>
        <source>Masks Folder</source>
        <translation>マスクフォルダー</translation>
    </message>
    <message>
        <source>No video file or image folder was given.</source>
        <translation>動画ファイルまたは画像フォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The previous source (%1) is still open.</source>
        <translation>前のソース (%1) がまだ開いています。</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>デコード中…</translation>
    </message>
    <message>
        <source>Keypoints found next to it: %1.</source>
        <translation>隣にキーポイントが見つかりました: %1。</translation>
    </message>
    <message>
        <source>%1 lies next to it but could not be used as keypoints (see Keypoints).</source>
        <translation>%1 が隣にありますが、キーポイントとして使用できませんでした（「キーポイント」を参照）。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>Video, %1 × %2 pixels</source>
        <translation>動画、%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Rotated %1° clockwise (from the file&apos;s rotation tag)</source>
        <translation>時計回りに %1° 回転（ファイルの回転タグに基づく）</translation>
    </message>
    <message>
        <source>%1 fps, %2 frames, %3</source>
        <translation>%1 fps、%2 フレーム、%3</translation>
    </message>
    <message>
        <source>Frame count unknown until decoded</source>
        <translation>フレーム数はデコードするまで不明</translation>
    </message>
    <message>
        <source>Image folder, %1 × %2 pixels</source>
        <translation>画像フォルダー、%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>画像 1 枚</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>画像 %1 枚</translation>
    </message>
    <message>
        <source>timed at %1 fps</source>
        <translation>%1 fps として計時</translation>
    </message>
    <message>
        <source>Prepared at %1 × %2 (downscaled to at most 1920 pixels)</source>
        <translation>%1 × %2 で準備（最大 1920 ピクセルに縮小）</translation>
    </message>
    <message>
        <source>No frames selected</source>
        <translation>フレームが選択されていません</translation>
    </message>
    <message>
        <source>1 frame selected</source>
        <translation>1 フレームを選択</translation>
    </message>
    <message>
        <source>%1 frames selected (one in %2)</source>
        <translation>%1 フレームを選択（%2 フレームごと）</translation>
    </message>
    <message>
        <source>%1 frames selected</source>
        <translation>%1 フレームを選択</translation>
    </message>
    <message>
        <source>Frames %1 to %2, %3 of video</source>
        <translation>フレーム %1 ～ %2、動画の %3</translation>
    </message>
    <message>
        <source>Stop Camera</source>
        <translation>カメラを停止</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>録画を停止</translation>
    </message>
    <message>
        <source>None: place keypoints on the Prepare page, or put %1 next to the source.</source>
        <translation>なし: 準備ページでキーポイントを配置するか、ソースの隣に %1 を置いてください。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Keypoints not used: %1</source>
        <translation>キーポイントは使用されません: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 with a hand</source>
        <translation>%1: %2 行、うち手あり %3 行</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>No masks: the built-in segmentation makes them.</source>
        <translation>マスクなし: 内蔵のセグメンテーションで作成します。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder %1 contains no PNG masks.</source>
        <translation>フォルダー %1 に PNG マスクがありません。</translation>
    </message>
    <message>
        <source>%1 is not a PNG mask or a folder of them.</source>
        <translation>%1 は PNG マスクでも、そのフォルダーでもありません。</translation>
    </message>
    <message>
        <source>Masks not used: %1</source>
        <translation>マスクは使用されません: %1</translation>
    </message>
    <message>
        <source>%1: %2 PNG masks</source>
        <translation>%1: PNG マスク %2 枚</translation>
    </message>
    <message>
        <source>(the selection has %1 frames; they must match)</source>
        <translation>（選択範囲は %1 フレームです。数が一致する必要があります）</translation>
    </message>
    <message>
        <source>The square crop around the hand is shown on the preview once a source is open.</source>
        <translation>ソースを開くと、手の周囲の正方形クロップがプレビューに表示されます。</translation>
    </message>
    <message>
        <source>No keypoints yet: the crop will follow the hand once keypoints are placed on the Prepare page. The crops are %1 × %1 pixels.</source>
        <translation>キーポイントがまだありません: 準備ページでキーポイントを配置すると、クロップが手に追従します。クロップは %1 × %1 ピクセルです。</translation>
    </message>
    <message>
        <source>The keypoint file lists %1 frames, but the selection reaches frame %2: shorten the range, or preparing stops with an error.</source>
        <translation>キーポイントファイルには %1 フレームしかありませんが、選択範囲はフレーム %2 まであります。範囲を短くしてください。このままでは準備がエラーで停止します。</translation>
    </message>
    <message>
        <source>No crop: %1</source>
        <translation>クロップなし: %1</translation>
    </message>
    <message>
        <source>The green square is the crop for this frame; the inset is the image the reconstruction sees.</source>
        <translation>緑の正方形がこのフレームのクロップです。はめ込み画像は再構成で使用される画像です。</translation>
    </message>
    <message>
        <source>Frames without keypoints in the file get tracked keypoints when preparing, so their crop may still move a little.</source>
        <translation>ファイル内でキーポイントのないフレームは準備時にキーポイントがトラッキングされるため、クロップが少し動くことがあります。</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>フレーム %1 / %2</translation>
    </message>
    <message>
        <source>Decoding thumbnails…</source>
        <translation>サムネイルをデコード中…</translation>
    </message>
    <message>
        <source>Decoding thumbnails… frame %1 of %2</source>
        <translation>サムネイルをデコード中… フレーム %1 / %2</translation>
    </message>
    <message>
        <source>The video ends after %1 frames although it announces %2; the file may be truncated or damaged. Only the frames that exist can be used.</source>
        <translation>動画は %2 フレームと示していますが、%1 フレームで終わっています。ファイルが途中で切れているか破損している可能性があります。使用できるのは実在するフレームのみです。</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>デコードを停止しました: %1</translation>
    </message>
    <message>
        <source>Thumbnails of one frame in %1.</source>
        <translation>%1 フレームごとのサムネイル。</translation>
    </message>
    <message>
        <source>All %1 frames decoded.</source>
        <translation>全 %1 フレームをデコードしました。</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>カメラが見つかりません</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>カメラが見つかりません。</translation>
    </message>
    <message>
        <source>Connect a webcam and press Refresh.</source>
        <translation>Web カメラを接続して「更新」を押してください。</translation>
    </message>
    <message>
        <source>Start the camera to see its picture, then Record. The recording becomes the source when you stop.</source>
        <translation>カメラを起動して映像を確認してから「録画」を押してください。録画を停止すると、それがソースになります。</translation>
    </message>
    <message>
        <source>Recording… %1 frames</source>
        <translation>録画中… %1 フレーム</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 を起動中…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 が動作中です。</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>カメラを停止しました。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>録画を終了しています…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recording.</source>
        <translation>録画用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>No video encoder is available to record with (install the GStreamer plug-ins).</source>
        <translation>録画に使える動画エンコーダーがありません（GStreamer プラグインをインストールしてください）。</translation>
    </message>
    <message>
        <source>Recording to %1…</source>
        <translation>%1 に録画中…</translation>
    </message>
    <message>
        <source>Folder for Recordings</source>
        <translation>録画用のフォルダー</translation>
    </message>
    <message>
        <source>Recorded %1; it is now the source.</source>
        <translation>%1 を録画しました。これが現在のソースです。</translation>
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
        <translation>ライブ</translation>
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
    <name>palma::FitPreviewView</name>
    <message>
        <source>The input frame and the current render appear here while the reconstruction runs.</source>
        <translation>再構成の実行中、入力フレームと現在のレンダリングがここに表示されます。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>レンダリング</translation>
    </message>
    <message>
        <source>Render over input (%1%)</source>
        <translation>入力にレンダリングを重ねて表示 (%1%)</translation>
    </message>
    <message>
        <source>|Input - render| x %1, mean %2%</source>
        <translation>|入力 - レンダリング| x %1、平均 %2%</translation>
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
    <name>palma::FrameFilmstrip</name>
    <message>
        <source>Frame %1: no problems found</source>
        <translation>フレーム %1: 問題なし</translation>
    </message>
    <message>
        <source>Frame %1:
%2</source>
        <translation>フレーム %1:
%2</translation>
    </message>
</context>
<context>
    <name>palma::GuideWindow</name>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma Studio ガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+→)</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>ページ内を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>palma::HandOverlayView</name>
    <message>
        <source>No frame</source>
        <translation>フレームなし</translation>
    </message>
    <message>
        <source>Opacity of the fitted hand drawn over the frame</source>
        <translation>フレームに重ねて描画する、フィットした手の不透明度</translation>
    </message>
    <message>
        <source>Hand opacity</source>
        <translation>手の不透明度</translation>
    </message>
    <message>
        <source>Zoom to hand</source>
        <translation>手にズーム</translation>
    </message>
    <message>
        <source>Show the hand and its keypoints enlarged instead of the whole frame</source>
        <translation>フレーム全体ではなく、手とそのキーポイントを拡大表示します</translation>
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
        <translation>レンダリングプレビューを表示</translation>
    </message>
    <message>
        <source>Show the pose as the engine&apos;s differentiable renderer draws it, beside the 3D view, through the same camera</source>
        <translation>エンジンの微分可能レンダラーが描いたポーズを、同じカメラで 3D ビューの横に表示します</translation>
    </message>
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
    <name>palma::KeypointFrameView</name>
    <message>
        <source>Wrist</source>
        <translation>手首</translation>
    </message>
    <message>
        <source>Thumb CMC</source>
        <translation>親指 CMC</translation>
    </message>
    <message>
        <source>Thumb MCP</source>
        <translation>親指 MCP</translation>
    </message>
    <message>
        <source>Thumb IP</source>
        <translation>親指 IP</translation>
    </message>
    <message>
        <source>Thumb tip</source>
        <translation>親指 先端</translation>
    </message>
    <message>
        <source>Index MCP</source>
        <translation>人差し指 MCP</translation>
    </message>
    <message>
        <source>Index PIP</source>
        <translation>人差し指 PIP</translation>
    </message>
    <message>
        <source>Index DIP</source>
        <translation>人差し指 DIP</translation>
    </message>
    <message>
        <source>Index tip</source>
        <translation>人差し指 先端</translation>
    </message>
    <message>
        <source>Middle MCP</source>
        <translation>中指 MCP</translation>
    </message>
    <message>
        <source>Middle PIP</source>
        <translation>中指 PIP</translation>
    </message>
    <message>
        <source>Middle DIP</source>
        <translation>中指 DIP</translation>
    </message>
    <message>
        <source>Middle tip</source>
        <translation>中指 先端</translation>
    </message>
    <message>
        <source>Ring MCP</source>
        <translation>薬指 MCP</translation>
    </message>
    <message>
        <source>Ring PIP</source>
        <translation>薬指 PIP</translation>
    </message>
    <message>
        <source>Ring DIP</source>
        <translation>薬指 DIP</translation>
    </message>
    <message>
        <source>Ring tip</source>
        <translation>薬指 先端</translation>
    </message>
    <message>
        <source>Little MCP</source>
        <translation>小指 MCP</translation>
    </message>
    <message>
        <source>Little PIP</source>
        <translation>小指 PIP</translation>
    </message>
    <message>
        <source>Little DIP</source>
        <translation>小指 DIP</translation>
    </message>
    <message>
        <source>Little tip</source>
        <translation>小指 先端</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>点を削除</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>隠れている</translation>
    </message>
    <message>
        <source>The point is hidden; its position is a guess and counts half in the fit</source>
        <translation>この点は隠れています。位置は推定で、フィッティングでの重みは半分になります</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>ビューに合わせる</translation>
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
    <name>palma::LossPlot</name>
    <message>
        <source>iteration %1</source>
        <translation>イテレーション %1</translation>
    </message>
    <message>
        <source>iteration %1 (%2)</source>
        <translation>イテレーション %1 (%2)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>Losses appear here while the reconstruction runs.</source>
        <translation>再構成の実行中、損失がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
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
    <message>
        <source>The avatar is ready: %1</source>
        <translation>アバターの準備ができました: %1</translation>
    </message>
    <message>
        <source>3D Hand</source>
        <translation>3D ハンド</translation>
    </message>
    <message>
        <source>Project %1: %2 frames, %3 with keypoints%4</source>
        <translation>プロジェクト %1: %2 フレーム、キーポイントあり %3%4</translation>
    </message>
    <message>
        <source> (unsaved edits)</source>
        <translation>（未保存の編集あり）</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>%1[*] — Palma Studio</source>
        <translation>%1[*] — Palma Studio</translation>
    </message>
    <message>
        <source>Reconstruction running</source>
        <translation>再構成を実行中</translation>
    </message>
    <message>
        <source>A reconstruction is running. Stop it and quit? The last good avatar is saved, and the run can be resumed when the project is opened again.</source>
        <translation>再構成を実行中です。停止して終了しますか? 最後の正常なアバターは保存され、プロジェクトを再度開くと実行を再開できます。</translation>
    </message>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma Studio ガイド</translation>
    </message>
    <message>
        <source>The user guide, at the section about this page (F1)</source>
        <translation>このページについての節を開いたユーザーガイド (F1)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guide: Help &gt; Palma Studio Guide (F1).&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %1, VTK %2 and LibTorch %3 (Help &gt; About Qt for Qt&apos;s licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;ガイド：ヘルプ &gt; Palma Studio ガイド (F1)。&lt;/p&gt;&lt;p&gt;Apache License 2.0 の下でライセンスされています。Qt %1、VTK %2、LibTorch %3 で構築（Qt のライセンスはヘルプ &gt; Qt について）。&lt;/p&gt;</translation>
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
    <name>palma::PoseInitPanel</name>
    <message>
        <source>Fit initialisation</source>
        <translation>初期姿勢をフィット</translation>
    </message>
    <message>
        <source>Fit the 3D hand to the keypoints of every frame (frames you corrected are kept)</source>
        <translation>すべてのフレームのキーポイントに 3D ハンドをフィットします（手動で修正したフレームは保持されます）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Mean distance between the fitted hand&apos;s keypoints and the frame&apos;s keypoints</source>
        <translation>フィットした手のキーポイントとフレームのキーポイントとの平均距離</translation>
    </message>
    <message>
        <source>Hand orientation</source>
        <translation>手の向き</translation>
    </message>
    <message>
        <source>tilt (x)</source>
        <translation>傾き (x)</translation>
    </message>
    <message>
        <source>turn (y)</source>
        <translation>回転 (y)</translation>
    </message>
    <message>
        <source>roll (z)</source>
        <translation>ロール (z)</translation>
    </message>
    <message>
        <source>Rotation of the whole hand about the camera&apos;s axis (degrees); the wrist stays</source>
        <translation>カメラ軸まわりの手全体の回転（度）。手首は固定されます</translation>
    </message>
    <message>
        <source>Flip palm</source>
        <translation>手のひらを反転</translation>
    </message>
    <message>
        <source>Turn the hand 180° about its long axis (palm &lt;-&gt; back of the hand)</source>
        <translation>手を長軸まわりに 180° 回転します（手のひら &lt;-&gt; 手の甲）</translation>
    </message>
    <message>
        <source>The saved initialisation has %1 frames, the project %2: fit it again.</source>
        <translation>保存済みの初期姿勢は %1 フレーム、プロジェクトは %2 フレームです。もう一度フィットしてください。</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>先にプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>The frames are still being decoded; fit again in a moment.</source>
        <translation>フレームはまだデコード中です。少し待ってからもう一度フィットしてください。</translation>
    </message>
    <message>
        <source>Fitting the initialisation...</source>
        <translation>初期姿勢をフィット中...</translation>
    </message>
    <message>
        <source>Fitting: %1</source>
        <translation>フィット中: %1</translation>
    </message>
    <message>
        <source>The fit was cancelled; the initialisation is unchanged.</source>
        <translation>フィットをキャンセルしました。初期姿勢は変更されていません。</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>フィットに失敗しました: %1</translation>
    </message>
    <message>
        <source>Re-fit initialisation</source>
        <translation>初期姿勢を再フィット</translation>
    </message>
    <message>
        <source>Adjust %1 %2 %3</source>
        <translation>%1 %2 %3 を調整</translation>
    </message>
    <message>
        <source>Rotate hand</source>
        <translation>手を回転</translation>
    </message>
    <message>
        <source>Re-fit</source>
        <translation>再フィット</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>Frame %1: fit the initialisation to edit its pose.</source>
        <translation>フレーム %1: ポーズを編集するには初期姿勢をフィットしてください。</translation>
    </message>
    <message>
        <source>Frame %1 has too few keypoints; it is not part of the reconstruction.</source>
        <translation>フレーム %1 はキーポイントが少なすぎるため、再構成に含まれません。</translation>
    </message>
    <message>
        <source>Frame %1 (corrected by hand)</source>
        <translation>フレーム %1（手動で修正済み）</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>フレーム %1</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Frame %1: not fitted (too few keypoints)</source>
        <translation>フレーム %1: 未フィット（キーポイントが少なすぎます）</translation>
    </message>
    <message>
        <source>Frame %1: no keypoints to compare</source>
        <translation>フレーム %1: 比較するキーポイントがありません</translation>
    </message>
    <message>
        <source>Frame %1: %2 px</source>
        <translation>フレーム %1: %2 px</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation>（修正済み）</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <source>The saved initialisation could not be read: %1</source>
        <translation>保存済みの初期姿勢を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No initialisation yet: Fit initialisation places the 3D hand on every frame.</source>
        <translation>初期姿勢はまだありません: 「初期姿勢をフィット」ですべてのフレームに 3D ハンドを配置します。</translation>
    </message>
    <message>
        <source>The keypoints changed since the fit: Re-fit to update the initialisation (the reconstruction would fit it again from the keypoints).</source>
        <translation>フィット後にキーポイントが変更されました: 「再フィット」で初期姿勢を更新してください（再構成ではキーポイントから改めてフィットされます）。</translation>
    </message>
    <message>
        <source>Initialisation of %1 frames, mean error %2 px, %3 corrected by hand.</source>
        <translation>%1 フレームの初期姿勢、平均誤差 %2 px、手動修正 %3 フレーム。</translation>
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
    <name>palma::PreparePage</name>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Place point</source>
        <translation>点を配置</translation>
    </message>
    <message>
        <source>Hand brush</source>
        <translation>手ブラシ</translation>
    </message>
    <message>
        <source>Background brush</source>
        <translation>背景ブラシ</translation>
    </message>
    <message>
        <source>Drag keypoints; right-click a point to delete it or mark it occluded (Esc)</source>
        <translation>キーポイントをドラッグします。点を右クリックすると、削除または隠れている点としてマークできます (Esc)</translation>
    </message>
    <message>
        <source>Click to place the joint chosen in the list</source>
        <translation>クリックして、リストで選択した関節を配置します</translation>
    </message>
    <message>
        <source>Paint over the hand where the mask misses it; the frame is segmented again when you release</source>
        <translation>マスクから漏れている手の部分を塗ります。ボタンを離すとフレームが再度セグメンテーションされます</translation>
    </message>
    <message>
        <source>Paint over background the mask wrongly includes; the frame is segmented again when you release</source>
        <translation>マスクに誤って含まれている背景を塗ります。ボタンを離すとフレームが再度セグメンテーションされます</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Show the whole frame (F); the wheel zooms, the middle button or Space + drag pans</source>
        <translation>フレーム全体を表示 (F)。ホイールでズーム、中ボタンまたは Space + ドラッグでパン</translation>
    </message>
    <message>
        <source>Next problem frame</source>
        <translation>次の問題フレーム</translation>
    </message>
    <message>
        <source>Go to the next frame flagged in the filmstrip</source>
        <translation>フィルムストリップでフラグが付いた次のフレームへ移動</translation>
    </message>
    <message>
        <source>No frame is flagged.</source>
        <translation>フラグが付いたフレームはありません。</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>キーポイント</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>関節</translation>
    </message>
    <message>
        <source>The joint to select, or to place with the Place tool</source>
        <translation>選択する関節、または「点を配置」ツールで配置する関節</translation>
    </message>
    <message>
        <source>Place next missing joint</source>
        <translation>次の未配置の関節を配置</translation>
    </message>
    <message>
        <source>Click in the frame to place each missing joint in turn</source>
        <translation>フレーム内をクリックして、未配置の関節を順に配置します</translation>
    </message>
    <message>
        <source>After placing, go to the next missing joint</source>
        <translation>配置後、次の未配置の関節に進む</translation>
    </message>
    <message>
        <source>Place hand</source>
        <translation>手を配置</translation>
    </message>
    <message>
        <source>Drop an open hand on a frame without keypoints, then drag the points that are off</source>
        <translation>キーポイントのないフレームに開いた手を置き、ずれている点をドラッグします</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>点を削除</translation>
    </message>
    <message>
        <source>Remove the selected point (Del); tracking leaves it out</source>
        <translation>選択した点を削除します (Del)。トラッキングでは除外されます</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>隠れている</translation>
    </message>
    <message>
        <source>The selected point is hidden and its position guessed: it counts half in the fit</source>
        <translation>選択した点は隠れていて、位置は推定です。フィッティングでの重みは半分になります</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>手</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Show mask</source>
        <translation>マスクを表示</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Filled and outline</source>
        <translation>塗りつぶしと輪郭</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in frame pixels</source>
        <translation>ブラシ半径（フレームのピクセル単位）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Clear scribbles</source>
        <translation>ストロークを消去</translation>
    </message>
    <message>
        <source>Forget this frame&apos;s brush strokes (the mask stays as it is)</source>
        <translation>このフレームのブラシストロークを破棄します（マスクはそのまま残ります）</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>トラッキング</translation>
    </message>
    <message>
        <source>Track from here</source>
        <translation>ここからトラッキング</translation>
    </message>
    <message>
        <source>Follow this frame&apos;s points forward to the next frame you edited, or to the end</source>
        <translation>このフレームの点を、次に編集したフレームまたは最後まで順方向に追跡します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Propagate to next</source>
        <translation>後続に伝播</translation>
    </message>
    <message>
        <source>Copy this frame&apos;s points into the next frames (your own points there stay)</source>
        <translation>このフレームの点を後続のフレームにコピーします（そこで自分で配置した点は保持されます）</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> フレーム</translation>
    </message>
    <message>
        <source>Interpolate keyframes</source>
        <translation>キーフレームを補間</translation>
    </message>
    <message>
        <source>Fill every joint between two frames where you placed it by linear interpolation</source>
        <translation>関節を配置した 2 つのフレームの間を、すべての関節について線形補間で埋めます</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt;: filled dot = yours, square = imported, ring = tracked or interpolated, half dot = occluded, red dashed ring = low confidence.</source>
        <translation>&lt;b&gt;点&lt;/b&gt;: 塗りつぶしの点 = 自分で配置、四角 = 読み込み、リング = トラッキングまたは補間、半分の点 = 隠れている、赤い破線のリング = 低信頼度。</translation>
    </message>
    <message>
        <source>Frame %1 (%2 of %3)</source>
        <translation>フレーム %1（%2 / %3）</translation>
    </message>
    <message>
        <source>Open or create a project to check its keypoints and masks.
File &gt; Open Project…, or prepare a capture on the Capture page.</source>
        <translation>プロジェクトを開くか作成して、キーポイントとマスクを確認してください。
ファイル &gt; プロジェクトを開く… を使うか、撮影ページでキャプチャを準備してください。</translation>
    </message>
    <message>
        <source>The project has no frames.</source>
        <translation>プロジェクトにフレームがありません。</translation>
    </message>
    <message>
        <source>The frames could not be read:
%1</source>
        <translation>フレームを読み込めませんでした:
%1</translation>
    </message>
    <message>
        <source>Decoding frames… %1 of %2</source>
        <translation>フレームをデコード中… %1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>トラッキング</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自分で配置</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>補間</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>伝播</translation>
    </message>
    <message>
        <source>%1: (%2, %3), %4, confidence %5</source>
        <translation>%1: (%2, %3)、%4、信頼度 %5</translation>
    </message>
    <message>
        <source>%1 of 21 points present</source>
        <translation>21 点中 %1 点あり</translation>
    </message>
    <message>
        <source>Guessed from the keypoints: please confirm.</source>
        <translation>キーポイントから推定しました。確認してください。</translation>
    </message>
    <message>
        <source>Not known yet (Right is assumed): choose the hand the video shows.</source>
        <translation>まだ不明です（右手と仮定）：動画に映っている手を選んでください。</translation>
    </message>
    <message>
        <source>No keypoints</source>
        <translation>キーポイントなし</translation>
    </message>
    <message>
        <source>%1 of %2 keypoints missing</source>
        <translation>%2 個中 %1 個のキーポイントが欠落</translation>
    </message>
    <message>
        <source>Low keypoint confidence (mean %1)</source>
        <translation>キーポイントの信頼度が低い（平均 %1）</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>マスクなし</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>%1 を配置</translation>
    </message>
    <message>
        <source>Every joint of this frame is placed.</source>
        <translation>このフレームのすべての関節が配置されています。</translation>
    </message>
    <message>
        <source>Mark point occluded</source>
        <translation>点を隠れているとしてマーク</translation>
    </message>
    <message>
        <source>Mark point visible</source>
        <translation>点を見えているとしてマーク</translation>
    </message>
    <message>
        <source>The frame is not decoded yet.</source>
        <translation>フレームはまだデコードされていません。</translation>
    </message>
    <message>
        <source>This frame already has keypoints: Place hand is for frames without any.</source>
        <translation>このフレームにはすでにキーポイントがあります。「手を配置」はキーポイントのないフレーム用です。</translation>
    </message>
    <message>
        <source>This is the last frame.</source>
        <translation>これが最後のフレームです。</translation>
    </message>
    <message>
        <source>This frame has no keypoints to propagate.</source>
        <translation>このフレームには伝播するキーポイントがありません。</translation>
    </message>
    <message>
        <source>This frame has no keypoints to track: place them first.</source>
        <translation>このフレームにはトラッキングするキーポイントがありません。先に配置してください。</translation>
    </message>
    <message>
        <source>The next frame is one you edited: nothing to track.</source>
        <translation>次のフレームは編集済みです。トラッキングするものはありません。</translation>
    </message>
    <message>
        <source>The frames are still being decoded; try again in a moment.</source>
        <translation>フレームはまだデコード中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Tracking… %p%</source>
        <translation>トラッキング中… %p%</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Tracking failed: %1</source>
        <translation>トラッキングに失敗しました: %1</translation>
    </message>
    <message>
        <source>Track from frame %1</source>
        <translation>フレーム %1 からトラッキング</translation>
    </message>
    <message>
        <source>Tracked %1 frames</source>
        <translation>%1 フレームをトラッキングしました</translation>
    </message>
    <message>
        <source>Segmenting frame %1…</source>
        <translation>フレーム %1 をセグメンテーション中…</translation>
    </message>
    <message>
        <source>The frame could not be segmented: %1</source>
        <translation>フレームをセグメンテーションできませんでした: %1</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>ブラシストローク</translation>
    </message>
    <message>
        <source>Mask of frame %1 updated.</source>
        <translation>フレーム %1 のマスクを更新しました。</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a left hand.</source>
        <translation>手のひらをカメラに向けた場合、点は左手のように見えます。</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a right hand.</source>
        <translation>手のひらをカメラに向けた場合、点は右手のように見えます。</translation>
    </message>
</context>
<context>
    <name>palma::ProjectController</name>
    <message>
        <source>New Project…</source>
        <translation>新規プロジェクト…</translation>
    </message>
    <message>
        <source>Start a project from a video, an image folder or the webcam (Ctrl+N)</source>
        <translation>動画、画像フォルダー、Web カメラからプロジェクトを開始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma) (Ctrl+Shift+O)</source>
        <translation>プロジェクトフォルダー (NAME.palma) を開く (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Save the project&apos;s edits (Ctrl+S)</source>
        <translation>プロジェクトの編集内容を保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save Project As…</source>
        <translation>プロジェクトに名前を付けて保存…</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>プロジェクトを閉じる</translation>
    </message>
    <message>
        <source>Open Recent Project</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Cannot open the project &apos;%1&apos;: %2</source>
        <translation>プロジェクト &apos;%1&apos; を開けません: %2</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>未保存の編集を復元しますか?</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits from %2 that were not saved (Palma Studio did not close normally). Recover them?</source>
        <translation>プロジェクト &apos;%1&apos; には %2 時点の保存されていない編集があります（Palma Studio が正常に終了しませんでした）。復元しますか?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation>編集を復元できません</translation>
    </message>
    <message>
        <source>The autosaved edits of &apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; の自動保存された編集を読み込めません: %2</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma)</source>
        <translation>プロジェクトフォルダー (NAME.palma) を開く</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Cannot save the project &apos;%1&apos;: %2 — your edits are still here; try Save Project As.</source>
        <translation>プロジェクト &apos;%1&apos; を保存できません: %2 — 編集内容は失われていません。「プロジェクトに名前を付けて保存」をお試しください。</translation>
    </message>
    <message>
        <source>Save the project as (a new folder)</source>
        <translation>プロジェクトに名前を付けて保存（新しいフォルダー）</translation>
    </message>
    <message>
        <source>Cannot save the project as &apos;%1&apos;: %2</source>
        <translation>プロジェクトを &apos;%1&apos; として保存できません: %2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits that are not saved.</source>
        <translation>プロジェクト &apos;%1&apos; に保存されていない編集があります。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>続行する前に保存しますか?</translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; を準備中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>プロジェクトを準備中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Cannot prepare the project</source>
        <translation>プロジェクトを準備できません</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>プロジェクトが見つかりません</translation>
    </message>
    <message>
        <source>The project folder &apos;%1&apos; no longer exists; it was removed from Open Recent Project.</source>
        <translation>プロジェクトフォルダー &apos;%1&apos; はもう存在しないため、「最近使ったプロジェクト」から削除しました。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
</context>
<context>
    <name>palma::ProjectDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; is missing: put it back where it was.</source>
        <translation>プロジェクトのソース &apos;%1&apos; が見つかりません。元の場所に戻してください。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; changed since the project was made: prepare it again.</source>
        <translation>プロジェクトのソース &apos;%1&apos; はプロジェクト作成後に変更されています。もう一度準備してください。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; ended after %2 of its %3 frames: prepare it again.</source>
        <translation>プロジェクトのソース &apos;%1&apos; は %3 フレーム中 %2 フレームで終わっています。もう一度準備してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside the project: choose a folder outside it.</source>
        <translation>&apos;%1&apos; はプロジェクトの中にあります。プロジェクト外のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name.</source>
        <translation>&apos;%1&apos; はファイルです。フォルダー名を指定してください。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty: choose a new or empty folder.</source>
        <translation>フォルダー &apos;%1&apos; は空ではありません。新しいフォルダーか空のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>palma::RecentFolders</name>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
</context>
<context>
    <name>palma::ReconstructPage</name>
    <message>
        <source>Quick preview</source>
        <translation>クイックプレビュー</translation>
    </message>
    <message>
        <source>A few iterations on small images: a first look in seconds</source>
        <translation>小さな画像で数回のイテレーション: 数秒でひとまず確認</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Fewer, larger steps on 224-pixel images: minutes on a laptop (palma&apos;s demo preset)</source>
        <translation>224 ピクセルの画像で、少なく大きなステップ: ノート PC で数分（palma のデモプリセット）</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>高品質</translation>
    </message>
    <message>
        <source>HARP&apos;s full schedule at the project&apos;s working size: best results, about ten minutes for 100 frames of 448 pixels on two CPU cores</source>
        <translation>プロジェクトの作業サイズで HARP の完全なスケジュール: 最良の結果、2 コアの CPU で 448 ピクセルの 100 フレームに約 10 分</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Learning rate (geometry)</source>
        <translation>学習率（ジオメトリ）</translation>
    </message>
    <message>
        <source>Learning rate (appearance)</source>
        <translation>学習率（外観）</translation>
    </message>
    <message>
        <source>Weight: silhouette</source>
        <translation>重み: シルエット</translation>
    </message>
    <message>
        <source>Weight: keypoints 3D</source>
        <translation>重み: 3D キーポイント</translation>
    </message>
    <message>
        <source>Weight: keypoints 2D</source>
        <translation>重み: 2D キーポイント</translation>
    </message>
    <message>
        <source>Weight: photometric</source>
        <translation>重み: フォトメトリック</translation>
    </message>
    <message>
        <source>Weight: SSIM</source>
        <translation>重み: SSIM</translation>
    </message>
    <message>
        <source>Weight: displacement</source>
        <translation>重み: ディスプレイスメント</translation>
    </message>
    <message>
        <source>Weight: Laplacian</source>
        <translation>重み: ラプラシアン</translation>
    </message>
    <message>
        <source>Weight: Laplacian (part-aware)</source>
        <translation>重み: ラプラシアン（部位別）</translation>
    </message>
    <message>
        <source>Weight: normal consistency</source>
        <translation>重み: 法線の一貫性</translation>
    </message>
    <message>
        <source>Weight: edge length</source>
        <translation>重み: エッジ長</translation>
    </message>
    <message>
        <source>Weight: albedo smoothness</source>
        <translation>重み: アルベドの滑らかさ</translation>
    </message>
    <message>
        <source>Weight: normal map</source>
        <translation>重み: 法線マップ</translation>
    </message>
    <message>
        <source>Weight: shape prior</source>
        <translation>重み: 形状事前分布</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruct&lt;/b&gt;</source>
        <translation>&lt;b&gt;再構成&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>アバター:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where the avatar is written</source>
        <translation>アバターの書き出し先を選択</translation>
    </message>
    <message>
        <source>Avatar folder</source>
        <translation>アバターフォルダー</translation>
    </message>
    <message>
        <source>Palma avatar (*.palma-avatar)</source>
        <translation>Palma アバター (*.palma-avatar)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the fit and save the last good avatar; it can be resumed later</source>
        <translation>フィッティングを停止し、最後の正常なアバターを保存します。後で再開できます</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>テクスチャサイズ:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fit size:</source>
        <translation>フィッティングサイズ:</translation>
    </message>
    <message>
        <source>working size</source>
        <translation>作業サイズ</translation>
    </message>
    <message>
        <source>Frames are resized to this height for the fit (0: the project&apos;s working size)</source>
        <translation>フィッティング用にフレームをこの高さにリサイズします（0: プロジェクトの作業サイズ）</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>プリセットにリセット</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>設定を読み込み…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>設定を保存…</translation>
    </message>
    <message>
        <source>Save reconstruction config</source>
        <translation>再構成設定を保存</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>設定を %1 に保存しました</translation>
    </message>
    <message>
        <source>Load reconstruction config</source>
        <translation>再構成設定を読み込み</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>%1 から設定を読み込みました</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
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
        <source>Overlay: weight of the render over the input</source>
        <translation>オーバーレイ: 入力に重ねるレンダリングの重み</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Blend:</source>
        <translation>ブレンド:</translation>
    </message>
    <message>
        <source>Events of the fit (rollbacks, learning-rate changes, checkpoints) appear here.</source>
        <translation>フィッティングのイベント（ロールバック、学習率の変更、チェックポイント）がここに表示されます。</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>No project is open: make one on the Capture page or open one (File &gt; Open Project…).</source>
        <translation>プロジェクトが開かれていません: 撮影ページで作成するか、プロジェクトを開いてください（ファイル &gt; プロジェクトを開く…）。</translation>
    </message>
    <message>
        <source>%1 is not a capture project (it has no project.json).</source>
        <translation>%1 はキャプチャプロジェクトではありません（project.json がありません）。</translation>
    </message>
    <message>
        <source>The project has no frames yet: choose a video or images on the Capture page.</source>
        <translation>プロジェクトにまだフレームがありません: 撮影ページで動画または画像を選んでください。</translation>
    </message>
    <message>
        <source>The project has no frames with keypoints yet: place keypoints on a few frames on the Prepare page (or prepare it with a keypoint file).</source>
        <translation>プロジェクトにキーポイントのあるフレームがまだありません: 準備ページでいくつかのフレームにキーポイントを配置してください（またはキーポイントファイルを使って準備してください）。</translation>
    </message>
    <message>
        <source>The project has not been prepared, and its source %1 is missing: prepare it on the Prepare page.</source>
        <translation>プロジェクトは準備されておらず、ソース %1 も見つかりません: 準備ページで準備してください。</translation>
    </message>
    <message>
        <source>The project changed since it was prepared: it is prepared again when the run starts.</source>
        <translation>プロジェクトは準備後に変更されています: 実行開始時に改めて準備されます。</translation>
    </message>
    <message>
        <source>A previous run finished all stages but its avatar was not saved. Resume saves it; Start over discards it.</source>
        <translation>前回の実行はすべてのステージを完了しましたが、アバターが保存されていません。「再開」で保存し、「最初からやり直す」で破棄します。</translation>
    </message>
    <message>
        <source>A previous run stopped at stage %1 of %2 (%3), epoch %4, iteration %5 of the epoch. Resume continues from there; Start over discards it.</source>
        <translation>前回の実行はステージ %1 / %2 (%3)、エポック %4、エポック内イテレーション %5 で停止しました。「再開」でそこから続行し、「最初からやり直す」で破棄します。</translation>
    </message>
    <message>
        <source>Checkpoint discarded: the next run starts from the beginning.</source>
        <translation>チェックポイントを破棄しました: 次の実行は最初から始まります。</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>（変更あり）</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos;: &apos;%3&apos; is not a number.</source>
        <translation>ステージ &apos;%2&apos; の %1: &apos;%3&apos; は数値ではありません。</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be a whole number from %3 to %4.</source>
        <translation>ステージ &apos;%2&apos; の %1 は %3 ～ %4 の整数にしてください。</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be 0 or more.</source>
        <translation>ステージ &apos;%2&apos; の %1 は 0 以上にしてください。</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>実行を再開</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 残り約 %1</translation>
    </message>
    <message>
        <source>Not started: the project could not be saved.</source>
        <translation>開始できませんでした: プロジェクトを保存できませんでした。</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>プロジェクトを読み込み中…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>一時停止中 — %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開しました</translation>
    </message>
    <message>
        <source>Cancelling: the fit stops after this iteration and saves the last good avatar…</source>
        <translation>キャンセル中: このイテレーションの後でフィッティングを停止し、最後の正常なアバターを保存します…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation>一時停止中 — </translation>
    </message>
    <message>
        <source>Preparing the project: %1</source>
        <translation>プロジェクトを準備中: %1</translation>
    </message>
    <message>
        <source>Initialising from the keypoints: %1</source>
        <translation>キーポイントから初期化中: %1</translation>
    </message>
    <message>
        <source>Stage %1/%2: %3 — iteration %4/%5</source>
        <translation>ステージ %1/%2: %3 — イテレーション %4/%5</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>実行時間 %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Finished%1: the avatar was written to %2.</source>
        <translation>完了%1: アバターを %2 に書き出しました。</translation>
    </message>
    <message>
        <source> (resumed from the checkpoint)</source>
        <translation>（チェックポイントから再開）</translation>
    </message>
    <message>
        <source>Finished in %1; avatar written to %2</source>
        <translation>%1 で完了。アバターを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Cancelled: the last good avatar was written to %1. Start again to resume from the checkpoint.</source>
        <translation>キャンセルしました: 最後の正常なアバターを %1 に書き出しました。もう一度開始するとチェックポイントから再開します。</translation>
    </message>
    <message>
        <source>Cancelled; last good avatar written to %1</source>
        <translation>キャンセル。最後の正常なアバターを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Cancelled before the fit started: nothing was written.</source>
        <translation>フィッティング開始前にキャンセルしました: 何も書き出されていません。</translation>
    </message>
    <message>
        <source>Cancelled before the fit started</source>
        <translation>フィッティング開始前にキャンセルしました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The reconstruction failed: %1</source>
        <translation>再構成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
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
        <translation>再構成を実行する場所。GPU の方がはるかに高速です</translation>
    </message>
    <message>
        <source>No CUDA GPU was found: the reconstruction runs on the CPU</source>
        <translation>CUDA GPU が見つかりません。再構成は CPU で実行されます</translation>
    </message>
    <message>
        <source>This build of Palma has no CUDA kernels: the reconstruction runs on the CPU</source>
        <translation>この Palma のビルドには CUDA カーネルがありません。再構成は CPU で実行されます</translation>
    </message>
    <message>
        <source>Started: preset %1, %2 stages, on %3, project %4</source>
        <translation>開始: プリセット %1、%2 ステージ、%3 上、プロジェクト %4</translation>
    </message>
    <message>
        <source>%1; running on the CPU</source>
        <translation>%1。CPU で実行します</translation>
    </message>
    <message>
        <source>The hand being fitted appears here in 3D while the reconstruction runs.</source>
        <translation>再構成の実行中、フィット中の手がここに3Dで表示されます。</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a left hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>手が確認されていません：左手としてフィットします（違う場合は「準備」ページで手を選んでください）。</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a right hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>手が確認されていません：右手としてフィットします（違う場合は「準備」ページで手を選んでください）。</translation>
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
