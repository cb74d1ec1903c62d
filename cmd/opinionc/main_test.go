package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"opinionc": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line contract in testdata/script/*.txtar:
// exit statuses, diagnostics on stderr, outputs written or not. The corpus
// is copied into each script's work directory as opinions/.
func TestScripts(t *testing.T) {
	corpus, _ := filepath.Glob("../../opinions/*.opinion")
	if len(corpus) != 5 {
		t.Fatalf("want the five corpus files, found %d", len(corpus))
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       os.Getenv("UPDATE_SCRIPTS") == "1",
		Setup: func(env *testscript.Env) error {
			seed, err := filepath.Abs("../../importer/testdata/wtpf21-report.txt")
			if err != nil {
				return err
			}
			env.Setenv("SEED", seed)
			dir := filepath.Join(env.WorkDir, "opinions")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			res, err := os.ReadFile("../../check/testdata/resolution.opinion")
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(env.WorkDir, "resolution.opinion"), res, 0o644); err != nil {
				return err
			}
			for _, f := range corpus {
				b, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
	})
}
