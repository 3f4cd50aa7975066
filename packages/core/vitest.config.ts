import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    reporters: ["default", ["json", { outputFile: "../../reports/core.vitest.json" }]],
  },
})
