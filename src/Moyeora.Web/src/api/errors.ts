import { isMoyeoraApiError } from "@moyeora/client";
import { LiveHubError } from "@moyeora/client";

/** The form field a server error key belongs to: `tags[0]` → `tags`, `place.name` → `place`, any case → camelCase. */
export function fieldOf(key: string): string {
  const head = key.split(/[.[]/, 1)[0] ?? key;
  return head.length > 0 ? head[0]!.toLowerCase() + head.slice(1) : key;
}

/** Groups per-field messages by form field, keeping every message (nothing the server says is dropped). */
export function groupFieldErrors(errors: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldOf(key);
    const list = (grouped[field] ??= []);
    for (const message of messages) {
      if (!list.includes(message)) {
        list.push(message);
      }
    }
  }
  return grouped;
}

/** Field errors that no field of the form shows: they go in the form's general message so none is lost. */
export function unplacedErrors(grouped: Record<string, string[]>, fields: readonly string[]): string[] {
  return Object.entries(grouped)
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, messages]) => messages);
}

export interface DescribedError {
  message: string;
  retryAfter?: number;
  fields: Record<string, string[]>;
  code: string;
}

/** What to show a person for a failed call: the server's message (already in their language), retry time, fields. */
export function describeError(error: unknown, fallback: string): DescribedError {
  if (isMoyeoraApiError(error)) {
    return {
      message: error.problem?.detail ?? error.problem?.title ?? fallback,
      retryAfter: error.status === 429 ? error.retryAfter : undefined,
      fields: groupFieldErrors(error.errors),
      code: error.code,
    };
  }
  if (error instanceof LiveHubError) {
    return { message: error.message, fields: groupFieldErrors(error.errors), code: error.code };
  }
  return { message: fallback, fields: {}, code: "Moyeora:Unknown" };
}

/** The form-level line: the server's message plus any field message that no field of the form shows. */
export function generalMessage(error: DescribedError | null, fields: readonly string[]): string | null {
  if (!error) {
    return null;
  }
  // The server's summary often repeats a field's own message: shown beside the field already, it is not repeated.
  const placed = Object.entries(error.fields).filter(([field]) => fields.includes(field)).flatMap(([, messages]) => messages);
  const lines = [...(placed.includes(error.message) ? [] : [error.message]), ...unplacedErrors(error.fields, fields)];
  return lines.length > 0 ? [...new Set(lines)].join(" ") : null;
}
