// The one place the app reaches the REST API: the generated client with the session in localStorage.
import { createMoyeoraClient, type MoyeoraApiError } from "@moyeora/client";
import { storedLanguage } from "../i18n/I18n";
import { localStorageTokenStore } from "./tokenStorage";

type Listener = (signedIn: boolean, reason?: MoyeoraApiError) => void;
const listeners = new Set<Listener>();

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const tokens = localStorageTokenStore(localStorage, (next) => {
  if (next) {
    listeners.forEach((listener) => listener(true));
  }
});

/** Same origin: the host serves the app, and in development Vite forwards /api and /hubs to it. */
export const baseUrl = window.location.origin;

export const api = createMoyeoraClient({
  baseUrl,
  tokens,
  language: () => storedLanguage(),
  onSignedOut: (reason) => listeners.forEach((listener) => listener(false, reason)),
});

/** Ends the session on the server (best effort) and forgets the tokens. */
export async function logOut(): Promise<void> {
  const current = await api.tokens.get();
  try {
    if (current) {
      await api.POST("/api/app/account/logout", { body: { refreshToken: current.refreshToken } });
    }
  } catch {
    // signed out locally either way
  }
  await api.signOut();
  listeners.forEach((listener) => listener(false));
}
