#!/usr/bin/env bash
# The checks of the CUDA build on a machine with an NVIDIA GPU (see docs/gpu.md).
#
#   tools/gpu_checks.sh --prepare     on a Debian machine: copies Eigen's headers into .gpu-deps/ so that
#                                     a GPU machine without Eigen can build the engine (carry .gpu-deps)
#   tools/gpu_checks.sh [OUT]         on the GPU machine: configures the engine with PALMA_CUDA=ON against
#                                     the LibTorch of python3's torch, builds it, runs the GPU parity
#                                     tests, the render and fit benchmarks on CUDA and the engine tests;
#                                     logs and results go to OUT (default gpu-results/), a digest to
#                                     OUT/summary.txt and to standard output
#
# Environment: JOBS (build jobs, default: all cores), PALMA_GPU_STEPS (the steps, run in the order given;
# default "build test-gpu bench-render bench-fit test-engine"), PALMA_FIT_SETTING (harp).
# The build step builds what the GPU tests and the benchmarks need first; test-engine builds the rest.
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
out=$(cd "$out" && pwd)
jobs=${JOBS:-$(nproc)}
steps=${PALMA_GPU_STEPS:-"build test-gpu bench-render bench-fit test-engine"}
status=0
log() { echo "== $*" | tee -a "$out/summary.txt"; }
elapsed() { echo "$(($(date +%s) - $1)) s"; }

# nvcc is often outside PATH (/usr/local/cuda/bin); LibTorch's CMake config finds it through CUDACXX.
if ! command -v nvcc >/dev/null && [[ -x /usr/local/cuda/bin/nvcc ]]; then export PATH="/usr/local/cuda/bin:$PATH"; fi
command -v nvcc >/dev/null && export CUDACXX=${CUDACXX:-$(command -v nvcc)}

{
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
  echo "nvcc: $(nvcc --version 2>&1 | grep -o 'release [0-9.]*')"
  echo "c++: $(c++ --version 2>&1 | head -1)"
  echo "cmake: $(cmake --version 2>&1 | head -1); ninja $(ninja --version 2>&1)"
  echo "cores: $(nproc)"
} >"$out/machine.txt" 2>&1
log "machine: $(tr '\n' ';' <"$out/machine.txt")"
torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)') || { log "no python3 torch"; exit 1; }
log "LibTorch: $(python3 -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)')"
prefix="$torch_prefix"
[[ -d .gpu-deps/eigen ]] && prefix="$prefix;$PWD/.gpu-deps/eigen"

first_targets="palma-engine-bench gpu_parity_test gpu_parity_fit_test gpu_parity_interp_test gpu_parity_shade_test
  gpu_parity_aa_test"

build() {  # build [TARGETS...]: -k 0 so that one run reports every compile error
  local start
  start=$(date +%s)
  if ninja -C build-gpu -k 0 -j "$jobs" "$@" >>"$out/build.log" 2>&1; then
    log "build ${*:-(all)}: $(elapsed "$start"), $(grep -c 'warning:' "$out/build.log") compiler warnings so far"
  else
    log "build FAILED after $(elapsed "$start") (see build.log)"
    grep -E "error|FAILED" "$out/build.log" | head -60 >>"$out/summary.txt"
    grep -E "error|FAILED" "$out/build.log" | head -60
    exit 1
  fi
}

for step in $steps; do
  case "$step" in
  build)
    # Warnings are not errors here: this machine's compiler is not CI's, and CI keeps them errors. Their
    # count goes to the summary. LibTorch's CMake config takes its architectures from TORCH_CUDA_ARCH_LIST.
    export TORCH_CUDA_ARCH_LIST=${TORCH_CUDA_ARCH_LIST:-9.0}
    start=$(date +%s)
    cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMA_GUI=OFF -DPALMA_IO=OFF -DPALMA_TESTS=ON \
      -DPALMA_CUDA=ON -DPALMA_WERROR=OFF -DCMAKE_POLICY_VERSION_MINIMUM=3.5 -DCMAKE_PREFIX_PATH="$prefix" \
      >"$out/configure.log" 2>&1 || { log "configure FAILED"; tail -40 "$out/configure.log" | tee -a "$out/summary.txt"; exit 1; }
    log "configure: $(elapsed "$start"); $(grep -m1 'Palma: GUI' "$out/configure.log")"
    # shellcheck disable=SC2086
    build $first_targets
    ;;
  test-gpu)
    start=$(date +%s)
    ctest --test-dir build-gpu -L gpu --output-on-failure -V >"$out/gpu-tests.log" 2>&1 || status=1
    log "GPU parity tests ($(elapsed "$start")): $(grep -E 'tests passed|tests failed' "$out/gpu-tests.log" | tail -1)"
    grep -E "^[0-9]+: (PASS|FAIL|SKIP) |^[0-9]+:   stage|^[0-9]+: .*(max|error|diff)" "$out/gpu-tests.log" |
      head -80 >>"$out/summary.txt"
    grep -hE "^[[:space:]]*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)" \
      "$out/gpu-tests.log" | tee -a "$out/summary.txt"
    ;;
  bench-render)
    start=$(date +%s)
    ./build-gpu/bin/palma-engine-bench render --device cuda --repeats 10 >"$out/bench-render.txt" 2>>"$out/bench.log" ||
      { status=1; log "render benchmark FAILED"; tail -5 "$out/bench.log" | tee -a "$out/summary.txt"; }
    log "render benchmark ($(elapsed "$start")):"
    tee -a "$out/summary.txt" <"$out/bench-render.txt"
    ;;
  bench-fit)
    start=$(date +%s)
    ./build-gpu/bin/palma-engine-bench fit --device cuda --setting "${PALMA_FIT_SETTING:-harp}" \
      >"$out/bench-fit.txt" 2>>"$out/bench.log" ||
      { status=1; log "fit benchmark FAILED"; tail -5 "$out/bench.log" | tee -a "$out/summary.txt"; }
    log "fit benchmark ($(elapsed "$start")):"
    tee -a "$out/summary.txt" <"$out/bench-fit.txt"
    ;;
  test-engine)
    build
    start=$(date +%s)
    ctest --test-dir build-gpu -LE "gpu|gui|slow" -j "$jobs" --output-on-failure >"$out/engine-tests.log" 2>&1 || status=1
    log "engine tests with the CUDA kernels linked ($(elapsed "$start")): $(grep -E 'tests passed|tests failed' "$out/engine-tests.log" | tail -1)"
    grep -hE "^[[:space:]]*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)" \
      "$out/engine-tests.log" | tee -a "$out/summary.txt"
    ;;
  *)
    log "unknown step '$step' (steps: build test-gpu bench-render bench-fit test-engine)"
    exit 2
    ;;
  esac
done
log "done (status $status)"
exit $status
