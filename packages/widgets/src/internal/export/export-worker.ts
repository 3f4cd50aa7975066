/**
 * The worker that writes exported files: PDF, XLSX and CSV are drawn and zipped here, never on the
 * page's main thread. Started by `export-file.ts`; each writer is loaded on its first export.
 */
import { serve } from "@kabinet/core/export/worker"

serve(self as unknown as Parameters<typeof serve>[0])
