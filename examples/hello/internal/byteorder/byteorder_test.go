package byteorder

import (
	"encoding/binary"
	"testing"
)

func TestNativeAgreesWithEncodingBinary(t *testing.T) {
	buf := make([]byte, 2)
	binary.NativeEndian.PutUint16(buf, 0x0102)
	want := "big-endian"
	if buf[0] == 0x02 {
		want = "little-endian"
	}
	if got := Native(); got != want {
		t.Errorf("Native() = %q, encoding/binary says %q", got, want)
	}
}
