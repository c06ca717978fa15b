import { defineConfig } from "vite";

// Built into ui/dist, which the Tauri shell embeds. No dev server is needed.
export default defineConfig({
  clearScreen: false,
  // The catalogs live beside the core's (../locales), one set for every host.
  server: { fs: { allow: [".."] } },
  build: { outDir: "dist", target: "es2021", emptyOutDir: true, sourcemap: false },
  test: { environment: "node", include: ["test/**/*.test.ts"] },
});
