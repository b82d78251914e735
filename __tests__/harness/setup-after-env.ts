// Runs in every e2e and conformance test file: its runner folders go when the file is done.
import { afterAll } from '@jest/globals'
import { removeRunnerDirs } from './runner.js'

afterAll(removeRunnerDirs)
