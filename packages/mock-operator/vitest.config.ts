import { defaultClientConditions, defaultServerConditions } from "vite"
import { defineConfig } from "vitest/config"

// `@kabinet/core` is read from its sources through the "source" export condition, so the mock
// follows the contract as it is written, without a build of the core first.
export default defineConfig(({ mode }) => ({
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Benchmarks report to the console only, so that they never overwrite the tests' totals.
    reporters:
      mode === "benchmark"
        ? ["default"]
        : ["default", ["json", { outputFile: "../../reports/mock-operator.vitest.json" }]],
    testTimeout: 20_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
}))
