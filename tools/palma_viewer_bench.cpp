// palma-viewer-bench: the interactive frame rate of the studio's 3D avatar viewport (AvatarViewport).
// It opens an avatar folder (or builds the synthetic ground-truth avatar), shows the viewport at each
// requested window size and measures
//   orbit: the camera turns a full circle in --frames steps (one render each), the mouse-drag case;
//   pose:  every frame a new pose of the capture protocol (skinning, normals, tangents, shadow map,
//          vertex upload, render), the timeline-scrubbing case, with the soft shadows on and off.
// Every frame goes through Qt's paint path (update() and the event loop, as in the studio) and is
// waited for with glFinish(), so the numbers are whole frames on the screen; the CPU time per frame
// (all threads, llvmpipe's included) shows how much of a frame is waiting for a busy machine. Run it
// under Xvfb for the software (llvmpipe) numbers of docs/performance.md.
//
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/eval/synthetic_capture.h"
#include "widgets/avatar_document.h"
#include "widgets/avatar_viewport.h"

using namespace palma;

namespace {

// Counts the paint events the viewport receives (each one renders the VTK scene in paintGL()).
class PaintCounter : public QObject {
 public:
  int count = 0;
  bool eventFilter(QObject*, QEvent* event) override {
    if (event->type() == QEvent::Paint) ++count;
    return false;
  }
};

PaintCounter* paints = nullptr;

// Renders one frame on the screen and waits for it. Returns false when Qt did not paint (the window is
// not mapped yet).
bool drawFrame(AvatarViewport& view) {
  const int before = paints->count;
  view.update();
  QCoreApplication::sendPostedEvents();
  QCoreApplication::processEvents();
  view.makeCurrent();
  view.context()->functions()->glFinish();
  view.doneCurrent();
  return paints->count > before;
}

}  // namespace

int main(int argc, char** argv) {
  VtkViewport::configurePlatform();
  VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setApplicationName("palma-viewer-bench");
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Measures the frame rate of the 3D avatar viewport (orbit and pose changes, shadows on and off).");
  parser.addHelpOption();
  parser.addOption(
      {"avatar", "Avatar folder to open (default: the synthetic ground-truth avatar).", "folder"});
  parser.addOption({"frames", "Frames per measurement (default 60).", "n", "60"});
  parser.addOption({"sizes", "Window sizes (default 1280x720,1920x1080).", "list", "1280x720,1920x1080"});
  parser.addOption(
      {"subdivision", "Subdivision levels of the synthetic avatar (0 or 1, default 1).", "levels", "1"});
  parser.addOption(
      {"samples",
       "Multisamples of the viewport's framebuffer (default: the viewport's choice, 4 on a GPU, none on "
       "software OpenGL).",
       "n", "-1"});
  parser.addOption({"texture", "Texture size of the synthetic avatar (default 1024).", "texels", "1024"});
  parser.process(app);

  bool ok = false;
  const int frames = parser.value("frames").toInt(&ok);
  if (!ok || frames < 2) {
    std::fprintf(stderr, "palma-viewer-bench: --frames must be a number of at least 2\n");
    return 2;
  }
  std::vector<QSize> sizes;
  for (const QString& item : parser.value("sizes").split(',', Qt::SkipEmptyParts)) {
    const QStringList wh = item.split('x');
    const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh[1].toInt() : 0;
    if (w < 64 || h < 64) {
      std::fprintf(stderr, "palma-viewer-bench: a size must look like 1280x720 (at least 64x64), got '%s'\n",
                   qPrintable(item));
      return 2;
    }
    sizes.emplace_back(w, h);
  }

  AvatarDocument doc;
  torch::Tensor poses;  // [P,16,3] poses to scrub through
  if (parser.isSet("avatar")) {
    QString error;
    if (!doc.load(parser.value("avatar"), &error)) {
      std::fprintf(stderr, "palma-viewer-bench: %s\n", qPrintable(error));
      return 1;
    }
  } else {
    eval::SyntheticSettings settings;
    settings.subdivision_levels = parser.value("subdivision").toInt();
    settings.texture_size = parser.value("texture").toInt();
    try {
      settings.validate();
      const eval::SyntheticAvatar gt = eval::makeSyntheticAvatar(settings);
      doc.setAvatar(gt.avatar, gt.model);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "palma-viewer-bench: %s\n", e.what());
      return 1;
    }
  }
  poses = eval::captureProtocolMotion(doc.templateModel(), frames, 1).pose;
  const torch::Tensor translation = torch::tensor({0.0f, 0.0f, 0.45f});
  doc.setPose(poses[0], translation);

  AvatarViewport view(&doc);
  PaintCounter counter;
  paints = &counter;
  view.installEventFilter(&counter);
  std::printf("avatar: %d drawn vertices, texture %lldx%lld\n", view.drawnVertexCount(),
              static_cast<long long>(doc.avatar().albedo.size(1)),
              static_cast<long long>(doc.avatar().albedo.size(0)));
  std::printf("%-10s %-6s %-8s %7s %9s %12s %14s\n", "size", "case", "shadows", "fps", "ms/frame",
              "cpu ms/frame", "pose update ms");
  auto report = [](const QSize& size, const char* what, const char* shadows, double ms, double cpu_ms,
                   double update_ms) {
    std::printf("%-10s %-6s %-8s %7.1f %9.1f %12.1f %14s\n",
                qPrintable(QString("%1x%2").arg(size.width()).arg(size.height())), what, shadows, 1000.0 / ms,
                ms, cpu_ms, update_ms > 0 ? qPrintable(QString::number(update_ms, 'f', 1)) : "-");
    std::fflush(stdout);
  };
  for (const QSize& size : sizes) {
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
      std::fprintf(stderr, "palma-viewer-bench: the window was not shown (is there a display?)\n");
      return 1;
    }
    if (parser.value("samples").toInt() >= 0)  // after initializeGL(), which picks the default
      view.renderWindow()->SetMultiSamples(parser.value("samples").toInt());
    view.setShadowsEnabled(true);
    view.viewFromCapture();
    // Warm up (shaders, textures, buffers) until frames really reach the screen.
    int painted = 0;
    for (int i = 0; i < 200 && painted < 5; ++i) {
      painted += drawFrame(view);
      if (painted == 0) QTest::qWait(20);
    }
    if (painted < 5) {
      std::fprintf(stderr, "palma-viewer-bench: the viewport does not paint\n");
      return 1;
    }

    // Orbit: only the camera moves (the shadows were computed with the pose).
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    for (int i = 0; i < frames; ++i) {
      view.renderer()->GetActiveCamera()->Azimuth(360.0 / frames);
      view.renderer()->GetActiveCamera()->OrthogonalizeViewUp();
      if (!drawFrame(view)) {  // not painted: not a frame
        QTest::qWait(5);
        --i;
      }
    }
    report(size, "orbit", view.multisampled() ? "-, msaa" : "-",
           static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames,
           1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC / frames, 0);

    // Pose scrubbing, with and without the shadow map.
    for (bool shadows : {true, false}) {
      view.setShadowsEnabled(shadows);
      timer.restart();
      cpu = std::clock();
      double update_ms = 0;
      for (int i = 0; i < frames; ++i) {
        doc.setPose(poses[i % poses.size(0)], translation);
        update_ms += view.lastPoseUpdateMs();
        drawFrame(view);
      }
      report(size, "pose", shadows ? "on" : "off", static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames,
             1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC / frames, update_ms / frames);
    }
  }
  return 0;
}
