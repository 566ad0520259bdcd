#include "core/render/gpu_dispatch.h"

#include <torch/cuda.h>

#if defined(PALMA_WITH_CUDA)
#include <c10/cuda/CUDACachingAllocator.h>
#include <c10/cuda/CUDAFunctions.h>
#include <c10/cuda/CUDAStream.h>
#endif

#include "core/common/error.h"
#include "core/render/gpu_kernels.h"

namespace palma::render {

torch::Device parseComputeDevice(const std::string& name) {
  if (name == "cpu") return torch::kCPU;
  const std::string prefix = "cuda";
  int index = -1;
  if (name == prefix) {
    index = 0;
  } else if (name.rfind(prefix + ":", 0) == 0 && name.size() > prefix.size() + 1 &&
             name.size() < prefix.size() + 5 &&
             name.find_first_not_of("0123456789", prefix.size() + 1) == std::string::npos) {
    index = std::stoi(name.substr(prefix.size() + 1));
  } else {
    throw InputError("unknown device '" + name + "': use cpu, cuda or cuda:N");
  }
  if (!gpu::kernelsBuilt())
    throw InputError(
        "device '" + name +
        "': this build of Palma has no CUDA kernels (configure with -DPALMA_CUDA=ON where nvcc and a "
        "LibTorch with CUDA are installed); use --device cpu");
  const int count = torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
  if (index >= count)
    throw InputError("device '" + name + "': " +
                     (count == 0 ? std::string("no CUDA device is present")
                                 : "there are only " + std::to_string(count) + " CUDA devices"));
  return torch::Device(torch::kCUDA, static_cast<torch::DeviceIndex>(index));
}

void* cudaStreamOf(const torch::Tensor& t) {
#if defined(PALMA_WITH_CUDA)
  return c10::cuda::getCurrentCUDAStream(t.device().index()).stream();
#else
  (void)t;
  return nullptr;
#endif
}

void synchronizeDevice(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.has_index() ? device.index() : -1);
}

namespace {

#if defined(PALMA_WITH_CUDA)
int deviceIndex(const torch::Device& device) {
  return device.has_index() ? device.index() : c10::cuda::current_device();
}
#endif

// The CUDA allocator's current or peak allocated memory on `device` in MB (index 0 of its statistics
// arrays is the aggregate over pool kinds); 0 on the CPU and without CUDA.
double allocatorMb(const torch::Device& device, bool peak) {
#if defined(PALMA_WITH_CUDA)
  if (device.is_cuda()) {
    const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(deviceIndex(device));
    const auto& bytes = stats.allocated_bytes[0];
    return static_cast<double>(peak ? bytes.peak : bytes.current) / (1024.0 * 1024.0);
  }
#else
  (void)device;
  (void)peak;
#endif
  return 0;
}

}  // namespace

void resetDevicePeakMemory(const torch::Device& device) {
#if defined(PALMA_WITH_CUDA)
  if (device.is_cuda()) c10::cuda::CUDACachingAllocator::resetPeakStats(deviceIndex(device));
#else
  (void)device;
#endif
}

double devicePeakMemoryMb(const torch::Device& device) { return allocatorMb(device, true); }

double deviceAllocatedMemoryMb(const torch::Device& device) { return allocatorMb(device, false); }

}  // namespace palma::render
