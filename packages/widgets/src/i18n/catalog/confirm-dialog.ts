/**
 * The interface strings of `<kab-confirm-dialog>`: the manual's buttons of every confirmation
 * («Заблокировать номер … Да, уверен / Отменить»).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "confirm.confirm": "Да, уверен",
  "confirm.cancel": "Отменить",
} as const satisfies Section<"confirm">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "confirm.confirm": "Иә, сенімдімін",
  "confirm.cancel": "Болдырмау",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "confirm.confirm": "Yes, I'm sure",
  "confirm.cancel": "Cancel",
}
