import { describe, expect, it } from "vitest";
import { formatWait } from "./wait";
import { translate } from "./messages";

describe("retry time", () => {
  it("says seconds, minutes or hours, rounded up", () => {
    expect(formatWait(7, "ko")).toBe("7초");
    expect(formatWait(0.2, "en")).toBe("1 s");
    expect(formatWait(59, "en")).toBe("59 s");
    expect(formatWait(61, "ko")).toBe("2분");
    expect(formatWait(3599, "ko")).toBe("1시간");
    expect(formatWait(3600, "en")).toBe("1 h");
    expect(formatWait(3900, "ko")).toBe("1시간 5분");
    expect(formatWait(3900, "en")).toBe("1 h 5 min");
  });

  it("fits the sentence in both languages", () => {
    expect(translate("ko", "common.tooManyRequests", { wait: formatWait(3599, "ko") })).toBe("요청이 너무 많습니다. 1시간 후에 다시 시도하세요.");
    expect(translate("en", "common.tooManyRequests", { wait: formatWait(30, "en") })).toBe("Too many requests. Try again in 30 s.");
  });
});
