// Command hello is the go-cross-matrix demo: it reports which Go version and
// platform it runs on, so a matrix run shows each cell's real toolchain and CPU.
package main

import (
	"fmt"
	"runtime"

	"example.com/hello/internal/byteorder"
)

func main() {
	fmt.Println(Greet("matrix"))
	fmt.Printf("go: %s\n", runtime.Version())
	fmt.Printf("platform: %s/%s\n", runtime.GOOS, runtime.GOARCH)
	fmt.Printf("arch: %s, %s, %s\n", archName(), archDetail(), byteorder.Native())
}
