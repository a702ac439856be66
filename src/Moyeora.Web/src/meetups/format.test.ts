import { describe, expect, it } from "vitest";
import { formatDistance, formatDistanceRange, formatMeetupTime, localInputToIso, parseTags } from "./format";

describe("formatting", () => {
  it("says distances as people do", () => {
    expect(formatDistance(347)).toBe("350 m");
    expect(formatDistance(1234)).toBe("1.2 km");
    expect(formatDistance(12_400)).toBe("12 km");
  });

  it("writes distance ranges compactly", () => {
    expect(formatDistanceRange(1000, 2000)).toBe("1.0–2.0 km");
    expect(formatDistanceRange(200, 500)).toBe("200–500 m");
    expect(formatDistanceRange(500, 1000)).toBe("500 m–1.0 km");
    expect(formatDistanceRange(5000, null)).toBe("5.0 km+");
  });

  it("shows meetup times in Seoul whatever the browser's zone", () => {
    // 10:00 UTC is 19:00 in Seoul (the AM/PM word depends on the runtime's locale data)
    expect(formatMeetupTime("2026-12-01T10:00:00Z", "ko")).toMatch(/12월 1일.* 7:00/);
    expect(formatMeetupTime("2026-12-01T10:00:00Z", "en")).toMatch(/19:00/);
  });

  it("turns inputs into API values", () => {
    expect(localInputToIso("")).toBeNull();
    expect(localInputToIso("2026-12-01T19:00")).toMatch(/^2026-12-01T\d\d:00:00\.000Z$/);
    expect(parseTags(" 보드게임, #카페,, 강남 ")).toEqual(["보드게임", "카페", "강남"]);
  });
});
