import type { components, operations } from "./generated/api.js";

/** The body of every error answer (RFC 7807 problem details with a stable `code`). */
export type ProblemDetails = components["schemas"]["ProblemDetails"];

type ProblemCodeOf<Operation> = Operation extends { responses: infer Responses }
  ? {
      [Status in keyof Responses]: Responses[Status] extends { content: { "application/problem+json": infer Problem } }
        ? Problem extends { code?: infer Code }
          ? Code
          : never
        : never;
    }[keyof Responses]
  : never;

/** Every error code an operation of the API documents (e.g. `"Moyeora:MeetupFull"`). */
export type MoyeoraErrorCode = Extract<{ [Id in keyof operations]: ProblemCodeOf<operations[Id]> }[keyof operations], string>;

/** The error codes one operation documents, by its operationId: `ErrorCodeOf<"Meetup_Join">`. */
export type ErrorCodeOf<OperationId extends keyof operations> = Extract<ProblemCodeOf<operations[OperationId]>, string>;

/**
 * An error answer of the API: its HTTP status, its stable `code`, the per-field messages (`errors`, keyed by the
 * camelCase field name) and codes (`fieldCodes`), and with 429 how long to wait (`retryAfter`, seconds).
 */
export class MoyeoraApiError extends Error {
  override readonly name = "MoyeoraApiError";

  /** The HTTP status. */
  readonly status: number;

  /** The stable error code, e.g. `Moyeora:MeetupFull`; `Moyeora:Unknown` when the answer carried none. */
  readonly code: MoyeoraErrorCode | (string & {});

  /** Messages per field, keyed by the field's camelCase name (empty when the error is not about fields). */
  readonly errors: Readonly<Record<string, readonly string[]>>;

  /** The specific code per field (empty when the error is not about fields). */
  readonly fieldCodes: Readonly<Record<string, string>>;

  /** With 429: seconds to wait before trying again (the `Retry-After` header, else the body's `retryAfterSeconds`). */
  readonly retryAfter: number | undefined;

  /** Quote this when reporting a problem. */
  readonly traceId: string | undefined;

  /** The whole body as the server sent it (undefined when it was not problem details). */
  readonly problem: ProblemDetails | undefined;

  constructor(status: number, problem: ProblemDetails | undefined, retryAfter?: number) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? "Moyeora:Unknown";
    this.errors = problem?.errors ?? {};
    this.fieldCodes = problem?.fieldCodes ?? {};
    this.retryAfter = retryAfter ?? problem?.retryAfterSeconds;
    this.traceId = problem?.traceId;
  }

  /** Whether this error carries `code`; narrows to it (`if (error.is("Moyeora:MeetupFull"))`). */
  is<Code extends MoyeoraErrorCode>(code: Code): this is MoyeoraApiError & { readonly code: Code } {
    return this.code === code;
  }

  /** Reads an error answer; a body that is not problem details still gives an error with the status. */
  static async fromResponse(response: Response): Promise<MoyeoraApiError> {
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch {
      // not JSON: keep the status only
    }
    return MoyeoraApiError.fromBody(response, body);
  }

  /** An error from an answer whose body was already read (`body`: the parsed JSON, if any). */
  static fromBody(response: Response, body: unknown): MoyeoraApiError {
    const problem = body && typeof body === "object" && typeof (body as { code?: unknown }).code === "string" ? (body as ProblemDetails) : undefined;
    const header = response.headers.get("Retry-After");
    const seconds = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
    return new MoyeoraApiError(response.status, problem, seconds);
  }
}

/** Whether `error` is an error answer of the API, optionally with a given code. */
export function isMoyeoraApiError(error: unknown, code?: MoyeoraErrorCode): error is MoyeoraApiError {
  return error instanceof MoyeoraApiError && (code === undefined || error.code === code);
}
