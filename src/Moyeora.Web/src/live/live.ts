// The one place of the live connection: starts it after sign-in, feeds the app's stores from the server's messages,
// and resumes after a reconnect (position, radius and watched area are sent again; the server re-joins the rooms).
import { createLiveConnection, type NotificationDto, type ChatMessageDto, type LiveConnection, type MeetupLiveUpdateDto, type RemovedFromMeetupDto } from "@moyeora/client";
import { api, baseUrl } from "../api/client";
import { liveStatus, me, meetupMarkers, myPosition, nearbyPeople, openRoom, radiusMeters, unreadNotifications, unreadRooms } from "../app/state";
import { countLiveMessage } from "../chat/unread";
import { applyMeetupChange } from "../map/markers";
import { applyNearbyDelta, emptyNearbyView, nearbyList, type NearbyView } from "./nearbyDelta";

type Area = [south: number, west: number, north: number, east: number];

let connection: LiveConnection | null = null;
/** The nearby list as rebuilt from "nearbyDelta" messages (the connection asks for deltas, not full lists). */
let nearbyView: NearbyView = emptyNearbyView;
let watchedArea: Area | null = null;
let restartTimer: ReturnType<typeof setTimeout> | undefined;
let restartAttempt = 0;
/**
 * The radius changed on the map during this visit wins over the person's default (kept by the server, so it follows
 * them to every device) until they sign out; a reconnect sends it again.
 */
let radiusChosen = false;

const chatListeners = new Set<(message: ChatMessageDto) => void>();
const meetupListeners = new Set<(update: MeetupLiveUpdateDto) => void>();

const removalListeners = new Set<(removal: RemovedFromMeetupDto) => void>();
const resumeListeners = new Set<() => void>();
const notificationListeners = new Set<(notification: NotificationDto) => void>();

/** Live notifications (an invitation received shows in the invitations list without a reload). */
export function onNotification(listener: (notification: NotificationDto) => void): () => void {
  notificationListeners.add(listener);
  return () => notificationListeners.delete(listener);
}
/** A connection was up before: the next "online" is a resumption, after which missed messages are fetched. */
let wasOnline = false;

/**
 * The connection came back after a drop. Live messages sent meanwhile were not delivered to this page, so whoever
 * shows them (a chat room, the badges) fetches what it missed.
 */
export function onResumed(listener: () => void): () => void {
  resumeListeners.add(listener);
  return () => resumeListeners.delete(listener);
}

function resumed(): void {
  if (wasOnline) {
    resumeListeners.forEach((listener) => listener());
  }
  wasOnline = true;
}

/** The server took you out of a meetup's room (kicked, or the meetup was cancelled). */
export function onRemovedFromMeetup(listener: (removal: RemovedFromMeetupDto) => void): () => void {
  removalListeners.add(listener);
  return () => removalListeners.delete(listener);
}

/** Live changes of meetups on the watched map area (a detail page refreshes its own on them). */
export function onMeetupChanged(listener: (update: MeetupLiveUpdateDto) => void): () => void {
  meetupListeners.add(listener);
  return () => meetupListeners.delete(listener);
}

/** Back-off for restarting a connection that ended: 1 s, 2 s, 4 s … at most 30 s. */
export function restartDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

export function onChatMessage(listener: (message: ChatMessageDto) => void): () => void {
  chatListeners.add(listener);
  return () => chatListeners.delete(listener);
}

async function resume(live: LiveConnection): Promise<void> {
  // Compact nearby deltas rather than the whole list on every push (issue 17); the first one is full.
  nearbyView = emptyNearbyView;
  await live.invoke("UseNearbyDeltas", true);
  await live.invoke("SetRadius", radiusMeters.get());
  if (watchedArea) {
    await live.invoke("WatchArea", ...watchedArea);
  }
  const position = myPosition.get();
  if (position) {
    await live.invoke("ReportPosition", position.latitude, position.longitude);
  }
}

async function start(live: LiveConnection): Promise<void> {
  liveStatus.set("connecting");
  try {
    const connected = await live.start();
    restartAttempt = 0;
    // The server opens the connection with the person's default radius.
    if (!radiusChosen) {
      radiusMeters.set(connected.radiusMeters);
    }
  } catch {
    if (connection === live) {
      liveStatus.set("closed");
      scheduleRestart(live);
    }
    return;
  }
  liveStatus.set("online");
  // A refused re-send (e.g. a position the server no longer takes) must not restart a connection that is up.
  await resume(live).catch(() => undefined);
  resumed();
}

function scheduleRestart(live: LiveConnection): void {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    if (connection === live) {
      void start(live);
    }
  }, restartDelay(restartAttempt++));
}

export function connectLive(): void {
  if (connection) {
    return;
  }
  const live = createLiveConnection({ baseUrl, auth: api });
  connection = live;
  live.on("nearby", (payload) => nearbyPeople.set(payload.people.filter((person) => person.relationship !== "self")));
  live.on("nearbyDelta", (delta) => {
    const next = applyNearbyDelta(nearbyView, delta);
    if (!next) {
      // A delta was missed: start over with a full one.
      nearbyView = emptyNearbyView;
      void live.invoke("UseNearbyDeltas", true).catch(() => undefined);
      return;
    }
    nearbyView = next;
    nearbyPeople.set(nearbyList(next));
  });
  live.on("meetupChanged", (update) => {
    meetupMarkers.set((markers) => applyMeetupChange(markers, update));
    meetupListeners.forEach((listener) => listener(update));
  });
  live.on("notification", (notification) => {
    unreadNotifications.set((count) => count + 1);
    notificationListeners.forEach((listener) => listener(notification));
  });
  live.on("chatMessage", (message) => {
    unreadRooms.set((rooms) => countLiveMessage(rooms, message, me.get()?.id, openRoom.get()));
    chatListeners.forEach((listener) => listener(message));
  });
  live.on("removedFromMeetup", (payload) => removalListeners.forEach((listener) => listener(payload)));
  live.onReconnecting(() => liveStatus.set("reconnecting"));
  live.hub.onreconnected(() => {
    liveStatus.set("online");
    void resume(live)
      .catch(() => undefined)
      .then(resumed);
  });
  live.onClose((reason) => {
    if (connection !== live) {
      return;
    }
    liveStatus.set("closed");
    // Replaced by a newer tab or the account ended: reconnecting would only push the other one out.
    if (reason !== "replaced" && reason !== "accountDeleted" && reason !== "accountLocked") {
      scheduleRestart(live);
    }
  });
  void start(live);
}

export async function disconnectLive(): Promise<void> {
  const live = connection;
  connection = null;
  watchedArea = null;
  radiusChosen = false;
  wasOnline = false;
  myPosition.set(null);
  clearTimeout(restartTimer);
  liveStatus.set("idle");
  nearbyPeople.set([]);
  nearbyView = emptyNearbyView;
  if (live) {
    await live.stop().catch(() => undefined);
  }
}

export function reconnectNow(): void {
  const live = connection;
  if (live && liveStatus.get() === "closed") {
    restartAttempt = 0;
    void start(live);
  }
}

function online(): LiveConnection | null {
  return connection && liveStatus.get() === "online" ? connection : null;
}

export async function reportPosition(latitude: number, longitude: number): Promise<void> {
  myPosition.set({ latitude, longitude });
  await online()?.invoke("ReportPosition", latitude, longitude);
}

export async function setRadius(meters: number): Promise<void> {
  radiusChosen = true;
  radiusMeters.set(meters);
  await online()?.invoke("SetRadius", meters);
}

/** The person's default radius as the server keeps it (profile settings): the map uses it unless changed on this visit. */
export function applyDefaultRadius(meters: number): void {
  if (!radiusChosen) {
    radiusMeters.set(meters);
  }
}

export async function watchArea(area: Area): Promise<void> {
  watchedArea = area;
  await online()?.invoke("WatchArea", ...area);
}

/** Sends over the live connection when it is up; the caller falls back to REST otherwise. */
export async function sendChatLive(meetupId: string, text: string): Promise<ChatMessageDto | null> {
  const live = online();
  return live ? await live.invoke("SendChatMessage", meetupId, text) : null;
}
