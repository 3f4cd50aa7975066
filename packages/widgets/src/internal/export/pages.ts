/**
 * A whole list read page by page, as rows for an export: the next page is asked for only when the
 * worker has written the rows before it, so a 100,000-line fleet never sits in memory at once.
 */
import * as Cause from "effect/Cause"
import * as Exit from "effect/Exit"

/** A page as the operator returns it. */
export interface PageOf<A> {
  readonly items: ReadonlyArray<A>
  readonly total: number
}

/**
 * Yields every item of a paged list from its first page to its last. A page that fails ends the
 * iteration with an error (the export then fails with the operator's message); an aborted signal
 * stops it quietly.
 *
 * @example
 * ```ts
 * allPages((offset, limit) => store.run(Programs.Numbers.listNumbers({ companyId, offset, limit, search })))
 * ```
 */
export async function* allPages<A, E>(
  load: (offset: number, limit: number) => Promise<Exit.Exit<PageOf<A>, E>>,
  pageSize = 500,
): AsyncGenerator<A, void, undefined> {
  let offset = 0
  for (;;) {
    const exit = await load(offset, pageSize)
    if (Exit.isFailure(exit)) {
      if (Cause.hasInterruptsOnly(exit.cause)) return
      throw Cause.squash(exit.cause)
    }
    yield* exit.value.items
    offset += exit.value.items.length
    if (exit.value.items.length === 0 || offset >= exit.value.total) return
  }
}
