#include "core/render/texture.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/texture_kernel.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// CPU kernels: the per-sample bodies of kernels/texture_kernel.h over parallel ranges of samples.
template <typename T>
void textureForward(const TextureKernelParams<T>& p) {
  palma::cpu::parallelFor(0, p.batch * p.samples_per_image, 4096, [&](int64_t s0, int64_t s1) {
    for (int64_t s = s0; s < s1; ++s) kern::textureForwardSample(p, s);
  });
}

// Each thread scatters its texture gradients into grad_tex or its own buffer (parallel_accumulator.h).
template <typename T>
void textureBackward(const TextureKernelParams<T>& p, const T* grad_out, T* grad_tex, T* grad_uv) {
  const int64_t tex_size = static_cast<int64_t>(p.tex_batch) * p.tex_height * p.tex_width * p.channels;
  ParallelAccumulator<T> acc(grad_tex ? tex_size : 0, grad_tex);
  palma::cpu::parallelFor(0, p.batch * p.samples_per_image, 4096, [&](int64_t s0, int64_t s1) {
    T* g = grad_tex ? acc.local() : nullptr;
    for (int64_t s = s0; s < s1; ++s) kern::textureBackwardSample(p, s, grad_out, g, grad_uv);
  });
  if (grad_tex) acc.finish();
}

template <typename T>
TextureKernelParams<T> kernelParams(const torch::Tensor& tex, const torch::Tensor& uv,
                                    const torch::Tensor& out, TextureBoundary boundary) {
  TextureKernelParams<T> p;
  p.tex = tex.data_ptr<T>();
  p.uv = uv.data_ptr<T>();
  p.out = out.defined() ? out.data_ptr<T>() : nullptr;
  p.batch = static_cast<int>(uv.size(0));
  p.tex_batch = static_cast<int>(tex.size(0));
  p.tex_height = static_cast<int>(tex.size(1));
  p.tex_width = static_cast<int>(tex.size(2));
  p.channels = static_cast<int>(tex.size(3));
  p.samples_per_image = uv.size(0) > 0 ? uv.numel() / 2 / uv.size(0) : 0;
  p.boundary = boundary;
  return p;
}

class TextureFunction : public torch::autograd::Function<TextureFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& tex,
                               const torch::Tensor& uv, int64_t boundary) {
    auto out_shape = uv.sizes().vec();
    out_shape.back() = tex.size(3);
    auto out = torch::empty(out_shape, tex.options());
    const auto mode = static_cast<TextureBoundary>(boundary);
    AT_DISPATCH_FLOATING_TYPES(tex.scalar_type(), "texture", [&] {
      const auto p = kernelParams<scalar_t>(tex, uv, out, mode);
      if (tex.is_cuda())
        gpu::textureForward(p, cudaStreamOf(tex));
      else
        textureForward(p);
    });
    ctx->save_for_backward({tex, uv});
    ctx->saved_data["boundary"] = boundary;
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto &tex = saved[0], &uv = saved[1];
    const auto mode = static_cast<TextureBoundary>(ctx->saved_data["boundary"].toInt());
    const auto grad_out = grads[0].contiguous();
    const bool need_tex = ctx->needs_input_grad(0), need_uv = ctx->needs_input_grad(1);
    auto grad_tex = need_tex ? torch::zeros_like(tex) : torch::Tensor();
    auto grad_uv = need_uv ? torch::zeros_like(uv) : torch::Tensor();
    AT_DISPATCH_FLOATING_TYPES(tex.scalar_type(), "texture_backward", [&] {
      const auto p = kernelParams<scalar_t>(tex, uv, torch::Tensor(), mode);
      scalar_t* gt = need_tex ? grad_tex.data_ptr<scalar_t>() : nullptr;
      scalar_t* gu = need_uv ? grad_uv.data_ptr<scalar_t>() : nullptr;
      if (tex.is_cuda())
        gpu::textureBackward(p, grad_out.data_ptr<scalar_t>(), gt, gu, cudaStreamOf(tex));
      else
        textureBackward(p, grad_out.data_ptr<scalar_t>(), gt, gu);
    });
    return {grad_tex, grad_uv, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor texture(const torch::Tensor& tex, const torch::Tensor& uv, TextureBoundary boundary) {
  checkFloatTensor("texture", "tex", tex, 4, -1);
  checkFloatTensor("texture", "uv", uv, -1, 2);
  checkDevice("texture", "tex", tex);
  checkSameKind("texture", "tex", tex, "uv", uv);
  if (uv.dim() < 2) throw InputError("texture: `uv` must be [B,...,2], got " + describe(uv));
  if (tex.size(1) == 0 || tex.size(2) == 0 || tex.size(3) == 0)
    throw InputError("texture: `tex` is empty: " + describe(tex));
  if (tex.size(0) != 1 && tex.size(0) != uv.size(0))
    throw InputError("texture: `tex` has batch " + std::to_string(tex.size(0)) + " but `uv` has " +
                     std::to_string(uv.size(0)) + " (use 1 to share the texture)");
  return TextureFunction::apply(tex.contiguous(), uv.contiguous(), static_cast<int64_t>(boundary));
}

}  // namespace palma::render
