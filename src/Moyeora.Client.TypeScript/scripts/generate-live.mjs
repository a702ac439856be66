// The live hub's contracts: TypeScript types and name lists from the host's AsyncAPI 3.0 document (/asyncapi/live.json).
// Operations with action "receive" are hub methods the client invokes (payload: the arguments as a tuple; reply: the
// result); operations with action "send" are messages the server sends with one argument; the "refusal" message is the
// shape of a refused invocation's error. Payload schemas are JSON Schema; a `title` names a type (the .NET type's
// name), except on an argument, where it is the argument's name.
import { header } from "./generate-api.mjs";

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function generateLive(document) {
  const messages = document.components?.messages ?? {};
  const channelMessages = document.channels?.live?.messages ?? {};
  const named = new Map(); // title -> { schema, code }

  const resolve = (ref) => {
    // "#/channels/live/messages/x" -> channel entry -> "#/components/messages/x"
    const key = ref.split("/").pop();
    const entry = channelMessages[key] ?? { $ref: `#/components/messages/${key}` };
    const message = messages[entry.$ref.split("/").pop()];
    if (!message) {
      throw new Error(`Unresolved message reference ${ref}`);
    }
    return message;
  };

  const types = (schema) => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);
  const nullable = (schema) => types(schema).includes("null") || (schema.enum ?? []).includes(null);
  const enumValues = (schema) => schema.enum.filter((v) => v !== null);
  const sameValues = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
  const docComment = (text, indent) =>
    text ? `${indent}/** ${String(text).replace(/\*\//g, "*\\/").replace(/\n/g, `\n${indent} * `)} */\n` : "";

  // The TypeScript type of a schema, without null; `named` collects the named types it uses.
  const body = (schema, indent) => {
    if (schema.enum) {
      return enumValues(schema).map((v) => JSON.stringify(v)).join(" | ") || "never";
    }
    if (schema.$ref) {
      throw new Error(`Unsupported $ref in a payload schema: ${schema.$ref}`);
    }
    const kinds = types(schema).filter((t) => t !== "null");
    const parts = kinds.map((kind) => {
      switch (kind) {
        case "string":
          return "string";
        case "number":
        case "integer":
          return "number";
        case "boolean":
          return "boolean";
        case "array": {
          const item = type(schema.items ?? {}, indent);
          return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
        }
        case "object":
          return objectBody(schema, indent);
        default:
          throw new Error(`Unsupported schema type ${kind}`);
      }
    });
    return parts.length ? parts.join(" | ") : "unknown";
  };

  const objectBody = (schema, indent) => {
    const properties = Object.entries(schema.properties ?? {});
    if (properties.length === 0) {
      return schema.additionalProperties ? `Record<string, ${type(schema.additionalProperties, indent)}>` : "Record<string, never>";
    }
    const required = new Set(schema.required ?? []);
    const inner = indent + "  ";
    const lines = properties.map(([name, property]) => {
      const key = identifier.test(name) ? name : JSON.stringify(name);
      return `${docComment(property.description, inner)}${inner}${key}${required.has(name) ? "" : "?"}: ${type(property, inner)};\n`;
    });
    return `{\n${lines.join("")}${indent}}`;
  };

  // The type of a schema where it is used: a named type (by its title) or the type written out, with `| null`.
  const type = (schema, indent, isArgument = false) => {
    let result;
    const title = isArgument ? undefined : schema.title;
    if (title) {
      define(title, schema);
      result = title;
    } else if (schema.enum) {
      // An argument's enum has the argument's name as its title: use the named enum with the same values, if any.
      const values = enumValues(schema);
      result = [...named.entries()].find(([, n]) => n.schema.enum && sameValues(enumValues(n.schema), values))?.[0] ?? body(schema, indent);
    } else {
      result = body(schema, indent);
    }
    return nullable(schema) ? `${result} | null` : result;
  };

  const define = (title, schema) => {
    if (!identifier.test(title)) {
      throw new Error(`The type name ${title} is not an identifier`);
    }
    const existing = named.get(title);
    if (existing) {
      const strip = (s) => JSON.stringify({ ...s, type: types(s).filter((t) => t !== "null"), enum: s.enum && enumValues(s) });
      if (strip(existing.schema) !== strip(schema)) {
        throw new Error(`Two different schemas are both named ${title}`);
      }
      return;
    }
    const entry = { schema, code: "" };
    named.set(title, entry);
    entry.code = schema.enum
      ? `${docComment(schema.description, "")}export type ${title} = ${body(schema, "")};\n`
      : types(schema).includes("object") && schema.properties
        ? `${docComment(schema.description, "")}export interface ${title} ${objectBody(schema, "")}\n`
        : `${docComment(schema.description, "")}export type ${title} = ${body(schema, "")};\n`;
  };

  // Named enums first, so arguments can refer to them by their values.
  const visit = (schema) => {
    if (schema && typeof schema === "object") {
      if (schema.title && schema.enum) {
        define(schema.title, schema);
      }
      Object.values(schema).forEach(visit);
    }
  };
  for (const message of Object.values(messages)) {
    if (message.payload?.type !== "array") {
      visit(message.payload);
    }
  }

  const methods = [];
  const serverMessages = [];
  for (const [operationId, operation] of Object.entries(document.operations ?? {})) {
    const message = resolve(operation.messages[0].$ref);
    if (operation.action === "receive") {
      const payload = message.payload;
      const args = (payload.prefixItems ?? []).map((argument, index) => {
        const name = argument.title && identifier.test(argument.title) ? argument.title : `arg${index}`;
        return `${name}: ${type(argument, "    ", true)}`;
      });
      const reply = operation.reply?.messages?.[0];
      const result = reply ? type(resolve(reply.$ref).payload, "    ") : "void";
      methods.push({ name: message.name, summary: operation.summary ?? message.summary, args, result, operationId });
    } else if (operation.action === "send") {
      serverMessages.push({ name: message.name, summary: operation.summary ?? message.description, payload: type(message.payload, "  ") });
    } else {
      throw new Error(`Operation ${operationId} has an unknown action ${operation.action}`);
    }
  }
  const refusal = messages.refusal ? type(messages.refusal.payload, "") : "{ code: string; message: string }";

  methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  serverMessages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const address = document.channels?.live?.address ?? "hubs/live";
  const sortedNamed = [...named.keys()].sort().map((k) => named.get(k).code);

  return (
    header("AsyncAPI document of the live hub (/asyncapi/live.json) by scripts/generate-live.mjs") +
    "\n" +
    sortedNamed.join("\n") +
    "\n" +
    docComment(`Where the hub listens, relative to the API's base URL.`, "") +
    `export const liveHubPath = ${JSON.stringify("/" + address)};\n\n` +
    docComment("Methods a client invokes on the hub: the arguments in order, and what the invocation returns.", "") +
    "export interface LiveHubMethods {\n" +
    methods
      .map((m) => `${docComment(m.summary, "  ")}  ${m.name}: {\n    args: [${m.args.join(", ")}];\n    result: ${m.result};\n  };\n`)
      .join("") +
    "}\n\n" +
    docComment("Messages the server sends, each with one argument.", "") +
    "export interface LiveServerMessages {\n" +
    serverMessages.map((m) => `${docComment(m.summary, "  ")}  ${m.name}: ${m.payload};\n`).join("") +
    "}\n\n" +
    docComment("What a refused invocation's error carries (the completion's error string is this object as JSON).", "") +
    `export type LiveRefusal = ${refusal};\n\n` +
    `export const liveHubMethodNames = ${JSON.stringify(methods.map((m) => m.name))} as const;\n\n` +
    `export const liveServerMessageNames = ${JSON.stringify(serverMessages.map((m) => m.name))} as const;\n`
  );
}
