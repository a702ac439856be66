// The REST contracts: openapi-typescript over the host's OpenAPI 3.1 document.
import openapiTS, { astToString } from "openapi-typescript";

export const header = (source) =>
  `// Generated from the host's ${source} — do not edit.\n` +
  "// Regenerate with `bash etc/clients/generate.sh` (see the README's \"Clients\" section).\n";

/**
 * Read models (schemas reached from a success answer and never from a request) get every property required: the
 * server writes every property of what it answers, nulls included, while the document only lists `required` for
 * inputs. Without this every field of every answer would be optional (`meetup.id?: string`).
 */
export function markReadModelsRequired(document) {
  const schemas = document.components?.schemas ?? {};
  const reached = (roots) => {
    const names = new Set();
    const walk = (node) => {
      if (Array.isArray(node)) {
        node.forEach(walk);
      } else if (node && typeof node === "object") {
        const ref = typeof node.$ref === "string" && node.$ref.match(/^#\/components\/schemas\/(.+)$/);
        if (ref && !names.has(ref[1])) {
          names.add(ref[1]);
          walk(schemas[ref[1]]);
        }
        Object.values(node).forEach(walk);
      }
    };
    walk(roots);
    return names;
  };

  const inputs = [];
  const outputs = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== "object") {
        continue;
      }
      inputs.push(operation.parameters ?? [], operation.requestBody ?? {});
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status.startsWith("2")) {
          outputs.push(response);
        }
      }
    }
  }

  const written = reached(inputs);
  for (const name of reached(outputs)) {
    const schema = schemas[name];
    if (!written.has(name) && schema?.properties) {
      schema.required = [...new Set([...(schema.required ?? []), ...Object.keys(schema.properties)])];
    }
  }
  return document;
}

export async function generateApi(document) {
  const copy = structuredClone(document);
  // The document names the origin it was served from; the client takes its base URL as an option instead.
  delete copy.servers;
  markReadModelsRequired(copy);
  const ast = await openapiTS(copy, { alphabetize: false });
  return header("OpenAPI document (/openapi/v1.json) by openapi-typescript") + astToString(ast);
}
