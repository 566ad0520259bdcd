#include "core/eval/render_benchmark.h"

#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/common/memory.h"
#include "core/eval/render_baseline.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/model/subdivision.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/renderer.h"

namespace palma::eval {

namespace {

using Clock = std::chrono::steady_clock;

// A memory field of /proc/self/status ("VmHWM:" peak resident set, "VmRSS:" resident set) in MB;
// resetPeak() makes the kernel restart the peak from the current size.
double statusMb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(field, 0) == 0) return std::stod(line.substr(field.size())) / 1024.0;
  return 0;
}
void resetPeak() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

struct Scene {
  render::RenderMesh mesh;
  render::Material material;
  render::Lighting lighting;
  render::CameraBatch cameras;
  torch::Tensor target;  // [B,H,W,3]
};

// B posed hands (the pose presets in turn, each turned a little) 45 cm in front of a camera whose
// crop the hand fills, as after capture preparation.
Scene makeScene(const HandModel& model, int size, int frames, const RenderBenchmarkOptions& options) {
  const Rig rig = makeRig(model);
  const auto names = posePresetNames();
  auto pose = torch::zeros({frames, kNumJoints, 3});
  for (int b = 0; b < frames; ++b) {
    const PoseMatrix p = posePreset(model, names[b % names.size()]);
    pose[b] = torch::from_blob(const_cast<float*>(p.data()), {kNumJoints, 3}, torch::kFloat32).clone();
    // Palm toward the camera, turned a little differently each frame.
    pose[b][0] = torch::tensor({3.14159f * 0.5f + 0.1f * b, 0.15f * (b % 3) - 0.15f, 0.05f * b});
  }
  SkinningParams params;
  params.pose = pose;
  auto verts = skin(rig, params).vertices;  // [B,N,3]
  verts = verts - verts.mean(1, true) + torch::tensor({0.0f, 0.0f, 0.45f}).view({1, 1, 3});
  Scene s;
  s.mesh.vertices = verts;
  s.mesh.faces = rig.faces;
  s.mesh.uvs =
      torch::from_blob(const_cast<float*>(model.uvs.data()), {model.uvs.rows(), 2}, torch::kFloat32).clone();
  std::vector<int64_t> uv_faces(model.uv_faces.data(), model.uv_faces.data() + model.uv_faces.size());
  s.mesh.uv_faces = torch::tensor(uv_faces, torch::kInt64).view({-1, 3});
  torch::manual_seed(1);
  const int t = options.texture_size;
  s.material.albedo =
      torch::tensor({0.80f, 0.52f, 0.42f}).view({1, 1, 1, 3}) + 0.05f * torch::rand({1, t, t, 3});
  s.material.normal_map =
      torch::tensor({0.5f, 0.5f, 1.0f}).view({1, 1, 1, 3}) + 0.02f * torch::randn({1, t, t, 3});
  s.lighting = render::Lighting::harpDefaults();
  s.lighting.shadow.resolution = options.shadow_resolution;
  // A 20 cm hand at 45 cm filling ~80 % of the crop.
  render::Camera cam;
  cam.width = cam.height = size;
  cam.fx = cam.fy = 0.8 * size * 0.45 / 0.22;
  cam.cx = cam.cy = 0.5 * size - 0.5;
  s.cameras = render::CameraBatch::repeat(cam, frames);
  s.target = torch::rand({frames, size, size, 3});
  const auto device = options.device;
  for (torch::Tensor* t : {&s.mesh.vertices, &s.mesh.faces, &s.mesh.uvs, &s.mesh.uv_faces, &s.material.albedo,
                           &s.material.normal_map, &s.lighting.light_position, &s.lighting.ambient_logit,
                           &s.cameras.intrinsics, &s.cameras.rotation, &s.cameras.translation, &s.target})
    if (t->defined()) *t = t->to(device);
  return s;
}

void timeCase(const std::function<render::RenderOutput(const Scene&)>& render_fn, Scene& s, int repeats,
              RenderBenchmarkRow& row, const std::string& trace_path) {
  const int frames = row.frames;
  const torch::Device device = s.target.device();
  const bool cuda = device.is_cuda();
  std::vector<double> fwd, fwd_bwd;
  double peak = 0;
  torch::Tensor grad_image, grad_mask;
  {
    torch::NoGradGuard no_grad;
    const auto out = render_fn(s);
    grad_image = (out.image - s.target).sign() / static_cast<double>(out.image.numel());
    grad_mask = torch::full_like(out.mask, 1.0 / static_cast<double>(out.mask.numel()));
  }
  // Run 0 warms up, runs 1..repeats are timed, the last one (untimed) measures memory.
  for (int r = 0; r <= repeats + 1; ++r) {
    const bool memory_run = r == repeats + 1;
    {
      torch::NoGradGuard no_grad;
      render::synchronizeDevice(device);
      const auto start = Clock::now();
      const auto out = render_fn(s);
      render::synchronizeDevice(device);
      if (r > 0 && !memory_run)
        fwd.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count() / frames);
      row.covered_fraction = out.mask.mean().item<double>();
    }
    auto verts = s.mesh.vertices.detach().clone().set_requires_grad(true);
    auto albedo = s.material.albedo.detach().clone().set_requires_grad(true);
    auto normal_map = s.material.normal_map.detach().clone().set_requires_grad(true);
    auto light = s.lighting.light_position.detach().clone().set_requires_grad(true);
    Scene g = s;
    g.mesh.vertices = verts;
    g.material.albedo = albedo;
    g.material.normal_map = normal_map;
    g.lighting.light_position = light;
    // For the memory run, return freed memory to the system first, so that the growth measured is this
    // run's own (that costs page faults, which is why it is not timed).
    if (memory_run && !cuda) releaseFreeMemory();
    const double before = cuda ? render::deviceAllocatedMemoryMb(device) : statusMb("VmRSS:");
    if (cuda)
      render::resetDevicePeakMemory(device);
    else
      resetPeak();
    render::synchronizeDevice(device);
    const auto start = Clock::now();
    const auto out = render_fn(g);
    // The renderer's backward from the gradients an optimiser's loss hands it (those of an L1 image
    // loss plus the mean mask, made once before the timed runs): the loss itself is not the renderer's
    // work and is not timed.
    torch::autograd::backward({out.image, out.mask}, {grad_image, grad_mask});
    render::synchronizeDevice(device);
    if (memory_run)
      peak = (cuda ? render::devicePeakMemoryMb(device) : statusMb("VmHWM:")) - before;
    else if (r > 0)
      fwd_bwd.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count() / frames);
  }
  if (!trace_path.empty()) {
    auto verts = s.mesh.vertices.detach().clone().set_requires_grad(true);
    Scene g = s;
    g.mesh.vertices = verts;
    g.material.albedo = s.material.albedo.detach().clone().set_requires_grad(true);
    g.material.normal_map = s.material.normal_map.detach().clone().set_requires_grad(true);
    g.lighting.light_position = s.lighting.light_position.detach().clone().set_requires_grad(true);
    torch::autograd::profiler::RecordProfile profile(trace_path);
    const auto out = render_fn(g);
    torch::autograd::backward({out.image, out.mask}, {grad_image, grad_mask});
    render::synchronizeDevice(device);
  }
  row.forward_ms = median(fwd);
  row.forward_backward_ms = median(fwd_bwd);
  row.peak_memory_mb = peak;
}

}  // namespace

std::vector<RenderBenchmarkRow> runRenderBenchmark(const RenderBenchmarkOptions& options) {
  std::vector<std::pair<std::string, HandModel>> meshes;
  meshes.emplace_back("hand", makeBuiltinHand());
  if (options.dense)
    meshes.emplace_back("hand-loop2", subdivide(meshes[0].second, SubdivisionScheme::Loop, 2));
  std::vector<RenderBenchmarkRow> rows;
  const int cases = static_cast<int>(meshes.size() * options.sizes.size()) * (options.baseline ? 2 : 1);
  int done = 0;
  for (const auto& [name, model] : meshes) {
    for (const int size : options.sizes) {
      Scene scene = makeScene(model, size, options.frames, options);
      for (const bool baseline : {false, true}) {
        if (baseline && !options.baseline) continue;
        RenderBenchmarkRow row;
        row.implementation = baseline ? "torch-ops" : "palma";
        row.device = options.device.str();
        row.mesh = name;
        row.triangles = model.numFaces();
        row.vertices = model.numVertices();
        row.size = size;
        row.frames = options.frames;
        if (options.progress)
          options.progress({static_cast<double>(done) / cases, "bench",
                            row.implementation + " " + name + " " + std::to_string(size) + "^2"});
        render::Renderer renderer;
        const std::string trace = options.trace_dir.empty()
                                      ? std::string()
                                      : options.trace_dir + "/" + row.implementation + "-" + name + "-" +
                                            std::to_string(size) + ".json";
        if (baseline) {
          timeCase(
              [&](const Scene& s) { return renderWithTorchOps(s.mesh, s.material, s.lighting, s.cameras); },
              scene, options.repeats, row, trace);
        } else {
          // What the fitter asks for: image and mask only.
          render::RenderSettings settings;
          settings.geometry_outputs = false;
          timeCase(
              [&](const Scene& s) {
                return renderer.render(s.mesh, s.material, s.lighting, s.cameras, settings);
              },
              scene, options.repeats, row, trace);
          torch::NoGradGuard no_grad;
          renderer.render(scene.mesh, scene.material, scene.lighting, scene.cameras, settings);
          const auto& t = renderer.lastTimings();
          row.rasterize_ms = t.rasterize_ms / options.frames;
          row.shadow_ms = t.shadow_ms / options.frames;
          row.shade_ms = t.shade_ms / options.frames;
          row.antialias_ms = t.antialias_ms / options.frames;
        }
        rows.push_back(row);
        ++done;
      }
    }
  }
  if (options.progress) options.progress({1.0, "bench", "done"});
  return rows;
}

std::string renderBenchmarkTable(const std::vector<RenderBenchmarkRow>& rows) {
  std::ostringstream out;
  char line[256];
  std::snprintf(line, sizeof(line), "%-10s %-7s %-11s %9s %6s %7s %8s %10s %8s %8s\n", "impl", "device",
                "mesh", "triangles", "size", "cover", "fwd ms", "fwd+bwd ms", "peak MB", "speed-up");
  out << line;
  for (const auto& r : rows) {
    std::string speedup = "";
    if (r.implementation == "palma")
      for (const auto& b : rows)
        if (b.implementation == "torch-ops" && b.device == r.device && b.mesh == r.mesh && b.size == r.size &&
            r.forward_backward_ms > 0) {
          char s[32];
          std::snprintf(s, sizeof(s), "%.1fx", b.forward_backward_ms / r.forward_backward_ms);
          speedup = s;
        }
    std::snprintf(line, sizeof(line), "%-10s %-7s %-11s %9lld %4dx%-4d %5.1f%% %8.3f %10.3f %8.0f %8s\n",
                  r.implementation.c_str(), r.device.c_str(), r.mesh.c_str(),
                  static_cast<long long>(r.triangles), r.size, r.size, 100 * r.covered_fraction, r.forward_ms,
                  r.forward_backward_ms, r.peak_memory_mb, speedup.c_str());
    out << line;
  }
  out << "(milliseconds per frame; batches of " << (rows.empty() ? 0 : rows[0].frames)
      << " frames; peak MB = growth of the resident set (CPU) or of the CUDA allocator's peak during forward "
         "+ "
         "backward)\n";
  return out.str();
}

}  // namespace palma::eval
