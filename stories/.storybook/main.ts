import type { StorybookConfig } from "@storybook/web-components-vite"
import { defaultClientConditions } from "vite"
import { decorators } from "../../scripts/vite-decorators.ts"

const config: StorybookConfig = {
  stories: ["../*.stories.ts"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  addons: ["@storybook/addon-docs"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The sidebar is the designers' map of the widgets, not a place for Storybook's own setup tasks.
  features: { sidebarOnboardingChecklist: false },
  docs: { defaultName: "Docs" },
  viteFinal: (config) => ({
    ...config,
    plugins: [decorators(), ...(config.plugins ?? [])],
    // Widgets and core are read from their sources, so designers see a change without a rebuild.
    resolve: { ...config.resolve, conditions: ["source", ...defaultClientConditions] },
  }),
}

export default config
