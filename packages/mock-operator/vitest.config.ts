import { defaultClientConditions, defaultServerConditions } from "vite"
import { defineConfig } from "vitest/config"

// `@kabinet/core` is read from its sources through the "source" export condition, so the mock
// follows the contract as it is written, without a build of the core first.
export default defineConfig({
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "../../reports/mock-operator.vitest.json" }]],
    testTimeout: 20_000,
  },
})
