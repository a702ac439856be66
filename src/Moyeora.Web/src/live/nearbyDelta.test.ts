import { describe, expect, it } from "vitest";
import type { NearbyDeltaDto } from "@moyeora/client";
import { applyNearbyDelta, distanceBand, emptyNearbyView, nearbyList } from "./nearbyDelta";

const delta = (fields: Partial<NearbyDeltaDto>): NearbyDeltaDto => ({ q: 1, f: false, t: 0, r: 2000, me: null, c: null, u: [], d: [], ...fields });

describe("nearby deltas", () => {
  it("builds the list from a full delta and keeps it in step with later ones", () => {
    const full = delta({
      q: 1, f: true, me: [37.5663, 126.9779], c: [37566300, 126977900],
      u: [
        { i: "b", k: 3, s: 0, y: 37576300, x: 126977900, b: 4 },
        { i: "a", k: 1, s: 1, y: 37567300, x: 126977900, b: 0 },
      ],
    });
    let view = applyNearbyDelta(emptyNearbyView, full)!;
    expect(nearbyList(view).map((p) => p.userId)).toEqual(["a", "b"]);
    expect(nearbyList(view)[0]).toEqual({ userId: "a", relationship: "friend", lastSeen: "minutes", latitude: 37.5673, longitude: 126.9779, distance: distanceBand(0) });

    view = applyNearbyDelta(view, delta({ q: 2, u: [{ i: "c", k: 2, s: 0, y: 37566400, x: 126977900, b: 0 }], d: ["b"] }))!;
    expect(nearbyList(view).map((p) => [p.userId, p.relationship])).toEqual([["c", "coMember"], ["a", "friend"]]);
    expect(distanceBand(10)).toEqual({ minMeters: 500_000, maxMeters: null, label: "500 km+" });
  });

  it("notices a missed delta", () => {
    const view = applyNearbyDelta(emptyNearbyView, delta({ q: 1, f: true }))!;
    expect(applyNearbyDelta(view, delta({ q: 3 }))).toBeNull();
    expect(applyNearbyDelta(emptyNearbyView, delta({ q: 2 }))).toBeNull();
  });
});
