import manifest from "@kabinet/widgets/custom-elements.json" with { type: "json" }
import type { Preview } from "@storybook/web-components-vite"
import { setCustomElementsManifest } from "@storybook/web-components-vite"

setCustomElementsManifest(manifest)

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    controls: { expanded: true },
    // The whole cabinet first, then the widgets.
    options: { storySort: { order: ["Demo", "*"] } },
  },
}

export default preview
