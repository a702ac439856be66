// Nearby deltas (issue 17): the live connection asks for "nearbyDelta" messages (only what changed, in short fields)
// instead of full "nearby" lists; applying them in order gives the same people as the full list.
import type { DistanceRangeDto, LastSeenBucket, NearbyDeltaDto, NearbyPersonDto, Relationship } from "@moyeora/client";

const relationships: readonly Relationship[] = ["self", "friend", "coMember", "stranger"];
const lastSeenBuckets: readonly LastSeenBucket[] = ["now", "minutes", "hours", "days"];
const bandMax = [500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];
const bandLabels = ["< 500 m", "500 m – 1 km", "1–2 km", "2–5 km", "5–10 km", "10–20 km", "20–50 km", "50–100 km", "100–200 km", "200–500 km", "500 km+"];
const earthRadiusMeters = 6_371_008.8;

/** A distance band as the full list writes it (band i covers [min, max); the last is open-ended). */
export function distanceBand(band: number): DistanceRangeDto {
  return { minMeters: band === 0 ? 0 : bandMax[band - 1]!, maxMeters: bandMax[band] ?? null, label: bandLabels[band] ?? "" };
}

export interface NearbyView {
  readonly sequence: number;
  /** The caller's own cell centre in micro-degrees (the list is ordered by distance from it). */
  readonly cell: readonly [number, number] | null;
  readonly people: ReadonlyMap<string, NearbyPersonDto>;
}

export const emptyNearbyView: NearbyView = { sequence: 0, cell: null, people: new Map() };

/**
 * The view after a delta, or null when the delta does not follow the last one (a missed message): the caller then asks
 * for a full one again (UseNearbyDeltas(true)).
 */
export function applyNearbyDelta(view: NearbyView, delta: NearbyDeltaDto): NearbyView | null {
  if (!delta.f && (view.sequence === 0 || delta.q !== view.sequence + 1)) {
    return null;
  }
  const people = new Map(delta.f ? [] : view.people);
  for (const id of delta.d) {
    people.delete(id);
  }
  for (const person of delta.u) {
    people.set(person.i, {
      userId: person.i,
      relationship: relationships[person.k] ?? "stranger",
      lastSeen: lastSeenBuckets[person.s] ?? "days",
      latitude: person.y / 1e6,
      longitude: person.x / 1e6,
      distance: distanceBand(person.b),
    });
  }
  const cell = delta.c ? ([delta.c[0]!, delta.c[1]!] as const) : view.cell;
  return { sequence: delta.q, cell, people };
}

/** The others of the list, nearest cells first (as the server orders the full list). */
export function nearbyList(view: NearbyView): NearbyPersonDto[] {
  const [cellLat, cellLng] = view.cell ? [view.cell[0] / 1e6, view.cell[1] / 1e6] : [0, 0];
  return [...view.people.values()]
    .map((person) => ({ person, distance: cellDistance(cellLat, cellLng, person.latitude, person.longitude) }))
    .sort((a, b) => a.distance - b.distance || (a.person.userId < b.person.userId ? -1 : a.person.userId > b.person.userId ? 1 : 0))
    .map(({ person }) => person);
}

function cellDistance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(lat2 - lat1);
  const dLng = radians(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(a)));
}
