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
    <name>palma::ExportPage</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;Write the avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js (the same export as &lt;tt&gt;palma export&lt;/tt&gt;; see docs/export.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;导出&lt;/h2&gt;&lt;p&gt;将头像导出为带骨骼的资源，供 Blender、Maya、Unreal、Unity 或 three.js 使用（与 &lt;tt&gt;palma export&lt;/tt&gt; 相同；参见 docs/export.md）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an avatar first (File &gt; Open Avatar…).</source>
        <translation>请先打开一个头像（文件 &gt; 打开头像…）。</translation>
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
        <translation>头像自身的</translation>
    </message>
    <message>
        <source>Texture size:</source>
        <translation>纹理尺寸：</translation>
    </message>
    <message>
        <source>Extra subdivision levels on top of the avatar&apos;s (each ×4 faces)</source>
        <translation>在头像基础上额外的细分级别（每级面数 ×4）</translation>
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
        <translation>导出头像</translation>
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
    <name>palma::FrameCompareView</name>
    <message>
        <source>Open the capture or project folder the avatar was made from</source>
        <translation>请打开生成该头像所用的捕获或项目文件夹</translation>
    </message>
    <message>
        <source>The pose shown is not a captured one: pick a captured frame on the timeline</source>
        <translation>当前显示的姿势不是捕获的姿势：请在时间轴上选择一个捕获帧</translation>
    </message>
    <message>
        <source>The capture has no frame %1 (the avatar&apos;s captured row %2)</source>
        <translation>捕获中没有第 %1 帧（头像的捕获行 %2）</translation>
    </message>
    <message>
        <source>Cannot render the avatar: %1</source>
        <translation>无法渲染头像：%1</translation>
    </message>
    <message>
        <source>Capture frame %1: mean difference %2 (%3 ms)</source>
        <translation>捕获帧 %1：平均差异 %2（%3 ms）</translation>
    </message>
</context>
<context>
    <name>palma::InspectPage</name>
    <message>
        <source>No avatar is open.

Open one with File &gt; Open Avatar… (Ctrl+O) or drop an avatar folder (NAME.palma-avatar) onto this window.</source>
        <translation>没有打开的头像。

使用 文件 &gt; 打开头像…（Ctrl+O）打开，或将头像文件夹 (NAME.palma-avatar) 拖放到此窗口。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>No avatar open.</source>
        <translation>没有打开的头像。</translation>
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
        <translation>未命名头像</translation>
    </message>
    <message>
        <source>No avatar open</source>
        <translation>没有打开的头像</translation>
    </message>
    <message>
        <source>%1: %2 vertices, %3×%4 texture, %5 captured frames</source>
        <translation>%1：%2 个顶点，纹理 %3×%4，%5 个捕获帧</translation>
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
        <translation>使用下方的 SH 环境照亮头像，而非均匀环境光</translation>
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
    <name>palma::MainWindow</name>
    <message>
        <source>Not yet in this version of the studio.</source>
        <translation>此版本的工作室尚未提供。</translation>
    </message>
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
        <source>Here you will record a short video of your hand with a webcam, with on-screen guidance for the hand poses and the lighting.</source>
        <translation>此处将来可以用网络摄像头拍摄一段手部短视频，并有手势和光照的屏幕引导。</translation>
    </message>
    <message>
        <source>For now, record 10 to 20 seconds with any camera: turn the open hand slowly, then make a fist and spread the fingers, in even light. Then prepare the clip on the command line:</source>
        <translation>目前请用任意相机拍摄 10 到 20 秒：在均匀光照下缓慢转动张开的手，然后握拳再张开手指。之后在命令行中准备该片段：</translation>
    </message>
    <message>
        <source>Here you will pick the frames, check the hand masks and correct the 2D keypoints of a clip.</source>
        <translation>此处将来可以挑选片段的帧、检查手部遮罩并修正二维关键点。</translation>
    </message>
    <message>
        <source>For now, prepare a clip on the command line; it picks the frames, stores the keypoints and writes a project folder:</source>
        <translation>目前请在命令行中准备片段；它会挑选帧、保存关键点并写出项目文件夹：</translation>
    </message>
    <message>
        <source>Here you will start the reconstruction of a prepared project and follow its losses and intermediate renders.</source>
        <translation>此处将来可以启动已准备项目的重建，并跟踪其损失和中间渲染。</translation>
    </message>
    <message>
        <source>For now, reconstruct on the command line, then open the avatar folder here (File &gt; Open Avatar…) to inspect and export it:</source>
        <translation>目前请在命令行中重建，然后在此打开头像文件夹（文件 &gt; 打开头像…）进行查看和导出：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open Avatar…</source>
        <translation>打开头像…</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar) (Ctrl+O)</source>
        <translation>打开头像文件夹 (NAME.palma-avatar) (Ctrl+O)</translation>
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
        <translation>将头像导出为 glTF、FBX 或 OBJ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close Avatar</source>
        <translation>关闭头像</translation>
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
        <translation>使头像适应视图 (F)</translation>
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
        <translation>无法打开头像</translation>
    </message>
    <message>
        <source>Cannot open the avatar &apos;%1&apos;: %2</source>
        <translation>无法打开头像“%1”：%2</translation>
    </message>
    <message>
        <source>Open an avatar folder (NAME.palma-avatar)</source>
        <translation>打开头像文件夹 (NAME.palma-avatar)</translation>
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
        <translation>导出头像</translation>
    </message>
    <message>
        <source>No recent avatars</source>
        <translation>没有最近的头像</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>Avatar not found</source>
        <translation>找不到头像</translation>
    </message>
    <message>
        <source>The avatar folder &apos;%1&apos; no longer exists; it was removed from Open Recent.</source>
        <translation>头像文件夹“%1”已不存在，已从“最近打开”中移除。</translation>
    </message>
    <message>
        <source>The language changes when Palma Studio restarts.</source>
        <translation>语言将在 Palma Studio 重启后切换。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;Personalised, rigged, relightable hand avatars from a short video.&lt;/p&gt;&lt;p&gt;Open an avatar folder with File &gt; Open Avatar… or drop it onto the window. In the 3D view, drag with the left mouse button to orbit, the right button or the wheel to zoom, the middle button to pan; F frames the avatar.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palma Studio %1&lt;/h3&gt;&lt;p&gt;从一段短视频生成个性化、带骨骼、可重新打光的手部头像。&lt;/p&gt;&lt;p&gt;通过 文件 &gt; 打开头像… 打开头像文件夹，或将其拖放到窗口。在三维视图中，左键拖动旋转，右键拖动或滚轮缩放，中键平移；按 F 显示整个头像。&lt;/p&gt;</translation>
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
        <translation>生成该头像所用的捕获或项目文件夹</translation>
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
        <translation>其他头像：反照率</translation>
    </message>
    <message>
        <source>Other avatar: normal map</source>
        <translation>其他头像：法线贴图</translation>
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
        <translation>打开要比较的第二个头像文件夹</translation>
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
        <translation>没有可比较的贴图：请打开一个头像</translation>
    </message>
    <message>
        <source>Other avatar: </source>
        <translation>其他头像：</translation>
    </message>
    <message>
        <source>This avatar: </source>
        <translation>当前头像：</translation>
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
        <translation>没有可导出的贴图：请先打开一个头像。</translation>
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
        <translation>打开要比较的头像</translation>
    </message>
    <message>
        <source>The avatar could not be opened: %1</source>
        <translation>无法打开头像：%1</translation>
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
        <translation>没有头像</translation>
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
        <translation>请先打开一个头像</translation>
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
        <translation>没有可渲染的头像</translation>
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
