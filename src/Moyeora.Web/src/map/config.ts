import type { Feature } from "geojson";
import type { StyleSpecification } from "maplibre-gl";

export interface AppConfig {
  /** A MapLibre style URL (tiles from wherever the operator chooses); null: the plain offline style. */
  mapStyleUrl: string | null;
  defaultCenter: { latitude: number; longitude: number };
  defaultZoom: number;
}

export const defaultConfig: AppConfig = {
  mapStyleUrl: import.meta.env.VITE_MAP_STYLE_URL || null,
  defaultCenter: { latitude: 37.5665, longitude: 126.978 }, // Seoul City Hall
  defaultZoom: 14,
};

/** Reads `/config.json` (replaceable in the served folder without a rebuild) over the build-time defaults. */
export function parseConfig(value: unknown, base: AppConfig = defaultConfig): AppConfig {
  if (!value || typeof value !== "object") {
    return base;
  }
  const v = value as Partial<AppConfig>;
  const center = v.defaultCenter;
  return {
    mapStyleUrl: typeof v.mapStyleUrl === "string" && v.mapStyleUrl.length > 0 ? v.mapStyleUrl : base.mapStyleUrl,
    defaultCenter:
      center && Number.isFinite(center.latitude) && Number.isFinite(center.longitude) ? { latitude: center.latitude, longitude: center.longitude } : base.defaultCenter,
    defaultZoom: typeof v.defaultZoom === "number" && Number.isFinite(v.defaultZoom) ? v.defaultZoom : base.defaultZoom,
  };
}

let loaded: Promise<AppConfig> | undefined;

export function loadConfig(): Promise<AppConfig> {
  loaded ??= fetch("/config.json", { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .then((json) => parseConfig(json))
    .catch(() => defaultConfig);
  return loaded;
}

/** No network at all: a plain background with a light grid, so the map works offline and in tests. */
export function plainStyle(): StyleSpecification {
  const lines: Feature[] = [];
  for (let lat = 37.3; lat <= 37.8; lat += 0.01) {
    lines.push({ type: "Feature", properties: { major: Math.round(lat * 100) % 5 === 0 }, geometry: { type: "LineString", coordinates: [[126.6, lat], [127.3, lat]] } });
  }
  for (let lng = 126.6; lng <= 127.3; lng += 0.01) {
    lines.push({ type: "Feature", properties: { major: Math.round(lng * 100) % 5 === 0 }, geometry: { type: "LineString", coordinates: [[lng, 37.3], [lng, 37.8]] } });
  }
  return {
    version: 8,
    sources: { grid: { type: "geojson", data: { type: "FeatureCollection", features: lines } } },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#eef2f0" } },
      {
        id: "grid",
        type: "line",
        source: "grid",
        paint: { "line-color": "#d5ddd8", "line-width": ["case", ["get", "major"], 1.2, 0.5] },
      },
    ],
  };
}
