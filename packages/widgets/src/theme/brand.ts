/**
 * The operator's brand as configuration (D7): its name, its self-care app, the name of its own
 * network, its colours and its logo. Labels such as «Вход в Kcell Business ID» or «Запрет на доступ в
 * MyKcell» take the configured names; buttons and the active tab take the configured colour.
 *
 * Set it on a `<kab-provider>` (`provider.brand = …`) or page-wide with `configure({ brand })`.
 *
 * @example
 * ```ts
 * import { configure } from "@kabinet/widgets"
 * configure({ brand: { operator: "Acme", selfCare: "MyAcme", onNet: "Acme", colors: { brand: "#0057b8" } } })
 * ```
 */
import { Messages } from "@kabinet/core"

/** The brand's colours; each becomes the default of the `--kab-color-*` token of the same name. */
export interface BrandColors {
  /** Buttons, the active tab, the selected step: `--kab-color-brand`. */
  readonly brand?: string | undefined
  /** The brand colour under the pointer: `--kab-color-brand-hover`. */
  readonly brandHover?: string | undefined
  /** Text on the brand colour: `--kab-color-on-brand`. */
  readonly onBrand?: string | undefined
}

/** The brand's logo: an image address and its text alternative (the operator's name by default). */
export interface BrandLogo {
  readonly src: string
  readonly alt?: string | undefined
}

/** The whole brand: the names the messages use, plus colours and a logo. */
export interface Brand extends Messages.Brand {
  readonly colors?: BrandColors | undefined
  readonly logo?: BrandLogo | undefined
}

/** What a host configures: any part of a `Brand`; the rest stays the manual's. */
export type BrandInput = Partial<Brand>

/** The manual's brand: «Kcell», «MyKcell», «Kcell/activ», no logo image (the name is shown as text). */
export const defaultBrand: Brand = { ...Messages.defaultBrand }

/**
 * A full brand from a partial one, the manual's names filling what is missing.
 *
 * @example
 * ```ts
 * resolveBrand({ operator: "Acme" }).selfCare // "MyKcell"
 * ```
 */
export const resolveBrand = (input: BrandInput | undefined): Brand => ({ ...defaultBrand, ...input })

const colorProperties: ReadonlyArray<readonly [keyof BrandColors, string]> = [
  ["brand", "--_kab-config-color-brand"],
  ["brandHover", "--_kab-config-color-brand-hover"],
  ["onBrand", "--_kab-config-color-on-brand"],
]

/**
 * Writes the brand's colours on an element as the private defaults its tokens fall back to; a page's
 * own `--kab-color-brand` still wins. Colours the brand does not set are removed.
 */
export const applyBrandColors = (element: HTMLElement, brand: Brand): void => {
  for (const [name, property] of colorProperties) {
    const value = brand.colors?.[name]
    if (value === undefined || value === "") element.style.removeProperty(property)
    else element.style.setProperty(property, value)
  }
}
