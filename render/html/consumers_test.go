package html

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"opinionc/internal/testtool"
)

// writePages renders every page under test into a fresh directory and
// returns their paths.
func writePages(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, d := range pagesUnderTest(t) {
		p := filepath.Join(dir, d.Name+".html")
		if err := os.WriteFile(p, []byte(render(t, d)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// The W3C Nu HTML checker finds no error on any page.
func TestValidHTML(t *testing.T) {
	java := testtool.Need(t, "java")
	jar := filepath.Join(testtool.NodeModules(t), "vnu-jar", "build", "dist", "vnu.jar")
	if _, err := os.Stat(jar); err != nil {
		testtool.Missing(t, "vnu.jar (npm ci --prefix tools/node)")
	}
	args := append([]string{"-jar", jar, "--errors-only", "--format", "gnu"}, writePages(t)...)
	out, err := exec.Command(java, args...).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("vnu found errors (%v):\n%s", err, out)
	}
}

// axe-core, in headless Chromium, finds no serious or critical accessibility
// violation, and every internal link, clicked, lands on its target.
func TestAccessibleInChromium(t *testing.T) {
	node := testtool.Need(t, "node")
	testtool.Need(t, "chromium")
	testtool.NodeModules(t)
	script := filepath.Join(testtool.Root(), "tools", "node", "axe-check.mjs")
	cmd := exec.Command(node, append([]string{script}, writePages(t)...)...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+testtool.Need(t, "chromium"))
	out, err := cmd.CombinedOutput()
	t.Logf("axe-check:\n%s", out)
	if err != nil {
		t.Errorf("axe-check failed (%v):\n%s", err, out)
	}
}
