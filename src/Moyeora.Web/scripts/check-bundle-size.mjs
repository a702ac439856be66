// The bundle-size budget, run by `npm run build`: the app's own JavaScript (everything but the map library) must
// stay within 250 KB gzip. The map library's chunk is reported separately. Vite's manifest says which chunk holds
// which module, so no file name is guessed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "dist");
const budgetBytes = Number(process.env.MOYEORA_JS_BUDGET_KB ?? 250) * 1024;
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

const mapLibrary = /(^|\/)node_modules\/maplibre-gl\//;
const files = new Map();
for (const [source, chunk] of Object.entries(manifest)) {
  if (!chunk.file.endsWith(".js")) {
    continue;
  }
  const isMap = mapLibrary.test(source) || (chunk.name ?? "").startsWith("maplibre-gl");
  files.set(chunk.file, (files.get(chunk.file) ?? false) || isMap);
}

// Files the manifest does not list (a worker bundle) belong to the chunk that names them; any left over is the app's.
for (const name of readdirSync(join(dist, "assets")).filter((n) => n.endsWith(".js"))) {
  const file = `assets/${name}`;
  if (!files.has(file)) {
    const owner = [...files].find(([listed]) => readFileSync(join(dist, listed), "utf8").includes(name));
    files.set(file, owner ? owner[1] : false);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let own = 0;
let map = 0;
for (const [file, isMap] of files) {
  const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  if (isMap) {
    map += gzip;
  } else {
    own += gzip;
  }
  console.log(`  ${isMap ? "map" : "app"}  ${kb(gzip).padStart(9)} gzip  ${file}`);
}
console.log(`Bundle: app JavaScript ${kb(own)} gzip (budget ${kb(budgetBytes)}); map library ${kb(map)} gzip (reported, not budgeted).`);
if (map === 0) {
  console.error("Bundle check: no map-library chunk found in the manifest; the map must stay in its own lazily loaded chunk.");
  process.exit(1);
}
if (own > budgetBytes) {
  console.error(`Bundle check failed: the app's own JavaScript is ${kb(own)} gzip, over the ${kb(budgetBytes)} budget.`);
  process.exit(1);
}
