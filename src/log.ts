/**
 * The engine logs through this interface so the action (workflow commands via @actions/core)
 * and the CLI (plain terminal lines) share every stage unchanged.
 */
export interface Log {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  /** a live status line (a download's bytes and rate), shown on a terminal and dropped elsewhere; '' ends it */
  progress?(key: string, text: string): void
}
