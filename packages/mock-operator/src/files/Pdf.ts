/**
 * A one-page PDF of plain text lines: enough for the mock's acts and histories to open in any
 * viewer. The standard PDF fonts have no Cyrillic, so Russian text is transliterated; the real
 * operator's documents are the operator's business.
 */

const cyrillic: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  "₸": "KZT",
  "«": '"',
  "»": '"',
  "—": "-",
  "–": "-",
}

/** Latin letters for Cyrillic ones (Russian and Kazakh), keeping the case of the first letter. */
export const transliterate = (text: string): string =>
  [...text]
    .map((char) => {
      const lower = char.toLowerCase()
      const latin = cyrillic[lower]
      if (latin === undefined) return char.charCodeAt(0) < 128 ? char : "?"
      return char !== lower && latin.length > 0 ? latin[0]?.toUpperCase() + latin.slice(1) : latin
    })
    .join("")

const escapePdf = (text: string): string => text.replace(/[\\()]/gu, (char) => `\\${char}`)

/** A PDF with a title and lines of text (at most about 60 fit the page). */
export const pdf = (title: string, lines: ReadonlyArray<string>): Uint8Array<ArrayBuffer> => {
  const text = [
    "BT /F1 14 Tf 50 790 Td",
    `(${escapePdf(transliterate(title))}) Tj`,
    "/F1 9 Tf 0 -24 Td 12 TL",
    ...lines.slice(0, 60).map((line) => `(${escapePdf(transliterate(line))}) '`),
    "ET",
  ].join("\n")
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ]
  let body = "%PDF-1.4\n"
  const offsets: Array<number> = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}
