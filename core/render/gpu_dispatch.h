// What the render operators' adapters and the benchmarks need around CUDA kernels: the stream LibTorch
// uses, a device synchronisation for timings, and the CUDA allocator's peak. Callable in every build;
// without the CUDA kernels no CUDA tensor gets this far (checkDevice refuses it first).
#pragma once

#include <torch/types.h>

#include <string>

namespace palma::render {

// The device named `name` ("cpu", "cuda" or "cuda:N") for the renderer and the fitter. Throws
// palma::InputError for other names, for "cuda" in a build without the CUDA kernels, and when no such
// CUDA device is present.
torch::Device parseComputeDevice(const std::string& name);

// LibTorch's current CUDA stream on `t`'s device, as a cudaStream_t in a void*; null in a build without
// the CUDA kernels.
void* cudaStreamOf(const torch::Tensor& t);

// Waits for the work queued on `device` (nothing to wait for on the CPU).
void synchronizeDevice(const torch::Device& device);

// LibTorch's CUDA allocator on `device`: restarts the peak of allocated memory from the current
// amount, and reads that peak in MB. 0 and no-ops on the CPU and in builds without CUDA.
void resetDevicePeakMemory(const torch::Device& device);
double devicePeakMemoryMb(const torch::Device& device);
double deviceAllocatedMemoryMb(const torch::Device& device);

}  // namespace palma::render
