#include "core/render/texture.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// The four texels around a sample and their bilinear weights.
template <typename T>
struct Footprint {
  int64_t x0, x1, y0, y1;  // texel columns and rows
  T fx, fy;                // fractional position between column x0 and x1, row y0 and y1
};

template <typename T>
Footprint<T> footprint(const TextureKernelParams<T>& p, T u, T v) {
  const int64_t w = p.tex_width, h = p.tex_height;
  // Continuous texel coordinates; a NaN or infinite UV samples texel (0, 0) rather than indexing
  // outside the texture.
  T x = std::isfinite(u) ? u * T(w) - T(0.5) : T(0);
  T y = std::isfinite(v) ? (T(1) - v) * T(h) - T(0.5) : T(0);
  // Reduce to a bounded range before converting to integers (huge UVs must not overflow).
  if (p.boundary == TextureBoundary::Wrap) {
    x -= T(w) * std::floor(x / T(w));
    y -= T(h) * std::floor(y / T(h));
  } else {
    x = std::clamp<T>(x, T(-1), T(w));
    y = std::clamp<T>(y, T(-1), T(h));
  }
  const T xf = std::floor(x), yf = std::floor(y);
  Footprint<T> fp;
  fp.fx = x - xf;
  fp.fy = y - yf;
  const int64_t xi = static_cast<int64_t>(xf), yi = static_cast<int64_t>(yf);
  if (p.boundary == TextureBoundary::Wrap) {
    fp.x0 = ((xi % w) + w) % w;
    fp.x1 = (fp.x0 + 1) % w;
    fp.y0 = ((yi % h) + h) % h;
    fp.y1 = (fp.y0 + 1) % h;
  } else {
    fp.x0 = std::clamp<int64_t>(xi, 0, w - 1);
    fp.x1 = std::clamp<int64_t>(xi + 1, 0, w - 1);
    fp.y0 = std::clamp<int64_t>(yi, 0, h - 1);
    fp.y1 = std::clamp<int64_t>(yi + 1, 0, h - 1);
  }
  return fp;
}

template <typename T>
const T* texBase(const TextureKernelParams<T>& p, int64_t sample) {
  const int64_t tb = p.tex_batch == 1 ? 0 : sample / p.samples_per_image;
  return p.tex + tb * p.tex_height * p.tex_width * p.channels;
}

template <typename T>
void textureForward(const TextureKernelParams<T>& p) {
  const int64_t samples = p.batch * p.samples_per_image;
  const int c = p.channels;
  at::parallel_for(0, samples, 4096, [&](int64_t s0, int64_t s1) {
    for (int64_t s = s0; s < s1; ++s) {
      const Footprint<T> fp = footprint(p, p.uv[2 * s], p.uv[2 * s + 1]);
      const T* base = texBase(p, s);
      const T* t00 = base + (fp.y0 * p.tex_width + fp.x0) * c;
      const T* t01 = base + (fp.y0 * p.tex_width + fp.x1) * c;
      const T* t10 = base + (fp.y1 * p.tex_width + fp.x0) * c;
      const T* t11 = base + (fp.y1 * p.tex_width + fp.x1) * c;
      const T w00 = (1 - fp.fx) * (1 - fp.fy), w01 = fp.fx * (1 - fp.fy);
      const T w10 = (1 - fp.fx) * fp.fy, w11 = fp.fx * fp.fy;
      T* out = p.out + s * c;
      for (int k = 0; k < c; ++k) out[k] = w00 * t00[k] + w01 * t01[k] + w10 * t10[k] + w11 * t11[k];
    }
  });
}

template <typename T>
void textureBackward(const TextureKernelParams<T>& p, const T* grad_out, T* grad_tex, T* grad_uv) {
  const int64_t samples = p.batch * p.samples_per_image;
  const int c = p.channels;
  const int64_t tex_size = static_cast<int64_t>(p.tex_batch) * p.tex_height * p.tex_width * c;
  ParallelAccumulator<T> acc(grad_tex ? tex_size : 0);
  at::parallel_for(0, samples, 4096, [&](int64_t s0, int64_t s1) {
    T* g = grad_tex ? acc.local() : nullptr;
    for (int64_t s = s0; s < s1; ++s) {
      const T* go = grad_out + s * c;
      const Footprint<T> fp = footprint(p, p.uv[2 * s], p.uv[2 * s + 1]);
      const int64_t offset = texBase(p, s) - p.tex;
      const int64_t i00 = offset + (fp.y0 * p.tex_width + fp.x0) * c;
      const int64_t i01 = offset + (fp.y0 * p.tex_width + fp.x1) * c;
      const int64_t i10 = offset + (fp.y1 * p.tex_width + fp.x0) * c;
      const int64_t i11 = offset + (fp.y1 * p.tex_width + fp.x1) * c;
      const T w00 = (1 - fp.fx) * (1 - fp.fy), w01 = fp.fx * (1 - fp.fy);
      const T w10 = (1 - fp.fx) * fp.fy, w11 = fp.fx * fp.fy;
      T gx = 0, gy = 0;
      for (int k = 0; k < c; ++k) {
        const T t00 = p.tex[i00 + k], t01 = p.tex[i01 + k], t10 = p.tex[i10 + k], t11 = p.tex[i11 + k];
        gx += go[k] * ((1 - fp.fy) * (t01 - t00) + fp.fy * (t11 - t10));
        gy += go[k] * ((1 - fp.fx) * (t10 - t00) + fp.fx * (t11 - t01));
        if (g) {
          g[i00 + k] += w00 * go[k];
          g[i01 + k] += w01 * go[k];
          g[i10 + k] += w10 * go[k];
          g[i11 + k] += w11 * go[k];
        }
      }
      if (grad_uv) {
        // x = u Wt - 0.5, y = (1 - v) Ht - 0.5
        grad_uv[2 * s] = gx * p.tex_width;
        grad_uv[2 * s + 1] = -gy * p.tex_height;
      }
    }
  });
  if (grad_tex) acc.sumInto(grad_tex);
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
    AT_DISPATCH_FLOATING_TYPES(tex.scalar_type(), "texture",
                               [&] { textureForward(kernelParams<scalar_t>(tex, uv, out, mode)); });
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
      textureBackward(kernelParams<scalar_t>(tex, uv, torch::Tensor(), mode), grad_out.data_ptr<scalar_t>(),
                      need_tex ? grad_tex.data_ptr<scalar_t>() : nullptr,
                      need_uv ? grad_uv.data_ptr<scalar_t>() : nullptr);
    });
    return {grad_tex, grad_uv, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor texture(const torch::Tensor& tex, const torch::Tensor& uv, TextureBoundary boundary) {
  checkFloatTensor("texture", "tex", tex, 4, -1);
  checkFloatTensor("texture", "uv", uv, -1, 2);
  checkSameKind("texture", "tex", tex, "uv", uv);
  if (uv.dim() < 2) throw InputError("texture: `uv` must be [B,...,2], got " + describe(uv));
  if (tex.size(1) == 0 || tex.size(2) == 0 || tex.size(3) == 0)
    throw InputError("texture: `tex` is empty: " + describe(tex));
  if (tex.size(0) != 1 && tex.size(0) != uv.size(0))
    throw InputError("texture: `tex` has batch " + std::to_string(tex.size(0)) + " but `uv` has " +
                     std::to_string(uv.size(0)) + " (use 1 to share the texture)");
  if (!tex.device().is_cpu()) throw InputError("texture: CUDA tensors need the GPU build (gpu/)");
  return TextureFunction::apply(tex.contiguous(), uv.contiguous(), static_cast<int64_t>(boundary));
}

}  // namespace palma::render
