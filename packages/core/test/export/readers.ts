/**
 * Readers nobody here wrote, for the exported files: poppler's `pdftotext` and Python's `openpyxl`
 * and `csv`. Files go to a temporary folder; each reader's answer comes back as text or JSON.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const folder = mkdtempSync(join(tmpdir(), "kabinet-export-"))
let count = 0

/** Writes bytes to a new temporary file and gives its path. */
export const save = (bytes: Uint8Array, extension: string): string => {
  const path = join(folder, `file-${++count}.${extension}`)
  writeFileSync(path, bytes)
  return path
}

// Debian's python3 carries python3-openpyxl; a python3 first on PATH (pyenv) may not.
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3"

/** The text of a PDF's pages (all, or `first`..`last`), laid out as on the page. */
export const pdfText = (bytes: Uint8Array, pages?: { readonly first: number; readonly last: number }): string =>
  execFileSync(
    "pdftotext",
    [
      "-layout",
      ...(pages === undefined ? [] : ["-f", String(pages.first), "-l", String(pages.last)]),
      save(bytes, "pdf"),
      "-",
    ],
    { encoding: "utf8" },
  )

/** The number of pages of a PDF, as poppler counts them. */
export const pdfPages = (bytes: Uint8Array): number => {
  const info = execFileSync("pdfinfo", [save(bytes, "pdf")], { encoding: "utf8" })
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1])
}

/** What openpyxl reads from an XLSX workbook's active sheet. */
export interface Sheet {
  readonly title: string
  readonly freeze: string | null
  readonly filter: string | null
  readonly maxRow: number
  readonly widths: Record<string, number | null>
  /** Every non-empty cell by coordinate: its value (dates as ISO text), openpyxl's type, format, style. */
  readonly cells: Record<
    string,
    {
      readonly value: string | number | boolean
      readonly type: string
      readonly format: string
      readonly bold: boolean
      readonly fill: string | null
    }
  >
}

const openpyxlScript = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
cells = {}
for row in ws.iter_rows():
    for c in row:
        if c.value is None:
            continue
        v = c.value
        if isinstance(v, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
            v = str(v)
        fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
        cells[c.coordinate] = {"value": v, "type": c.data_type, "format": c.number_format, "bold": bool(c.font.b), "fill": fill}
widths = {k: v.width for k, v in ws.column_dimensions.items()}
print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "maxRow": ws.max_row, "widths": widths, "cells": cells}, ensure_ascii=False))
`

/** Opens an XLSX file with openpyxl. */
export const openXlsx = (bytes: Uint8Array): Sheet =>
  JSON.parse(
    execFileSync(python, ["-c", openpyxlScript, save(bytes, "xlsx")], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    }),
  )

const csvScript = `
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    raw = open(sys.argv[1], "rb").read()
    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))
print(json.dumps({"bom": raw[:3] == b"\\xef\\xbb\\xbf", "rows": rows}, ensure_ascii=False))
`

/** Parses a CSV file with Python's `csv` module (reading `utf-8-sig`, which takes the BOM off). */
export const parseCsv = (
  bytes: Uint8Array,
  delimiter = ",",
): { readonly bom: boolean; readonly rows: ReadonlyArray<ReadonlyArray<string>> } =>
  JSON.parse(execFileSync(python, ["-c", csvScript, save(bytes, "csv"), delimiter], { encoding: "utf8" }))
