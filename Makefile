# Alongside: the everyday commands. See README.md.
#   make run    install what is missing, build, serve a demo at http://127.0.0.1:8080
#   make test   install what is missing, build, run every test level (unit, storage, http, browser)
#   make build  build only
#   make bench  run the benchmarks in bench/ (needs a build)
#   make clean  remove the build directory

BUILD_DIR ?= build
JOBS      ?= 2
CMAKE_ARGS ?=
BIN       := $(BUILD_DIR)/alongside

ifneq ($(shell command -v ccache 2>/dev/null),)
  CMAKE_ARGS += -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
endif

.PHONY: all build run test bench clean deps configure

all: build

deps:
	@scripts/install-deps.sh

# Configure once; later builds let ninja re-run cmake when a CMakeLists.txt changes.
$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_ARGS)

configure: $(BUILD_DIR)/build.ninja

# Front-end packages from npm, exactly as package-lock.json pins them.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

build: node_modules/.package-lock.json $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: deps
	@$(MAKE) --no-print-directory build
	@mkdir -p data
	$(BIN) seed-demo
	@echo "Alongside is starting at http://$${ALONGSIDE_LISTEN:-127.0.0.1:8080} (Ctrl+C to stop)"
	exec $(BIN) serve

test: deps
	@$(MAKE) --no-print-directory build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

bench:
	@test -x $(BIN) || { echo "bench: $(BIN) is missing; run 'make build' first" >&2; exit 1; }
	bench/foundation.sh
	bench/families.sh
	bench/pathways.sh
	bench/programme.sh

clean:
	rm -rf $(BUILD_DIR)
