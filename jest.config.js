// Two projects: fast unit tests, and end-to-end tests that drive dist/ against real toolchains.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
}

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/harness/setup-after-env.ts']
    },
    // Differential runs against go test on real modules from the Go module proxy (issue 10).
    {
      ...common,
      displayName: 'conformance',
      testMatch: ['<rootDir>/__tests__/conformance/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/harness/setup-after-env.ts']
    }
  ],
  testTimeout: 600000,
  verbose: true
}
