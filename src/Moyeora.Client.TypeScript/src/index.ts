// @moyeora/client: the typed client of the Moyeora API and of its live hub.
// The contracts under ./generated are generated from the host's OpenAPI and AsyncAPI documents (do not edit them).
import type { components } from "./generated/api.js";

export { createMoyeoraClient, type DataMethod, type MoyeoraClient, type MoyeoraClientOptions } from "./client.js";
export { MoyeoraApiError, isMoyeoraApiError, type ErrorCodeOf, type MoyeoraErrorCode, type ProblemDetails } from "./errors.js";
export { memoryTokenStore, type AuthTokens, type TokenStore } from "./tokens.js";
export {
  createLiveConnection,
  HubConnectionState,
  LiveHubError,
  LogLevel,
  type LiveConnection,
  type LiveConnectionOptions,
  type LiveMessageName,
  type LiveMethodName,
} from "./live.js";
export * from "./generated/live.js";
export type { components, operations, paths } from "./generated/api.js";

/** The REST API's schemas by name: `Schemas["MeetupDto"]`. */
export type Schemas = components["schemas"];
