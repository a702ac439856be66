import type { AuthTokens, TokenStore } from "@moyeora/client";

export const tokenStorageKey = "moyeora.session";

/** Reads stored tokens; anything unreadable counts as signed out. */
export function parseTokens(text: string | null): AuthTokens | null {
  if (!text) {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<AuthTokens>;
    return typeof value.accessToken === "string" && typeof value.refreshToken === "string" && typeof value.userId === "string"
      ? (value as AuthTokens)
      : null;
  } catch {
    return null;
  }
}

/** Tokens in `localStorage`, so a reload keeps the session; the client stores the rotated pair after each refresh. */
export function localStorageTokenStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">, onChange?: (tokens: AuthTokens | null) => void): TokenStore {
  return {
    get: () => parseTokens(storage.getItem(tokenStorageKey)),
    set: (tokens) => {
      if (tokens) {
        storage.setItem(tokenStorageKey, JSON.stringify(tokens));
      } else {
        storage.removeItem(tokenStorageKey);
      }
      onChange?.(tokens);
    },
  };
}
