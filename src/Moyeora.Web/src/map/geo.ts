/** A polygon approximating a circle on the ground (for the radius ring). */
export function circlePolygon(latitude: number, longitude: number, meters: number, steps = 64): [number, number][] {
  const earth = 6_371_008.8;
  const angular = meters / earth;
  const lat = (latitude * Math.PI) / 180;
  const lng = (longitude * Math.PI) / 180;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const bearing = (2 * Math.PI * i) / steps;
    const lat2 = Math.asin(Math.sin(lat) * Math.cos(angular) + Math.cos(lat) * Math.sin(angular) * Math.cos(bearing));
    const lng2 = lng + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat), Math.cos(angular) - Math.sin(lat) * Math.sin(lat2));
    ring.push([(lng2 * 180) / Math.PI, (lat2 * 180) / Math.PI]);
  }
  return ring;
}

/** The zoom at which a circle of `meters` fits a view of `pixels` (Web Mercator, 512-px tiles as MapLibre uses). */
export function zoomForRadius(meters: number, latitude: number, pixels: number): number {
  const metersPerPixelAtZoom0 = (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / 512;
  const zoom = Math.log2((metersPerPixelAtZoom0 * pixels) / (2.4 * meters));
  return Math.max(3, Math.min(18, zoom));
}

export const radiusChoices = [500, 1000, 2000, 5000, 10000] as const;

/** The radius choices, with the one in force added in order when it is not one of them (a default set elsewhere). */
export function radiusOptions(current: number): number[] {
  const choices: number[] = [...radiusChoices];
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

/** A view box the API accepts: latitudes within ±85°, longitudes within ±180° (a world-wide view is clipped). */
export function clampBounds(bounds: { south: number; west: number; north: number; east: number }) {
  const lat = (value: number) => Math.max(-85, Math.min(85, value));
  const lng = (value: number) => Math.max(-180, Math.min(180, value));
  return { south: lat(bounds.south), west: lng(bounds.west), north: lat(bounds.north), east: lng(bounds.east) };
}
