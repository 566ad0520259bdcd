// An independent check of the engine's CPU Renderer against VTK's OpenGL render of the same posed
// hand through the same pinhole camera: coverage masks must differ only along the silhouette and the
// metric depth of pixels both cover must agree to well below a millimetre. VTK draws into an offscreen
// render window (needs an X display: the test runs under Xvfb). Images of every comparison are written
// to renderer-vtk-crosscheck/ in the working directory (the build directory under CTest).
//
// LibTorch first: its headers use the identifier `slots`, which Qt's headers turn into a macro.
#include <torch/torch.h>

#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"

#include <vtkCamera.h>
#include <vtkMapper.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <QDir>
#include <QImage>
#include <QTest>

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <vector>

#include "widgets/hand_actor.h"
#include "widgets/pinhole_view.h"

using palma::PinholeView;

namespace {

// A posed built-in hand, fingers up and the back of the hand toward a camera at the origin looking down
// +z (OpenCV), its bounding-box centre at `centre` (metres).
struct PosedHand {
  palma::MatrixX3f vertices;
  palma::MatrixX3i faces;
};

PosedHand posedHand(const std::string& preset, const Eigen::Vector3f& centre) {
  static const palma::HandModel model = palma::makeBuiltinHand();
  static const palma::Rig rig = palma::makeRig(model);
  torch::NoGradGuard no_grad;
  palma::PoseMatrix pose = palma::posePreset(model, preset);
  palma::SkinningParams params;
  params.pose = torch::from_blob(pose.data(), {1, palma::kNumJoints, 3}, torch::kFloat32).clone();
  const torch::Tensor v = palma::skin(rig, params).vertices[0].contiguous();
  PosedHand hand;
  hand.vertices = Eigen::Map<const palma::MatrixX3f>(v.data_ptr<float>(), v.size(0), 3);
  hand.faces = model.faces;
  // 180 degrees about x: the fingers (+y) point up in the image (-y), the back (+z) faces the camera.
  hand.vertices.col(1) *= -1.0f;
  hand.vertices.col(2) *= -1.0f;
  const Eigen::RowVector3f box_centre =
      0.5f * (hand.vertices.colwise().minCoeff() + hand.vertices.colwise().maxCoeff());
  hand.vertices.rowwise() += centre.transpose() - box_centre;
  return hand;
}

PinholeView centredView(double fov_y_degrees, int width, int height) {
  PinholeView v;
  v.width = width;
  v.height = height;
  v.fy = 0.5 * height / std::tan(0.5 * fov_y_degrees * M_PI / 180.0);
  v.fx = v.fy;
  v.cx = 0.5 * width - 0.5;
  v.cy = 0.5 * height - 0.5;
  v.near = 0.05;
  v.far = 5.0;
  return v;
}

// Per-pixel coverage and camera z (metres, 0 = background), rows from the top.
struct DepthImage {
  int width = 0, height = 0;
  std::vector<float> depth;
  std::vector<unsigned char> rgb;  // for looking at it
  bool covered(int x, int y) const { return depth[static_cast<size_t>(y) * width + x] > 0; }
  float at(int x, int y) const { return depth[static_cast<size_t>(y) * width + x]; }
};

DepthImage renderWithRenderer(const PosedHand& hand, const PinholeView& view) {
  torch::NoGradGuard no_grad;
  palma::render::RenderMesh mesh;
  mesh.vertices = torch::from_blob(const_cast<float*>(hand.vertices.data()), {1, hand.vertices.rows(), 3},
                                   torch::kFloat32)
                      .clone();
  mesh.faces =
      torch::from_blob(const_cast<int*>(hand.faces.data()), {hand.faces.rows(), 3}, torch::kInt32).clone();
  palma::render::Material material;
  material.albedo = torch::tensor({0.8f, 0.55f, 0.45f});
  palma::render::CameraBatch cameras;
  cameras.intrinsics = torch::tensor({view.fx, view.fy, view.cx, view.cy}, torch::kFloat32).view({1, 4});
  const Eigen::Matrix3f r = view.rotation.cast<float>();
  const Eigen::Vector3f t = view.translation.cast<float>();
  cameras.rotation = torch::from_blob(const_cast<float*>(r.data()), {1, 3, 3}, torch::kFloat32)
                         .transpose(1, 2)  // Eigen is column-major
                         .contiguous();
  cameras.translation = torch::from_blob(const_cast<float*>(t.data()), {1, 3}, torch::kFloat32).clone();
  cameras.width = view.width;
  cameras.height = view.height;
  cameras.near = view.near;
  cameras.far = view.far;
  // Coverage and depth do not depend on the shading: ambient light only.
  palma::render::Lighting lighting = palma::render::Lighting::harpDefaults();
  lighting.point_light = false;
  lighting.shadows = false;
  palma::render::RenderSettings settings;
  settings.antialias = false;  // hard coverage, as OpenGL without multisampling
  palma::render::Renderer renderer;
  const palma::render::RenderOutput out = renderer.render(mesh, material, lighting, cameras, settings);

  DepthImage image;
  image.width = view.width;
  image.height = view.height;
  const torch::Tensor depth = out.depth[0].squeeze(2).contiguous();
  const torch::Tensor id = out.rast[0].select(2, 3).contiguous();
  image.depth.assign(depth.data_ptr<float>(), depth.data_ptr<float>() + depth.numel());
  // Coverage is the triangle id, not the depth (a covered pixel always has z >= near > 0 here).
  for (int64_t i = 0; i < id.numel(); ++i)
    if (id.data_ptr<float>()[i] <= 0) image.depth[static_cast<size_t>(i)] = 0;
  const torch::Tensor srgb =
      (out.image[0].clamp(0, 1).pow(1 / 2.2) * 255).round().to(torch::kUInt8).contiguous();
  image.rgb.assign(srgb.data_ptr<uint8_t>(), srgb.data_ptr<uint8_t>() + srgb.numel());
  return image;
}

// VTK's z-buffer of the same mesh, through a vtkCamera set up by hand for the OpenCV pinhole (or through
// `given`, when there is one, in a window of the view's size).
DepthImage renderWithVtk(const PosedHand& hand, const PinholeView& view, vtkCamera* given = nullptr) {
  palma::HandActor actor;
  actor.setMesh(hand.vertices, hand.faces);
  vtkNew<vtkRenderer> renderer;
  renderer->SetBackground(0, 0, 0);
  actor.addTo(renderer);
  vtkNew<vtkRenderWindow> window;
  window->SetOffScreenRendering(1);
  window->SetMultiSamples(0);  // one sample at each pixel centre, as the Renderer
  window->SetSize(view.width, view.height);
  window->AddRenderer(renderer);

  vtkNew<vtkCamera> camera;
  // Camera centre C = -R^T t; OpenCV looks down the camera's +z with +y down, so VTK's focal point is
  // C + R^T (0,0,1) and its view up R^T (0,-1,0).
  const Eigen::Vector3d c = view.position();
  const Eigen::Vector3d forward = view.rotation.row(2).transpose();
  const Eigen::Vector3d up = -view.rotation.row(1).transpose();
  camera->SetPosition(c.x(), c.y(), c.z());
  camera->SetFocalPoint(c.x() + forward.x(), c.y() + forward.y(), c.z() + forward.z());
  camera->SetViewUp(up.x(), up.y(), up.z());
  // Vertical view angle from fy (square pixels), the principal point through the window centre: the
  // optical axis lands at NDC x = 2 (cx + 1/2) / W - 1, and VTK puts it at -wx; in y (VTK up) at
  // 1 - 2 (cy + 1/2) / H = -wy.
  camera->SetViewAngle(2.0 * std::atan(0.5 * view.height / view.fy) * 180.0 / M_PI);
  camera->SetWindowCenter(1.0 - 2.0 * (view.cx + 0.5) / view.width,
                          2.0 * (view.cy + 0.5) / view.height - 1.0);
  camera->SetClippingRange(view.near, view.far);
  renderer->SetActiveCamera(given ? given : camera.Get());
  window->Render();

  const double* range =
      renderer->GetActiveCamera()->GetClippingRange();  // unchanged by rendering (no interactor)
  const double n = range[0], f = range[1];
  if (std::abs(n - view.near) > 1e-12 || std::abs(f - view.far) > 1e-12)
    qFatal("VTK changed the clipping range to %g..%g", n, f);
  DepthImage image;
  image.width = view.width;
  image.height = view.height;
  image.depth.resize(static_cast<size_t>(view.width) * view.height);
  float* z = window->GetZbufferData(0, 0, view.width - 1, view.height - 1);  // rows from the bottom
  unsigned char* rgb = window->GetPixelData(0, 0, view.width - 1, view.height - 1, 0);
  image.rgb.resize(image.depth.size() * 3);
  for (int y = 0; y < view.height; ++y)
    for (int x = 0; x < view.width; ++x) {
      const size_t gl = static_cast<size_t>(view.height - 1 - y) * view.width + x;
      const size_t out = static_cast<size_t>(y) * view.width + x;
      const double zb = z[gl];
      // Window depth (0..1) -> NDC -> camera z of the OpenGL perspective with near n and far f.
      const double ndc = 2.0 * zb - 1.0;
      image.depth[out] = zb < 1.0 ? static_cast<float>(2.0 * f * n / ((f + n) - ndc * (f - n))) : 0.0f;
      for (int k = 0; k < 3; ++k) image.rgb[3 * out + k] = rgb[3 * gl + k];
    }
  delete[] z;
  delete[] rgb;
  return image;
}

struct Comparison {
  long renderer_pixels = 0, vtk_pixels = 0, both = 0, either = 0;
  long differing = 0;           // covered by exactly one
  long differing_off_edge = 0;  // of those, farther than one pixel from either silhouette
  long depth_pixels = 0;        // interior pixels compared
  double iou = 0;
  double median_mm = 0, p99_mm = 0, max_mm = 0;
};

// Interior: both cover the pixel and its 5x5 neighbourhood, and no depth step over 5 mm between
// 4-neighbours within one pixel (occlusion edges inside the silhouette, e.g. fingers over the palm,
// are silhouettes of the front surface as well).
Comparison compare(const DepthImage& a, const DepthImage& b, const QString& name) {
  const int w = a.width, h = a.height;
  auto inside = [&](int x, int y) { return x >= 0 && y >= 0 && x < w && y < h; };
  auto nearEdge = [&](const DepthImage& img, int x, int y, int radius) {
    const bool c = img.covered(x, y);
    for (int dy = -radius; dy <= radius; ++dy)
      for (int dx = -radius; dx <= radius; ++dx)
        if (!inside(x + dx, y + dy) || img.covered(x + dx, y + dy) != c) return true;
    return false;
  };
  auto nearStep = [&](const DepthImage& img, int x, int y) {
    for (int dy = -2; dy <= 1; ++dy)
      for (int dx = -2; dx <= 1; ++dx) {
        const int x0 = x + dx, y0 = y + dy;
        if (!inside(x0, y0) || !inside(x0 + 1, y0 + 1)) continue;
        if (std::abs(img.at(x0, y0) - img.at(x0 + 1, y0)) > 0.005f ||
            std::abs(img.at(x0, y0) - img.at(x0, y0 + 1)) > 0.005f)
          return true;
      }
    return false;
  };

  Comparison r;
  std::vector<double> diffs;
  QImage coverage(w, h, QImage::Format_RGB888), depth_diff(w, h, QImage::Format_RGB888);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const bool ca = a.covered(x, y), cb = b.covered(x, y);
      r.renderer_pixels += ca;
      r.vtk_pixels += cb;
      r.both += ca && cb;
      r.either += ca || cb;
      // grey: both, red: Renderer only, blue: VTK only
      coverage.setPixelColor(x, y,
                             ca && cb ? QColor(150, 150, 150)
                             : ca     ? QColor(255, 0, 0)
                             : cb     ? QColor(0, 80, 255)
                                      : QColor(0, 0, 0));
      depth_diff.setPixelColor(x, y, ca || cb ? QColor(60, 60, 60) : QColor(0, 0, 0));
      if (ca != cb) {
        ++r.differing;
        if (!nearEdge(a, x, y, 1) && !nearEdge(b, x, y, 1)) ++r.differing_off_edge;
      }
      if (ca && cb && !nearEdge(a, x, y, 2) && !nearEdge(b, x, y, 2) && !nearStep(a, x, y) &&
          !nearStep(b, x, y)) {
        const double d = std::abs(static_cast<double>(a.at(x, y)) - b.at(x, y)) * 1000.0;
        diffs.push_back(d);
        // white at 0, red at 0.1 mm and beyond
        const int level = static_cast<int>(std::min(1.0, d / 0.1) * 255);
        depth_diff.setPixelColor(x, y, QColor(255, 255 - level, 255 - level));
      }
    }
  r.iou = r.either > 0 ? static_cast<double>(r.both) / r.either : 0;
  r.depth_pixels = static_cast<long>(diffs.size());
  if (!diffs.empty()) {
    std::sort(diffs.begin(), diffs.end());
    r.median_mm = diffs[diffs.size() / 2];
    r.p99_mm = diffs[std::min(diffs.size() - 1, static_cast<size_t>(0.99 * diffs.size()))];
    r.max_mm = diffs.back();
  }

  QDir().mkpath("renderer-vtk-crosscheck");
  const QString base = "renderer-vtk-crosscheck/" + name;
  QImage(a.rgb.data(), w, h, 3 * w, QImage::Format_RGB888).save(base + "-renderer.png");
  QImage(b.rgb.data(), w, h, 3 * w, QImage::Format_RGB888).save(base + "-vtk.png");
  coverage.save(base + "-coverage.png");
  depth_diff.save(base + "-depth-diff.png");
  qInfo(
      "%s: %dx%d, Renderer %ld px, VTK %ld px, IoU %.5f, %ld differing (%ld off the silhouette); depth "
      "on %ld interior px: median %.5f mm, p99 %.5f mm, max %.5f mm",
      qPrintable(name), w, h, r.renderer_pixels, r.vtk_pixels, r.iou, r.differing, r.differing_off_edge,
      r.depth_pixels, r.median_mm, r.p99_mm, r.max_mm);
  return r;
}

// The bounds every matching view must meet (margins over the values measured on Xvfb + Mesa llvmpipe,
// listed per case below).
void checkAgreement(const Comparison& c) {
  QVERIFY2(c.renderer_pixels > 2000, "the hand should cover a good part of the image");
  QVERIFY2(c.iou > 0.99, qPrintable(QString("IoU %1").arg(c.iou)));
  QCOMPARE(c.differing_off_edge, 0L);
  QVERIFY2(c.differing < 0.01 * c.either, qPrintable(QString("%1 differing pixels").arg(c.differing)));
  QVERIFY(c.depth_pixels > 0.5 * c.both);
  QVERIFY2(c.median_mm < 0.005, qPrintable(QString("median %1 mm").arg(c.median_mm)));
  QVERIFY2(c.max_mm < 0.02, qPrintable(QString("max %1 mm").arg(c.max_mm)));
}

}  // namespace

class RendererVtkCrosscheckTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    // Polygon offset would push VTK's depths back by a multiple of the depth slope (the default
    // resolves coincident lines and polygons); the comparison wants the plain surface depth.
    vtkMapper::SetResolveCoincidentTopologyToOff();
    torch::manual_seed(0);
  }

  void relaxedSquare() {
    const PosedHand hand = posedHand("relaxed", {0.0f, 0.0f, 0.45f});
    const PinholeView view = centredView(50, 256, 256);
    checkAgreement(compare(renderWithRenderer(hand, view), renderWithVtk(hand, view), "relaxed-256"));
  }

  void fistWide() {
    const PosedHand hand = posedHand("fist", {0.01f, -0.005f, 0.45f});
    const PinholeView view = centredView(60, 320, 240);
    checkAgreement(compare(renderWithRenderer(hand, view), renderWithVtk(hand, view), "fist-320x240"));
  }

  void offCentrePrincipalPoint() {
    const PosedHand hand = posedHand("relaxed", {0.02f, 0.01f, 0.45f});
    PinholeView view = centredView(55, 320, 240);
    view.cx = 141.3;  // 18.2 px left of the centre
    view.cy = 131.8;  // 12.3 px below it
    checkAgreement(compare(renderWithRenderer(hand, view), renderWithVtk(hand, view), "relaxed-offcentre"));
  }

  // A camera that is not at the origin: rotated and moved, the mesh stays put.
  void movedCamera() {
    const PosedHand hand = posedHand("point", {0.0f, 0.0f, 0.45f});
    PinholeView view = centredView(50, 256, 256);
    const Eigen::Matrix3d r = (Eigen::AngleAxisd(0.5, Eigen::Vector3d::UnitY()) *
                               Eigen::AngleAxisd(-0.25, Eigen::Vector3d::UnitX()) *
                               Eigen::AngleAxisd(0.3, Eigen::Vector3d::UnitZ()))
                                  .toRotationMatrix();
    // Orbit about the hand's centre: camera coordinates of that centre stay (0, 0, 0.45).
    const Eigen::Vector3d centre(0, 0, 0.45);
    view.rotation = r;
    view.translation = centre - r * centre;
    checkAgreement(compare(renderWithRenderer(hand, view), renderWithVtk(hand, view), "point-moved"));
  }

  // The studio's conversion (pinholeFromVtkCamera) of a camera positioned the VTK way, with a window
  // centre and a horizontal view angle, reproduces VTK's view.
  void pinholeFromVtkCameraMatchesVtk() {
    const PosedHand hand = posedHand("pinch", {0.0f, 0.0f, 0.45f});
    vtkNew<vtkCamera> camera;
    camera->SetFocalPoint(0, 0, 0.45);
    camera->SetPosition(0, 0, 0);
    camera->SetViewUp(0, -1, 0);
    camera->Azimuth(-25);
    camera->Elevation(20);
    camera->OrthogonalizeViewUp();
    camera->UseHorizontalViewAngleOn();
    camera->SetViewAngle(62);
    camera->SetWindowCenter(0.08, -0.05);
    camera->SetClippingRange(0.1, 2.0);
    const PinholeView view = palma::pinholeFromVtkCamera(camera, 300, 220);
    QVERIFY(std::abs(view.cx - (1 - 0.08) * 150 + 0.5) < 1e-9);
    QVERIFY(std::abs(view.cy - (1 - 0.05) * 110 + 0.5) < 1e-9);
    QVERIFY((view.rotation * view.rotation.transpose() - Eigen::Matrix3d::Identity()).norm() < 1e-12);
    QVERIFY(std::abs(view.rotation.determinant() - 1) < 1e-12);
    // VTK renders through that vtkCamera, the Renderer through the converted pinhole.
    checkAgreement(
        compare(renderWithRenderer(hand, view), renderWithVtk(hand, view, camera), "pinch-from-vtk"));
    // And the converted pinhole maps VTK's own projection of a point onto the same pixel.
    const double world[4] = {0.03, -0.02, 0.47, 1.0};
    double display[3];
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetSize(300, 220);
    window->AddRenderer(renderer);
    renderer->SetActiveCamera(camera);
    renderer->SetWorldPoint(world[0], world[1], world[2], world[3]);
    renderer->WorldToDisplay();
    renderer->GetDisplayPoint(display);
    const Eigen::Vector3d p =
        view.rotation * Eigen::Vector3d(world[0], world[1], world[2]) + view.translation;
    const double u = view.fx * p.x() / p.z() + view.cx, v = view.fy * p.y() / p.z() + view.cy;
    // VTK display coordinates: pixel edges at integers, y from the bottom.
    qInfo("VTK display (%.4f, %.4f), pinhole (%.4f, %.4f)", display[0] - 0.5, 220 - display[1] - 0.5, u, v);
    QVERIFY(std::abs(display[0] - 0.5 - u) < 1e-6);
    QVERIFY(std::abs(220 - display[1] - 0.5 - v) < 1e-6);
  }

  // The comparison notices a camera that is one pixel off: the test can fail.
  void onePixelShiftIsDetected() {
    const PosedHand hand = posedHand("relaxed", {0.0f, 0.0f, 0.45f});
    const PinholeView view = centredView(50, 256, 256);
    PinholeView shifted = view;
    shifted.cx += 1.0;
    const Comparison c =
        compare(renderWithRenderer(hand, view), renderWithVtk(hand, shifted), "relaxed-256-shifted");
    QVERIFY2(c.iou < 0.99 || c.median_mm > 0.005 || c.max_mm > 0.02,
             qPrintable(QString("IoU %1, median %2 mm").arg(c.iou).arg(c.median_mm)));
  }
};

QTEST_GUILESS_MAIN(RendererVtkCrosscheckTest)

#include "renderer_vtk_crosscheck_test.moc"
