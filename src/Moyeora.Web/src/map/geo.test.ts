import { describe, expect, it } from "vitest";
import { circlePolygon, zoomForRadius } from "./geo";
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

describe("config", () => {
  it("takes valid values and keeps defaults for the rest", () => {
    expect(parseConfig({ mapStyleUrl: "https://tiles.example/style.json", defaultZoom: "x" })).toEqual({ ...defaultConfig, mapStyleUrl: "https://tiles.example/style.json" });
    expect(parseConfig(null)).toEqual(defaultConfig);
  });
});
