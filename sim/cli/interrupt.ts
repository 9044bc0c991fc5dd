/**
 * Ctrl-C / SIGTERM for the long-running commands (run, sweep, sensitivity, compare): the first
 * signal aborts the work, which stops after the runs in flight and keeps what is resumable; a second
 * one exits at once with 130.
 */

/** Abort `signal` on SIGINT or SIGTERM until `release()` removes the handlers. */
export function interruptOnSignals(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
