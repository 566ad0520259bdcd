#include "core/render/shade_pixels.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <cmath>

#include "core/common/error.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// SH irradiance constants (Ramamoorthi & Hanrahan 2001), as in shading.cpp.
constexpr double kC1 = 0.429043, kC2 = 0.511664, kC3 = 0.743125, kC4 = 0.886227, kC5 = 0.247708;

// The kernel's view of the inputs; absent optional inputs are null.
template <typename T>
struct ShadeParams {
  const T* albedo = nullptr;                               // [P,3]
  const T* normals = nullptr;                              // [P,3]
  const T* tangents = nullptr;                             // [P,4] or null
  const T* map = nullptr;                                  // [P,3] or null
  const T* points = nullptr;                               // [P,3] or null
  const T* visibility = nullptr;                           // [P] or null
  const int64_t* batch = nullptr;                          // [P]
  const T* light = nullptr;                                // [Bl,3] or null
  const T* logit = nullptr;                                // [Ba] or null
  const T* sh = nullptr;                                   // [Bs,9,3] or null
  const T* light_colour = nullptr;                         // [3] or null
  int64_t light_batch = 0, logit_batch = 0, sh_batch = 0;  // 1 or B each
  int64_t count = 0;                                       // P
  int64_t images = 0;                                      // B (for gradient buffers)
};

template <typename T>
struct Vec3 {
  T x, y, z;
  Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  Vec3 operator*(T s) const { return {x * s, y * s, z * s}; }
  T dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
  Vec3 cross(const Vec3& o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
};

template <typename T>
Vec3<T> load(const T* p) {
  return {p[0], p[1], p[2]};
}

// Everything the forward computes per pixel that the backward needs again.
template <typename T>
struct PixelState {
  Vec3<T> n;       // unit interpolated normal
  T n_len;         // its length before normalising
  Vec3<T> t, b;    // unit tangent and bitangent (normal map)
  T t_len, t_dot;  // length of the orthogonalised tangent, n . t0
  T w;             // handedness
  Vec3<T> m;       // 2 map - 1
  Vec3<T> s;       // unnormalised mapped normal
  T s_len;
  Vec3<T> ns;  // unit shading normal
  T a;         // ambient ratio (0 without logit)
  bool has_a;
  Vec3<T> l;  // unit light direction
  T l_len;
  T cosine;    // n . l
  T vis;       // shadow visibility
  T basis[9];  // SH basis at ns
  T shade[3];
};

template <typename T>
T safeLength(const Vec3<T>& v) {
  return std::sqrt(v.dot(v) + T(1e-20));
}

template <typename T>
void shBasis(const Vec3<T>& n, T* basis) {
  basis[0] = T(kC4);
  basis[1] = T(2 * kC2) * n.y;
  basis[2] = T(2 * kC2) * n.z;
  basis[3] = T(2 * kC2) * n.x;
  basis[4] = T(2 * kC1) * n.x * n.y;
  basis[5] = T(2 * kC1) * n.y * n.z;
  basis[6] = T(kC3) * n.z * n.z - T(kC5);
  basis[7] = T(2 * kC1) * n.x * n.z;
  basis[8] = T(kC1) * (n.x * n.x - n.y * n.y);
}

template <typename T>
PixelState<T> evaluate(const ShadeParams<T>& p, int64_t i) {
  PixelState<T> st;
  const Vec3<T> n0 = load(p.normals + 3 * i);
  st.n_len = safeLength(n0);
  st.n = n0 * (T(1) / st.n_len);
  st.ns = st.n;
  if (p.map) {
    const T* tp = p.tangents + 4 * i;
    const Vec3<T> t0 = load(tp);
    st.w = tp[3] < 0 ? T(-1) : T(1);
    st.t_dot = st.n.dot(t0);
    const Vec3<T> to = t0 - st.n * st.t_dot;
    st.t_len = safeLength(to);
    st.t = to * (T(1) / st.t_len);
    st.b = st.n.cross(st.t) * st.w;
    const T* mp = p.map + 3 * i;
    st.m = {2 * mp[0] - 1, 2 * mp[1] - 1, 2 * mp[2] - 1};
    st.s = st.t * st.m.x + st.b * st.m.y + st.n * st.m.z;
    st.s_len = safeLength(st.s);
    st.ns = st.s * (T(1) / st.s_len);
  }
  const int64_t b = p.batch[i];
  st.has_a = p.logit != nullptr;
  st.a = st.has_a ? T(1) / (T(1) + std::exp(-p.logit[p.logit_batch == 1 ? 0 : b])) : T(0);
  if (p.sh) {
    shBasis(st.ns, st.basis);
    const T* coeff = p.sh + (p.sh_batch == 1 ? 0 : b) * 27;
    for (int c = 0; c < 3; ++c) {
      T e = 0;
      for (int k = 0; k < 9; ++k) e += st.basis[k] * coeff[3 * k + c];
      st.shade[c] = e;
    }
  } else {
    st.shade[0] = st.shade[1] = st.shade[2] = st.a;
  }
  st.cosine = 0;
  st.vis = p.visibility ? p.visibility[i] : T(1);
  if (p.light) {
    const Vec3<T> l0 = load(p.light + 3 * (p.light_batch == 1 ? 0 : b)) - load(p.points + 3 * i);
    st.l_len = safeLength(l0);
    st.l = l0 * (T(1) / st.l_len);
    st.cosine = st.ns.dot(st.l);
    const T direct = std::max(st.cosine, T(0)) * st.vis * (st.has_a ? 1 - st.a : T(1));
    for (int c = 0; c < 3; ++c) st.shade[c] += direct * (p.light_colour ? p.light_colour[c] : T(1));
  }
  return st;
}

template <typename T>
void shadeForward(const ShadeParams<T>& p, T* colour, T* normals_out) {
  at::parallel_for(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) {
      const PixelState<T> st = evaluate(p, i);
      for (int c = 0; c < 3; ++c) colour[3 * i + c] = p.albedo[3 * i + c] * st.shade[c];
      normals_out[3 * i] = st.ns.x;
      normals_out[3 * i + 1] = st.ns.y;
      normals_out[3 * i + 2] = st.ns.z;
    }
  });
}

// Gradient outputs (null where not needed).
template <typename T>
struct ShadeGrads {
  T* albedo = nullptr;
  T* normals = nullptr;
  T* tangents = nullptr;
  T* map = nullptr;
  T* points = nullptr;
  T* visibility = nullptr;
  T* light = nullptr;         // [Bl,3]
  T* logit = nullptr;         // [Ba]
  T* sh = nullptr;            // [Bs,27]
  T* light_colour = nullptr;  // [3]
};

template <typename T>
void shadeBackward(const ShadeParams<T>& p, const T* grad_colour, const ShadeGrads<T>& g) {
  // Per-image parameters are shared by many pixels: per-thread buffers, summed at the end.
  const int64_t light_size = p.light ? p.light_batch * 3 : 0, logit_size = p.logit ? p.logit_batch : 0;
  const int64_t sh_size = p.sh ? p.sh_batch * 27 : 0;
  const int64_t shared = light_size + logit_size + sh_size + 3;
  ParallelAccumulator<T> acc(shared);
  at::parallel_for(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    T* sh_acc = acc.local();
    T* g_light_acc = sh_acc + sh_size;
    T* g_logit_acc = g_light_acc + light_size;
    T* g_colour_acc = g_logit_acc + logit_size;
    for (int64_t i = i0; i < i1; ++i) {
      const T* gc = grad_colour + 3 * i;
      if (gc[0] == 0 && gc[1] == 0 && gc[2] == 0) continue;
      const PixelState<T> st = evaluate(p, i);
      const int64_t b = p.batch[i];
      T g_shade[3];
      for (int c = 0; c < 3; ++c) {
        g_shade[c] = gc[c] * p.albedo[3 * i + c];
        if (g.albedo) g.albedo[3 * i + c] = gc[c] * st.shade[c];
      }
      Vec3<T> g_ns{0, 0, 0};
      T g_a = 0;
      if (p.sh) {
        const T* coeff = p.sh + (p.sh_batch == 1 ? 0 : b) * 27;
        T* g_coeff = sh_acc + (p.sh_batch == 1 ? 0 : b) * 27;
        T g_basis[9] = {};
        for (int k = 0; k < 9; ++k)
          for (int c = 0; c < 3; ++c) {
            g_coeff[3 * k + c] += g_shade[c] * st.basis[k];
            g_basis[k] += g_shade[c] * coeff[3 * k + c];
          }
        const Vec3<T>& n = st.ns;
        const T c1 = T(2 * kC1), c2 = T(2 * kC2);
        g_ns.x += g_basis[3] * c2 + g_basis[4] * c1 * n.y + g_basis[7] * c1 * n.z + g_basis[8] * c1 * n.x;
        g_ns.y += g_basis[1] * c2 + g_basis[4] * c1 * n.x + g_basis[5] * c1 * n.z - g_basis[8] * c1 * n.y;
        g_ns.z +=
            g_basis[2] * c2 + g_basis[5] * c1 * n.y + g_basis[6] * T(2 * kC3) * n.z + g_basis[7] * c1 * n.x;
      } else {
        g_a += g_shade[0] + g_shade[1] + g_shade[2];
      }
      if (p.light) {
        const T cosine = std::max(st.cosine, T(0));
        const T one_minus_a = st.has_a ? 1 - st.a : T(1);
        T g_cos = 0, g_vis = 0;
        for (int c = 0; c < 3; ++c) {
          const T lc = p.light_colour ? p.light_colour[c] : T(1);
          g_cos += g_shade[c] * st.vis * one_minus_a * lc;
          g_vis += g_shade[c] * cosine * one_minus_a * lc;
          if (st.has_a) g_a -= g_shade[c] * cosine * st.vis * lc;
          if (p.light_colour) g_colour_acc[c] += g_shade[c] * cosine * st.vis * one_minus_a;
        }
        if (g.visibility) g.visibility[i] = g_vis;
        const T g_dot = st.cosine > 0 ? g_cos : T(0);
        g_ns = g_ns + st.l * g_dot;
        const Vec3<T> g_l = st.ns * g_dot;
        const Vec3<T> g_l0 = (g_l - st.l * st.l.dot(g_l)) * (T(1) / st.l_len);
        T* gl = g_light_acc + 3 * (p.light_batch == 1 ? 0 : b);
        gl[0] += g_l0.x;
        gl[1] += g_l0.y;
        gl[2] += g_l0.z;
        if (g.points) {
          g.points[3 * i] = -g_l0.x;
          g.points[3 * i + 1] = -g_l0.y;
          g.points[3 * i + 2] = -g_l0.z;
        }
      }
      if (st.has_a) g_logit_acc[p.logit_batch == 1 ? 0 : b] += g_a * st.a * (1 - st.a);
      // Back through the normal map to the interpolated normal and tangent.
      Vec3<T> g_n = g_ns;
      if (p.map) {
        const Vec3<T> g_s = (g_ns - st.ns * st.ns.dot(g_ns)) * (T(1) / st.s_len);
        Vec3<T> g_t = g_s * st.m.x;
        const Vec3<T> g_b = g_s * st.m.y;
        g_n = g_s * st.m.z;
        if (g.map) {
          g.map[3 * i] = 2 * g_s.dot(st.t);
          g.map[3 * i + 1] = 2 * g_s.dot(st.b);
          g.map[3 * i + 2] = 2 * g_s.dot(st.n);
        }
        // b = w (n x t)
        g_n = g_n + st.t.cross(g_b) * st.w;
        g_t = g_t + g_b.cross(st.n) * st.w;
        // t = (t0 - n (n . t0)) / |.|
        const Vec3<T> g_to = (g_t - st.t * st.t.dot(g_t)) * (T(1) / st.t_len);
        const T n_dot_gto = st.n.dot(g_to);
        const Vec3<T> t0 = load(p.tangents + 4 * i);
        if (g.tangents) {
          const Vec3<T> g_t0 = g_to - st.n * n_dot_gto;
          g.tangents[4 * i] = g_t0.x;
          g.tangents[4 * i + 1] = g_t0.y;
          g.tangents[4 * i + 2] = g_t0.z;
        }
        g_n = g_n - g_to * st.t_dot - t0 * n_dot_gto;
      }
      if (g.normals) {
        const Vec3<T> g_n0 = (g_n - st.n * st.n.dot(g_n)) * (T(1) / st.n_len);
        g.normals[3 * i] = g_n0.x;
        g.normals[3 * i + 1] = g_n0.y;
        g.normals[3 * i + 2] = g_n0.z;
      }
    }
  });
  std::vector<T> total(shared, T(0));
  acc.sumInto(total.data());
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
      shadeForward(params<scalar_t>(inputs), colour.data_ptr<scalar_t>(), normals.data_ptr<scalar_t>());
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
  inputs[kBatch] = in.pixel_batch.contiguous();
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
