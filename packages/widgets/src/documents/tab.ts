/** What `<kab-documents>` needs of each tab. */
import type { Documents } from "@kabinet/core"
import type { TemplateResult } from "lit"

/** One tab of «Документы и отчеты». */
export interface DocumentTab {
  /** The document's kind, also the tab's id. */
  readonly kind: (typeof Documents.sections)[number]
  /** The title in the list of tabs: the manual's, without «(бета-режим)». */
  title(): string
  /** The panel: the heading (with «(бета-режим)» where the manual has it), texts, form and result. */
  render(): TemplateResult
}
