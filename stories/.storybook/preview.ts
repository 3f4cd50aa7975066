import manifest from "@kabinet/widgets/custom-elements.json" with { type: "json" }
import type { Preview } from "@storybook/web-components-vite"
import { setCustomElementsManifest } from "@storybook/web-components-vite"
import { argTypesOf, type Manifest } from "./arg-types.ts"

setCustomElementsManifest(manifest)

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    controls: { expanded: true },
    // Attributes and CSS parts that share a name both stay in the table (see arg-types.ts).
    docs: { extractArgTypes: (tag: string) => argTypesOf(manifest as unknown as Manifest, tag) },
    // The whole cabinet first, then the widgets.
    options: { storySort: { order: ["Demo", "*"] } },
  },
}

export default preview
