/** Work to finish before the process exits (sending the last traces), run when the app shuts down. */
export const atShutdown = new Set<() => Promise<void>>();
