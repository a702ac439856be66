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

export function lastMessageId(state: ChatState): number | undefined {
  return state.messages.at(-1)?.id;
}
