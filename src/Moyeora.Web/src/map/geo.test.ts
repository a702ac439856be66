import { describe, expect, it } from "vitest";
import { circlePolygon, clampBounds, radiusOptions, zoomForRadius } from "./geo";
import { parseConfig, defaultConfig } from "./config";

describe("geo", () => {
  it("draws a closed ring at the radius", () => {
    const ring = circlePolygon(37.5665, 126.978, 1000, 8);
    expect(ring[0]).toEqual(ring.at(-1));
    // north point: 1000 m ≈ 0.009° of latitude
    expect(ring[0]![1] - 37.5665).toBeCloseTo(0.009, 3);
  });

  it("zooms out for a larger radius", () => {
    expect(zoomForRadius(10_000, 37.5, 400)).toBeLessThan(zoomForRadius(500, 37.5, 400));
  });
});

describe("clampBounds", () => {
  it("keeps a Seoul view as it is and clips a wrapped world view", () => {
    const seoul = { south: 37.5, west: 126.9, north: 37.6, east: 127.1 };
    expect(clampBounds(seoul)).toEqual(seoul);
    expect(clampBounds({ south: -89, west: -200, north: 89, east: 260 })).toEqual({ south: -85, west: -180, north: 85, east: 180 });
  });
});

describe("config", () => {
  it("takes valid values and keeps defaults for the rest", () => {
    expect(parseConfig({ mapStyleUrl: "https://tiles.example/style.json", defaultZoom: "x" })).toEqual({ ...defaultConfig, mapStyleUrl: "https://tiles.example/style.json" });
    expect(parseConfig(null)).toEqual(defaultConfig);
  });
});

describe("radius options", () => {
  it("offers the usual choices, and a default set elsewhere in its place", () => {
    expect(radiusOptions(2000)).toEqual([500, 1000, 2000, 5000, 10000]);
    expect(radiusOptions(3000)).toEqual([500, 1000, 2000, 3000, 5000, 10000]);
    expect(radiusOptions(100)).toEqual([100, 500, 1000, 2000, 5000, 10000]);
  });
});
