/**
 * The operator's time: the host's clock (or one given by the caller), shifted by however far the
 * control API moved it, and the time scale that shortens the operator's slow work.
 *
 * Two knobs, on purpose. The time scale only speeds up work that takes time (block, unblock, SIM
 * swap, e-mailed reports: 1–2 minutes at scale 1, about a second at 0.01), so a demo stays
 * realistic elsewhere. Moving the clock (`advance`) lets a test cross the security windows — the
 * 60-second SMS cooldown, the 5-minute code expiry, the 15-minute login lock — without waiting.
 */

/** Reads the host's time in epoch milliseconds. */
export type TimeSource = () => number

/** The operator's clock. */
export class OperatorClock {
  readonly #source: TimeSource
  #offset = 0
  #timeScale: number

  constructor(source: TimeSource, timeScale: number) {
    this.#source = source
    this.#timeScale = checkScale(timeScale)
  }

  /** The operator's "now", epoch milliseconds. */
  now(): number {
    return this.#source() + this.#offset
  }

  /** Moves the operator's time forward (or back, with a negative amount). */
  advance(milliseconds: number): void {
    this.#offset += milliseconds
  }

  /** How much faster slow work runs: 1 is real time, 0.01 makes a minute 0.6 s. */
  get timeScale(): number {
    return this.#timeScale
  }

  set timeScale(scale: number) {
    this.#timeScale = checkScale(scale)
  }

  /** How long `milliseconds` of the operator's work takes at the current scale. */
  scaled(milliseconds: number): number {
    return Math.round(milliseconds * this.#timeScale)
  }
}

const checkScale = (scale: number): number => {
  if (!Number.isFinite(scale) || scale < 0) throw new RangeError("time scale must be a finite number ≥ 0")
  return scale
}
