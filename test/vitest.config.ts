import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// TZ is pinned so that nothing in a test can depend on the machine's zone.
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 60_000,
  },
});
