import { describe, expect, it } from "vitest";
import type { ChatMessageDto } from "@moyeora/client";
import { changesMeetup, emptyChat, withMissedPage, firstUnreadId, isRoomReadOnly, lastMessageId, mergeMessages, withLiveMessage, withOlderPage } from "./chatState";

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

describe("read marker", () => {
  const mine = (id: number): ChatMessageDto => ({ ...message(id), senderId: "me" });
  const system = (id: number): ChatMessageDto => ({ ...message(id), kind: "memberJoined", senderId: null });
  const state = withOlderPage(emptyChat, { items: [message(9), mine(8), system(7), message(6), message(5)], nextBeforeId: null });

  it("goes before the first message someone else wrote after the last one read", () => {
    expect(firstUnreadId(state, 5, "me")).toBe(6);
    expect(firstUnreadId(state, 6, "me")).toBe(9);
    expect(firstUnreadId(state, null, "me")).toBe(5);
  });

  it("is not shown when everything was read or the marker is unknown", () => {
    expect(firstUnreadId(state, 9, "me")).toBeUndefined();
    expect(firstUnreadId(state, undefined, "me")).toBeUndefined();
  });
});

describe("room state", () => {
  const now = Date.parse("2026-12-01T10:00:00Z");
  it("turns read-only when the meetup ended, was cancelled or its end time passed", () => {
    expect(isRoomReadOnly(null, now)).toBe(false);
    expect(isRoomReadOnly({ status: "recruiting", endTime: "2026-12-01T11:00:00Z" }, now)).toBe(false);
    expect(isRoomReadOnly({ status: "confirmed", endTime: "2026-12-01T10:00:00Z" }, now)).toBe(true);
    expect(isRoomReadOnly({ status: "ended", endTime: "2026-12-01T11:00:00Z" }, now)).toBe(true);
    expect(isRoomReadOnly({ status: "cancelled", endTime: "2026-12-01T11:00:00Z" }, now)).toBe(true);
  });

  it("reloads the meetup after a notice, a confirmation, a new host or a cancellation", () => {
    expect(changesMeetup({ kind: "noticePosted" })).toBe(true);
    expect(changesMeetup({ kind: "hostChanged" })).toBe(true);
    expect(changesMeetup({ kind: "user" })).toBe(false);
    expect(changesMeetup({ kind: "memberJoined" })).toBe(false);
  });
});

describe("catching up after a reconnect", () => {
  it("adds the messages missed while offline", () => {
    const shown = withOlderPage(emptyChat, { items: [message(5), message(4)], nextBeforeId: 4 });
    const after = withMissedPage(shown, [message(17), message(9), message(5)]);
    expect(after.messages.map((m) => m.id)).toEqual([4, 5, 9, 17]);
    expect(after.nextBeforeId).toBe(4);
  });

  it("restarts from the newest page when more was missed than a page holds (no hidden gap)", () => {
    const shown = withOlderPage(emptyChat, { items: [message(5), message(4)], nextBeforeId: 4 });
    const after = withMissedPage(shown, [message(90), message(60)]);
    expect(after.messages.map((m) => m.id)).toEqual([60, 90]);
    expect(after.nextBeforeId).toBe(60);
  });
});
