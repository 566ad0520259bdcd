#include "core/render/interpolate.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/interpolate_kernel.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// CPU kernels: the per-pixel bodies of kernels/interpolate_kernel.h over parallel ranges of pixels.
template <typename T>
void interpolateForward(const InterpolateKernelParams<T>& p) {
  palma::cpu::parallelFor(0, p.pixels, 8192, [&](int64_t q0, int64_t q1) {
    for (int64_t q = q0; q < q1; ++q) kern::interpolateForwardPixel(p, q);
  });
}

// Each thread scatters its attribute gradients into grad_attr or its own buffer (parallel_accumulator.h).
template <typename T>
void interpolateBackward(const InterpolateKernelParams<T>& p, const T* grad_out, T* grad_attr, T* grad_rast) {
  ParallelAccumulator<T> acc(static_cast<int64_t>(p.attr_batch) * p.num_attr_vertices * p.channels,
                             grad_attr);
  palma::cpu::parallelFor(0, p.pixels, 8192, [&](int64_t q0, int64_t q1) {
    T* g = acc.local();
    for (int64_t q = q0; q < q1; ++q) kern::interpolateBackwardPixel(p, q, grad_out, g, grad_rast);
  });
  acc.finish();
}

template <typename T>
InterpolateKernelParams<T> kernelParams(const torch::Tensor& attr, const torch::Tensor& rast,
                                        const torch::Tensor& tri, const torch::Tensor& pixel_batch,
                                        const torch::Tensor& out) {
  InterpolateKernelParams<T> p;
  p.attr = attr.data_ptr<T>();
  p.rast = rast.data_ptr<T>();
  p.tri = tri.data_ptr<int32_t>();
  p.out = out.defined() ? out.data_ptr<T>() : nullptr;
  p.pixel_batch = pixel_batch.numel() > 0 ? pixel_batch.data_ptr<int64_t>() : nullptr;
  p.pixels = rast.numel() / 4;
  p.attr_batch = static_cast<int>(attr.size(0));
  p.num_attr_vertices = static_cast<int>(attr.size(1));
  p.channels = static_cast<int>(attr.size(2));
  if (rast.dim() == 4) p.pixels_per_image = rast.size(1) * rast.size(2);
  return p;
}

class InterpolateFunction : public torch::autograd::Function<InterpolateFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& attr,
                               const torch::Tensor& rast, const torch::Tensor& tri,
                               const torch::Tensor& pixel_batch) {
    auto out_shape = rast.sizes().vec();
    out_shape.back() = attr.size(2);
    auto out = torch::empty(out_shape, attr.options());
    AT_DISPATCH_FLOATING_TYPES(attr.scalar_type(), "interpolate", [&] {
      const auto p = kernelParams<scalar_t>(attr, rast, tri, pixel_batch, out);
      if (attr.is_cuda())
        gpu::interpolateForward(p, cudaStreamOf(attr));
      else
        interpolateForward(p);
    });
    ctx->save_for_backward({attr, rast, tri, pixel_batch});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto &attr = saved[0], &rast = saved[1], &tri = saved[2], &pixel_batch = saved[3];
    const auto grad_out = grads[0].contiguous();
    auto grad_attr = torch::zeros_like(attr);
    auto grad_rast = torch::zeros_like(rast);
    AT_DISPATCH_FLOATING_TYPES(attr.scalar_type(), "interpolate_backward", [&] {
      const auto p = kernelParams<scalar_t>(attr, rast, tri, pixel_batch, torch::Tensor());
      if (attr.is_cuda())
        gpu::interpolateBackward(p, grad_out.data_ptr<scalar_t>(), grad_attr.data_ptr<scalar_t>(),
                                 grad_rast.data_ptr<scalar_t>(), cudaStreamOf(attr));
      else
        interpolateBackward(p, grad_out.data_ptr<scalar_t>(), grad_attr.data_ptr<scalar_t>(),
                            grad_rast.data_ptr<scalar_t>());
    });
    return {grad_attr, grad_rast, torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

namespace {

torch::Tensor interpolateChecked(const torch::Tensor& attr, const torch::Tensor& rast,
                                 const torch::Tensor& tri, const torch::Tensor& pixel_batch) {
  if (!attr.defined() || (attr.dim() != 2 && attr.dim() != 3))
    throw InputError("interpolate: `attr` must be [N,A] or [B,N,A], got " + describe(attr));
  checkFloatTensor("interpolate", "attr", attr, -1, -1);
  checkDevice("interpolate", "attr", attr);
  checkSameKind("interpolate", "attr", attr, "rast", rast);
  const auto attr3 = attr.dim() == 2 ? attr.unsqueeze(0) : attr;
  if (attr3.size(2) == 0) throw InputError("interpolate: `attr` has no channels");
  checkTriangles("interpolate", "tri", tri, attr3.size(1));
  if (!indicesTrusted() && rast.numel() > 0 &&
      rast.select(-1, 3).max().item<double>() > static_cast<double>(tri.size(0)))
    throw InputError("interpolate: `rast` refers to more triangles than `tri` has (" +
                     std::to_string(tri.size(0)) + "): pass the index buffer in the rasterised order");
  // The index tensors go where the data is (the kernels read them there).
  return InterpolateFunction::apply(attr3.contiguous(), rast.contiguous(),
                                    tri.to(attr.device(), torch::kInt32).contiguous(),
                                    pixel_batch.to(attr.device()).contiguous());
}

}  // namespace

torch::Tensor interpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri) {
  checkFloatTensor("interpolate", "rast", rast, 4, 4);
  if (attr.defined() && attr.dim() == 3 && attr.size(0) != 1 && attr.size(0) != rast.size(0))
    throw InputError("interpolate: `attr` has batch " + std::to_string(attr.size(0)) + " but `rast` has " +
                     std::to_string(rast.size(0)) + " images (use 1 to share attributes)");
  return interpolateChecked(attr, rast, tri, torch::empty({0}, torch::kInt64));
}

torch::Tensor interpolatePixels(const torch::Tensor& attr, const torch::Tensor& rast,
                                const torch::Tensor& tri, const torch::Tensor& pixel_batch) {
  checkFloatTensor("interpolate", "rast", rast, 2, 4);
  const bool batched = attr.defined() && attr.dim() == 3 && attr.size(0) > 1;
  if (batched) {
    if (!pixel_batch.defined() || pixel_batch.scalar_type() != torch::kInt64 || pixel_batch.dim() != 1 ||
        pixel_batch.size(0) != rast.size(0))
      throw InputError("interpolate: `pixel_batch` must be an int64 [P] tensor matching `rast` [P,4], got " +
                       describe(pixel_batch));
    if (!indicesTrusted() && pixel_batch.numel() > 0 &&
        (pixel_batch.min().item<int64_t>() < 0 || pixel_batch.max().item<int64_t>() >= attr.size(0)))
      throw InputError("interpolate: `pixel_batch` refers to an image `attr` does not have");
  }
  // autograd functions need defined inputs: an empty tensor stands for "no per-pixel batch".
  return interpolateChecked(attr, rast, tri,
                            batched ? pixel_batch.contiguous() : torch::empty({0}, torch::kInt64));
}

}  // namespace palma::render
