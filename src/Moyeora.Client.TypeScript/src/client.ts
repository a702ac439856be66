import createClient, { type Client, type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { MoyeoraApiError } from "./errors.js";
import type { paths } from "./generated/api.js";
import { memoryTokenStore, type AuthTokens, type TokenStore } from "./tokens.js";

export interface MoyeoraClientOptions {
  /** The API's origin, e.g. `http://localhost:5080` (paths start with `/api/app`). */
  baseUrl: string;
  /** Where the signed-in person's tokens live (default: in memory, signed out). */
  tokens?: TokenStore;
  /** Sent as `Accept-Language` (e.g. `"ko"` or `"en"`): the language of error messages. A function is asked per request. */
  language?: string | (() => string | undefined);
  /** Called once when a session ends because its refresh failed (the token store was already cleared). */
  onSignedOut?: (reason: MoyeoraApiError) => void;
  /** A custom fetch (default: the global one). */
  fetch?: (input: Request) => Promise<Response>;
}

type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

type OperationOf<Item, Method extends HttpMethod> = Method extends keyof Item
  ? Item[Method] extends Record<string | number, any>
    ? Item[Method]
    : never
  : never;

type SuccessData<Response> = [Extract<Response, { data: unknown }>["data"]] extends [never] ? void : Extract<Response, { data: unknown }>["data"];

/** An API call that resolves with the answer's body and rejects with {@link MoyeoraApiError} on an error answer. */
export type DataMethod<Method extends HttpMethod> = <
  Path extends PathsWithMethod<paths, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<SuccessData<FetchResponse<OperationOf<paths[Path], Method>, Init, `${string}/${string}`>>>;

export interface MoyeoraClient {
  /** `GET` a path of the API: resolves with the typed body, rejects with {@link MoyeoraApiError}. */
  GET: DataMethod<"get">;
  POST: DataMethod<"post">;
  PUT: DataMethod<"put">;
  PATCH: DataMethod<"patch">;
  DELETE: DataMethod<"delete">;
  /** The underlying openapi-fetch client (same middleware: its calls also reject with {@link MoyeoraApiError}). */
  readonly raw: Client<paths>;
  /** The token store the client reads and updates. */
  readonly tokens: TokenStore;
  /** Stores tokens from log-in or sign-up: later calls carry them. */
  signIn(tokens: AuthTokens): Promise<void>;
  /** Forgets the tokens (does not call log-out on the server). */
  signOut(): Promise<void>;
  /** The current access token, e.g. for the live connection's token factory. */
  accessToken(): Promise<string | undefined>;
  /**
   * Refreshes the session now (one refresh at a time: callers during a refresh share it). Resolves with the new access
   * token, or undefined when the session ended (the tokens were cleared).
   */
  refresh(): Promise<string | undefined>;
}

const refreshPath = "/api/app/account/refresh";

/** The 401 codes that mean the access token was refused (a 401 without a body too). */
const tokenRefusals = new Set<string>(["Moyeora:NotSignedIn", "Moyeora:SessionEnded", "Moyeora:Unknown"]);

/**
 * A typed client of the Moyeora API on openapi-fetch. It adds the bearer token to every call; on a 401 it refreshes
 * the session once, silently, through `Account_Refresh` (the refresh token rotates; 401s arriving together share one
 * refresh; a refused refresh clears the tokens and calls `onSignedOut`) and repeats the call; it sends `Accept-Language`;
 * and it turns every error answer into a {@link MoyeoraApiError}.
 *
 * ```ts
 * const api = createMoyeoraClient({ baseUrl: "http://localhost:5080", language: "en" });
 * await api.signIn(await api.POST("/api/app/account/login", { body: { phoneNumber, password } }));
 * const meetup = await api.POST("/api/app/meetups/{id}/join", { params: { path: { id } } });
 * ```
 */
export function createMoyeoraClient(options: MoyeoraClientOptions): MoyeoraClient {
  const tokens = options.tokens ?? memoryTokenStore();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchFn = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  // The refresh call goes around the middleware: its own 401 must not start another refresh.
  const plain = createClient<paths>({ baseUrl, fetch: fetchFn });
  let refreshing: Promise<string | undefined> | undefined;
  const retries = new Map<string, Request>();

  const language = () => (typeof options.language === "function" ? options.language() : options.language);
  const accessToken = async () => (await tokens.get())?.accessToken || undefined;

  const refresh = (): Promise<string | undefined> => {
    refreshing ??= (async () => {
      const current = await tokens.get();
      if (!current?.refreshToken) {
        return undefined;
      }
      const headers: Record<string, string> = {};
      const lang = language();
      if (lang) {
        headers["Accept-Language"] = lang;
      }
      const { data, error, response } = await plain.POST(refreshPath, { body: { refreshToken: current.refreshToken }, headers });
      if (data) {
        await tokens.set(data);
        return data.accessToken;
      }
      // The session is over when the server refuses the refresh token; a 429 or a server error leaves it be.
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        await tokens.set(null);
        options.onSignedOut?.(MoyeoraApiError.fromBody(response, error));
      }
      return undefined;
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const withToken = (request: Request, token: string | undefined) => {
    const copy = new Request(request);
    if (token) {
      copy.headers.set("Authorization", `Bearer ${token}`);
    }
    return copy;
  };

  const middleware: Middleware = {
    async onRequest({ request, id }) {
      const lang = language();
      if (lang && !request.headers.has("Accept-Language")) {
        request.headers.set("Accept-Language", lang);
      }
      if (!request.headers.has("Authorization")) {
        // A refresh in flight gives the token this call should carry.
        const token = refreshing ? await refreshing : await accessToken();
        if (token) {
          request.headers.set("Authorization", `Bearer ${token}`);
          // Kept to repeat the call after a refresh: the body of the sent request is consumed.
          retries.set(id, request.clone());
        }
      }
      return request;
    },
    async onResponse({ request, response, id }) {
      const original = retries.get(id);
      retries.delete(id);
      if (response.ok) {
        return response;
      }
      const error = await MoyeoraApiError.fromResponse(response);
      // Only a refused token is worth a refresh: not a wrong password (InvalidCredentials) on log-in and the like.
      if (response.status === 401 && original && tokenRefusals.has(error.code)) {
        const sent = request.headers.get("Authorization")?.slice("Bearer ".length);
        const current = await accessToken();
        // Another call already refreshed since this one was sent: repeat it with the new token, else refresh once.
        const token = current && current !== sent ? current : await refresh();
        if (token) {
          const repeated = await fetchFn(withToken(original, token));
          if (repeated.ok) {
            return repeated;
          }
          throw await MoyeoraApiError.fromResponse(repeated);
        }
      }
      throw error;
    },
    onError({ id }) {
      retries.delete(id);
    },
  };

  const raw = createClient<paths>({ baseUrl, fetch: fetchFn });
  raw.use(middleware);

  // Error answers never reach here (the middleware threw), so a settled call always has its data.
  const unwrap =
    (call: (url: never, init?: never) => Promise<{ data?: unknown }>) =>
    async (url: never, init?: never) =>
      (await call(url, init)).data;

  return {
    GET: unwrap(raw.GET as never) as DataMethod<"get">,
    POST: unwrap(raw.POST as never) as DataMethod<"post">,
    PUT: unwrap(raw.PUT as never) as DataMethod<"put">,
    PATCH: unwrap(raw.PATCH as never) as DataMethod<"patch">,
    DELETE: unwrap(raw.DELETE as never) as DataMethod<"delete">,
    raw,
    tokens,
    signIn: async (next) => {
      await tokens.set(next);
    },
    signOut: async () => {
      await tokens.set(null);
    },
    accessToken,
    refresh,
  };
}
