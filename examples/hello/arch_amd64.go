package main

import "unsafe"

func archName() string { return "x86-64" }

// archDetail describes the word size; on amd64 only the 64-bit branch runs.
func archDetail() string {
	if unsafe.Sizeof(uintptr(0)) == 8 {
		return "64-bit little-endian"
	}
	return "unexpected word size"
}
