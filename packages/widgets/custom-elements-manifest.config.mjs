/**
 * The custom elements manifest lists the public API only: the `kab-…` elements with their public
 * properties, attributes, events, slots, CSS parts and custom properties. Internals (`src/internal`,
 * the catalogues, styles) are not analysed; private (`#…`) and protected members are dropped.
 */

/** Whether a class member is part of the public API. */
const isPublic = (member) =>
  !member.name.startsWith("#") && member.privacy !== "private" && member.privacy !== "protected"

/** Keeps the elements and what a host may use of them; registers each tag as the module's definition. */
const publicApiOnly = () => ({
  name: "kabinet-public-api-only",
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules = customElementsManifest.modules.flatMap((module) => {
      const elements = (module.declarations ?? []).filter((declaration) => declaration.customElement === true)
      if (elements.length === 0) return []
      for (const element of elements) {
        element.members = (element.members ?? []).filter(isPublic)
        element.attributes = (element.attributes ?? []).filter((attribute) => !attribute.fieldName?.startsWith("#"))
        // The base class is internal: the element's own entry already lists what it inherits publicly.
        delete element.superclass
      }
      const exported = elements.flatMap((element) => [
        { kind: "js", name: element.name, declaration: { name: element.name, module: module.path } },
        {
          kind: "custom-element-definition",
          name: element.tagName,
          declaration: { name: element.name, module: module.path },
        },
      ])
      return [{ ...module, declarations: elements, exports: exported }]
    })
  },
})

export default {
  globs: ["src/*/*.ts"],
  exclude: [
    "src/**/*.test.ts",
    "src/**/*.styles.ts",
    "src/internal/**",
    "src/i18n/**",
    "src/theme/**",
    "src/events/**",
  ],
  outdir: ".",
  litelement: true,
  plugins: [publicApiOnly()],
}
