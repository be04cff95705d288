import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites start real servers on ephemeral loopback ports; two workers match the machine.
    maxWorkers: 2,
    reporters: ["default", "./test/support/count-reporter.ts"],
  },
});
