<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>palma::AvatarViewport</name>
    <message>
        <source>&amp;Wireframe</source>
        <translation>线框(&amp;W)</translation>
    </message>
    <message>
        <source>Vertex &amp;normals</source>
        <translation>顶点法线(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Skeleton</source>
        <translation>骨架(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Joint axes</source>
        <translation>关节轴(&amp;J)</translation>
    </message>
    <message>
        <source>Reference &amp;floor</source>
        <translation>参考地面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Frame all</source>
        <translation>全部显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dark background</source>
        <translation>深色背景(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light background</source>
        <translation>浅色背景(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gradient background</source>
        <translation>渐变背景(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Custom background...</source>
        <translation>自定义背景(&amp;C)...</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景颜色</translation>
    </message>
</context>
<context>
    <name>palma::CaptureFilmStrip</name>
    <message>
        <source>Drag the yellow handles to trim the frame range; click a frame to show it.
Left/Right: step, I/O: start/end the range at the current frame</source>
        <translation>拖动黄色手柄以修剪帧范围；单击某一帧以显示该帧。
←/→：逐帧移动，I/O：在当前帧设置范围的起点/终点</translation>
    </message>
    <message>
        <source>The source&apos;s frames appear here</source>
        <translation>源的帧将显示在此处</translation>
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
        <translation>&lt;h2&gt;拍摄&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a video or an image folder, drop one onto this page, or record with the webcam.</source>
        <translation>打开视频或图像文件夹，将其拖放到此页面，或使用摄像头录制。</translation>
    </message>
    <message>
        <source>Open Video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <source>Open Image Folder…</source>
        <translation>打开图像文件夹…</translation>
    </message>
    <message>
        <source>No source yet.

Open a video (mp4, mov, m4v, avi, mkv, webm) or a folder of images, or drop one here.</source>
        <translation>尚无源。

打开视频（mp4、mov、m4v、avi、mkv、webm）或图像文件夹，或将其拖放到此处。</translation>
    </message>
    <message>
        <source>Set First</source>
        <translation>设为起始</translation>
    </message>
    <message>
        <source>Start the range at the current frame (I on the filmstrip)</source>
        <translation>从当前帧开始范围（在胶片条上按 I）</translation>
    </message>
    <message>
        <source>Set Last</source>
        <translation>设为结束</translation>
    </message>
    <message>
        <source>End the range at the current frame (O on the filmstrip)</source>
        <translation>在当前帧结束范围（在胶片条上按 O）</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>起始帧(&amp;F)：</translation>
    </message>
    <message>
        <source>The first frame used (source frame number, from 0)</source>
        <translation>使用的第一帧（源帧编号，从 0 开始）</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>结束帧(&amp;L)：</translation>
    </message>
    <message>
        <source>The last frame used (inclusive)</source>
        <translation>使用的最后一帧（包含该帧）</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Use every n-th frame of the range, counted from the first</source>
        <translation>从起始帧算起，每 n 帧使用一帧</translation>
    </message>
    <message>
        <source>&amp;Max frames:</source>
        <translation>最大帧数(&amp;M)：</translation>
    </message>
    <message>
        <source>Stop after this many frames (0: no limit)</source>
        <translation>达到此帧数后停止（0：不限）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Use every n-th frame. Auto spreads at most %1 frames over the range (a few dozen frames cover a hand turning; more only make the fit slower).</source>
        <translation>每 n 帧使用一帧。“自动”会在范围内均匀选取最多 %1 帧（几十帧即可覆盖手部转动；更多帧只会使拟合变慢）。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>No source.</source>
        <translation>无源。</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>重新查找摄像头</translation>
    </message>
    <message>
        <source>Start Camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>The folder recordings are written to</source>
        <translation>录像写入的文件夹</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder for recordings</source>
        <translation>选择录像的文件夹</translation>
    </message>
    <message>
        <source>Keypoints and masks (optional)</source>
        <translation>关键点和遮罩（可选）</translation>
    </message>
    <message>
        <source>Keypoints File…</source>
        <translation>关键点文件…</translation>
    </message>
    <message>
        <source>2D hand keypoints: MediaPipe-style JSON, OpenPose JSON (file or folder) or palma-keypoints</source>
        <translation>2D 手部关键点：MediaPipe 风格的 JSON、OpenPose JSON（文件或文件夹）或 palma-keypoints</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Masks Folder…</source>
        <translation>遮罩文件夹…</translation>
    </message>
    <message>
        <source>A folder of PNG masks, one per selected frame (white = hand); without it the built-in segmentation makes them</source>
        <translation>PNG 遮罩文件夹，每个所选帧一张（白色 = 手）；若不提供，则由内置分割生成遮罩</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
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
        <translation>自动：取自关键点文件，或根据关键点推测</translation>
    </message>
    <message>
        <source>Hand:</source>
        <translation>左右手：</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of the square images the reconstruction sees (448 is the default)</source>
        <translation>重建所用正方形图像的边长（默认为 448）</translation>
    </message>
    <message>
        <source>Working size:</source>
        <translation>工作尺寸：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Space added around the hand on each side, as a share of the hand&apos;s size</source>
        <translation>在手部每一侧添加的留白，以占手部尺寸的比例表示</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>边距：</translation>
    </message>
    <message>
        <source>Prepare Project</source>
        <translation>准备项目</translation>
    </message>
    <message>
        <source>Decode the selected frames, crop them around the hand and make the project</source>
        <translation>解码所选帧，围绕手部进行裁剪，并创建项目</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>视频 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the keypoints belong to its frames.</source>
        <translation>请先打开视频或图像文件夹；关键点对应其中的帧。</translation>
    </message>
    <message>
        <source>Keypoints File</source>
        <translation>关键点文件</translation>
    </message>
    <message>
        <source>Keypoints (*.json);;All files (*)</source>
        <translation>关键点 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a video or an image folder first; the masks belong to its frames.</source>
        <translation>请先打开视频或图像文件夹；遮罩对应其中的帧。</translation>
    </message>
    <message>
        <source>Masks Folder</source>
        <translation>遮罩文件夹</translation>
    </message>
    <message>
        <source>No video file or image folder was given.</source>
        <translation>未指定视频文件或图像文件夹。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The previous source (%1) is still open.</source>
        <translation>之前的源 (%1) 仍处于打开状态。</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <source>Keypoints found next to it: %1.</source>
        <translation>在其旁边找到关键点：%1。</translation>
    </message>
    <message>
        <source>%1 lies next to it but could not be used as keypoints (see Keypoints).</source>
        <translation>%1 位于其旁边，但无法用作关键点（参见“关键点”）。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Video, %1 × %2 pixels</source>
        <translation>视频，%1 × %2 像素</translation>
    </message>
    <message>
        <source>Rotated %1° clockwise (from the file&apos;s rotation tag)</source>
        <translation>已顺时针旋转 %1°（根据文件的旋转标记）</translation>
    </message>
    <message>
        <source>%1 fps, %2 frames, %3</source>
        <translation>%1 fps，%2 帧，%3</translation>
    </message>
    <message>
        <source>Frame count unknown until decoded</source>
        <translation>解码完成前帧数未知</translation>
    </message>
    <message>
        <source>Image folder, %1 × %2 pixels</source>
        <translation>图像文件夹，%1 × %2 像素</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>timed at %1 fps</source>
        <translation>按 %1 fps 计时</translation>
    </message>
    <message>
        <source>Prepared at %1 × %2 (downscaled to at most 1920 pixels)</source>
        <translation>以 %1 × %2 准备（缩小至最多 1920 像素）</translation>
    </message>
    <message>
        <source>No frames selected</source>
        <translation>未选择帧</translation>
    </message>
    <message>
        <source>1 frame selected</source>
        <translation>已选择 1 帧</translation>
    </message>
    <message>
        <source>%1 frames selected (one in %2)</source>
        <translation>已选择 %1 帧（每 %2 帧取一帧）</translation>
    </message>
    <message>
        <source>%1 frames selected</source>
        <translation>已选择 %1 帧</translation>
    </message>
    <message>
        <source>Frames %1 to %2, %3 of video</source>
        <translation>第 %1 至 %2 帧，视频时长 %3</translation>
    </message>
    <message>
        <source>Stop Camera</source>
        <translation>停止摄像头</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>None: place keypoints on the Prepare page, or put %1 next to the source.</source>
        <translation>无：请在“准备”页面放置关键点，或将 %1 放在源旁边。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Keypoints not used: %1</source>
        <translation>未使用关键点：%1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 with a hand</source>
        <translation>%1：%2 行，其中 %3 行含手部</translation>
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
        <translation>无遮罩：将由内置分割生成。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 contains no PNG masks.</source>
        <translation>文件夹 %1 中没有 PNG 遮罩。</translation>
    </message>
    <message>
        <source>%1 is not a PNG mask or a folder of them.</source>
        <translation>%1 既不是 PNG 遮罩，也不是遮罩文件夹。</translation>
    </message>
    <message>
        <source>Masks not used: %1</source>
        <translation>未使用遮罩：%1</translation>
    </message>
    <message>
        <source>%1: %2 PNG masks</source>
        <translation>%1：%2 张 PNG 遮罩</translation>
    </message>
    <message>
        <source>(the selection has %1 frames; they must match)</source>
        <translation>（所选范围有 %1 帧；两者必须一致）</translation>
    </message>
    <message>
        <source>The square crop around the hand is shown on the preview once a source is open.</source>
        <translation>打开源后，预览中会显示手部周围的正方形裁剪框。</translation>
    </message>
    <message>
        <source>No keypoints yet: the crop will follow the hand once keypoints are placed on the Prepare page. The crops are %1 × %1 pixels.</source>
        <translation>尚无关键点：在“准备”页面放置关键点后，裁剪框将跟随手部。裁剪尺寸为 %1 × %1 像素。</translation>
    </message>
    <message>
        <source>The keypoint file lists %1 frames, but the selection reaches frame %2: shorten the range, or preparing stops with an error.</source>
        <translation>关键点文件仅列出 %1 帧，但所选范围到达第 %2 帧：请缩短范围，否则准备过程将因出错而中止。</translation>
    </message>
    <message>
        <source>No crop: %1</source>
        <translation>无裁剪：%1</translation>
    </message>
    <message>
        <source>The green square is the crop for this frame; the inset is the image the reconstruction sees.</source>
        <translation>绿色方框是此帧的裁剪区域；小图是重建所用的图像。</translation>
    </message>
    <message>
        <source>Frames without keypoints in the file get tracked keypoints when preparing, so their crop may still move a little.</source>
        <translation>文件中没有关键点的帧会在准备时获得跟踪得到的关键点，因此其裁剪区域仍可能略有移动。</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>Decoding thumbnails…</source>
        <translation>正在解码缩略图…</translation>
    </message>
    <message>
        <source>Decoding thumbnails… frame %1 of %2</source>
        <translation>正在解码缩略图… 第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>The video ends after %1 frames although it announces %2; the file may be truncated or damaged. Only the frames that exist can be used.</source>
        <translation>视频声明有 %2 帧，但在 %1 帧后就结束了；文件可能被截断或已损坏。只能使用实际存在的帧。</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>解码已停止：%1</translation>
    </message>
    <message>
        <source>Thumbnails of one frame in %1.</source>
        <translation>每 %1 帧显示一张缩略图。</translation>
    </message>
    <message>
        <source>All %1 frames decoded.</source>
        <translation>已解码全部 %1 帧。</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Connect a webcam and press Refresh.</source>
        <translation>请连接网络摄像头，然后按“刷新”。</translation>
    </message>
    <message>
        <source>Start the camera to see its picture, then Record. The recording becomes the source when you stop.</source>
        <translation>启动摄像头以查看画面，然后点击“录制”。停止录制后，录像将成为源。</translation>
    </message>
    <message>
        <source>Recording… %1 frames</source>
        <translation>正在录制… %1 帧</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>摄像头已停止。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>正在完成录制…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recording.</source>
        <translation>无法为录制创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No video encoder is available to record with (install the GStreamer plug-ins).</source>
        <translation>没有可用于录制的视频编码器（请安装 GStreamer 插件）。</translation>
    </message>
    <message>
        <source>Recording to %1…</source>
        <translation>正在录制到 %1…</translation>
    </message>
    <message>
        <source>Folder for Recordings</source>
        <translation>录像文件夹</translation>
    </message>
    <message>
        <source>Recorded %1; it is now the source.</source>
        <translation>已录制 %1；它现在是源。</translation>
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
        <translation>实时</translation>
    </message>
</context>
<context>
    <name>palma::ExportPage</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js (the same export as &lt;tt&gt;palma export&lt;/tt&gt;; see docs/export.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;导出&lt;/h2&gt;&lt;p&gt;将化身导出为带骨骼的资源，供 Blender、Maya、Unreal、Unity 或 three.js 使用（与 &lt;tt&gt;palma export&lt;/tt&gt; 相同；参见 docs/export.md）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an avatar first (File &gt; Open Avatar…).</source>
        <translation>请先打开一个化身（文件 &gt; 打开化身…）。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>glTF binary (.glb)</source>
        <translation>glTF 二进制 (.glb)</translation>
    </message>
    <message>
        <source>glTF + .bin (.gltf)</source>
        <translation>glTF + .bin (.gltf)</translation>
    </message>
    <message>
        <source>FBX, ASCII (.fbx)</source>
        <translation>FBX，ASCII (.fbx)</translation>
    </message>
    <message>
        <source>OBJ, static (.obj)</source>
        <translation>OBJ，静态 (.obj)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>The avatar&apos;s own</source>
        <translation>化身自身的</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>纹理尺寸：</translation>
    </message>
    <message>
        <source>Extra subdivision levels on top of the avatar&apos;s (each ×4 faces)</source>
        <translation>在化身基础上额外的细分级别（每级面数 ×4）</translation>
    </message>
    <message>
        <source>Extra subdivision:</source>
        <translation>额外细分：</translation>
    </message>
    <message>
        <source>Inside the file</source>
        <translation>嵌入文件</translation>
    </message>
    <message>
        <source>PNG files beside it</source>
        <translation>旁边的 PNG 文件</translation>
    </message>
    <message>
        <source>Textures:</source>
        <translation>纹理：</translation>
    </message>
    <message>
        <source>None (bind pose)</source>
        <translation>无（绑定姿势）</translation>
    </message>
    <message>
        <source>Captured motion</source>
        <translation>捕获的动作</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>Animation:</source>
        <translation>动画：</translation>
    </message>
    <message>
        <source>Palma (wrist.R, index1.R …)</source>
        <translation>Palma (wrist.R, index1.R …)</translation>
    </message>
    <message>
        <source>Mixamo-like (RightHand, RightHandIndex1 …)</source>
        <translation>类 Mixamo (RightHand, RightHandIndex1 …)</translation>
    </message>
    <message>
        <source>Joint names:</source>
        <translation>关节名称：</translation>
    </message>
    <message>
        <source>Left (mirrored if needed)</source>
        <translation>左（必要时镜像）</translation>
    </message>
    <message>
        <source>Right (mirrored if needed)</source>
        <translation>右（必要时镜像）</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>左右：</translation>
    </message>
    <message>
        <source>Where to write the file</source>
        <translation>文件写入位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>glTF binary (*.glb)</source>
        <translation>glTF 二进制 (*.glb)</translation>
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
        <translation>导出化身</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 vertices, %4 faces, %5 joints</source>
        <translation>已写入 %1 (%2)：%3 个顶点，%4 个面，%5 个关节</translation>
    </message>
    <message>
        <source>, %1×%1 textures</source>
        <translation>，纹理 %1×%1</translation>
    </message>
    <message>
        <source>, %1 animation keys over %2 s</source>
        <translation>，%1 个动画关键帧，共 %2 秒</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation>，用时 %1 秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) beside it.</source>
        <translation>
            <numerusform>旁边另有 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>palma::FitPreviewView</name>
    <message>
        <source>The input frame and the current render appear here while the reconstruction runs.</source>
        <translation>重建运行时，输入帧和当前渲染结果将显示在此处。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Render over input (%1%)</source>
        <translation>渲染叠加于输入（%1%）</translation>
    </message>
    <message>
        <source>|Input - render| x %1, mean %2%</source>
        <translation>|输入 - 渲染| x %1，平均 %2%</translation>
    </message>
</context>
<context>
    <name>palma::FrameCompareView</name>
    <message>
        <source>Open the capture or project folder the avatar was made from</source>
        <translation>请打开生成该化身所用的捕获或项目文件夹</translation>
    </message>
    <message>
        <source>The pose shown is not a captured one: pick a captured frame on the timeline</source>
        <translation>当前显示的姿势不是捕获的姿势：请在时间轴上选择一个捕获帧</translation>
    </message>
    <message>
        <source>The capture has no frame %1 (the avatar&apos;s captured row %2)</source>
        <translation>捕获中没有第 %1 帧（化身的捕获行 %2）</translation>
    </message>
    <message>
        <source>Cannot render the avatar: %1</source>
        <translation>无法渲染化身：%1</translation>
    </message>
    <message>
        <source>Capture frame %1: mean difference %2 (%3 ms)</source>
        <translation>捕获帧 %1：平均差异 %2（%3 ms）</translation>
    </message>
</context>
<context>
    <name>palma::FrameFilmstrip</name>
    <message>
        <source>Frame %1: no problems found</source>
        <translation>第 %1 帧：未发现问题</translation>
    </message>
    <message>
        <source>Frame %1:
%2</source>
        <translation>第 %1 帧：
%2</translation>
    </message>
</context>
<context>
    <name>palma::GuideWindow</name>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma Studio 指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+左)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+右)</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>在页面中查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>palma::HandOverlayView</name>
    <message>
        <source>No frame</source>
        <translation>无帧</translation>
    </message>
    <message>
        <source>Opacity of the fitted hand drawn over the frame</source>
        <translation>绘制在帧上的拟合手部的不透明度</translation>
    </message>
    <message>
        <source>Hand opacity</source>
        <translation>手部不透明度</translation>
    </message>
    <message>
        <source>Zoom to hand</source>
        <translation>缩放至手部</translation>
    </message>
    <message>
        <source>Show the hand and its keypoints enlarged instead of the whole frame</source>
        <translation>放大显示手部及其关键点，而不是整个帧</translation>
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
        <translation>显示渲染预览</translation>
    </message>
    <message>
        <source>Show the pose as the engine&apos;s differentiable renderer draws it, beside the 3D view, through the same camera</source>
        <translation>在 3D 视图旁边，通过同一相机显示引擎的可微渲染器所绘制的姿势</translation>
    </message>
    <message>
        <source>No avatar is open.

Open one with File &gt; Open Avatar… (Ctrl+O) or drop an avatar folder (NAME.palma-avatar) onto this window.</source>
        <translation>没有打开的化身。

使用 文件 &gt; 打开化身…（Ctrl+O）打开，或将化身文件夹 (NAME.palma-avatar) 拖放到此窗口。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>化身</translation>
    </message>
    <message>
        <source>No avatar open.</source>
        <translation>没有打开的化身。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Hand model: %1</source>
        <translation>手部模型：%1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>左右：%1</translation>
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
        <translation>细分级别：%1</translation>
    </message>
    <message>
        <source>Vertices: %1, faces: %2</source>
        <translation>顶点：%1，面：%2</translation>
    </message>
    <message>
        <source>Albedo: %1, normal map: %2</source>
        <translation>反照率：%1，法线贴图：%2</translation>
    </message>
    <message>
        <source>Captured frames: %1</source>
        <translation>捕获帧：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Untitled avatar</source>
        <translation>未命名化身</translation>
    </message>
    <message>
        <source>No avatar open</source>
        <translation>没有打开的化身</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3×%4 texture, %5 captured frames</source>
        <translation>%1：%2 个顶点，纹理 %3×%4，%5 个捕获帧</translation>
    </message>
</context>
<context>
    <name>palma::KeypointFrameView</name>
    <message>
        <source>Wrist</source>
        <translation>手腕</translation>
    </message>
    <message>
        <source>Thumb CMC</source>
        <translation>拇指 CMC</translation>
    </message>
    <message>
        <source>Thumb MCP</source>
        <translation>拇指 MCP</translation>
    </message>
    <message>
        <source>Thumb IP</source>
        <translation>拇指 IP</translation>
    </message>
    <message>
        <source>Thumb tip</source>
        <translation>拇指指尖</translation>
    </message>
    <message>
        <source>Index MCP</source>
        <translation>食指 MCP</translation>
    </message>
    <message>
        <source>Index PIP</source>
        <translation>食指 PIP</translation>
    </message>
    <message>
        <source>Index DIP</source>
        <translation>食指 DIP</translation>
    </message>
    <message>
        <source>Index tip</source>
        <translation>食指指尖</translation>
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
        <translation>中指指尖</translation>
    </message>
    <message>
        <source>Ring MCP</source>
        <translation>无名指 MCP</translation>
    </message>
    <message>
        <source>Ring PIP</source>
        <translation>无名指 PIP</translation>
    </message>
    <message>
        <source>Ring DIP</source>
        <translation>无名指 DIP</translation>
    </message>
    <message>
        <source>Ring tip</source>
        <translation>无名指指尖</translation>
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
        <translation>小指指尖</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>被遮挡</translation>
    </message>
    <message>
        <source>The point is hidden; its position is a guess and counts half in the fit</source>
        <translation>该点被遮挡；其位置为推测值，在拟合中按一半权重计算</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
</context>
<context>
    <name>palma::LightDirectionGizmo</name>
    <message>
        <source>Drag to aim the point light: the highlight follows the mouse</source>
        <translation>拖动以调整点光源方向：高光跟随鼠标</translation>
    </message>
</context>
<context>
    <name>palma::LightingPanel</name>
    <message>
        <source>Presets:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>摄影棚</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>户外</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>暖色</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <source>The lighting estimated from the capture</source>
        <translation>从捕获中估计的光照</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Reset to capture lighting</source>
        <translation>重置为捕获光照</translation>
    </message>
    <message>
        <source>Point light</source>
        <translation>点光源</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Switch the point light</source>
        <translation>切换点光源</translation>
    </message>
    <message>
        <source>Light:</source>
        <translation>光源：</translation>
    </message>
    <message>
        <source>Degrees about the vertical, 0 = from the camera, positive = from the right</source>
        <translation>绕竖直轴的角度（度），0 = 来自相机方向，正值 = 来自右侧</translation>
    </message>
    <message>
        <source>Degrees above the horizontal</source>
        <translation>高于水平面的角度（度）</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>方位角：</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>仰角：</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Distance of the light from the centre of the hand</source>
        <translation>光源到手部中心的距离</translation>
    </message>
    <message>
        <source>Move the point light</source>
        <translation>移动点光源</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Change the light colour</source>
        <translation>更改光源颜色</translation>
    </message>
    <message>
        <source>Pick the light colour</source>
        <translation>选择光源颜色</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Soft shadows</source>
        <translation>软阴影</translation>
    </message>
    <message>
        <source>Switch shadows</source>
        <translation>切换阴影</translation>
    </message>
    <message>
        <source>Shadows:</source>
        <translation>阴影：</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>环境光</translation>
    </message>
    <message>
        <source>Spherical harmonics</source>
        <translation>球谐函数</translation>
    </message>
    <message>
        <source>Light the avatar with the SH environment below instead of a flat ambient</source>
        <translation>使用下方的 SH 环境照亮化身，而非均匀环境光</translation>
    </message>
    <message>
        <source>Switch SH lighting on</source>
        <translation>开启 SH 光照</translation>
    </message>
    <message>
        <source>Switch SH lighting off</source>
        <translation>关闭 SH 光照</translation>
    </message>
    <message>
        <source>Change the ambient ratio</source>
        <translation>更改环境光比例</translation>
    </message>
    <message>
        <source>Share of flat ambient light; the point light is weighted by 1 - ratio. With SH on, the SH irradiance replaces the flat ambient and the ratio only weighs the point light.</source>
        <translation>均匀环境光所占的比例；点光源的权重为 1 - 比例。开启 SH 时，SH 辐照度取代均匀环境光，比例仅用于点光源的权重。</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <source>Link RGB</source>
        <translation>链接 RGB</translation>
    </message>
    <message>
        <source>One slider per coefficient: scales red, green and blue together, keeping the tint</source>
        <translation>每个系数一个滑块：同时缩放红、绿、蓝，保持色调</translation>
    </message>
    <message>
        <source>SH coefficients</source>
        <translation>SH 系数</translation>
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
        <translation>更改 SH 系数</translation>
    </message>
    <message>
        <source>Aim the point light</source>
        <translation>调整点光源方向</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>光源颜色</translation>
    </message>
    <message>
        <source>Apply the %1 lighting preset</source>
        <translation>应用“%1”光照预设</translation>
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
        <translation>迭代 %1</translation>
    </message>
    <message>
        <source>iteration %1 (%2)</source>
        <translation>迭代 %1 (%2)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Losses appear here while the reconstruction runs.</source>
        <translation>重建运行时，损失曲线将显示在此处。</translation>
    </message>
</context>
<context>
    <name>palma::MainWindow</name>
    <message>
        <source>Capture</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Reconstruct</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open Avatar…</source>
        <translation>打开化身…</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar) (Ctrl+O)</source>
        <translation>打开化身文件夹 (NAME.palma-avatar) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the avatar as glTF, FBX or OBJ (Ctrl+E)</source>
        <translation>将化身导出为 glTF、FBX 或 OBJ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close Avatar</source>
        <translation>关闭化身</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Frame all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Fit the avatar into the view (F)</source>
        <translation>使化身适应视图 (F)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect when Palma Studio restarts</source>
        <translation>重启 Palma Studio 后生效</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Palma Studio</source>
        <translation>关于 Palma Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot open the avatar</source>
        <translation>无法打开化身</translation>
    </message>
    <message>
        <source>Cannot open the avatar &apos;%1&apos;: %2</source>
        <translation>无法打开化身“%1”：%2</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar)</source>
        <translation>打开化身文件夹 (NAME.palma-avatar)</translation>
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
        <translation>导出化身</translation>
    </message>
    <message>
        <source>No recent avatars</source>
        <translation>没有最近的化身</translation>
    </message>
    <message>
        <source>Avatar not found</source>
        <translation>找不到化身</translation>
    </message>
    <message>
        <source>The avatar folder &apos;%1&apos; no longer exists; it was removed from Open Recent.</source>
        <translation>化身文件夹“%1”已不存在，已从“最近打开”中移除。</translation>
    </message>
    <message>
        <source>The language changes when Palma Studio restarts.</source>
        <translation>语言将在 Palma Studio 重启后切换。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Open an avatar folder with File &gt; Open Avatar… or drop it onto the window. In the 3D view, drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the avatar.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;从一段短视频生成个性化、带骨骼、可重新打光的手部化身。&lt;/p&gt;&lt;p&gt;通过 文件 &gt; 打开化身… 打开化身文件夹，或将其拖放到窗口。在三维视图中，左键拖动旋转，右键拖动或滚轮缩放，中键平移；按 F 显示整个化身。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光照</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>贴图</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>姿势</translation>
    </message>
    <message>
        <source>Open Capture…</source>
        <translation>打开捕获…</translation>
    </message>
    <message>
        <source>The capture or project folder the avatar was made from</source>
        <translation>生成该化身所用的捕获或项目文件夹</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Open the capture or project folder</source>
        <translation>打开捕获或项目文件夹</translation>
    </message>
    <message>
        <source>Cannot open the capture</source>
        <translation>无法打开捕获</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Render Images…</source>
        <translation>渲染图像…</translation>
    </message>
    <message>
        <source>Render the current pose, a turntable or the timeline to PNGs or a video (Ctrl+R)</source>
        <translation>将当前姿势、转台或时间轴渲染为 PNG 或视频 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>叠加显示</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>View from the Capture Camera</source>
        <translation>从拍摄相机视角查看</translation>
    </message>
    <message>
        <source>The avatar is ready: %1</source>
        <translation>化身已就绪：%1</translation>
    </message>
    <message>
        <source>3D Hand</source>
        <translation>3D 手部</translation>
    </message>
    <message>
        <source>Project %1: %2 frames, %3 with keypoints%4</source>
        <translation>项目 %1：%2 帧，其中 %3 帧有关键点%4</translation>
    </message>
    <message>
        <source> (unsaved edits)</source>
        <translation>（有未保存的编辑）</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>%1[*] — Palma Studio</source>
        <translation>%1[*] — Palma Studio</translation>
    </message>
    <message>
        <source>Reconstruction running</source>
        <translation>重建正在运行</translation>
    </message>
    <message>
        <source>A reconstruction is running. Stop it and quit? The last good avatar is saved, and the run can be resumed when the project is opened again.</source>
        <translation>重建正在运行。要停止并退出吗？最后一个有效的化身会被保存，再次打开项目时可以继续运行。</translation>
    </message>
    <message>
        <source>Palma Studio Guide</source>
        <translation>Palma Studio 指南</translation>
    </message>
    <message>
        <source>The user guide, at the section about this page (F1)</source>
        <translation>用户指南，打开到关于本页的章节 (F1)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guide: Help &gt; Palma Studio Guide (F1).&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %1, VTK %2 and LibTorch %3 (Help &gt; About Qt for Qt&apos;s licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;指南：帮助 &gt; Palma Studio 指南 (F1)。&lt;/p&gt;&lt;p&gt;基于 Apache License 2.0 许可。使用 Qt %1、VTK %2 和 LibTorch %3 构建（Qt 的许可见 帮助 &gt; 关于 Qt）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palma::MapInspector</name>
    <message>
        <source>Map</source>
        <translation>贴图</translation>
    </message>
    <message>
        <source>Albedo</source>
        <translation>反照率</translation>
    </message>
    <message>
        <source>Normal map</source>
        <translation>法线贴图</translation>
    </message>
    <message>
        <source>The texture map to inspect</source>
        <translation>要查看的纹理贴图</translation>
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
        <translation>所有颜色通道</translation>
    </message>
    <message>
        <source>Red channel as grey</source>
        <translation>红色通道以灰度显示</translation>
    </message>
    <message>
        <source>Green channel as grey</source>
        <translation>绿色通道以灰度显示</translation>
    </message>
    <message>
        <source>Blue channel as grey</source>
        <translation>蓝色通道以灰度显示</translation>
    </message>
    <message>
        <source>Alpha as grey (the UV coverage when the map has no alpha)</source>
        <translation>Alpha 以灰度显示（贴图无 Alpha 时显示 UV 覆盖范围）</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Lit relief</source>
        <translation>光照浮雕</translation>
    </message>
    <message>
        <source>Show the normal map as encoded colours or shaded by a light</source>
        <translation>以编码颜色显示法线贴图，或以光源着色显示</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>光源</translation>
    </message>
    <message>
        <source>Light azimuth (0° from the right, 90° from the top)</source>
        <translation>光源方位角（0° 来自右侧，90° 来自上方）</translation>
    </message>
    <message>
        <source>Light elevation above the surface (degrees)</source>
        <translation>光源相对表面的仰角（度）</translation>
    </message>
    <message>
        <source>UV wireframe</source>
        <translation>UV 线框</translation>
    </message>
    <message>
        <source>Draw the template&apos;s UV triangles over the map</source>
        <translation>在贴图上绘制模板的 UV 三角形</translation>
    </message>
    <message>
        <source>Opacity of the UV wireframe</source>
        <translation>UV 线框的不透明度</translation>
    </message>
    <message>
        <source>Texel grid</source>
        <translation>纹素网格</translation>
    </message>
    <message>
        <source>Outline each texel when zoomed in far</source>
        <translation>放大较多时勾勒每个纹素的轮廓</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the map to the view (F)</source>
        <translation>使贴图适应视图 (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per texel (1)</source>
        <translation>每个纹素一个屏幕像素 (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Other avatar: albedo</source>
        <translation>其他化身：反照率</translation>
    </message>
    <message>
        <source>Other avatar: normal map</source>
        <translation>其他化身：法线贴图</translation>
    </message>
    <message>
        <source>Show a second map beside this one, with zoom and pan kept in step</source>
        <translation>在旁边显示第二张贴图，缩放和平移保持同步</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a second avatar folder to compare with</source>
        <translation>打开要比较的第二个化身文件夹</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Show |left − right| on the right</source>
        <translation>在右侧显示 |左 − 右|</translation>
    </message>
    <message>
        <source>Amplify the difference</source>
        <translation>放大差异</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the shown map as a PNG</source>
        <translation>将显示的贴图保存为 PNG</translation>
    </message>
    <message>
        <source>No map to compare with: open an avatar</source>
        <translation>没有可比较的贴图：请打开一个化身</translation>
    </message>
    <message>
        <source>Other avatar: </source>
        <translation>其他化身：</translation>
    </message>
    <message>
        <source>This avatar: </source>
        <translation>当前化身：</translation>
    </message>
    <message>
        <source>Difference |left − %1| × %2</source>
        <translation>差异 |左 − %1| × %2</translation>
    </message>
    <message>
        <source>Move the cursor over the map to read its texels.</source>
        <translation>将光标移到贴图上以读取其纹素。</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出贴图</translation>
    </message>
    <message>
        <source>There is no map to export: open an avatar first.</source>
        <translation>没有可导出的贴图：请先打开一个化身。</translation>
    </message>
    <message>
        <source>8 bits per channel</source>
        <translation>每通道 8 位</translation>
    </message>
    <message>
        <source>16 bits per channel</source>
        <translation>每通道 16 位</translation>
    </message>
    <message>
        <source>Bit depth of the PNG:</source>
        <translation>PNG 位深度：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The map could not be exported: %1</source>
        <translation>无法导出贴图：%1</translation>
    </message>
    <message>
        <source>Open an avatar to compare with</source>
        <translation>打开要比较的化身</translation>
    </message>
    <message>
        <source>The avatar could not be opened: %1</source>
        <translation>无法打开化身：%1</translation>
    </message>
</context>
<context>
    <name>palma::PoseInitPanel</name>
    <message>
        <source>Fit initialisation</source>
        <translation>拟合初始化</translation>
    </message>
    <message>
        <source>Fit the 3D hand to the keypoints of every frame (frames you corrected are kept)</source>
        <translation>将 3D 手部拟合到每一帧的关键点（保留您已校正的帧）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mean distance between the fitted hand&apos;s keypoints and the frame&apos;s keypoints</source>
        <translation>拟合手部的关键点与帧关键点之间的平均距离</translation>
    </message>
    <message>
        <source>Hand orientation</source>
        <translation>手部朝向</translation>
    </message>
    <message>
        <source>tilt (x)</source>
        <translation>倾斜 (x)</translation>
    </message>
    <message>
        <source>turn (y)</source>
        <translation>转动 (y)</translation>
    </message>
    <message>
        <source>roll (z)</source>
        <translation>滚转 (z)</translation>
    </message>
    <message>
        <source>Rotation of the whole hand about the camera&apos;s axis (degrees); the wrist stays</source>
        <translation>整只手绕相机轴的旋转（度）；手腕位置不变</translation>
    </message>
    <message>
        <source>Flip palm</source>
        <translation>翻转手掌</translation>
    </message>
    <message>
        <source>Turn the hand 180° about its long axis (palm &lt;-&gt; back of the hand)</source>
        <translation>将手绕其长轴旋转 180°（手掌 &lt;-&gt; 手背）</translation>
    </message>
    <message>
        <source>The saved initialisation has %1 frames, the project %2: fit it again.</source>
        <translation>已保存的初始化有 %1 帧，而项目有 %2 帧：请重新拟合。</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>The frames are still being decoded; fit again in a moment.</source>
        <translation>帧仍在解码中；请稍后再拟合。</translation>
    </message>
    <message>
        <source>Fitting the initialisation...</source>
        <translation>正在拟合初始化...</translation>
    </message>
    <message>
        <source>Fitting: %1</source>
        <translation>正在拟合：%1</translation>
    </message>
    <message>
        <source>The fit was cancelled; the initialisation is unchanged.</source>
        <translation>拟合已取消；初始化保持不变。</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>拟合失败：%1</translation>
    </message>
    <message>
        <source>Re-fit initialisation</source>
        <translation>重新拟合初始化</translation>
    </message>
    <message>
        <source>Adjust %1 %2 %3</source>
        <translation>调整 %1 %2 %3</translation>
    </message>
    <message>
        <source>Rotate hand</source>
        <translation>旋转手部</translation>
    </message>
    <message>
        <source>Re-fit</source>
        <translation>重新拟合</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>Frame %1: fit the initialisation to edit its pose.</source>
        <translation>第 %1 帧：请先拟合初始化，再编辑其姿势。</translation>
    </message>
    <message>
        <source>Frame %1 has too few keypoints; it is not part of the reconstruction.</source>
        <translation>第 %1 帧的关键点太少；该帧不参与重建。</translation>
    </message>
    <message>
        <source>Frame %1 (corrected by hand)</source>
        <translation>第 %1 帧（已手动校正）</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Frame %1: not fitted (too few keypoints)</source>
        <translation>第 %1 帧：未拟合（关键点太少）</translation>
    </message>
    <message>
        <source>Frame %1: no keypoints to compare</source>
        <translation>第 %1 帧：没有可比较的关键点</translation>
    </message>
    <message>
        <source>Frame %1: %2 px</source>
        <translation>第 %1 帧：%2 px</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation>（已校正）</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The saved initialisation could not be read: %1</source>
        <translation>无法读取已保存的初始化：%1</translation>
    </message>
    <message>
        <source>No initialisation yet: Fit initialisation places the 3D hand on every frame.</source>
        <translation>尚无初始化：“拟合初始化”会在每一帧上放置 3D 手部。</translation>
    </message>
    <message>
        <source>The keypoints changed since the fit: Re-fit to update the initialisation (the reconstruction would fit it again from the keypoints).</source>
        <translation>拟合之后关键点已更改：请“重新拟合”以更新初始化（否则重建会根据关键点重新拟合）。</translation>
    </message>
    <message>
        <source>Initialisation of %1 frames, mean error %2 px, %3 corrected by hand.</source>
        <translation>初始化共 %1 帧，平均误差 %2 px，其中 %3 帧已手动校正。</translation>
    </message>
</context>
<context>
    <name>palma::PosePanel</name>
    <message>
        <source>Index</source>
        <translation>食指</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中指</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>无名指</translation>
    </message>
    <message>
        <source>Pinky</source>
        <translation>小指</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>拇指</translation>
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
        <translation>张开</translation>
    </message>
    <message>
        <source>twist</source>
        <translation>扭转</translation>
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
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Straighten every finger (the rest pose); the wrist and position stay</source>
        <translation>伸直所有手指（静止姿势）；手腕和位置保持不变</translation>
    </message>
    <message>
        <source>%1 %2: %3 (degrees, within the joint&apos;s limits)</source>
        <translation>%1 %2：%3（度，在关节限制范围内）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Straighten this finger</source>
        <translation>伸直此手指</translation>
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
        <translation>时间轴播放的内容：捕获的姿势、姿势预设或动画</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>第一帧 (Home)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧 (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停 (空格)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧 (→)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>最后一帧 (End)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Captured poses</source>
        <translation>捕获的姿势</translation>
    </message>
    <message>
        <source>Pose presets</source>
        <translation>姿势预设</translation>
    </message>
    <message>
        <source>Animation: %1</source>
        <translation>动画：%1</translation>
    </message>
    <message>
        <source>frame %1 (source frame %2)</source>
        <translation>第 %1 帧（源帧 %2）</translation>
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
        <translation>没有化身</translation>
    </message>
</context>
<context>
    <name>palma::PreparePage</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Place point</source>
        <translation>放置点</translation>
    </message>
    <message>
        <source>Hand brush</source>
        <translation>手部画笔</translation>
    </message>
    <message>
        <source>Background brush</source>
        <translation>背景画笔</translation>
    </message>
    <message>
        <source>Drag keypoints; right-click a point to delete it or mark it occluded (Esc)</source>
        <translation>拖动关键点；右键单击某个点可将其删除或标记为被遮挡 (Esc)</translation>
    </message>
    <message>
        <source>Click to place the joint chosen in the list</source>
        <translation>单击以放置列表中所选的关节</translation>
    </message>
    <message>
        <source>Paint over the hand where the mask misses it; the frame is segmented again when you release</source>
        <translation>在遮罩遗漏的手部区域上绘制；松开鼠标后将重新分割该帧</translation>
    </message>
    <message>
        <source>Paint over background the mask wrongly includes; the frame is segmented again when you release</source>
        <translation>在遮罩错误包含的背景区域上绘制；松开鼠标后将重新分割该帧</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole frame (F); the wheel zooms, the middle button or Space + drag pans</source>
        <translation>显示整个帧 (F)；滚轮缩放，中键或 Space + 拖动平移</translation>
    </message>
    <message>
        <source>Next problem frame</source>
        <translation>下一个问题帧</translation>
    </message>
    <message>
        <source>Go to the next frame flagged in the filmstrip</source>
        <translation>转到胶片条中下一个被标记的帧</translation>
    </message>
    <message>
        <source>No frame is flagged.</source>
        <translation>没有被标记的帧。</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>关键点</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>关节</translation>
    </message>
    <message>
        <source>The joint to select, or to place with the Place tool</source>
        <translation>要选择的关节，或要用“放置点”工具放置的关节</translation>
    </message>
    <message>
        <source>Place next missing joint</source>
        <translation>放置下一个缺失的关节</translation>
    </message>
    <message>
        <source>Click in the frame to place each missing joint in turn</source>
        <translation>在帧中单击，依次放置每个缺失的关节</translation>
    </message>
    <message>
        <source>After placing, go to the next missing joint</source>
        <translation>放置后转到下一个缺失的关节</translation>
    </message>
    <message>
        <source>Place hand</source>
        <translation>放置手部</translation>
    </message>
    <message>
        <source>Drop an open hand on a frame without keypoints, then drag the points that are off</source>
        <translation>在没有关键点的帧上放置一只张开的手，然后拖动位置不对的点</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <source>Remove the selected point (Del); tracking leaves it out</source>
        <translation>删除所选点 (Del)；跟踪时将忽略该点</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>被遮挡</translation>
    </message>
    <message>
        <source>The selected point is hidden and its position guessed: it counts half in the fit</source>
        <translation>所选点被遮挡，其位置为推测值：在拟合中按一半权重计算</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>左右手</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>Show mask</source>
        <translation>显示遮罩</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Filled and outline</source>
        <translation>填充和轮廓</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in frame pixels</source>
        <translation>画笔半径（帧像素）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Clear scribbles</source>
        <translation>清除涂抹</translation>
    </message>
    <message>
        <source>Forget this frame&apos;s brush strokes (the mask stays as it is)</source>
        <translation>丢弃此帧的画笔笔触（遮罩保持不变）</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Track from here</source>
        <translation>从此处跟踪</translation>
    </message>
    <message>
        <source>Follow this frame&apos;s points forward to the next frame you edited, or to the end</source>
        <translation>将此帧的点逐帧向后跟踪，直到您编辑过的下一帧或末尾</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Propagate to next</source>
        <translation>传播到后续帧</translation>
    </message>
    <message>
        <source>Copy this frame&apos;s points into the next frames (your own points there stay)</source>
        <translation>将此帧的点复制到后续帧（这些帧中您自己放置的点保持不变）</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <source>Interpolate keyframes</source>
        <translation>插值关键帧</translation>
    </message>
    <message>
        <source>Fill every joint between two frames where you placed it by linear interpolation</source>
        <translation>对每个关节，在您放置过它的两帧之间通过线性插值进行填充</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt;: filled dot = yours, square = imported, ring = tracked or interpolated, half dot = occluded, red dashed ring = low confidence.</source>
        <translation>&lt;b&gt;点&lt;/b&gt;：实心圆点 = 您放置的，方块 = 导入的，圆环 = 跟踪或插值得到的，半圆点 = 被遮挡，红色虚线圆环 = 置信度低。</translation>
    </message>
    <message>
        <source>Frame %1 (%2 of %3)</source>
        <translation>第 %1 帧（%2/%3）</translation>
    </message>
    <message>
        <source>Open or create a project to check its keypoints and masks.
File &gt; Open Project…, or prepare a capture on the Capture page.</source>
        <translation>打开或创建项目以检查其关键点和遮罩。
文件 &gt; 打开项目…，或在“拍摄”页面准备捕获。</translation>
    </message>
    <message>
        <source>The project has no frames.</source>
        <translation>项目没有帧。</translation>
    </message>
    <message>
        <source>The frames could not be read:
%1</source>
        <translation>无法读取帧：
%1</translation>
    </message>
    <message>
        <source>Decoding frames… %1 of %2</source>
        <translation>正在解码帧… %1/%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入的</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>跟踪的</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您放置的</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>插值的</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>传播的</translation>
    </message>
    <message>
        <source>%1: (%2, %3), %4, confidence %5</source>
        <translation>%1：(%2, %3)，%4，置信度 %5</translation>
    </message>
    <message>
        <source>%1 of 21 points present</source>
        <translation>21 个点中已有 %1 个</translation>
    </message>
    <message>
        <source>Guessed from the keypoints: please confirm.</source>
        <translation>根据关键点推测：请确认。</translation>
    </message>
    <message>
        <source>Not known yet (Right is assumed): choose the hand the video shows.</source>
        <translation>尚未确定（默认为右手）：请选择视频中的手。</translation>
    </message>
    <message>
        <source>No keypoints</source>
        <translation>无关键点</translation>
    </message>
    <message>
        <source>%1 of %2 keypoints missing</source>
        <translation>%2 个关键点中缺失 %1 个</translation>
    </message>
    <message>
        <source>Low keypoint confidence (mean %1)</source>
        <translation>关键点置信度低（平均 %1）</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>无遮罩</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>放置 %1</translation>
    </message>
    <message>
        <source>Every joint of this frame is placed.</source>
        <translation>此帧的所有关节均已放置。</translation>
    </message>
    <message>
        <source>Mark point occluded</source>
        <translation>将点标记为被遮挡</translation>
    </message>
    <message>
        <source>Mark point visible</source>
        <translation>将点标记为可见</translation>
    </message>
    <message>
        <source>The frame is not decoded yet.</source>
        <translation>该帧尚未解码。</translation>
    </message>
    <message>
        <source>This frame already has keypoints: Place hand is for frames without any.</source>
        <translation>此帧已有关键点：“放置手部”仅用于没有关键点的帧。</translation>
    </message>
    <message>
        <source>This is the last frame.</source>
        <translation>这是最后一帧。</translation>
    </message>
    <message>
        <source>This frame has no keypoints to propagate.</source>
        <translation>此帧没有可传播的关键点。</translation>
    </message>
    <message>
        <source>This frame has no keypoints to track: place them first.</source>
        <translation>此帧没有可跟踪的关键点：请先放置关键点。</translation>
    </message>
    <message>
        <source>The next frame is one you edited: nothing to track.</source>
        <translation>下一帧是您编辑过的帧：无需跟踪。</translation>
    </message>
    <message>
        <source>The frames are still being decoded; try again in a moment.</source>
        <translation>帧仍在解码中；请稍后再试。</translation>
    </message>
    <message>
        <source>Tracking… %p%</source>
        <translation>正在跟踪… %p%</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Tracking failed: %1</source>
        <translation>跟踪失败：%1</translation>
    </message>
    <message>
        <source>Track from frame %1</source>
        <translation>从第 %1 帧开始跟踪</translation>
    </message>
    <message>
        <source>Tracked %1 frames</source>
        <translation>已跟踪 %1 帧</translation>
    </message>
    <message>
        <source>Segmenting frame %1…</source>
        <translation>正在分割第 %1 帧…</translation>
    </message>
    <message>
        <source>The frame could not be segmented: %1</source>
        <translation>无法分割该帧：%1</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>画笔笔触</translation>
    </message>
    <message>
        <source>Mask of frame %1 updated.</source>
        <translation>第 %1 帧的遮罩已更新。</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a left hand.</source>
        <translation>若手掌朝向相机，这些点看起来像左手。</translation>
    </message>
    <message>
        <source>With the palm toward the camera, the points look like a right hand.</source>
        <translation>若手掌朝向相机，这些点看起来像右手。</translation>
    </message>
</context>
<context>
    <name>palma::ProjectController</name>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Start a project from a video, an image folder or the webcam (Ctrl+N)</source>
        <translation>从视频、图像文件夹或摄像头新建项目 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma) (Ctrl+Shift+O)</source>
        <translation>打开项目文件夹 (NAME.palma) (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save the project&apos;s edits (Ctrl+S)</source>
        <translation>保存对项目的编辑 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save Project As…</source>
        <translation>项目另存为…</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>关闭项目</translation>
    </message>
    <message>
        <source>Open Recent Project</source>
        <translation>最近打开的项目</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Cannot open the project &apos;%1&apos;: %2</source>
        <translation>无法打开项目“%1”：%2</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>恢复未保存的编辑？</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits from %2 that were not saved (Palma Studio did not close normally). Recover them?</source>
        <translation>项目“%1”有 %2 时未保存的编辑（Palma Studio 未正常关闭）。要恢复这些编辑吗？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Cannot recover the edits</source>
        <translation>无法恢复编辑</translation>
    </message>
    <message>
        <source>The autosaved edits of &apos;%1&apos; cannot be read: %2</source>
        <translation>无法读取“%1”自动保存的编辑：%2</translation>
    </message>
    <message>
        <source>Open a project folder (NAME.palma)</source>
        <translation>打开项目文件夹 (NAME.palma)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Cannot save the project &apos;%1&apos;: %2 — your edits are still here; try Save Project As.</source>
        <translation>无法保存项目“%1”：%2 — 您的编辑仍然保留；请尝试“项目另存为”。</translation>
    </message>
    <message>
        <source>Save the project as (a new folder)</source>
        <translation>项目另存为（新文件夹）</translation>
    </message>
    <message>
        <source>Cannot save the project as &apos;%1&apos;: %2</source>
        <translation>无法将项目另存为“%1”：%2</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; has edits that are not saved.</source>
        <translation>项目“%1”有尚未保存的编辑。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>是否在继续之前保存？</translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos;…</source>
        <translation>正在准备“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>正在准备项目</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot prepare the project</source>
        <translation>无法准备项目</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>找不到项目</translation>
    </message>
    <message>
        <source>The project folder &apos;%1&apos; no longer exists; it was removed from Open Recent Project.</source>
        <translation>项目文件夹“%1”已不存在，已从“最近打开的项目”中移除。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>palma::ProjectDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; is missing: put it back where it was.</source>
        <translation>项目的源“%1”缺失：请将其放回原位置。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; changed since the project was made: prepare it again.</source>
        <translation>项目的源“%1”在项目创建后已更改：请重新准备。</translation>
    </message>
    <message>
        <source>The project&apos;s source &apos;%1&apos; ended after %2 of its %3 frames: prepare it again.</source>
        <translation>项目的源“%1”共 %3 帧，但在第 %2 帧后就结束了：请重新准备。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside the project: choose a folder outside it.</source>
        <translation>“%1”位于项目内部：请选择项目之外的文件夹。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name.</source>
        <translation>“%1”是一个文件：请选择文件夹名称。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty: choose a new or empty folder.</source>
        <translation>文件夹“%1”不为空：请选择新文件夹或空文件夹。</translation>
    </message>
</context>
<context>
    <name>palma::RecentFolders</name>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
</context>
<context>
    <name>palma::ReconstructPage</name>
    <message>
        <source>Quick preview</source>
        <translation>快速预览</translation>
    </message>
    <message>
        <source>A few iterations on small images: a first look in seconds</source>
        <translation>在小图像上进行少量迭代：几秒内即可初步查看效果</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Fewer, larger steps on 224-pixel images: minutes on a laptop (palma&apos;s demo preset)</source>
        <translation>在 224 像素图像上使用更少、更大的步长：在笔记本电脑上需数分钟（palma 的演示预设）</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>高质量</translation>
    </message>
    <message>
        <source>HARP&apos;s full schedule at the project&apos;s working size: best results, about ten minutes for 100 frames of 448 pixels on two CPU cores</source>
        <translation>以项目的工作尺寸运行 HARP 的完整调度：效果最佳，在双核 CPU 上处理 100 帧 448 像素图像约需十分钟</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate (geometry)</source>
        <translation>学习率（几何）</translation>
    </message>
    <message>
        <source>Learning rate (appearance)</source>
        <translation>学习率（外观）</translation>
    </message>
    <message>
        <source>Weight: silhouette</source>
        <translation>权重：剪影</translation>
    </message>
    <message>
        <source>Weight: keypoints 3D</source>
        <translation>权重：3D 关键点</translation>
    </message>
    <message>
        <source>Weight: keypoints 2D</source>
        <translation>权重：2D 关键点</translation>
    </message>
    <message>
        <source>Weight: photometric</source>
        <translation>权重：光度</translation>
    </message>
    <message>
        <source>Weight: SSIM</source>
        <translation>权重：SSIM</translation>
    </message>
    <message>
        <source>Weight: displacement</source>
        <translation>权重：置换</translation>
    </message>
    <message>
        <source>Weight: Laplacian</source>
        <translation>权重：拉普拉斯</translation>
    </message>
    <message>
        <source>Weight: Laplacian (part-aware)</source>
        <translation>权重：拉普拉斯（分部位）</translation>
    </message>
    <message>
        <source>Weight: normal consistency</source>
        <translation>权重：法线一致性</translation>
    </message>
    <message>
        <source>Weight: edge length</source>
        <translation>权重：边长</translation>
    </message>
    <message>
        <source>Weight: albedo smoothness</source>
        <translation>权重：反照率平滑度</translation>
    </message>
    <message>
        <source>Weight: normal map</source>
        <translation>权重：法线贴图</translation>
    </message>
    <message>
        <source>Weight: shape prior</source>
        <translation>权重：形状先验</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruct&lt;/b&gt;</source>
        <translation>&lt;b&gt;重建&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>化身：</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where the avatar is written</source>
        <translation>选择化身的写入位置</translation>
    </message>
    <message>
        <source>Avatar folder</source>
        <translation>化身文件夹</translation>
    </message>
    <message>
        <source>Palma avatar (*.palma-avatar)</source>
        <translation>Palma 化身 (*.palma-avatar)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the fit and save the last good avatar; it can be resumed later</source>
        <translation>停止拟合并保存最后一个有效的化身；之后可以继续</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>纹理尺寸：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fit size:</source>
        <translation>拟合尺寸：</translation>
    </message>
    <message>
        <source>working size</source>
        <translation>工作尺寸</translation>
    </message>
    <message>
        <source>Frames are resized to this height for the fit (0: the project&apos;s working size)</source>
        <translation>拟合时将帧缩放到此高度（0：项目的工作尺寸）</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>重置为预设</translation>
    </message>
    <message>
        <source>Load config…</source>
        <translation>加载配置…</translation>
    </message>
    <message>
        <source>Save config…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <source>Save reconstruction config</source>
        <translation>保存重建配置</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Config saved to %1</source>
        <translation>配置已保存到 %1</translation>
    </message>
    <message>
        <source>Load reconstruction config</source>
        <translation>加载重建配置</translation>
    </message>
    <message>
        <source>Config loaded from %1</source>
        <translation>已从 %1 加载配置</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Overlay: weight of the render over the input</source>
        <translation>叠加：渲染结果叠加在输入上的权重</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Blend:</source>
        <translation>混合：</translation>
    </message>
    <message>
        <source>Events of the fit (rollbacks, learning-rate changes, checkpoints) appear here.</source>
        <translation>拟合事件（回滚、学习率变化、检查点）将显示在此处。</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>No project is open: make one on the Capture page or open one (File &gt; Open Project…).</source>
        <translation>没有打开的项目：请在“拍摄”页面创建项目，或打开一个项目（文件 &gt; 打开项目…）。</translation>
    </message>
    <message>
        <source>%1 is not a capture project (it has no project.json).</source>
        <translation>%1 不是捕获项目（缺少 project.json）。</translation>
    </message>
    <message>
        <source>The project has no frames yet: choose a video or images on the Capture page.</source>
        <translation>项目还没有帧：请在“拍摄”页面选择视频或图像。</translation>
    </message>
    <message>
        <source>The project has no frames with keypoints yet: place keypoints on a few frames on the Prepare page (or prepare it with a keypoint file).</source>
        <translation>项目还没有带关键点的帧：请在“准备”页面为几帧放置关键点（或使用关键点文件准备项目）。</translation>
    </message>
    <message>
        <source>The project has not been prepared, and its source %1 is missing: prepare it on the Prepare page.</source>
        <translation>项目尚未准备，且其源 %1 缺失：请在“准备”页面准备项目。</translation>
    </message>
    <message>
        <source>The project changed since it was prepared: it is prepared again when the run starts.</source>
        <translation>项目在准备之后已更改：运行开始时将重新准备。</translation>
    </message>
    <message>
        <source>A previous run finished all stages but its avatar was not saved. Resume saves it; Start over discards it.</source>
        <translation>上一次运行已完成所有阶段，但其化身未保存。“继续”会保存它；“重新开始”会丢弃它。</translation>
    </message>
    <message>
        <source>A previous run stopped at stage %1 of %2 (%3), epoch %4, iteration %5 of the epoch. Resume continues from there; Start over discards it.</source>
        <translation>上一次运行停止于第 %1/%2 阶段（%3）、第 %4 轮、该轮的第 %5 次迭代。“继续”将从该处继续；“重新开始”会丢弃它。</translation>
    </message>
    <message>
        <source>Checkpoint discarded: the next run starts from the beginning.</source>
        <translation>检查点已丢弃：下次运行将从头开始。</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos;: &apos;%3&apos; is not a number.</source>
        <translation>阶段“%2”中的“%1”：“%3”不是数字。</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be a whole number from %3 to %4.</source>
        <translation>阶段“%2”中的“%1”必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1 of stage &apos;%2&apos; must be 0 or more.</source>
        <translation>阶段“%2”中的“%1”必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 剩余约 %1</translation>
    </message>
    <message>
        <source>Not started: the project could not be saved.</source>
        <translation>未开始：无法保存项目。</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>正在读取项目…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>已暂停 — %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Cancelling: the fit stops after this iteration and saves the last good avatar…</source>
        <translation>正在取消：拟合将在本次迭代后停止，并保存最后一个有效的化身…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Paused — </source>
        <translation>已暂停 — </translation>
    </message>
    <message>
        <source>Preparing the project: %1</source>
        <translation>正在准备项目：%1</translation>
    </message>
    <message>
        <source>Initialising from the keypoints: %1</source>
        <translation>正在根据关键点初始化：%1</translation>
    </message>
    <message>
        <source>Stage %1/%2: %3 — iteration %4/%5</source>
        <translation>阶段 %1/%2：%3 — 迭代 %4/%5</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Finished%1: the avatar was written to %2.</source>
        <translation>已完成%1：化身已写入 %2。</translation>
    </message>
    <message>
        <source> (resumed from the checkpoint)</source>
        <translation>（从检查点继续）</translation>
    </message>
    <message>
        <source>Finished in %1; avatar written to %2</source>
        <translation>完成，用时 %1；化身已写入 %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled: the last good avatar was written to %1. Start again to resume from the checkpoint.</source>
        <translation>已取消：最后一个有效的化身已写入 %1。再次开始即可从检查点继续。</translation>
    </message>
    <message>
        <source>Cancelled; last good avatar written to %1</source>
        <translation>已取消；最后一个有效的化身已写入 %1</translation>
    </message>
    <message>
        <source>Cancelled before the fit started: nothing was written.</source>
        <translation>在拟合开始前已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled before the fit started</source>
        <translation>在拟合开始前已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The reconstruction failed: %1</source>
        <translation>重建失败：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备:</translation>
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
        <translation>重建运行的位置；GPU 快得多</translation>
    </message>
    <message>
        <source>No CUDA GPU was found: the reconstruction runs on the CPU</source>
        <translation>未找到 CUDA GPU：重建在 CPU 上运行</translation>
    </message>
    <message>
        <source>This build of Palma has no CUDA kernels: the reconstruction runs on the CPU</source>
        <translation>此 Palma 版本不含 CUDA 内核：重建在 CPU 上运行</translation>
    </message>
    <message>
        <source>Started: preset %1, %2 stages, on %3, project %4</source>
        <translation>已开始：预设 %1，%2 个阶段，在 %3 上，项目 %4</translation>
    </message>
    <message>
        <source>%1; running on the CPU</source>
        <translation>%1；在 CPU 上运行</translation>
    </message>
    <message>
        <source>The hand being fitted appears here in 3D while the reconstruction runs.</source>
        <translation>重建运行时，正在拟合的手会以 3D 形式显示在这里。</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a left hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>手尚未确认：将按左手进行拟合（如有误，请在“准备”页面选择手）。</translation>
    </message>
    <message>
        <source>The hand is not confirmed: it is fitted as a right hand (choose the hand on the Prepare page if that is wrong).</source>
        <translation>手尚未确认：将按右手进行拟合（如有误，请在“准备”页面选择手）。</translation>
    </message>
</context>
<context>
    <name>palma::RenderDialog</name>
    <message>
        <source>Render images</source>
        <translation>渲染图像</translation>
    </message>
    <message>
        <source>Current pose</source>
        <translation>当前姿势</translation>
    </message>
    <message>
        <source>Turntable of the current pose</source>
        <translation>当前姿势的转台</translation>
    </message>
    <message>
        <source>Timeline sequence</source>
        <translation>时间轴序列</translation>
    </message>
    <message>
        <source>Captured motion (capture cameras)</source>
        <translation>捕获的动作（捕获相机）</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>手掌</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>手背</translation>
    </message>
    <message>
        <source>Side (thumb)</source>
        <translation>侧面（拇指侧）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>A folder for PNG frames, or a video file (.mp4, .avi)</source>
        <translation>PNG 帧的文件夹，或视频文件 (.mp4, .avi)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder for PNG frames</source>
        <translation>选择 PNG 帧的文件夹</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视角</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Turntable frames</source>
        <translation>转台帧数</translation>
    </message>
    <message>
        <source>Video frame rate</source>
        <translation>视频帧率</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>PNG 帧的文件夹</translation>
    </message>
    <message>
        <source>Open an avatar first</source>
        <translation>请先打开一个化身</translation>
    </message>
    <message>
        <source>there is no timeline sequence to render</source>
        <translation>没有可渲染的时间轴序列</translation>
    </message>
    <message>
        <source>a render is already running</source>
        <translation>已有渲染正在进行</translation>
    </message>
    <message>
        <source>no avatar to render</source>
        <translation>没有可渲染的化身</translation>
    </message>
    <message>
        <source>choose where to write the frames (a folder or a video file)</source>
        <translation>请选择帧的写入位置（文件夹或视频文件）</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rendered %1 frames (%2 ms per frame): %3</source>
        <translation>已渲染 %1 帧（每帧 %2 ms）：%3</translation>
    </message>
    <message>
        <source>Render stopped: %1</source>
        <translation>渲染已停止：%1</translation>
    </message>
</context>
<context>
    <name>palma::RenderPreview</name>
    <message>
        <source>Cannot render the preview: %1</source>
        <translation>无法渲染预览：%1</translation>
    </message>
    <message>
        <source>Rendered by the engine&apos;s Renderer: %1 x %2 pixels in %3 ms</source>
        <translation>由引擎的 Renderer 渲染：%1 x %2 像素，用时 %3 毫秒</translation>
    </message>
</context>
<context>
    <name>palma::ShPreview</name>
    <message>
        <source>Irradiance of the spherical-harmonics lighting on a white sphere</source>
        <translation>球谐光照在白色球体上的辐照度</translation>
    </message>
    <message>
        <source>SH off</source>
        <translation>SH 关闭</translation>
    </message>
</context>
<context>
    <name>palma::WebcamRecorder</name>
    <message>
        <source>The camera &apos;%1&apos; could not be started or stopped working. It may be in use by another program; close that program or choose another camera.</source>
        <translation>摄像头“%1”无法启动或已停止工作。它可能正被其他程序占用；请关闭该程序或选择其他摄像头。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam (and check that the system lets this program use it), or import a video file instead.</source>
        <translation>未找到摄像头。请连接网络摄像头（并确认系统允许本程序使用它），或改为导入视频文件。</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not connected.</source>
        <translation>摄像头“%1”未连接。</translation>
    </message>
    <message>
        <source>No file name was given for the recording.</source>
        <translation>未指定录制的文件名。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: it is a folder.</source>
        <translation>无法录制到“%1”：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: use the extension .mp4, .mkv, .webm, .mov or .avi.</source>
        <translation>无法录制到“%1”：请使用扩展名 .mp4、.mkv、.webm、.mov 或 .avi。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>无法录制到“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>无法录制到“%1”：文件夹“%2”不可写。</translation>
    </message>
    <message>
        <source>Cannot record to &apos;%1&apos;: the file exists and cannot be overwritten.</source>
        <translation>无法录制到“%1”：文件已存在且无法覆盖。</translation>
    </message>
    <message>
        <source>Start the camera before recording.</source>
        <translation>录制前请先启动摄像头。</translation>
    </message>
    <message>
        <source>Cannot record video on this system: no video encoder is installed (install the GStreamer plugins, e.g. gstreamer1.0-plugins-good and gstreamer1.0-libav).</source>
        <translation>此系统无法录制视频：未安装视频编码器（请安装 GStreamer 插件，例如 gstreamer1.0-plugins-good 和 gstreamer1.0-libav）。</translation>
    </message>
    <message>
        <source>Cannot record &apos;%1&apos; files on this system (no encoder); use %2 instead.</source>
        <translation>此系统无法录制“%1”文件（没有编码器）；请改用 %2。</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the video format is not supported by the installed encoders</source>
        <translation>已安装的编码器不支持该视频格式</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <translation>录制器出错</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2 (%3).</source>
        <translation>录制到“%1”失败：%2 (%3)。</translation>
    </message>
    <message>
        <source>Recording to &apos;%1&apos; failed: %2</source>
        <translation>录制到“%1”失败：%2</translation>
    </message>
</context>
</TS>
