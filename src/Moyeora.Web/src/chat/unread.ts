import type { ChatMessageDto } from "@moyeora/client";

/** Unread chat messages per meetup room. */
export type UnreadRooms = Readonly<Record<string, number>>;

/** A live message counts as unread unless it is your own or its room is open on screen. */
export function countLiveMessage(rooms: UnreadRooms, message: Pick<ChatMessageDto, "meetupId" | "senderId">, myId: string | undefined, openRoom: string | null): UnreadRooms {
  if (message.meetupId === openRoom || (myId !== undefined && message.senderId === myId)) {
    return rooms;
  }
  return { ...rooms, [message.meetupId]: (rooms[message.meetupId] ?? 0) + 1 };
}

export function markRoomRead(rooms: UnreadRooms, meetupId: string): UnreadRooms {
  if (!rooms[meetupId]) {
    return rooms;
  }
  const rest = { ...rooms };
  delete rest[meetupId];
  return rest;
}

export function totalUnread(rooms: UnreadRooms): number {
  return Object.values(rooms).reduce((sum, count) => sum + count, 0);
}
