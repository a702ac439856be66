import { describe, expect, it } from "vitest";
import type { MeetupLiveUpdateDto } from "@moyeora/client";
import { applyMeetupChange, isFull, mergeLoadedMarkers, type MarkerMap } from "./markers";

const update = (change: string, extra: Partial<MeetupLiveUpdateDto> = {}): MeetupLiveUpdateDto => ({
  meetupId: "m1",
  change,
  title: "보드게임",
  status: "recruiting",
  memberCount: 1,
  maxMembers: 4,
  startTime: "2026-12-01T10:00:00Z",
  latitude: 37.5,
  longitude: 127,
  ...extra,
});

describe("applyMeetupChange", () => {
  it("adds a meetup that appeared and updates its seats", () => {
    let markers: MarkerMap = applyMeetupChange({}, update("appeared"));
    expect(markers.m1?.memberCount).toBe(1);
    markers = applyMeetupChange(markers, update("filled", { memberCount: 4 }));
    expect(markers.m1?.memberCount).toBe(4);
    expect(isFull(markers.m1!)).toBe(true);
    markers = applyMeetupChange(markers, update("seatFreed", { memberCount: 3 }));
    expect(isFull(markers.m1!)).toBe(false);
  });

  it("removes a meetup that stops recruiting", () => {
    const markers = applyMeetupChange({}, update("appeared"));
    for (const [change, status] of [
      ["confirmed", "confirmed"],
      ["cancelled", "cancelled"],
      ["ended", "ended"],
    ] as const) {
      expect(applyMeetupChange(markers, update(change, { status }))).toEqual({});
    }
  });

  it("ignores the removal of a meetup it never showed (same object back)", () => {
    const markers: MarkerMap = {};
    expect(applyMeetupChange(markers, update("cancelled", { status: "cancelled" }))).toBe(markers);
  });
});

describe("mergeLoadedMarkers", () => {
  it("replaces what is inside the loaded area and keeps what is outside", () => {
    const inside = { id: "in", latitude: 37.5, longitude: 127, title: "a", memberCount: 1, maxMembers: 2, startTime: "" };
    const outside = { ...inside, id: "out", latitude: 36 };
    const fresh = { ...inside, id: "new" };
    const merged = mergeLoadedMarkers({ in: inside, out: outside }, { south: 37, west: 126, north: 38, east: 128 }, [fresh]);
    expect(Object.keys(merged).sort()).toEqual(["new", "out"]);
  });
});
