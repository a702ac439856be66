import type { ChatMessageDto } from "@moyeora/client";

export interface ChatState {
  /** Oldest first, unique by id. */
  messages: readonly ChatMessageDto[];
  /** The cursor for the next older page; null when the start of the room is loaded. */
  nextBeforeId: number | null;
}

export const emptyChat: ChatState = { messages: [], nextBeforeId: null };

/** Merges messages from any path (history page, live message, own send) into one ordered list without duplicates. */
export function mergeMessages(current: readonly ChatMessageDto[], incoming: readonly ChatMessageDto[]): ChatMessageDto[] {
  const byId = new Map<number, ChatMessageDto>();
  for (const message of current) {
    byId.set(message.id, message);
  }
  for (const message of incoming) {
    byId.set(message.id, message);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** Adds an older page (the server sends pages newest first). */
export function withOlderPage(state: ChatState, page: { items: readonly ChatMessageDto[]; nextBeforeId: number | null }): ChatState {
  return { messages: mergeMessages(state.messages, page.items), nextBeforeId: page.nextBeforeId };
}

export function withLiveMessage(state: ChatState, message: ChatMessageDto): ChatState {
  return { ...state, messages: mergeMessages(state.messages, [message]) };
}

/**
 * Merges the newest page fetched after a reconnect. When it does not reach back to what is shown, a gap would be
 * hidden: the list restarts from that page (older ones load again by scrolling up).
 */
export function withMissedPage(state: ChatState, newestFirst: readonly ChatMessageDto[]): ChatState {
  const shown = lastMessageId(state);
  const oldest = newestFirst.at(-1)?.id;
  // Ids grow across all rooms, so only a page reaching back to the last one shown proves nothing is missing between.
  if (shown === undefined || oldest === undefined || oldest <= shown || newestFirst.length === 0) {
    return { ...state, messages: mergeMessages(state.messages, newestFirst) };
  }
  return { messages: mergeMessages([], newestFirst), nextBeforeId: oldest };
}

export function lastMessageId(state: ChatState): number | undefined {
  return state.messages.at(-1)?.id;
}

/**
 * Where the "new messages" line goes: before the first message after your read marker that someone else wrote.
 * Undefined when you had read everything (or had never opened the room and nothing is newer).
 */
export function firstUnreadId(state: ChatState, lastReadId: number | null | undefined, myId: string | undefined): number | undefined {
  if (lastReadId === undefined) {
    return undefined;
  }
  return state.messages.find((message) => message.id > (lastReadId ?? 0) && message.senderId !== myId && message.kind === "user")?.id;
}

/** The room takes no more messages once the meetup is over or cancelled (the server refuses them too). */
export function isRoomReadOnly(meetup: { status: string; endTime: string } | null, now: number): boolean {
  return meetup !== null && (meetup.status === "ended" || meetup.status === "cancelled" || Date.parse(meetup.endTime) <= now);
}

/** System messages after which the room's header (pinned notice, host, status) is out of date. */
export function changesMeetup(message: Pick<ChatMessageDto, "kind">): boolean {
  return message.kind === "noticePosted" || message.kind === "meetupConfirmed" || message.kind === "hostChanged" || message.kind === "meetupCancelled";
}
