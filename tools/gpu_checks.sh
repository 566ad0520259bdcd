#!/usr/bin/env bash
# The checks of the CUDA build on a machine with an NVIDIA GPU (see docs/gpu.md).
#
#   tools/gpu_checks.sh --prepare     on a Debian machine: copies Eigen's headers into .gpu-deps/ so that
#                                     a GPU machine without Eigen can build the engine (carry .gpu-deps)
#   tools/gpu_checks.sh [OUT]         on the GPU machine: configures the engine with PALMA_CUDA=ON against
#                                     the LibTorch of python3's torch, builds it, runs the GPU parity
#                                     tests and the engine tests, then the render and fit benchmarks on
#                                     CUDA; logs and results go to OUT (default gpu-results/)
#
# Environment: JOBS (build jobs, default: all cores), PALMA_GPU_STEPS (default
# "build test bench-render bench-fit"; a subset runs only those steps), PALMA_FIT_SETTING (harp).
set -uo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--prepare" ]]; then
  rm -rf .gpu-deps/eigen && mkdir -p .gpu-deps/eigen/include .gpu-deps/eigen/share
  cp -r /usr/include/eigen3 .gpu-deps/eigen/include/ && cp -r /usr/share/eigen3 .gpu-deps/eigen/share/ || exit 1
  echo "Eigen copied into .gpu-deps/eigen ($(du -sh .gpu-deps | cut -f1))"
  exit 0
fi

out=${1:-gpu-results}
mkdir -p "$out"
jobs=${JOBS:-$(nproc)}
steps=${PALMA_GPU_STEPS:-"build test bench-render bench-fit"}
status=0
log() { echo "== $*" | tee -a "$out/summary.txt"; }
has_step() { [[ " $steps " == *" $1 "* ]]; }

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader >"$out/gpu.txt" 2>&1
log "GPU: $(cat "$out/gpu.txt")"
torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)') || { log "no python3 torch"; exit 1; }
log "LibTorch: $(python3 -c 'import torch; print(torch.__version__, torch.version.cuda)')"
prefix="$torch_prefix"
[[ -d .gpu-deps/eigen ]] && prefix="$prefix;$PWD/.gpu-deps/eigen"

if has_step build; then
  # Warnings are not errors here: this machine's compiler is not CI's, and CI keeps them errors. Their
  # count goes to the summary. LibTorch's CMake config takes its architectures from TORCH_CUDA_ARCH_LIST.
  export TORCH_CUDA_ARCH_LIST=${TORCH_CUDA_ARCH_LIST:-9.0}
  cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMA_GUI=OFF -DPALMA_IO=OFF -DPALMA_TESTS=ON \
    -DPALMA_CUDA=ON -DPALMA_WERROR=OFF -DCMAKE_PREFIX_PATH="$prefix" >"$out/configure.log" 2>&1 ||
    { log "configure FAILED"; tail -30 "$out/configure.log" >>"$out/summary.txt"; exit 1; }
  start=$(date +%s)
  if ninja -C build-gpu -j "$jobs" >"$out/build.log" 2>&1; then
    log "build: $(( $(date +%s) - start )) s, $(grep -c 'warning:' "$out/build.log") compiler warnings (see build.log)"
  else
    log "build FAILED (see build.log)"
    grep -E "error|FAILED" "$out/build.log" | head -40 >>"$out/summary.txt"
    exit 1
  fi
fi

if has_step test; then
  ctest --test-dir build-gpu -L gpu --output-on-failure -V >"$out/gpu-tests.log" 2>&1 || status=1
  log "GPU parity tests: $(grep -E 'tests passed|tests failed' "$out/gpu-tests.log" | tail -1)"
  grep -E "^(PASS|FAIL|SKIP) |^  stage" "$out/gpu-tests.log" >>"$out/summary.txt"
  ctest --test-dir build-gpu -LE "gpu|gui|slow" -j "$jobs" --output-on-failure >"$out/engine-tests.log" 2>&1 || status=1
  log "engine tests with the CUDA kernels linked: $(grep -E 'tests passed|tests failed' "$out/engine-tests.log" | tail -1)"
  # The names of failed tests of either run (their output is in the logs).
  grep -hE "^[[:space:]]*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)" \
    "$out/gpu-tests.log" "$out/engine-tests.log" >>"$out/summary.txt"
fi

if has_step bench-render; then
  ./build-gpu/bin/palma-engine-bench render --device cuda --repeats 10 >"$out/bench-render.txt" 2>"$out/bench-render.log" ||
    { status=1; log "render benchmark FAILED"; tail -5 "$out/bench-render.log" >>"$out/summary.txt"; }
  cat "$out/bench-render.txt" >>"$out/summary.txt"
fi

if has_step bench-fit; then
  ./build-gpu/bin/palma-engine-bench fit --device cuda --setting "${PALMA_FIT_SETTING:-harp}" \
    >"$out/bench-fit.txt" 2>"$out/bench-fit.log" || { status=1; log "fit benchmark FAILED"; tail -5 "$out/bench-fit.log" >>"$out/summary.txt"; }
  cat "$out/bench-fit.txt" >>"$out/summary.txt"
fi
log "done (status $status)"
exit $status
