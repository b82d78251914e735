package main

import (
	"runtime"
	"testing"
)

func TestGreet(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"named", "gopher", "Hello, gopher!"},
		{"trimmed", "  matrix\n", "Hello, matrix!"},
		{"empty", "", "Hello, world!"},
		{"blank", "   ", "Hello, world!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Greet(tt.in); got != tt.want {
				t.Errorf("Greet(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestReportsPlatform logs the toolchain and platform the test binary was
// built for, so a matrix run can prove from its logs where each cell ran.
func TestReportsPlatform(t *testing.T) {
	t.Logf("go version: %s", runtime.Version())
	t.Logf("GOOS: %s", runtime.GOOS)
	t.Logf("GOARCH: %s", runtime.GOARCH)
}
