import type { components } from "./generated/api.js";

/** What log-in, sign-up and refresh answer. */
export type AuthTokens = components["schemas"]["AuthTokensDto"];

/**
 * Where the client keeps the signed-in person's tokens. The client reads the access token before each request,
 * stores the rotated pair after a silent refresh, and stores `null` when the session ends (a refresh failed). Back it
 * with memory (the default), `localStorage`, or your app's state.
 */
export interface TokenStore {
  get(): AuthTokens | null | Promise<AuthTokens | null>;
  set(tokens: AuthTokens | null): void | Promise<void>;
}

/** A token store in memory, optionally starting signed in. */
export function memoryTokenStore(initial: AuthTokens | null = null): TokenStore {
  let current = initial;
  return {
    get: () => current,
    set: (tokens) => {
      current = tokens;
    },
  };
}
