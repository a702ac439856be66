// tsc does not copy hand-placed .d.ts files: the generated REST contracts (src/generated/api.d.ts) are copied to
// dist so that consumers of the package get the typed paths and schemas, not `any`.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist", "generated"), { recursive: true });
copyFileSync(join(root, "src", "generated", "api.d.ts"), join(root, "dist", "generated", "api.d.ts"));
