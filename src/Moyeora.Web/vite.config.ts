/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the app with hot reload and forwards the API, the live hub and the admin UI to a running
// host (MOYEORA_HOST, default http://localhost:5080), so the browser sees one origin as in production.
const host = process.env.MOYEORA_HOST ?? "http://localhost:5080";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": { target: host, changeOrigin: true },
      "/hubs": { target: host, changeOrigin: true, ws: true },
      "/admin": { target: host, changeOrigin: true },
      "/swagger": { target: host, changeOrigin: true },
      "/openapi": { target: host, changeOrigin: true },
      "/health": { target: host, changeOrigin: true },
    },
  },
  // MapLibre starts its worker as a module worker.
  worker: { format: "es" },
  build: {
    outDir: "dist",
    // The bundle-size check reads the manifest to tell the map library's chunk from the app's own code.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
