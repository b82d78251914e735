package main

import (
	"runtime"
	"strings"
	"testing"
)

func TestArchName(t *testing.T) {
	want := map[string]string{"amd64": "x86-64", "arm64": "AArch64"}[runtime.GOARCH]
	if want == "" {
		want = "other (" + runtime.GOARCH + ")"
	}
	if got := archName(); got != want {
		t.Errorf("archName() = %q on %s, want %q", got, runtime.GOARCH, want)
	}
}

func TestArchDetail(t *testing.T) {
	got := archDetail()
	if strings.Contains(got, "unexpected") {
		t.Errorf("archDetail() = %q on %s", got, runtime.GOARCH)
	}
	t.Logf("archDetail() on %s = %q", runtime.GOARCH, got)
}
