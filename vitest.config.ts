import { defineConfig } from "vitest/config";

// TZ is pinned so that nothing in a test can depend on the machine's zone.
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**"],
    testTimeout: 30_000,
  },
});
