#include "core/render/shade_pixels.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <type_traits>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/cpu/shade_simd.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernel_params.h"
#include "core/render/kernels/shade_kernel.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

template <typename T>
void shadeForward(const ShadeParams<T>& p, T* colour, T* normals_out) {
  palma::cpu::parallelFor(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) kern::shadeForwardPixel(p, i, colour, normals_out);
  });
}

// Float: four pixels at a time where cpu/shade_simd.h applies (the same values bit for bit).
void shadeForward(const ShadeParams<float>& p, float* colour, float* normals_out) {
  if (!cpu::shadeLanesApply(p)) {
    shadeForward<float>(p, colour, normals_out);
    return;
  }
  const auto ambient = cpu::ambientRatios(p);
  const float* a = p.logit ? ambient.data() : nullptr;
  palma::cpu::parallelFor(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    int64_t i = i0;
    for (; i + 4 <= i1; i += 4) cpu::shadeForwardLanes(p, a, i, colour, normals_out);
    for (; i < i1; ++i) kern::shadeForwardPixel(p, i, colour, normals_out);
  });
}

template <typename T>
void shadeBackward(const ShadeParams<T>& p, const T* grad_colour, const ShadeGrads<T>& g) {
  // Per-image parameters are shared by many pixels: per-thread buffers, summed at the end (the CUDA
  // kernel reduces per block in shared memory instead, gpu/shade_kernels.cuh).
  const int64_t light_size = p.light ? p.light_batch * 3 : 0, logit_size = p.logit ? p.logit_batch : 0;
  const int64_t sh_size = p.sh ? p.sh_batch * 27 : 0;
  const int64_t shared = light_size + logit_size + sh_size + 3;
  std::vector<T> total(shared, T(0));
  ParallelAccumulator<T> acc(shared, total.data());
  std::vector<T> ambient;
  bool lanes = false;
  if constexpr (std::is_same_v<T, float>) {
    lanes = cpu::shadeLanesApply(p);
    if (lanes) ambient = cpu::ambientRatios(p);
  }
  palma::cpu::parallelFor(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    T* sh_acc = acc.local();
    T* g_light_acc = sh_acc + sh_size;
    T* g_logit_acc = g_light_acc + light_size;
    T* g_colour_acc = g_logit_acc + logit_size;
    int64_t i = i0;
    if constexpr (std::is_same_v<T, float>) {
      if (lanes)
        for (; i + 4 <= i1; i += 4)
          cpu::shadeBackwardLanes(p, p.logit ? ambient.data() : nullptr, i, grad_colour + 3 * i, g,
                                  p.sh ? sh_acc : nullptr, p.light ? g_light_acc : nullptr,
                                  p.logit ? g_logit_acc : nullptr, p.light_colour ? g_colour_acc : nullptr);
    }
    for (; i < i1; ++i) {
      const int64_t b = p.batch[i];
      // The rows of pixel i's image in this thread's buffers (null for absent parameters).
      kern::shadeBackwardPixel(p, i, grad_colour + 3 * i, g,
                               p.sh ? sh_acc + (p.sh_batch == 1 ? 0 : b) * 27 : nullptr,
                               p.light ? g_light_acc + (p.light_batch == 1 ? 0 : b) * 3 : nullptr,
                               p.logit ? g_logit_acc + (p.logit_batch == 1 ? 0 : b) : nullptr, g_colour_acc);
    }
  });
  acc.finish();
  const T* src = total.data();
  if (g.sh) std::copy(src, src + sh_size, g.sh);
  if (g.light) std::copy(src + sh_size, src + sh_size + light_size, g.light);
  if (g.logit) std::copy(src + sh_size + light_size, src + sh_size + light_size + logit_size, g.logit);
  if (g.light_colour) std::copy(src + shared - 3, src + shared, g.light_colour);
}

template <typename T>
const T* ptr(const torch::Tensor& t) {
  return t.numel() > 0 ? t.data_ptr<T>() : nullptr;
}

// Saved inputs in this order; absent ones are empty tensors (autograd needs defined inputs).
enum Input {
  kAlbedo,
  kNormals,
  kTangents,
  kMap,
  kPoints,
  kVisibility,
  kBatch,
  kLight,
  kLogit,
  kSh,
  kColour,
  kCount
};

template <typename T>
ShadeParams<T> params(const torch::autograd::variable_list& in) {
  ShadeParams<T> p;
  p.albedo = ptr<T>(in[kAlbedo]);
  p.normals = ptr<T>(in[kNormals]);
  p.tangents = ptr<T>(in[kTangents]);
  p.map = ptr<T>(in[kMap]);
  p.points = ptr<T>(in[kPoints]);
  p.visibility = ptr<T>(in[kVisibility]);
  p.batch = in[kBatch].numel() > 0 ? in[kBatch].data_ptr<int64_t>() : nullptr;
  p.light = ptr<T>(in[kLight]);
  p.logit = ptr<T>(in[kLogit]);
  p.sh = ptr<T>(in[kSh]);
  p.light_colour = ptr<T>(in[kColour]);
  p.light_batch = in[kLight].numel() / 3;
  p.logit_batch = in[kLogit].numel();
  p.sh_batch = in[kSh].numel() / 27;
  p.count = in[kAlbedo].size(0);
  return p;
}

class ShadeFunction : public torch::autograd::Function<ShadeFunction> {
 public:
  // The inputs one by one (autograd tracks tensor arguments, not tensors inside a list).
  static torch::autograd::variable_list forward(
      torch::autograd::AutogradContext* ctx, const torch::Tensor& albedo_in, const torch::Tensor& normals_in,
      const torch::Tensor& tangents, const torch::Tensor& map, const torch::Tensor& points,
      const torch::Tensor& visibility, const torch::Tensor& batch, const torch::Tensor& light,
      const torch::Tensor& logit, const torch::Tensor& sh, const torch::Tensor& light_colour) {
    const torch::autograd::variable_list inputs = {
        albedo_in, normals_in, tangents, map, points, visibility, batch, light, logit, sh, light_colour};
    const auto& albedo = inputs[kAlbedo];
    auto colour = torch::empty({albedo.size(0), 3}, albedo.options());
    auto normals = torch::empty({albedo.size(0), 3}, albedo.options());
    AT_DISPATCH_FLOATING_TYPES(albedo.scalar_type(), "shade_pixels", [&] {
      const auto p = params<scalar_t>(inputs);
      if (albedo.is_cuda())
        gpu::shadeForward(p, colour.data_ptr<scalar_t>(), normals.data_ptr<scalar_t>(), cudaStreamOf(albedo));
      else
        shadeForward(p, colour.data_ptr<scalar_t>(), normals.data_ptr<scalar_t>());
    });
    ctx->save_for_backward(inputs);
    ctx->mark_non_differentiable({normals});
    return {colour, normals};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto in = ctx->get_saved_variables();
    const auto grad_colour = grads[0].contiguous();
    torch::autograd::variable_list out(kCount);
    auto make = [&](Input i) {
      if (!ctx->needs_input_grad(i) || in[i].numel() == 0) return;
      out[i] = torch::zeros_like(in[i]);
    };
    for (const Input i :
         {kAlbedo, kNormals, kTangents, kMap, kPoints, kVisibility, kLight, kLogit, kSh, kColour})
      make(i);
    AT_DISPATCH_FLOATING_TYPES(in[kAlbedo].scalar_type(), "shade_pixels_backward", [&] {
      auto data = [&](Input i) { return out[i].defined() ? out[i].data_ptr<scalar_t>() : nullptr; };
      ShadeGrads<scalar_t> g;
      g.albedo = data(kAlbedo);
      g.normals = data(kNormals);
      g.tangents = data(kTangents);
      g.map = data(kMap);
      g.points = data(kPoints);
      g.visibility = data(kVisibility);
      g.light = data(kLight);
      g.logit = data(kLogit);
      g.sh = data(kSh);
      g.light_colour = data(kColour);
      if (in[kAlbedo].is_cuda()) {
        // The CUDA kernel skips the per-image gradients nobody asked for.
        gpu::shadeBackward(params<scalar_t>(in), grad_colour.data_ptr<scalar_t>(), g,
                           cudaStreamOf(in[kAlbedo]));
        return;
      }
      // The shared buffers are always accumulated; copy them out only where wanted.
      std::vector<scalar_t> scratch_light(in[kLight].numel()), scratch_logit(in[kLogit].numel()),
          scratch_sh(in[kSh].numel()), scratch_colour(in[kColour].numel());
      if (!g.light && !scratch_light.empty()) g.light = scratch_light.data();
      if (!g.logit && !scratch_logit.empty()) g.logit = scratch_logit.data();
      if (!g.sh && !scratch_sh.empty()) g.sh = scratch_sh.data();
      if (!g.light_colour && !scratch_colour.empty()) g.light_colour = scratch_colour.data();
      shadeBackward(params<scalar_t>(in), grad_colour.data_ptr<scalar_t>(), g);
    });
    return out;
  }
};

torch::Tensor orEmpty(const torch::Tensor& t, const torch::TensorOptions& options) {
  return t.defined() ? t.to(options).contiguous() : torch::empty({0}, options);
}

}  // namespace

ShadeOutputs shadePixels(const ShadeInputs& in) {
  checkFloatTensor("shade", "albedo", in.albedo, 2, 3);
  checkFloatTensor("shade", "normals", in.normals, 2, 3);
  const int64_t p = in.albedo.size(0);
  const auto options = in.albedo.options();
  auto rows = [&](const char* name, const torch::Tensor& t, int64_t channels) {
    if (t.defined() && (t.dim() != 2 || t.size(0) != p || t.size(1) != channels))
      throw InputError(std::string("shade: `") + name + "` must be [" + std::to_string(p) + "," +
                       std::to_string(channels) + "], got " + describe(t));
  };
  rows("normals", in.normals, 3);
  rows("tangents", in.tangents, 4);
  rows("normal_map", in.normal_map, 3);
  rows("points", in.points, 3);
  rows("visibility", in.visibility, 1);
  checkDevice("shade", "albedo", in.albedo);
  if (in.normal_map.defined() != in.tangents.defined())
    throw InputError("shade: `normal_map` and `tangents` go together");
  if (in.light_position.defined() && !in.points.defined())
    throw InputError("shade: the point light needs `points`");
  if (!in.ambient_logit.defined() && !in.sh.defined()) throw InputError("shade: set `ambient_logit` or `sh`");
  if (!in.pixel_batch.defined() || in.pixel_batch.scalar_type() != torch::kInt64 ||
      in.pixel_batch.size(0) != p)
    throw InputError("shade: `pixel_batch` must be int64 [P]");
  torch::autograd::variable_list inputs(kCount);
  inputs[kAlbedo] = in.albedo.contiguous();
  inputs[kNormals] = in.normals.to(options).contiguous();
  inputs[kTangents] = orEmpty(in.tangents, options);
  inputs[kMap] = orEmpty(in.normal_map, options);
  inputs[kPoints] = orEmpty(in.points, options);
  inputs[kVisibility] = orEmpty(in.visibility, options);
  inputs[kBatch] = in.pixel_batch.to(options.device()).contiguous();
  inputs[kLight] = orEmpty(in.light_position, options);
  inputs[kLogit] = orEmpty(in.ambient_logit, options);
  inputs[kSh] = orEmpty(in.sh, options);
  inputs[kColour] = orEmpty(in.light_colour, options);
  if (inputs[kSh].numel() % 27 != 0)
    throw InputError("shade: `sh` needs 9 coefficients x 3 channels per image, got " + describe(in.sh));
  const auto out = ShadeFunction::apply(inputs[kAlbedo], inputs[kNormals], inputs[kTangents], inputs[kMap],
                                        inputs[kPoints], inputs[kVisibility], inputs[kBatch], inputs[kLight],
                                        inputs[kLogit], inputs[kSh], inputs[kColour]);
  return {out[0], out[1]};
}

}  // namespace palma::render
