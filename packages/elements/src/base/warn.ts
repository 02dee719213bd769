/**
 * Reports bad input from the app (an unknown theme, a status URL without `{code}`, a second
 * registration of a tag) on the console instead of throwing: one partner's mistake must not take
 * down the citizen's page (CONVENTIONS.md, "warn, don't throw").
 */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`[dvc-kit] ${message}`, ...details);
}
