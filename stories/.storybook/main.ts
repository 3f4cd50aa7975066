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
  // The favicon the canvas and the manager ask for.
  staticDirs: ["../public"],
  viteFinal: (config, { configType }) => ({
    ...config,
    plugins: [decorators(), ...(config.plugins ?? [])],
    resolve: {
      ...config.resolve,
      // Widgets and core are read from their sources, so designers see a change without a rebuild;
      // the static build takes Lit's production build, the dev server its development build.
      conditions: [
        "source",
        ...defaultClientConditions.map((condition) =>
          condition === "development|production"
            ? configType === "PRODUCTION"
              ? "production"
              : "development"
            : condition,
        ),
      ],
      // One Lit for the widgets, the stories and Storybook's own renderer.
      dedupe: ["lit", "lit-html", "lit-element", "@lit/reactive-element"],
    },
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), "lit", "lit/decorators.js", "lit/directives/ref.js"],
    },
  }),
}

export default config
