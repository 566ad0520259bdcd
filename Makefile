# Palma Studio — the two commands a fresh Debian 12 machine needs:
#   make demo   installs dependencies, builds, runs the main job into demo-output/
#   make test   installs dependencies, builds, runs every test (GUI tests under xvfb-run)
# Other targets: deps, build, engine (LibTorch-only build), format, package, clean.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all deps configure build test demo engine format package clean

all: build

deps:
	bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake --preset default -B $(BUILD_DIR) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

demo: build
	$(BUILD_DIR)/bin/palma demo --out demo-output

# The engine and its tests with LibTorch alone (as on the GPU machine).
engine:
	cmake --preset engine -B build-engine
	cmake --build build-engine -j $(JOBS)
	ctest --test-dir build-engine --output-on-failure -j $(JOBS)

format:
	git ls-files '*.cpp' '*.h' '*.cu' '*.cuh' | xargs clang-format -i

package: build
	cmake --build $(BUILD_DIR) --target package

clean:
	rm -rf $(BUILD_DIR) build-engine demo-output
