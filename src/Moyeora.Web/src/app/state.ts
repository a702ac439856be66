import type { NearbyPersonDto, Schemas } from "@moyeora/client";
import type { UnreadRooms } from "../chat/unread";
import type { MarkerMap } from "../map/markers";
import { createStore } from "./store";

export type LiveStatus = "idle" | "connecting" | "online" | "reconnecting" | "closed";

export interface Position {
  latitude: number;
  longitude: number;
}

export interface Toast {
  message: string;
  retryAfter?: number;
}

export const session = createStore<{ signedIn: boolean; ended: boolean }>({ signedIn: false, ended: false });
export const me = createStore<Schemas["MyProfileDto"] | null>(null);
export const liveStatus = createStore<LiveStatus>("idle");
/** Your own position: only ever sent to the server, never shown to anyone else as is. */
export const myPosition = createStore<Position | null>(null);
/** The live map's radius: the person's default from the server until changed on the map. */
export const radiusMeters = createStore<number>(2000);
/** People as the server sends them: approximate positions and distance ranges only. */
export const nearbyPeople = createStore<readonly NearbyPersonDto[]>([]);
export const meetupMarkers = createStore<MarkerMap>({});
export const unreadNotifications = createStore<number>(0);
export const toast = createStore<Toast | null>(null);
/** Unread chat messages per room, and the room open on screen (its messages are read as they come). */
export const unreadRooms = createStore<UnreadRooms>({});
export const openRoom = createStore<string | null>(null);
