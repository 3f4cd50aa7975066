/**
 * The interface strings of `<kab-documents>`: the manual's «Документы и отчеты», letter for letter.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "documents.title": "Документы и отчеты",
} as const satisfies Section<"documents">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "documents.title": "Құжаттар мен есептер",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "documents.title": "Documents and reports",
}
