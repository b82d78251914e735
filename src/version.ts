/** This tool's name and version, as SBOMs and --version report it (a test keeps it equal to package.json). */
export const TOOL = { name: 'go-cross-matrix', version: '0.1.0' } as const
