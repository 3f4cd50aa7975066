import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // The core is pure: reusing workers saves re-importing Effect for every file.
    isolate: false,
  },
})
