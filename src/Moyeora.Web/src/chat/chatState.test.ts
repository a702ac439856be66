import { describe, expect, it } from "vitest";
import type { ChatMessageDto } from "@moyeora/client";
import { emptyChat, lastMessageId, mergeMessages, withLiveMessage, withOlderPage } from "./chatState";

const message = (id: number, text = `m${id}`): ChatMessageDto => ({
  id,
  meetupId: "m",
  kind: "user",
  senderId: "u",
  senderNickname: "민지",
  subjectUserId: null,
  text,
  isHidden: false,
  creationTime: "2026-12-01T10:00:00Z",
});

describe("chat state", () => {
  it("orders pages that arrive newest first, oldest first", () => {
    const state = withOlderPage(emptyChat, { items: [message(5), message(4), message(3)], nextBeforeId: 3 });
    expect(state.messages.map((m) => m.id)).toEqual([3, 4, 5]);
    expect(state.nextBeforeId).toBe(3);
    const older = withOlderPage(state, { items: [message(2), message(1)], nextBeforeId: null });
    expect(older.messages.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
    expect(older.nextBeforeId).toBeNull();
  });

  it("shows a message once when it comes both live and as the send's answer", () => {
    let state = withLiveMessage(emptyChat, message(7));
    state = withLiveMessage(state, message(7));
    expect(state.messages).toHaveLength(1);
    expect(lastMessageId(state)).toBe(7);
  });

  it("keeps the newest copy of a message (e.g. hidden by a moderator)", () => {
    const merged = mergeMessages([message(1, "원래")], [{ ...message(1, "가려짐"), isHidden: true }]);
    expect(merged[0]?.isHidden).toBe(true);
  });
});
