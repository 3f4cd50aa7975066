// The peers' «Поиск»: a plain input that commits once typing pauses for as long as Kabinet's field
// waits (300 ms), or at once on Enter — the same rule as Kabinet's search controller.

/** Kabinet's search pause, in milliseconds. */
export const searchDelayMs = 300

/**
 * Calls `commit` with the trimmed text after a pause in typing or on Enter.
 * @param {HTMLInputElement} input
 * @param {(text: string) => void} commit
 */
export const searchField = (input, commit) => {
  let timer
  input.addEventListener("input", () => {
    clearTimeout(timer)
    timer = setTimeout(() => commit(input.value.trim()), searchDelayMs)
  })
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return
    clearTimeout(timer)
    commit(input.value.trim())
  })
}
