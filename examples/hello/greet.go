package main

import "strings"

// Greet returns a greeting for name; an empty or blank name greets the world.
func Greet(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "world"
	}
	return "Hello, " + name + "!"
}
