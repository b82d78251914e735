//go:build !amd64 && !arm64

package main

import (
	"runtime"
	"unsafe"
)

func archName() string { return "other (" + runtime.GOARCH + ")" }

// archDetail describes the word size of any other architecture.
func archDetail() string {
	if unsafe.Sizeof(uintptr(0)) == 4 {
		return "32-bit"
	}
	return "64-bit"
}
