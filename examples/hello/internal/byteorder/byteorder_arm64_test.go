package byteorder

import "testing"

// Built only for arm64 (the _arm64 file name is a build constraint): a cell on another
// architecture does not have this test at all, so its counts differ from an arm64 cell's.
func TestArm64IsLittleEndian(t *testing.T) {
	if got := Native(); got != "little-endian" {
		t.Errorf("Native() = %q on arm64, want little-endian (Linux on arm64 is little-endian)", got)
	}
}
