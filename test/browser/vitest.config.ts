import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// TZ is pinned so that nothing in a test can depend on the machine's zone.
process.env.TZ = "UTC";

// The browser tests drive a real Chromium (/usr/bin/chromium) through playwright-core. One file at
// a time: each file builds the demo, starts a server and a browser of its own.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/browser/**/*.test.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
