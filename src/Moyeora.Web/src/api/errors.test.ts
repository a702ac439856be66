import { MoyeoraApiError } from "@moyeora/client";
import { describe, expect, it } from "vitest";
import { describeError, fieldOf, generalMessage, groupFieldErrors } from "./errors";

describe("field errors", () => {
  it("maps server keys to form fields", () => {
    expect(fieldOf("tags[0]")).toBe("tags");
    expect(fieldOf("Title")).toBe("title");
    expect(fieldOf("place.name")).toBe("place");
  });

  it("groups messages per field without losing or repeating any", () => {
    expect(groupFieldErrors({ "tags[0]": ["너무 깁니다"], "tags[1]": ["너무 깁니다", "비었습니다"], title: ["필수"] })).toEqual({
      tags: ["너무 깁니다", "비었습니다"],
      title: ["필수"],
    });
  });

  it("reads a validation answer: message, fields, and a general line for fields the form lacks", () => {
    const error = new MoyeoraApiError(400, {
      status: 400,
      code: "Moyeora:ValidationFailed",
      detail: "입력 값을 확인하세요.",
      errors: { title: ["제목을 입력하세요."], imageUrl: ["https 주소만 됩니다."] },
      fieldCodes: { title: "Moyeora:Required" },
    });
    const described = describeError(error, "fallback");
    expect(described.fields.title).toEqual(["제목을 입력하세요."]);
    expect(generalMessage(described, ["title"])).toBe("입력 값을 확인하세요. https 주소만 됩니다.");
  });

  it("does not repeat beside-the-field messages in the general line", () => {
    const error = new MoyeoraApiError(400, {
      status: 400,
      code: "Moyeora:InvalidTags",
      detail: "태그는 1~10개입니다.",
      errors: { tags: ["태그는 1~10개입니다."] },
    });
    expect(generalMessage(describeError(error, "x"), ["tags"])).toBeNull();
    expect(generalMessage(describeError(error, "x"), ["title"])).toBe("태그는 1~10개입니다.");
  });

  it("carries the retry time of a 429", () => {
    const error = new MoyeoraApiError(429, { status: 429, code: "Moyeora:TooManyRequests", detail: "잠시 후에" }, 42);
    expect(describeError(error, "x").retryAfter).toBe(42);
  });

  it("falls back for errors that are not the API's", () => {
    expect(describeError(new TypeError("Failed to fetch"), "네트워크 오류")).toMatchObject({ message: "네트워크 오류", code: "Moyeora:Unknown" });
  });
});
