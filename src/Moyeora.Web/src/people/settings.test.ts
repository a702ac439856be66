import { describe, expect, it } from "vitest";
import { ghostUntil } from "./settings";

describe("ghost mode", () => {
  it("ends after the chosen hours, or never", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(ghostUntil("1h", now)).toBe("2026-12-01T11:00:00.000Z");
    expect(ghostUntil("3h", now)).toBe("2026-12-01T13:00:00.000Z");
    expect(ghostUntil("off", now)).toBeNull();
  });
});
