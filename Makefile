# opinionc — make test runs everything CI runs (after .ci/run has installed
# the external consumers: LibreOffice, poppler, qpdf, Chromium, vnu).

GO      ?= go
PKGS    := ./...
FUZZTIME ?= 60s

.PHONY: all build test vet golden fuzz bench preview corpus corpus-report clean

all: build test

build:
	$(GO) build -o bin/opinionc ./cmd/opinionc

vet:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# The fuzz targets' seed corpora (testdata/fuzz) run as ordinary tests here.
test: vet
	$(GO) test -timeout 30m $(PKGS)

# Rewrite golden files (golden/, opinions/ from the seed import); review the diff.
GOLDEN_PKGS := $(shell grep -rl --include='*_test.go' '"opinionc/internal/golden"' . | xargs -n1 dirname | sort -u)
golden:
	$(GO) test -p 1 $(GOLDEN_PKGS) -update

fuzz:
	$(GO) test ./grammar -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./check -run '^$$' -fuzz FuzzCheck -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./grammar -run '^$$' -fuzz FuzzFormat -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./importer -run '^$$' -fuzz FuzzImport -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./cmd/opinionc -run '^$$' -fuzz FuzzRender -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./render/pdf -run '^$$' -fuzz FuzzSubsetFont -fuzztime $(FUZZTIME) -fuzzminimizetime 5s

# Benchmarks: parse/check throughput, renderers, and the CLI on the corpus and
# a generated 1000-document corpus (see bench/cli.sh).
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./grammar ./check ./render/...
	./bench/cli.sh bin/opinionc

# Render every corpus PDF page to PNG under out/preview for a look.
preview: build
	./bin/opinionc build -q --format pdf,docx -o out opinions
	mkdir -p out/preview
	for f in out/*.pdf; do pdftoppm -png -r 70 "$$f" "out/preview/$$(basename $$f .pdf)"; done
	@echo "pages in out/preview"

# Re-import the corpus from the seed report.
corpus:
	$(GO) run ./cmd/opinionc import -o opinions importer/testdata/wtpf21-report.txt

# Import and check the ITU texts in ../shared/itu-texts/ and print what was
# found per text (asserted by go test ./internal/corpusreport against
# golden/itu-texts/report.txt; the errors left are explained in docs/itu-texts.md).
corpus-report:
	$(GO) run ./internal/corpusreport/cmd ../shared/itu-texts

clean:
	rm -rf bin out
