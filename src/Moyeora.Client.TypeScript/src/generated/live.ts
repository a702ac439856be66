// Generated from the host's AsyncAPI document of the live hub (/asyncapi/live.json) by scripts/generate-live.mjs — do not edit.
// Regenerate with `bash etc/clients/generate.sh` (see the README's "Clients" section).

export interface ChatMessageDto {
  id: number;
  meetupId: string;
  kind: ChatMessageKind;
  senderId: string | null;
  senderNickname: string | null;
  subjectUserId: string | null;
  text: string;
  isHidden: boolean;
  creationTime: string;
}

export type ChatMessageKind = "user" | "memberJoined" | "memberLeft" | "memberKicked" | "noticePosted" | "meetupConfirmed" | "hostChanged" | "meetupCancelled";

export interface ConnectionClosingDto {
  reason: string;
}

export interface DistanceRangeDto {
  minMeters: number;
  maxMeters: number | null;
  label: string;
}

export type LastSeenBucket = "now" | "minutes" | "hours" | "days";

export interface LiveConnectedDto {
  userId: string;
  radiusMeters: number;
  visibility: LocationVisibility;
  meetupIds: string[];
}

export interface LiveHubErrorDto {
  code: string;
  message: string;
  errors?: Record<string, string[]> | null;
  details?: Record<string, number> | null;
}

export type LocationVisibility = "everyone" | "friendsOnly" | "nobody";

export interface MeetupLiveUpdateDto {
  meetupId: string;
  change: string;
  title: string;
  status: MeetupStatus;
  memberCount: number;
  maxMembers: number;
  startTime: string;
  latitude: number;
  longitude: number;
}

export type MeetupStatus = "recruiting" | "confirmed" | "ended" | "cancelled";

export interface NearbyDeltaDto {
  q: number;
  f: boolean;
  t: number;
  r: number;
  me: number[] | null;
  c: number[] | null;
  u: NearbyDeltaPersonDto[];
  d: string[];
}

export interface NearbyDeltaPersonDto {
  i: string;
  k: number;
  s: number;
  y: number;
  x: number;
  b: number;
}

export interface NearbyPeopleDto {
  at: string;
  radiusMeters: number;
  people: NearbyPersonDto[];
}

export interface NearbyPersonDto {
  userId: string;
  relationship: Relationship;
  lastSeen: LastSeenBucket;
  latitude: number;
  longitude: number;
  distance: DistanceRangeDto | null;
}

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  text: string;
  meetupId: string | null;
  actorId: string | null;
  creationTime: string;
  readTime: string | null;
}

export type NotificationKind = "invited" | "invitationAnswered" | "memberJoined" | "memberLeft" | "kicked" | "meetupConfirmed" | "meetupCancelled" | "meetupStartsSoon" | "noticePosted" | "friendRequestReceived" | "friendRequestAccepted" | "ratingReceived";

export type Relationship = "self" | "friend" | "coMember" | "stranger";

export interface RemovedFromMeetupDto {
  meetupId: string;
  reason: string;
}

export interface ReportPositionResultDto {
  accepted: boolean;
}

/** Where the hub listens, relative to the API's base URL. */
export const liveHubPath = "/hubs/live";

/** Methods a client invokes on the hub: the arguments in order, and what the invocation returns. */
export interface LiveHubMethods {
  /** The client invokes ReportPosition. */
  ReportPosition: {
    args: [latitude: number, longitude: number];
    result: ReportPositionResultDto;
  };
  /** The client invokes SendChatMessage. */
  SendChatMessage: {
    args: [meetupId: string, text: string];
    result: ChatMessageDto;
  };
  /** The client invokes SetRadius. */
  SetRadius: {
    args: [meters: number];
    result: void;
  };
  /** The client invokes SetVisibility. */
  SetVisibility: {
    args: [visibility: LocationVisibility | null, ghostUntil: string | null];
    result: void;
  };
  /** The client invokes UseNearbyDeltas. */
  UseNearbyDeltas: {
    args: [enabled: boolean];
    result: void;
  };
  /** The client invokes WatchArea. */
  WatchArea: {
    args: [south: number | null, west: number | null, north: number | null, east: number | null];
    result: void;
  };
}

/** Messages the server sends, each with one argument. */
export interface LiveServerMessages {
  chatMessage: ChatMessageDto;
  connected: LiveConnectedDto;
  connectionClosing: ConnectionClosingDto;
  meetupChanged: MeetupLiveUpdateDto;
  nearby: NearbyPeopleDto;
  nearbyDelta: NearbyDeltaDto;
  notification: NotificationDto;
  removedFromMeetup: RemovedFromMeetupDto;
}

/** What a refused invocation's error carries (the completion's error string is this object as JSON). */
export type LiveRefusal = LiveHubErrorDto;

export const liveHubMethodNames = ["ReportPosition","SendChatMessage","SetRadius","SetVisibility","UseNearbyDeltas","WatchArea"] as const;

export const liveServerMessageNames = ["chatMessage","connected","connectionClosing","meetupChanged","nearby","nearbyDelta","notification","removedFromMeetup"] as const;
