import {
  HubConnectionBuilder,
  HubConnectionState,
  HttpTransportType,
  LogLevel,
  type HubConnection,
  type IRetryPolicy,
} from "@microsoft/signalr";
import type { MoyeoraClient } from "./client.js";
import {
  liveHubPath,
  liveServerMessageNames,
  type LiveConnectedDto,
  type LiveHubMethods,
  type LiveRefusal,
  type LiveServerMessages,
} from "./generated/live.js";

export type LiveMethodName = keyof LiveHubMethods;
export type LiveMessageName = keyof LiveServerMessages;

/** A refused hub invocation: the stable `code` (the REST API's vocabulary) and per-argument `errors`. */
export class LiveHubError extends Error {
  override readonly name = "LiveHubError";

  /** The stable error code, e.g. `Moyeora:InvalidRadius`; `Moyeora:Unknown` when the refusal carried none. */
  readonly code: string;

  /** Messages per argument, when the refusal is about arguments. */
  readonly errors: Readonly<Record<string, readonly string[]>>;

  constructor(refusal: LiveRefusal) {
    super(refusal.message);
    this.code = refusal.code;
    this.errors = refusal.errors ?? {};
  }

  /** Reads the error a SignalR invocation rejected with: the hub sends the refusal as compact JSON. */
  static from(error: unknown): LiveHubError | unknown {
    const text = error instanceof Error ? error.message : undefined;
    const start = text?.indexOf("{") ?? -1;
    if (text !== undefined && start >= 0) {
      try {
        const refusal = JSON.parse(text.slice(start)) as Partial<LiveRefusal>;
        if (typeof refusal.code === "string") {
          return new LiveHubError({ code: refusal.code, message: refusal.message ?? text, errors: refusal.errors ?? null });
        }
      } catch {
        // not a refusal: the connection's own error
      }
    }
    return error;
  }
}

export interface LiveConnectionOptions {
  /** The API's origin, e.g. `http://localhost:5080`. */
  baseUrl: string;
  /**
   * The access token to connect (and reconnect) with: a {@link MoyeoraClient} (its token, refreshed first when it is
   * about to expire) or a function returning the token.
   */
  auth: MoyeoraClient | (() => string | undefined | Promise<string | undefined>);
  /** Delays (ms) between reconnect attempts; the last one repeats forever. Default: 0, 2 s, 5 s, 10 s, 30 s. */
  reconnectDelays?: readonly number[];
  /** SignalR's own logging (default: warnings and errors). */
  logLevel?: LogLevel;
}

export interface LiveConnection {
  /** Connects; resolves with what the hub says once the connection is set up (rooms joined). */
  start(): Promise<LiveConnectedDto>;
  /** Disconnects for good (no reconnect). */
  stop(): Promise<void>;
  /** Invokes a hub method and resolves with its result; a refusal rejects with {@link LiveHubError}. */
  invoke<Method extends LiveMethodName>(method: Method, ...args: LiveHubMethods[Method]["args"]): Promise<LiveHubMethods[Method]["result"]>;
  /** Invokes a hub method without waiting for an answer (e.g. a stream of position reports). */
  send<Method extends LiveMethodName>(method: Method, ...args: LiveHubMethods[Method]["args"]): Promise<void>;
  /** Handles a message the server sends; returns a function that removes the handler. */
  on<Message extends LiveMessageName>(message: Message, handler: (payload: LiveServerMessages[Message]) => void): () => void;
  /** Resolves with the next message of this kind that matches (rejects after `timeoutMs`, default 10 s). */
  next<Message extends LiveMessageName>(
    message: Message,
    match?: (payload: LiveServerMessages[Message]) => boolean,
    timeoutMs?: number,
  ): Promise<LiveServerMessages[Message]>;
  /** Called when the connection is lost and the client starts reconnecting. */
  onReconnecting(handler: (error?: Error) => void): void;
  /** Called when the connection ends for good, with the reason the server gave (`replaced`, `accountDeleted`, …) if any. */
  onClose(handler: (reason?: string) => void): void;
  readonly state: HubConnectionState;
  /** The SignalR connection underneath. */
  readonly hub: HubConnection;
}

const refreshMarginMs = 30_000;

function tokenFactory(auth: LiveConnectionOptions["auth"]): () => Promise<string> {
  if (typeof auth === "function") {
    return async () => (await auth()) ?? "";
  }
  return async () => {
    const tokens = await auth.tokens.get();
    // Reconnects happen long after log-in: a token about to expire is refreshed first.
    const expires = tokens?.accessTokenExpiresAt ? Date.parse(tokens.accessTokenExpiresAt) : Number.NaN;
    if (tokens && !Number.isNaN(expires) && expires - Date.now() < refreshMarginMs) {
      return (await auth.refresh()) ?? "";
    }
    return tokens?.accessToken ?? "";
  };
}

/**
 * The typed live connection (`/hubs/live`) on `@microsoft/signalr`: WebSockets with the access token in the
 * `access_token` query parameter, automatic reconnect, and typed `invoke`/`send`/`on` for every hub method and server
 * message of the generated contracts.
 *
 * ```ts
 * const live = createLiveConnection({ baseUrl, auth: api });
 * live.on("chatMessage", (message) => console.log(message.senderNickname, message.text));
 * await live.start();
 * await live.invoke("SetRadius", 5_000);
 * ```
 */
export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const delays = options.reconnectDelays?.length ? options.reconnectDelays : [0, 2_000, 5_000, 10_000, 30_000];
  const retry: IRetryPolicy = {
    nextRetryDelayInMilliseconds: (context) => (closedByServer ? null : (delays[Math.min(context.previousRetryCount, delays.length - 1)] ?? null)),
  };
  const hub = new HubConnectionBuilder()
    .withUrl(options.baseUrl.replace(/\/+$/, "") + liveHubPath, {
      accessTokenFactory: tokenFactory(options.auth),
      skipNegotiation: true,
      transport: HttpTransportType.WebSockets,
    })
    .withAutomaticReconnect(retry)
    .configureLogging(options.logLevel ?? LogLevel.Warning)
    .build();

  const handlers = new Map<LiveMessageName, Set<(payload: never) => void>>();
  const closeHandlers: ((reason?: string) => void)[] = [];
  let closedByServer = false;
  let closingReason: string | undefined;

  for (const name of liveServerMessageNames) {
    hub.on(name, (payload: never) => {
      for (const handler of handlers.get(name) ?? []) {
        handler(payload);
      }
    });
  }
  // The server says why before it closes (a newer connection replaced this one, the account was deleted or
  // locked): reconnecting would only replace that newer connection in turn.
  hub.on("connectionClosing", (payload: LiveServerMessages["connectionClosing"]) => {
    closedByServer = true;
    closingReason = payload.reason;
  });
  hub.onclose((error) => {
    const reason = closingReason ?? error?.message;
    closeHandlers.forEach((handler) => handler(reason));
  });

  const on: LiveConnection["on"] = (message, handler) => {
    let set = handlers.get(message);
    if (!set) {
      set = new Set();
      handlers.set(message, set);
    }
    const entry = handler as (payload: never) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  };

  const next: LiveConnection["next"] = (message, match, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`No '${message}' message arrived within ${timeoutMs} ms.`));
      }, timeoutMs);
      const off = on(message, (payload) => {
        if (!match || match(payload)) {
          clearTimeout(timer);
          off();
          resolve(payload);
        }
      });
    });

  return {
    async start() {
      closedByServer = false;
      closingReason = undefined;
      const connected = next("connected", undefined, 30_000);
      // A refused connection (e.g. a bad token) is closed before "connected": stop waiting for it then.
      connected.catch(() => undefined);
      try {
        await hub.start();
      } catch (error) {
        throw LiveHubError.from(error);
      }
      return connected;
    },
    stop: () => hub.stop(),
    async invoke(method, ...args) {
      try {
        return await hub.invoke(method, ...args);
      } catch (error) {
        throw LiveHubError.from(error);
      }
    },
    send: (method, ...args) => hub.send(method, ...args),
    on,
    next,
    onReconnecting: (handler) => hub.onreconnecting(handler),
    onClose: (handler) => {
      closeHandlers.push(handler);
    },
    get state() {
      return hub.state;
    },
    hub,
  };
}

export { HubConnectionState, LogLevel };
