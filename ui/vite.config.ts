import { defineConfig } from "vite";

// Built into ui/dist, which the Tauri shell embeds. No dev server is needed.
export default defineConfig({
  clearScreen: false,
  build: { outDir: "dist", target: "es2021", emptyOutDir: true, sourcemap: false },
  test: { environment: "node", include: ["test/**/*.test.ts"] },
});
