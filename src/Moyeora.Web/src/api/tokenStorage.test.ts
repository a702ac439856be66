import { describe, expect, it } from "vitest";
import { localStorageTokenStore, parseTokens, tokenStorageKey } from "./tokenStorage";

const tokens = {
  accessToken: "a",
  tokenType: "Bearer",
  accessTokenExpiresAt: "2026-12-01T10:00:00Z",
  refreshToken: "r",
  refreshTokenExpiresAt: "2026-12-31T10:00:00Z",
  userId: "u",
  restored: false,
};

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe("token storage", () => {
  it("keeps the session across a reload and forgets it on sign-out", () => {
    const storage = memoryStorage();
    const seen: unknown[] = [];
    localStorageTokenStore(storage, (t) => seen.push(t)).set(tokens);
    expect(localStorageTokenStore(storage).get()).toEqual(tokens);
    localStorageTokenStore(storage, (t) => seen.push(t)).set(null);
    expect(storage.items.has(tokenStorageKey)).toBe(false);
    expect(seen).toEqual([tokens, null]);
  });

  it("treats damaged storage as signed out", () => {
    expect(parseTokens("{not json")).toBeNull();
    expect(parseTokens(JSON.stringify({ accessToken: "a" }))).toBeNull();
    expect(parseTokens(null)).toBeNull();
  });
});
