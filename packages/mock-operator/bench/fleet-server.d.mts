/** The company of the demo's large fleet. */
export declare const fleetCompany: string

/** A running server: its address, a timed list request, its CPU time so far, and a way to stop it. */
export interface FleetServer {
  readonly url: string
  readonly get: (query: string) => Promise<number>
  readonly serverCpuMs: () => number | undefined
  readonly stop: () => void
}

/** Starts the standalone server with a fleet in a process of its own, the demo admin signed in. */
export declare const startFleetServer: (options?: {
  readonly fleetSize?: number
  readonly sources?: boolean
}) => Promise<FleetServer>

/** The p-th percentile (0–100, nearest rank) of ascending `sorted`. */
export declare const percentile: (sorted: ReadonlyArray<number>, p: number) => number
