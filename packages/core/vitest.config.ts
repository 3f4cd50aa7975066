import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The core is pure: reusing workers saves re-importing Effect for every file.
    isolate: false,
    // Room for a busy machine (CI has two cores); the exporters' tests spawn pdftotext and python.
    testTimeout: 30_000,
  },
})
