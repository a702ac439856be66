import { describe, expect, it } from "vitest";
import { countLiveMessage, markRoomRead, totalUnread } from "./unread";

describe("unread rooms", () => {
  it("counts others' messages in rooms that are not open", () => {
    let rooms = countLiveMessage({}, { meetupId: "a", senderId: "u2" }, "u1", null);
    rooms = countLiveMessage(rooms, { meetupId: "a", senderId: "u2" }, "u1", null);
    rooms = countLiveMessage(rooms, { meetupId: "b", senderId: "u3" }, "u1", "b");
    rooms = countLiveMessage(rooms, { meetupId: "c", senderId: "u1" }, "u1", null);
    expect(rooms).toEqual({ a: 2 });
    expect(totalUnread(rooms)).toBe(2);
  });

  it("clears a room when it is read", () => {
    expect(markRoomRead({ a: 2, b: 1 }, "a")).toEqual({ b: 1 });
    const same = { b: 1 };
    expect(markRoomRead(same, "a")).toBe(same);
  });
});
