// Package byteorder tells the byte order of the CPU the program runs on, so the demo's
// output differs between targets in a way the tests can check.
package byteorder

import "unsafe"

// Native returns "little-endian" or "big-endian" for the running CPU.
func Native() string {
	x := uint16(0x0102)
	if *(*byte)(unsafe.Pointer(&x)) == 0x02 {
		return "little-endian"
	}
	return "big-endian"
}
