// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "widgets/avatar_viewport.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGlyph3D.h>
#include <vtkIdTypeArray.h>
#include <vtkImageData.h>
#include <vtkOpenGLPolyDataMapper.h>
#include <vtkPlaneSource.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShaderProperty.h>
#include <vtkSphereSource.h>
#include <vtkTexture.h>
#include <vtkTubeFilter.h>
#include <vtkUniforms.h>
#include <vtkUnsignedCharArray.h>

#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <algorithm>
#include <chrono>
#include <cstring>

#include "core/avatar/avatar_ops.h"
#include "core/model/skinning.h"
#include "core/render/shading.h"
#include "core/render/shadow.h"
#include "widgets/avatar_document.h"

namespace palma {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Vertex shader additions: the engine's per-vertex attributes, passed through to the fragments.
constexpr const char* kVertexDec = R"(//VTK::Normal::Dec
in vec3 palmaPosition;
in vec3 palmaNormal;
in vec4 palmaTangent;
in float palmaVisibility;
out vec3 palmaPositionVSOut;
out vec3 palmaNormalVSOut;
out vec4 palmaTangentVSOut;
out float palmaVisibilityVSOut;
)";

constexpr const char* kVertexImpl = R"(//VTK::Normal::Impl
  palmaPositionVSOut = palmaPosition;
  palmaNormalVSOut = palmaNormal;
  palmaTangentVSOut = palmaTangent;
  palmaVisibilityVSOut = palmaVisibility;
)";

constexpr const char* kFragmentDec = R"(//VTK::Normal::Dec
in vec3 palmaPositionVSOut;
in vec3 palmaNormalVSOut;
in vec4 palmaTangentVSOut;
in float palmaVisibilityVSOut;
)";

// The Renderer's shading (core/render/shade_pixels.cpp) per fragment, in world coordinates:
// normal mapping with the interpolated tangent frame (glTF: bitangent = w * cross(n, t)), SH irradiance
// (Ramamoorthi & Hanrahan) or the constant ambient ratio, the point light's cosine term scaled by
// (1 - a) and the shadow visibility, times the albedo as stored. No transfer function on the result.
constexpr const char* kFragmentShading = R"(//VTK::Light::Impl
  {
    vec3 n0 = palmaNormalVSOut;
    vec3 n = n0 / sqrt(dot(n0, n0) + 1e-20);
    vec3 ns = n;
    if (palmaUseNormalMap != 0) {
      vec3 t0 = palmaTangentVSOut.xyz;
      float w = palmaTangentVSOut.w < 0.0 ? -1.0 : 1.0;
      vec3 to = t0 - n * dot(n, t0);
      vec3 t = to / sqrt(dot(to, to) + 1e-20);
      vec3 b = cross(n, t) * w;
      vec3 m = texture(palmaNormalMap, tcoordVCVSOutput).rgb * 2.0 - 1.0;
      vec3 s = t * m.x + b * m.y + n * m.z;
      ns = s / sqrt(dot(s, s) + 1e-20);
    }
    vec3 shade = vec3(palmaAmbient);
    if (palmaUseSH != 0) {
      float x = ns.x, y = ns.y, z = ns.z;
      shade = palmaSH[0] * 0.886227
            + palmaSH[1] * (2.0 * 0.511664 * y)
            + palmaSH[2] * (2.0 * 0.511664 * z)
            + palmaSH[3] * (2.0 * 0.511664 * x)
            + palmaSH[4] * (2.0 * 0.429043 * x * y)
            + palmaSH[5] * (2.0 * 0.429043 * y * z)
            + palmaSH[6] * (0.743125 * z * z - 0.247708)
            + palmaSH[7] * (2.0 * 0.429043 * x * z)
            + palmaSH[8] * (0.429043 * (x * x - y * y));
    }
    if (palmaPointLight != 0) {
      vec3 l0 = palmaLightPosition - palmaPositionVSOut;
      vec3 l = l0 / sqrt(dot(l0, l0) + 1e-20);
      float visibility = palmaUseShadows != 0 ? clamp(palmaVisibilityVSOut, 0.0, 1.0) : 1.0;
      shade += max(dot(ns, l), 0.0) * visibility * palmaDirectScale * palmaLightColour;
    }
    vec3 albedo = texture(palmaAlbedo, tcoordVCVSOutput).rgb;
    gl_FragData[0] = vec4(albedo * shade, 1.0);
  }
)";

// Copies a contiguous float tensor [rows, components] into a VTK array of that many tuples.
void fillArray(vtkFloatArray* array, const torch::Tensor& values) {
  const torch::Tensor v = values.to(torch::kFloat32).contiguous();
  const int components = v.dim() == 1 ? 1 : static_cast<int>(v.size(1));
  array->SetNumberOfComponents(components);
  array->SetNumberOfTuples(v.size(0));
  std::memcpy(array->GetPointer(0), v.data_ptr<float>(), sizeof(float) * static_cast<size_t>(v.numel()));
  array->Modified();
}

// An [H,W,3] map in [0,1] (row 0 = top of the image) as an 8-bit VTK texture whose t = 0 is the
// image's bottom row, so that the texture coordinate t equals the model's v (v up).
vtkSmartPointer<vtkTexture> makeTexture(const torch::Tensor& map) {
  const torch::Tensor bytes =
      (map.to(torch::kFloat32).clamp(0, 1) * 255.0).round().to(torch::kUInt8).flip({0}).contiguous();
  const int h = static_cast<int>(bytes.size(0)), w = static_cast<int>(bytes.size(1));
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->SetDimensions(w, h, 1);
  image->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
  std::memcpy(image->GetScalarPointer(), bytes.data_ptr<uint8_t>(), static_cast<size_t>(bytes.numel()));
  auto texture = vtkSmartPointer<vtkTexture>::New();
  texture->SetInputData(image);
  texture->SetColorModeToDirectScalars();
  texture->InterpolateOn();  // bilinear, no mipmaps: the Renderer's sampling
  texture->MipmapOff();
  texture->RepeatOff();
  texture->EdgeClampOn();
  return texture;
}

vtkSmartPointer<vtkActor> lineActor(vtkPolyData* data, const double rgb[3], bool cell_colours) {
  auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  mapper->SetInputData(data);
  if (cell_colours) {
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
  } else {
    mapper->ScalarVisibilityOff();
  }
  auto actor = vtkSmartPointer<vtkActor>::New();
  actor->SetMapper(mapper);
  actor->GetProperty()->SetColor(rgb[0], rgb[1], rgb[2]);
  actor->GetProperty()->LightingOff();
  actor->PickableOff();
  return actor;
}

// Whether the Renderer accepts `lighting` (toRenderLighting's checks: an ambient ratio in (0, 1), or 0
// with SH lighting).
bool usableLighting(const AvatarLighting& lighting) {
  try {
    toRenderLighting(lighting);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// The Renderer's soft shadow visibility (HARP shadow map, 3x3 sigmoid filter) at the mesh vertices
// [N,3]; all ones when the lighting casts no shadow. -> [N]
torch::Tensor vertexVisibility(const torch::Tensor& vertices, const torch::Tensor& faces,
                               const AvatarLighting& lighting) {
  if (!lighting.point_light || !lighting.shadows || !usableLighting(lighting))
    return torch::ones({vertices.size(0)});
  torch::NoGradGuard no_grad;
  const torch::Tensor v = vertices.unsqueeze(0);
  const render::Lighting rl = toRenderLighting(lighting);
  const render::ShadowMap map = render::renderShadowMap(v, faces, rl.light_position, rl.shadow);
  const torch::Tensor light_points = render::toLightSpace(map, v)[0];
  const torch::Tensor batch = torch::zeros({light_points.size(0)}, torch::kLong);
  return render::shadowVisibility(map, light_points, batch, rl.shadow).view({-1});
}

}  // namespace

struct AvatarViewport::Scene {
  // Engine state of the current avatar.
  bool ready = false;
  torch::Tensor faces;         // [F,3] int64
  torch::Tensor uvs;           // [T,2]
  torch::Tensor uv_faces;      // [F,3] int64
  torch::Tensor uv_to_vertex;  // [T] int64: the mesh vertex of each UV vertex
  bool normal_map = false;
  torch::Tensor vertices;                                  // [N,3] current posed vertices
  torch::Tensor normals;                                   // [N,3] their unit normals
  torch::Tensor visibility;                                // [N] shadow visibility (1 = lit)
  Eigen::Vector3f shadow_light = Eigen::Vector3f::Zero();  // the light `visibility` was made for
  bool shadow_valid = false;  // visibility holds the current pose's shadow (not all ones)

  // The skin: UV-split vertices, the avatar's maps, our shader.
  vtkSmartPointer<vtkPolyData> skin = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkOpenGLPolyDataMapper> skin_mapper = vtkSmartPointer<vtkOpenGLPolyDataMapper>::New();
  vtkSmartPointer<vtkActor> skin_actor = vtkSmartPointer<vtkActor>::New();
  vtkSmartPointer<vtkFloatArray> position = vtkSmartPointer<vtkFloatArray>::New();
  vtkSmartPointer<vtkFloatArray> normal = vtkSmartPointer<vtkFloatArray>::New();
  vtkSmartPointer<vtkFloatArray> tangent = vtkSmartPointer<vtkFloatArray>::New();
  vtkSmartPointer<vtkFloatArray> shadow = vtkSmartPointer<vtkFloatArray>::New();

  // Overlays.
  vtkSmartPointer<vtkActor> wire_actor;
  vtkSmartPointer<vtkPolyData> normal_lines = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkActor> normals_actor;
  vtkSmartPointer<vtkPolyData> bones = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkPolyData> joints = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkActor> bones_actor = vtkSmartPointer<vtkActor>::New();
  vtkSmartPointer<vtkActor> joints_actor = vtkSmartPointer<vtkActor>::New();
  vtkSmartPointer<vtkPolyData> axes = vtkSmartPointer<vtkPolyData>::New();
  vtkSmartPointer<vtkActor> axes_actor;
  vtkSmartPointer<vtkPlaneSource> floor = vtkSmartPointer<vtkPlaneSource>::New();
  vtkSmartPointer<vtkActor> floor_actor = vtkSmartPointer<vtkActor>::New();
  double hand_size = 0.2;  // bounding-box diagonal of the hand (metres)
};

AvatarViewport::AvatarViewport(AvatarDocument* document, QWidget* parent)
    : VtkViewport(parent), document_(document), scene_(std::make_unique<Scene>()) {
  Scene& s = *scene_;

  // The skin with our shading.
  s.skin_mapper->SetInputData(s.skin);
  s.skin_mapper->ScalarVisibilityOff();
  s.skin_mapper->MapDataArrayToVertexAttribute("palmaPosition", "palma_position",
                                               vtkDataObject::FIELD_ASSOCIATION_POINTS, -1);
  s.skin_mapper->MapDataArrayToVertexAttribute("palmaNormal", "palma_normal",
                                               vtkDataObject::FIELD_ASSOCIATION_POINTS, -1);
  s.skin_mapper->MapDataArrayToVertexAttribute("palmaTangent", "palma_tangent",
                                               vtkDataObject::FIELD_ASSOCIATION_POINTS, -1);
  s.skin_mapper->MapDataArrayToVertexAttribute("palmaVisibility", "palma_visibility",
                                               vtkDataObject::FIELD_ASSOCIATION_POINTS, -1);
  s.position->SetName("palma_position");
  s.normal->SetName("palma_normal");
  s.tangent->SetName("palma_tangent");
  s.shadow->SetName("palma_visibility");
  s.skin_actor->SetMapper(s.skin_mapper);
  vtkShaderProperty* shader = s.skin_actor->GetShaderProperty();
  shader->AddVertexShaderReplacement("//VTK::Normal::Dec", true, kVertexDec, false);
  shader->AddVertexShaderReplacement("//VTK::Normal::Impl", true, kVertexImpl, false);
  shader->AddFragmentShaderReplacement("//VTK::Normal::Dec", true, kFragmentDec, false);
  shader->AddFragmentShaderReplacement("//VTK::Light::Impl", true, kFragmentShading, false);
  // VTK would modulate the colour with every texture after lighting: our shader already did.
  shader->AddFragmentShaderReplacement("//VTK::TCoord::Impl", true, "", false);
  s.skin_actor->VisibilityOff();
  renderer()->AddActor(s.skin_actor);

  // Wireframe over the skin (polygon offset keeps the lines in front of the coincident surface).
  const double wire_rgb[3] = {0.1, 0.1, 0.12};
  s.wire_actor = lineActor(s.skin, wire_rgb, false);
  s.wire_actor->GetProperty()->SetRepresentationToWireframe();
  s.wire_actor->GetProperty()->SetOpacity(0.3);
  s.wire_actor->VisibilityOff();
  renderer()->AddActor(s.wire_actor);

  const double normal_rgb[3] = {0.2, 0.6, 1.0};
  s.normals_actor = lineActor(s.normal_lines, normal_rgb, false);
  s.normals_actor->VisibilityOff();
  renderer()->AddActor(s.normals_actor);

  // Skeleton and joint axes on the overlay layer, so that they show through the skin.
  auto tubes = vtkSmartPointer<vtkTubeFilter>::New();
  tubes->SetInputData(s.bones);
  tubes->SetNumberOfSides(8);
  tubes->SetRadius(0.0012);
  auto bones_mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  bones_mapper->SetInputConnection(tubes->GetOutputPort());
  s.bones_actor->SetMapper(bones_mapper);
  s.bones_actor->GetProperty()->SetColor(0.95, 0.85, 0.3);
  auto sphere = vtkSmartPointer<vtkSphereSource>::New();
  sphere->SetRadius(0.0025);
  sphere->SetThetaResolution(12);
  sphere->SetPhiResolution(8);
  auto glyphs = vtkSmartPointer<vtkGlyph3D>::New();
  glyphs->SetInputData(s.joints);
  glyphs->SetSourceConnection(sphere->GetOutputPort());
  glyphs->ScalingOff();
  auto joints_mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  joints_mapper->SetInputConnection(glyphs->GetOutputPort());
  joints_mapper->ScalarVisibilityOff();
  s.joints_actor->SetMapper(joints_mapper);
  s.joints_actor->GetProperty()->SetColor(1.0, 0.45, 0.2);
  const double white[3] = {1, 1, 1};
  s.axes_actor = lineActor(s.axes, white, true);
  s.axes_actor->GetProperty()->SetLineWidth(2);
  for (vtkActor* a : {s.bones_actor.Get(), s.joints_actor.Get(), s.axes_actor.Get()}) {
    a->VisibilityOff();
    overlayRenderer()->AddActor(a);
  }

  // Floor grid; left out of the bounds that frame-all fits.
  s.floor->SetResolution(20, 20);
  auto floor_mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
  floor_mapper->SetInputConnection(s.floor->GetOutputPort());
  s.floor_actor->SetMapper(floor_mapper);
  s.floor_actor->GetProperty()->SetRepresentationToWireframe();
  s.floor_actor->GetProperty()->LightingOff();
  s.floor_actor->GetProperty()->SetColor(0.55, 0.57, 0.6);
  s.floor_actor->GetProperty()->SetOpacity(0.5);
  s.floor_actor->UseBoundsOff();
  s.floor_actor->VisibilityOff();
  renderer()->AddActor(s.floor_actor);

  // Actions.
  struct OverlayInfo {
    QString text;
    QKeySequence key;
  };
  const OverlayInfo infos[5] = {{tr("&Wireframe"), QKeySequence(Qt::Key_W)},
                                {tr("Vertex &normals"), QKeySequence(Qt::Key_N)},
                                {tr("&Skeleton"), QKeySequence(Qt::Key_K)},
                                {tr("&Joint axes"), QKeySequence(Qt::Key_J)},
                                {tr("Reference &floor"), QKeySequence(Qt::Key_G)}};
  for (int i = 0; i < 5; ++i) {
    QAction* action = new QAction(infos[i].text, this);
    action->setCheckable(true);
    action->setShortcut(infos[i].key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const auto overlay = static_cast<Overlay>(i);
    connect(action, &QAction::toggled, this, [this, overlay](bool on) { setOverlayVisible(overlay, on); });
    overlay_actions_[i] = action;
    addAction(action);
  }
  frame_action_ = new QAction(tr("&Frame all"), this);
  frame_action_->setShortcut(QKeySequence(Qt::Key_F));
  frame_action_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(frame_action_, &QAction::triggered, this, &AvatarViewport::frameAll);
  addAction(frame_action_);

  background_group_ = new QActionGroup(this);
  const std::pair<QString, Background> backgrounds[4] = {{tr("&Dark background"), Background::Dark},
                                                         {tr("&Light background"), Background::Light},
                                                         {tr("&Gradient background"), Background::Gradient},
                                                         {tr("&Custom background..."), Background::Custom}};
  for (const auto& [text, mode] : backgrounds) {
    QAction* action = background_group_->addAction(text);
    action->setCheckable(true);
    action->setData(static_cast<int>(mode));
    action->setChecked(mode == background_mode_);
    connect(action, &QAction::triggered, this, [this, mode = mode]() {
      if (mode == Background::Custom) {
        const QColor color = QColorDialog::getColor(custom_background_, this, tr("Background colour"));
        if (color.isValid())
          setCustomBackground(color);
        else
          applyBackground();  // keeps the previous choice checked
      } else {
        setBackgroundMode(mode);
      }
    });
  }
  applyBackground();

  if (document_) {
    connect(document_, &AvatarDocument::avatarChanged, this, &AvatarViewport::rebuild);
    connect(document_, &AvatarDocument::poseChanged, this, &AvatarViewport::updatePose);
    connect(document_, &AvatarDocument::lightingChanged, this, &AvatarViewport::updateLighting);
    // A mirrored avatar flips the triangle winding: the mesh is built again.
    connect(document_, &AvatarDocument::sideChanged, this, &AvatarViewport::rebuild);
    if (document_->hasAvatar()) rebuild();
  }
}

AvatarViewport::~AvatarViewport() = default;

void AvatarViewport::initializeGL() {
  const auto* name = reinterpret_cast<const char*>(context()->functions()->glGetString(GL_RENDERER));
  const QByteArray renderer = name ? QByteArray(name).toLower() : QByteArray();
  if (renderer.contains("llvmpipe") || renderer.contains("softpipe") || renderer.contains("swrast"))
    renderWindow()->SetMultiSamples(0);
  VtkViewport::initializeGL();
}

bool AvatarViewport::multisampled() const { return renderWindow()->GetMultiSamples() > 0; }

int AvatarViewport::drawnVertexCount() const {
  return scene_->ready ? static_cast<int>(scene_->skin->GetNumberOfPoints()) : 0;
}

bool AvatarViewport::overlayVisible(Overlay overlay) const {
  return overlay_actions_[static_cast<int>(overlay)]->isChecked();
}

QAction* AvatarViewport::overlayAction(Overlay overlay) const {
  return overlay_actions_[static_cast<int>(overlay)];
}

void AvatarViewport::setOverlayVisible(Overlay overlay, bool visible) {
  QAction* action = overlay_actions_[static_cast<int>(overlay)];
  if (action->isChecked() != visible) {
    action->setChecked(visible);  // toggled() calls back here
    return;
  }
  if (overlay == Overlay::Floor && visible) placeFloor();
  updateOverlays();
  render();
}

void AvatarViewport::setBackgroundMode(Background mode) {
  background_mode_ = mode;
  applyBackground();
}

void AvatarViewport::setCustomBackground(const QColor& color) {
  custom_background_ = color;
  setBackgroundMode(Background::Custom);
}

void AvatarViewport::applyBackground() {
  vtkRenderer* r = renderer();
  r->SetGradientBackground(background_mode_ == Background::Gradient);
  switch (background_mode_) {
    case Background::Dark:
      setBackground(QColor(40, 44, 52));
      break;
    case Background::Light:
      setBackground(QColor(232, 234, 238));
      break;
    case Background::Gradient:
      setBackground(QColor(24, 26, 31));    // bottom
      r->SetBackground2(0.43, 0.47, 0.54);  // top
      break;
    case Background::Custom:
      setBackground(custom_background_);
      break;
  }
  for (QAction* action : background_group_->actions())
    action->setChecked(action->data().toInt() == static_cast<int>(background_mode_));
  render();
}

void AvatarViewport::setShadowsEnabled(bool enabled) {
  shadows_enabled_ = enabled;
  updateLighting();  // computes the shadow when it is missing; sets the shader's switch
}

void AvatarViewport::rebuild() {
  Scene& s = *scene_;
  s.ready = false;
  if (!document_ || !document_->hasAvatar()) {
    s.skin_actor->VisibilityOff();
    updateOverlays();
    render();
    return;
  }
  torch::NoGradGuard no_grad;
  const Avatar& avatar = document_->avatar();
  const render::RenderMesh mesh = document_->posedMesh();
  const int64_t n = mesh.vertices.size(0);
  s.faces = mesh.faces.to(torch::kLong);
  vtkSmartPointer<vtkTexture> albedo;
  if (mesh.uvs.defined() && mesh.uv_faces.defined()) {
    s.uvs = mesh.uvs.to(torch::kFloat32);
    s.uv_faces = mesh.uv_faces.to(torch::kLong);
    s.uv_to_vertex = torch::zeros({s.uvs.size(0)}, torch::kLong);
    s.uv_to_vertex.index_put_({s.uv_faces.flatten()}, s.faces.flatten());
    albedo = makeTexture(avatar.albedo);
    s.normal_map = avatar.normal_map.defined() && avatar.normal_map.dim() == 3;
  } else {
    // No UV atlas: one UV vertex per mesh vertex and the albedo's mean colour.
    s.uvs = torch::full({n, 2}, 0.5f);
    s.uv_faces = s.faces;
    s.uv_to_vertex = torch::arange(n, torch::kLong);
    albedo = makeTexture(avatar.albedo.reshape({-1, 3}).mean(0).view({1, 1, 3}));
    s.normal_map = false;
  }

  // Topology and texture coordinates (fixed for this avatar).
  const int64_t t = s.uvs.size(0);
  auto points = vtkSmartPointer<vtkPoints>::New();
  points->SetDataTypeToFloat();
  points->SetNumberOfPoints(t);
  s.skin->SetPoints(points);
  auto polys = vtkSmartPointer<vtkCellArray>::New();
  auto offsets = vtkSmartPointer<vtkIdTypeArray>::New();
  auto connectivity = vtkSmartPointer<vtkIdTypeArray>::New();
  const int64_t f = s.uv_faces.size(0);
  offsets->SetNumberOfValues(f + 1);
  for (int64_t i = 0; i <= f; ++i) offsets->SetValue(i, 3 * i);
  const torch::Tensor tri = s.uv_faces.contiguous();
  connectivity->SetNumberOfValues(3 * f);
  for (int64_t i = 0; i < 3 * f; ++i) connectivity->SetValue(i, tri.data_ptr<int64_t>()[i]);
  polys->SetData(offsets, connectivity);
  s.skin->SetPolys(polys);
  auto tcoords = vtkSmartPointer<vtkFloatArray>::New();
  tcoords->SetName("palma_uv");
  fillArray(tcoords, s.uvs);
  s.skin->GetPointData()->SetTCoords(tcoords);
  s.skin->GetPointData()->AddArray(s.position);
  s.skin->GetPointData()->AddArray(s.normal);
  s.skin->GetPointData()->AddArray(s.tangent);
  s.skin->GetPointData()->AddArray(s.shadow);

  vtkProperty* property = s.skin_actor->GetProperty();
  property->RemoveAllTextures();
  property->SetTexture("palmaAlbedo", albedo);
  // The sampler is declared either way; without a map it is never read.
  property->SetTexture("palmaNormalMap", s.normal_map ? makeTexture(avatar.normal_map) : albedo);
  s.ready = true;
  s.skin_actor->VisibilityOn();

  const bool first = s.vertices.numel() == 0;
  updatePose();
  updateLighting();
  const torch::Tensor lo = s.vertices.amin(0), hi = s.vertices.amax(0);
  s.hand_size = (hi - lo).norm().item<double>();
  if (first)
    viewFromCapture();
  else
    placeFloor();
}

void AvatarViewport::updatePose() {
  Scene& s = *scene_;
  if (!s.ready || !document_ || !document_->hasAvatar()) return;
  const auto start = Clock::now();
  torch::NoGradGuard no_grad;
  const render::RenderMesh mesh = document_->posedMesh();
  s.vertices = mesh.vertices.to(torch::kFloat32).contiguous();  // [N,3]
  const torch::Tensor v = s.vertices.unsqueeze(0);
  const torch::Tensor normals = vertexNormals(v, s.faces);  // [1,N,3], as the Renderer
  s.normals = normals[0] / torch::sqrt((normals[0] * normals[0]).sum(-1, true) + 1e-20);
  const torch::Tensor tangents = render::uvTangents(v, s.faces, s.uvs, s.uv_faces, normals)[0];  // [T,4]

  vtkPoints* points = s.skin->GetPoints();
  const torch::Tensor split = s.vertices.index_select(0, s.uv_to_vertex).contiguous();
  std::memcpy(points->GetVoidPointer(0), split.data_ptr<float>(), sizeof(float) * split.numel());
  points->Modified();
  fillArray(s.position, split);
  fillArray(s.normal, normals[0].index_select(0, s.uv_to_vertex));
  fillArray(s.tangent, tangents);

  // Soft shadows: the Renderer's shadow map and visibility, evaluated at the vertices.
  const AvatarLighting& lighting = document_->lighting();
  const auto shadow_start = Clock::now();
  s.visibility =
      shadows_enabled_ ? vertexVisibility(s.vertices, s.faces, lighting) : torch::ones({s.vertices.size(0)});
  s.shadow_light = lighting.light_position;
  s.shadow_valid = shadows_enabled_ && lighting.point_light && lighting.shadows && usableLighting(lighting);
  fillArray(s.shadow, s.visibility.index_select(0, s.uv_to_vertex));
  last_shadow_ms_ = msSince(shadow_start);
  s.skin->Modified();

  updateOverlays();
  last_pose_ms_ = msSince(start);
  render();
}

void AvatarViewport::updateLighting() {
  Scene& s = *scene_;
  if (!document_ || !document_->hasAvatar()) return;
  const AvatarLighting& l = document_->lighting();
  if (!usableLighting(l)) return;  // keeps showing the last valid lighting
  vtkUniforms* u = s.skin_actor->GetShaderProperty()->GetFragmentCustomUniforms();
  const bool ratio = l.ambient > 0.0f && l.ambient < 1.0f;
  u->SetUniformi("palmaUseNormalMap", s.normal_map ? 1 : 0);
  u->SetUniformi("palmaUseSH", l.use_sh ? 1 : 0);
  float sh[9][3];
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) sh[k][c] = l.sh(k, c);
  u->SetUniform3fv("palmaSH", 9, sh);
  u->SetUniformf("palmaAmbient", ratio ? l.ambient : 0.0f);
  u->SetUniformf("palmaDirectScale", ratio ? 1.0f - l.ambient : 1.0f);
  u->SetUniformi("palmaPointLight", l.point_light ? 1 : 0);
  u->SetUniformi("palmaUseShadows", shadows_enabled_ && l.shadows ? 1 : 0);
  const float position[3] = {l.light_position.x(), l.light_position.y(), l.light_position.z()};
  const float colour[3] = {l.light_colour.x(), l.light_colour.y(), l.light_colour.z()};
  u->SetUniform3f("palmaLightPosition", position);
  u->SetUniform3f("palmaLightColour", colour);

  // The shadow depends on the light's position: recompute it when it is shown and the light moved.
  const bool casts = shadows_enabled_ && l.point_light && l.shadows;
  if (s.ready && casts && (!s.shadow_valid || s.shadow_light != l.light_position)) {
    const auto start = Clock::now();
    s.visibility = vertexVisibility(s.vertices, s.faces, l);
    s.shadow_light = l.light_position;
    s.shadow_valid = true;
    fillArray(s.shadow, s.visibility.index_select(0, s.uv_to_vertex));
    s.skin->Modified();
    last_shadow_ms_ = msSince(start);
  }
  render();
}

void AvatarViewport::updateOverlays() {
  Scene& s = *scene_;
  const bool ready = s.ready;
  s.wire_actor->SetVisibility(ready && overlayVisible(Overlay::Wireframe));
  s.normals_actor->SetVisibility(ready && overlayVisible(Overlay::Normals));
  s.bones_actor->SetVisibility(ready && overlayVisible(Overlay::Skeleton));
  s.joints_actor->SetVisibility(ready && overlayVisible(Overlay::Skeleton));
  s.axes_actor->SetVisibility(ready && overlayVisible(Overlay::JointAxes));
  s.floor_actor->SetVisibility(ready && overlayVisible(Overlay::Floor));
  if (!ready) return;
  torch::NoGradGuard no_grad;

  if (overlayVisible(Overlay::Normals)) {
    // A line from each vertex along its normal, 2% of the hand's size.
    const int64_t n = s.vertices.size(0);
    const torch::Tensor ends =
        torch::stack({s.vertices, s.vertices + s.normals * static_cast<float>(0.02 * s.hand_size)}, 1)
            .reshape({2 * n, 3})
            .contiguous();
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToFloat();
    points->SetNumberOfPoints(2 * n);
    std::memcpy(points->GetVoidPointer(0), ends.data_ptr<float>(), sizeof(float) * ends.numel());
    s.normal_lines->SetPoints(points);
    if (!s.normal_lines->GetLines() || s.normal_lines->GetNumberOfLines() != n) {
      auto lines = vtkSmartPointer<vtkCellArray>::New();
      for (vtkIdType i = 0; i < n; ++i) {
        const vtkIdType ids[2] = {2 * i, 2 * i + 1};
        lines->InsertNextCell(2, ids);
      }
      s.normal_lines->SetLines(lines);
    }
    s.normal_lines->Modified();
  }

  if (overlayVisible(Overlay::Skeleton) || overlayVisible(Overlay::JointAxes)) {
    const Rig& rig = document_->rig();
    SkinningParams params;
    params.pose = document_->pose().to(torch::kFloat32).unsqueeze(0);
    params.translation = document_->translation().to(torch::kFloat32).view({1, 3});
    const torch::Tensor& shape = document_->avatar().shape;
    if (shape.defined() && shape.numel() > 0) params.shape = shape.to(torch::kFloat32).unsqueeze(0);
    const SkinningResult skinned = skin(rig, params);
    const torch::Tensor joints = skinned.joints[0].contiguous();  // [16,3]
    const torch::Tensor rotations = skinned.transforms[0].narrow(1, 0, 3).narrow(2, 0, 3).contiguous();
    auto joint_points = vtkSmartPointer<vtkPoints>::New();
    for (int j = 0; j < kNumJoints; ++j)
      joint_points->InsertNextPoint(joints[j][0].item<float>(), joints[j][1].item<float>(),
                                    joints[j][2].item<float>());
    s.joints->SetPoints(joint_points);
    auto bone_lines = vtkSmartPointer<vtkCellArray>::New();
    for (int j = 0; j < kNumJoints; ++j) {
      if (rig.parents[j] < 0) continue;
      const vtkIdType ids[2] = {rig.parents[j], j};
      bone_lines->InsertNextCell(2, ids);
    }
    s.bones->SetPoints(joint_points);
    s.bones->SetLines(bone_lines);
    s.bones->Modified();
    s.joints->Modified();

    // Triads: the columns of each joint's rotation (rest frame axes carried into the pose).
    const float length = static_cast<float>(0.06 * s.hand_size);
    auto axis_points = vtkSmartPointer<vtkPoints>::New();
    auto axis_lines = vtkSmartPointer<vtkCellArray>::New();
    auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colours->SetNumberOfComponents(3);
    const unsigned char rgb[3][3] = {{230, 60, 60}, {60, 200, 60}, {70, 110, 240}};
    for (int j = 0; j < kNumJoints; ++j) {
      const float* p = joints[j].data_ptr<float>();
      for (int a = 0; a < 3; ++a) {
        const vtkIdType i0 = axis_points->InsertNextPoint(p[0], p[1], p[2]);
        const vtkIdType i1 = axis_points->InsertNextPoint(p[0] + length * rotations[j][0][a].item<float>(),
                                                          p[1] + length * rotations[j][1][a].item<float>(),
                                                          p[2] + length * rotations[j][2][a].item<float>());
        const vtkIdType ids[2] = {i0, i1};
        axis_lines->InsertNextCell(2, ids);
        colours->InsertNextTypedTuple(rgb[a]);
      }
    }
    s.axes->SetPoints(axis_points);
    s.axes->SetLines(axis_lines);
    s.axes->GetCellData()->SetScalars(colours);
    s.axes->Modified();
  }
}

// The floor: a grid in the plane y = const below the hand (OpenCV world: +y points down in the
// capture image), three hand sizes wide, a tenth of the hand's size under its lowest point.
void AvatarViewport::placeFloor() {
  Scene& s = *scene_;
  if (!s.ready) return;
  const torch::Tensor lo = s.vertices.amin(0), hi = s.vertices.amax(0);
  const double cx = 0.5 * (lo[0].item<double>() + hi[0].item<double>());
  const double cz = 0.5 * (lo[2].item<double>() + hi[2].item<double>());
  const double y = hi[1].item<double>() + 0.1 * s.hand_size;
  const double half = 1.5 * s.hand_size;
  s.floor->SetOrigin(cx - half, y, cz - half);
  s.floor->SetPoint1(cx + half, y, cz - half);
  s.floor->SetPoint2(cx - half, y, cz + half);
  s.floor->Update();
}

void AvatarViewport::viewFromCapture() {
  Scene& s = *scene_;
  if (!s.ready) return;
  const torch::Tensor centre = 0.5 * (s.vertices.amin(0) + s.vertices.amax(0));
  const double c[3] = {centre[0].item<double>(), centre[1].item<double>(), centre[2].item<double>()};
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->SetFocalPoint(c);
  camera->SetPosition(c[0], c[1], c[2] - 1.0);
  camera->SetViewUp(0, -1, 0);
  placeFloor();
  frameAll();
}

void AvatarViewport::turnAround(double degrees) {
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->Azimuth(degrees);
  camera->OrthogonalizeViewUp();
  frameAll();
}

}  // namespace palma
