#!/usr/bin/env bash
# Configures the source tree the way a GPU machine builds it (the engine alone: PALMA_GUI=OFF,
# PALMA_IO=OFF) into temporary folders, without building, and checks the generated flags:
#   - warnings are errors by default and not with -DPALMA_WERROR=OFF (tools/gpu_checks.sh uses that);
#   - where nvcc exists, the kernels of gpu/ are compiled for PALMA_CUDA_ARCHITECTURES (default 90),
#     also when CMAKE_CUDA_ARCHITECTURES is OFF (what a CUDA LibTorch's CMake config sets).
#   configure_test.sh SOURCE_DIR [CMAKE_PREFIX_PATH]
set -euo pipefail
src="$1"
prefix="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

configure() {  # configure NAME ARGS...: configures into $work/NAME, prints the log on failure
  local name="$1"
  shift
  if ! cmake -S "$src" -B "$work/$name" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMA_GUI=OFF -DPALMA_IO=OFF \
    -DPALMA_TESTS=ON -DCMAKE_PREFIX_PATH="$prefix" "$@" >"$work/$name.log" 2>&1; then
    cat "$work/$name.log"
    echo "configure_test: the engine-only configuration ($name) failed" >&2
    exit 1
  fi
}
fail() {
  echo "configure_test: $*" >&2
  exit 1
}

configure default
grep -q -- "-Werror" "$work/default/build.ninja" || fail "the default build does not treat warnings as errors"
grep -q "palma_engine" "$work/default/build.ninja" || fail "the engine-only build has no palma_engine target"
grep -q "palma-engine-bench" "$work/default/build.ninja" || fail "the engine-only build has no palma-engine-bench"
echo "default: warnings are errors, engine and engine benchmark configured"

configure no_werror -DPALMA_WERROR=OFF
if grep -q -- "-Werror" "$work/no_werror/build.ninja"; then
  grep -m 3 -- "-Werror" "$work/no_werror/build.ninja" >&2
  fail "-DPALMA_WERROR=OFF still passes -Werror"
fi
grep -q -- "-Wall" "$work/no_werror/build.ninja" || fail "-DPALMA_WERROR=OFF dropped the warnings themselves"
echo "PALMA_WERROR=OFF: warnings on, not errors"

if grep -q "palma_gpu_kernels" "$work/default/build.ninja"; then
  grep -q "arch=compute_90,code=\[compute_90,sm_90\]" "$work/default/build.ninja" ||
    fail "gpu/ is not compiled for sm_90 by default"
  configure arch -DPALMA_CUDA_ARCHITECTURES="80;90"
  for a in 80 90; do
    grep -q "arch=compute_$a,code=\[compute_$a,sm_$a\]" "$work/arch/build.ninja" ||
      fail "PALMA_CUDA_ARCHITECTURES=80;90 does not compile gpu/ for sm_$a"
  done
  # A CUDA LibTorch's CMake config sets CMAKE_CUDA_ARCHITECTURES to OFF; the kernels keep their own.
  configure torch_like -DCMAKE_CUDA_ARCHITECTURES=OFF
  grep -q "arch=compute_90,code=\[compute_90,sm_90\]" "$work/torch_like/build.ninja" ||
    fail "with CMAKE_CUDA_ARCHITECTURES=OFF (as LibTorch sets it) gpu/ is not compiled for sm_90"
  echo "gpu/: sm_90 by default, also with CMAKE_CUDA_ARCHITECTURES=OFF; PALMA_CUDA_ARCHITECTURES honoured"
else
  echo "gpu/: not compiled here (no usable nvcc); architecture checks skipped"
fi
