import type { MeetupLiveUpdateDto, Schemas } from "@moyeora/client";

/** A meetup on the map: the public place and the seats, as the markers endpoint and the live updates give them. */
export interface MeetupMarker {
  id: string;
  latitude: number;
  longitude: number;
  title: string;
  memberCount: number;
  maxMembers: number;
  startTime: string;
}

export type MarkerMap = Readonly<Record<string, MeetupMarker>>;

export function fromMarkerDto(dto: Schemas["MeetupMarkerDto"]): MeetupMarker {
  return {
    id: dto.id,
    latitude: dto.latitude,
    longitude: dto.longitude,
    title: dto.title,
    memberCount: dto.memberCount,
    maxMembers: dto.maxMembers,
    startTime: dto.startTime,
  };
}

/** Changes after which a meetup no longer recruits, so its marker leaves the map. */
const leavingChanges = new Set(["confirmed", "cancelled", "ended", "hidden"]);

/** Applies one live update: a new meetup appears, seats fill and free, a meetup that stops recruiting disappears. */
export function applyMeetupChange(markers: MarkerMap, update: MeetupLiveUpdateDto): MarkerMap {
  if (leavingChanges.has(update.change) || update.status !== "recruiting") {
    if (!(update.meetupId in markers)) {
      return markers;
    }
    const rest = { ...markers };
    delete rest[update.meetupId];
    return rest;
  }
  return {
    ...markers,
    [update.meetupId]: {
      id: update.meetupId,
      latitude: update.latitude,
      longitude: update.longitude,
      title: update.title,
      memberCount: update.memberCount,
      maxMembers: update.maxMembers,
      startTime: update.startTime,
    },
  };
}

/** Replaces the markers inside a freshly loaded area, keeping those outside it (they may come back into view). */
export function mergeLoadedMarkers(
  markers: MarkerMap,
  area: { south: number; west: number; north: number; east: number },
  loaded: readonly MeetupMarker[],
): MarkerMap {
  const next: Record<string, MeetupMarker> = {};
  for (const marker of Object.values(markers)) {
    const inside = marker.latitude >= area.south && marker.latitude <= area.north && marker.longitude >= area.west && marker.longitude <= area.east;
    if (!inside) {
      next[marker.id] = marker;
    }
  }
  for (const marker of loaded) {
    next[marker.id] = marker;
  }
  return next;
}

export function isFull(marker: Pick<MeetupMarker, "memberCount" | "maxMembers">): boolean {
  return marker.memberCount >= marker.maxMembers;
}
