import { describe, expect, it } from "vitest";
import { en, format, ko, translate } from "./messages";

describe("messages", () => {
  it("has every Korean key in English, and no empty text", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const text of [...Object.values(ko), ...Object.values(en)]) {
      expect(text.trim()).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(names(en[key]), key).toEqual(names(ko[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("ko", "common.membersOf", { count: 3, max: 8 })).toBe("3/8명");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
