#!/usr/bin/env node
// Generates the typed client's contracts from the host's own descriptions:
//   src/generated/api.d.ts  from the OpenAPI 3.1 document  (openapi-typescript)
//   src/generated/live.ts   from the AsyncAPI 3.0 document of the live hub (generate-live.mjs)
// Usage: node scripts/generate.mjs --openapi <openapi.json> --asyncapi <live.json> [--out <folder>]
// `bash etc/clients/generate.sh` fetches both documents from a freshly started host and runs this.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateApi } from "./generate-api.mjs";
import { generateLive } from "./generate-live.mjs";

const { values } = parseArgs({
  options: {
    openapi: { type: "string" },
    asyncapi: { type: "string" },
    out: { type: "string" },
  },
});
if (!values.openapi || !values.asyncapi) {
  console.error("usage: node scripts/generate.mjs --openapi <openapi.json> --asyncapi <live.json> [--out <folder>]");
  process.exit(2);
}

const out = values.out ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src", "generated");
const openapi = JSON.parse(await readFile(values.openapi, "utf8"));
const asyncapi = JSON.parse(await readFile(values.asyncapi, "utf8"));

await mkdir(out, { recursive: true });
await writeFile(path.join(out, "api.d.ts"), await generateApi(openapi));
await writeFile(path.join(out, "live.ts"), generateLive(asyncapi));
console.log(`generated ${path.join(out, "api.d.ts")} and ${path.join(out, "live.ts")}`);
