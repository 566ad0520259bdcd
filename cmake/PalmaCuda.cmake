# CUDA kernels (gpu/).
#
# PALMA_CUDA=AUTO turns the CUDA build on when nvcc exists and the LibTorch found has CUDA; ON insists,
# OFF never builds gpu/. With the CUDA build on, palma_engine links the kernels (PALMA_WITH_CUDA) and
# the render operators run on CUDA tensors.
#
# PALMA_CUDA_COMPILE_CHECK=AUTO compiles the kernels whenever nvcc exists, also when LibTorch has no
# CUDA (they need only the CUDA toolkit): the CPU-only build then checks that gpu/ compiles, without
# linking it. The CPU build never includes CUDA headers.
set(PALMA_CUDA_COMPILE_CHECK "AUTO" CACHE STRING "Compile gpu/ with nvcc even when LibTorch has no CUDA: ON, OFF or AUTO")
set_property(CACHE PALMA_CUDA_COMPILE_CHECK PROPERTY STRINGS ON OFF AUTO)

set(PALMA_CUDA_ENABLED OFF)
set(PALMA_GPU_KERNELS OFF)
set(_palma_torch_has_cuda OFF)
if(TARGET torch_cuda OR TARGET c10_cuda OR TORCH_CUDA_LIBRARIES)
  set(_palma_torch_has_cuda ON)
endif()
find_program(PALMA_NVCC nvcc HINTS /usr/local/cuda/bin ENV CUDA_PATH PATH_SUFFIXES bin)
if(PALMA_CUDA STREQUAL "ON")
  if(NOT PALMA_NVCC OR NOT _palma_torch_has_cuda)
    message(FATAL_ERROR "PALMA_CUDA=ON needs nvcc (found: '${PALMA_NVCC}') and a LibTorch built with CUDA "
                        "(found CUDA in LibTorch: ${_palma_torch_has_cuda}).")
  endif()
  set(PALMA_CUDA_ENABLED ON)
elseif(PALMA_CUDA STREQUAL "AUTO")
  if(PALMA_NVCC AND _palma_torch_has_cuda)
    set(PALMA_CUDA_ENABLED ON)
  endif()
elseif(NOT PALMA_CUDA STREQUAL "OFF")
  message(FATAL_ERROR "PALMA_CUDA must be ON, OFF or AUTO (got '${PALMA_CUDA}')")
endif()

if(PALMA_CUDA_ENABLED)
  set(PALMA_GPU_KERNELS ON)
elseif(NOT PALMA_CUDA STREQUAL "OFF" AND PALMA_NVCC)
  if(PALMA_CUDA_COMPILE_CHECK STREQUAL "ON" OR PALMA_CUDA_COMPILE_CHECK STREQUAL "AUTO")
    set(PALMA_GPU_KERNELS ON)
  endif()
elseif(PALMA_CUDA_COMPILE_CHECK STREQUAL "ON")
  message(FATAL_ERROR "PALMA_CUDA_COMPILE_CHECK=ON needs nvcc and PALMA_CUDA other than OFF")
endif()

if(PALMA_GPU_KERNELS AND NOT CMAKE_CUDA_COMPILER)
  if(NOT PALMA_CUDA_ENABLED AND PALMA_CUDA_COMPILE_CHECK STREQUAL "AUTO")
    # The compile check must never break a CPU build: where nvcc exists but cannot compile for this
    # host (an unsupported host compiler, say), it is skipped with a message.
    include(CheckLanguage)
    set(ENV{CUDACXX} "${PALMA_NVCC}")
    check_language(CUDA)
    if(NOT CMAKE_CUDA_COMPILER)
      message(STATUS "Palma: nvcc cannot compile here; gpu/ is not compiled as a check")
      set(PALMA_GPU_KERNELS OFF)
    endif()
  else()
    set(CMAKE_CUDA_COMPILER "${PALMA_NVCC}")
  endif()
endif()

if(PALMA_GPU_KERNELS)
  # The kernels' GPU architectures: Hopper (H100/H200) by default. They are a property of the kernels'
  # target (gpu/CMakeLists.txt) because in a CUDA build LibTorch's CMake config sets
  # CMAKE_CUDA_ARCHITECTURES to OFF ("pytorch is not compatible with CMAKE_CUDA_ARCHITECTURES") and
  # adds -gencode flags of its own, for TORCH_CUDA_ARCH_LIST or else the GPUs it finds at configure time.
  set(PALMA_CUDA_ARCHITECTURES "90" CACHE STRING "GPU architectures of the CUDA kernels in gpu/ (90: H100/H200)")
  if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
    set(CMAKE_CUDA_ARCHITECTURES ${PALMA_CUDA_ARCHITECTURES})
  endif()
  if(PALMA_CCACHE AND NOT CMAKE_CUDA_COMPILER_LAUNCHER)
    set(CMAKE_CUDA_COMPILER_LAUNCHER "${PALMA_CCACHE}")
  endif()
  # The shared CUDA runtime, the one LibTorch uses, so kernels and LibTorch share one runtime instance.
  set(CMAKE_CUDA_RUNTIME_LIBRARY Shared)
  enable_language(CUDA)
  set(CMAKE_CUDA_STANDARD 17)
  set(CMAKE_CUDA_STANDARD_REQUIRED ON)
endif()
