package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"opinionc/check"
	"opinionc/doc"
	"opinionc/internal/diag"
)

// SourceExt is the extension of source files.
const SourceExt = ".opinion"

// expand turns PATH arguments into source files: a file stands for itself, a
// directory for the *.opinion files in it, sorted.
func expand(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return nil, usageError{"no PATH given"}
	}
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		var found []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), SourceExt) {
				found = append(found, filepath.Join(p, e.Name()))
			}
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no %s files in this directory", p, SourceExt)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// unit is one checked source file.
type unit struct {
	path  string
	src   []byte
	doc   *doc.Document
	diags diag.List
	err   error // the file could not be read
}

// loadAll reads and checks files concurrently, keeping their order.
func loadAll(files []string, opts check.Options) []*unit {
	units := make([]*unit, len(files))
	parallel(len(units), func(i int) { units[i] = load(files[i], opts) })
	return units
}

// load reads and checks one file.
func load(path string, opts check.Options) *unit {
	u := &unit{path: path}
	u.src, u.err = os.ReadFile(path)
	if u.err == nil {
		u.doc, u.diags = check.File(path, u.src, opts)
	}
	return u
}

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// sources collects file contents for quoting source lines in diagnostics.
func sources(units []*unit) diag.Sources {
	s := diag.Sources{}
	for _, u := range units {
		s[u.path] = u.src
	}
	return s
}
