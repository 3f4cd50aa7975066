/**
 * Handing a file's bytes to the browser as a download: apart from the export service, so that what
 * downloads a file the operator made (the documents) does not load the exporters with it.
 */

/** Hands bytes to the browser as a download through an object URL, revoked once the click is done. */
export const download = (bytes: Uint8Array<ArrayBuffer>, mediaType: string, fileName: string): void => {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken its copy of the blob once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
