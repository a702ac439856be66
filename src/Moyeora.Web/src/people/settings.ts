export type GhostFor = "1h" | "3h" | "off";

/** The end of ghost mode for a chosen duration (null: until turned off). */
export function ghostUntil(choice: GhostFor, now: number): string | null {
  return choice === "off" ? null : new Date(now + (choice === "1h" ? 1 : 3) * 3_600_000).toISOString();
}
