// The launchers of gpu_kernels.h in a build without CUDA: each refuses with a clear message. The
// adapters check the device first (checkDevice), so these are reached only by a direct call.
#include "core/common/error.h"
#include "core/render/gpu_kernels.h"

namespace palma::render::gpu {

namespace {

[[noreturn]] void notBuilt(const char* kernel) {
  throw InputError(
      std::string(kernel) +
      ": this build of Palma has no CUDA kernels (configure with -DPALMA_CUDA=ON where nvcc and a "
      "LibTorch with CUDA are installed)");
}

}  // namespace

bool kernelsBuilt() { return false; }

template <typename T>
void rasterizeForward(const RasterizeKernelParams<T>&, unsigned long long*, void*) {
  notBuilt("rasterize");
}

template <typename T>
void rasterizeBackward(const RasterizeKernelParams<T>&, const T*, T*, const int64_t*, int64_t, void*) {
  notBuilt("rasterize");
}

template <typename T>
void interpolateForward(const InterpolateKernelParams<T>&, void*) {
  notBuilt("interpolate");
}

template <typename T>
void interpolateBackward(const InterpolateKernelParams<T>&, const T*, T*, T*, void*) {
  notBuilt("interpolate");
}

template <typename T>
void textureForward(const TextureKernelParams<T>&, void*) {
  notBuilt("texture");
}

template <typename T>
void textureBackward(const TextureKernelParams<T>&, const T*, T*, T*, void*) {
  notBuilt("texture");
}

template <typename T>
void shadeForward(const ShadeParams<T>&, T*, T*, void*) {
  notBuilt("shade");
}

template <typename T>
void shadeBackward(const ShadeParams<T>&, const T*, const ShadeGrads<T>&, void*) {
  notBuilt("shade");
}

template <typename T>
void shadowLookupForward(const ShadowLookupParams<T>&, void*) {
  notBuilt("shadow");
}

template <typename T>
void shadowLookupBackward(const ShadowLookupParams<T>&, const T*, T*, T*, void*) {
  notBuilt("shadow");
}

template <typename T>
void antialiasForward(const AntialiasKernelParams<T>&, void*) {
  notBuilt("antialias");
}

template <typename T>
void antialiasBackward(const AntialiasKernelParams<T>&, const T*, T*, T*, void*) {
  notBuilt("antialias");
}

template <typename T>
void compositeAntialiasForward(const AntialiasKernelParams<T>&, const CompositeKernelParams<T>&, bool,
                               int32_t*, void*) {
  notBuilt("composite");
}

template <typename T>
void compositeAntialiasBackward(const AntialiasKernelParams<T>&, const CompositeKernelParams<T>&, bool,
                                const T*, const T*, T*, T*, int32_t*, void*) {
  notBuilt("composite");
}

#define PALMA_GPU_STUBS(T)                                                                                   \
  template void rasterizeForward<T>(const RasterizeKernelParams<T>&, unsigned long long*, void*);            \
  template void rasterizeBackward<T>(const RasterizeKernelParams<T>&, const T*, T*, const int64_t*, int64_t, \
                                     void*);                                                                 \
  template void interpolateForward<T>(const InterpolateKernelParams<T>&, void*);                             \
  template void interpolateBackward<T>(const InterpolateKernelParams<T>&, const T*, T*, T*, void*);          \
  template void textureForward<T>(const TextureKernelParams<T>&, void*);                                     \
  template void textureBackward<T>(const TextureKernelParams<T>&, const T*, T*, T*, void*);                  \
  template void shadeForward<T>(const ShadeParams<T>&, T*, T*, void*);                                       \
  template void shadeBackward<T>(const ShadeParams<T>&, const T*, const ShadeGrads<T>&, void*);              \
  template void shadowLookupForward<T>(const ShadowLookupParams<T>&, void*);                                 \
  template void shadowLookupBackward<T>(const ShadowLookupParams<T>&, const T*, T*, T*, void*);              \
  template void antialiasForward<T>(const AntialiasKernelParams<T>&, void*);                                 \
  template void antialiasBackward<T>(const AntialiasKernelParams<T>&, const T*, T*, T*, void*);              \
  template void compositeAntialiasForward<T>(const AntialiasKernelParams<T>&,                                \
                                             const CompositeKernelParams<T>&, bool, int32_t*, void*);        \
  template void compositeAntialiasBackward<T>(const AntialiasKernelParams<T>&,                               \
                                              const CompositeKernelParams<T>&, bool, const T*, const T*, T*, \
                                              T*, int32_t*, void*);
PALMA_GPU_STUBS(float)
PALMA_GPU_STUBS(double)
#undef PALMA_GPU_STUBS

}  // namespace palma::render::gpu
