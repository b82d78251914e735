package main

import "unsafe"

func archName() string { return "AArch64" }

// archDetail describes the data model; on arm64 only the LP64 case runs, so
// this file's coverage differs from arch_amd64.go.
func archDetail() string {
	switch unsafe.Sizeof(uintptr(0)) {
	case 8:
		return "64-bit ARM"
	case 4:
		return "ILP32 ARM"
	default:
		return "unexpected word size"
	}
}
