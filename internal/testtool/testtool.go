// Package testtool finds the external programs that judge our outputs
// (LibreOffice, qpdf, poppler, vnu, Chromium). In CI (CI=true) a missing tool
// fails the test; elsewhere the test is skipped with a message saying so.
package testtool

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// InCI reports whether the tests run in CI, where every tool must be present.
func InCI() bool { return os.Getenv("CI") == "true" }

// Need returns the path of the named program, failing the test in CI and
// skipping it elsewhere when the program is not installed.
func Need(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name+" is not installed (see .ci/run)")
	}
	return p
}

// Missing fails the test in CI and skips it elsewhere, saying what is missing.
func Missing(t testing.TB, what string) {
	t.Helper()
	if InCI() {
		t.Fatalf("required in CI: %s", what)
	}
	t.Skipf("skipped: %s", what)
}

// Root returns the repository root (the directory holding go.mod).
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Shared returns the path of ../shared beside the checkout, skipping the test
// (failing in CI) when it is absent.
func Shared(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(Root(), "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		Missing(t, "../shared is not beside the checkout")
	}
	return dir
}

// NodeModules returns tools/node/node_modules, where .ci/run installs the npm
// packages (vnu-jar, playwright-core, axe-core).
func NodeModules(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(Root(), "tools", "node", "node_modules")
	if _, err := os.Stat(dir); err != nil {
		Missing(t, "npm packages are not installed in tools/node (run: npm ci --prefix tools/node)")
	}
	return dir
}
