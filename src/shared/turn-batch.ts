/**
 * Work queued during one turn of the event loop, run together at its end (`setImmediate`, the
 * loop's check phase) in the order it was queued.
 *
 * Used for socket writes (responses to clients, requests to backends): written one by one as each
 * is ready, every write wakes the peer on its own; written together, a peer waiting on several
 * connections wakes once for the lot. On small VMs that wake-up is the largest cost of a request
 * (bench/data-plane, docs/data-plane.md "Performance"). Nothing waits longer than the current turn.
 *
 * Work that throws does not stop the rest: its error goes to its own `onError`.
 */
type Work = { run: () => void; onError: (err: unknown) => void };

export class TurnBatch {
  private pending: Work[] = [];

  add(run: () => void, onError: (err: unknown) => void): void {
    if (this.pending.length === 0) setImmediate(this.flush);
    this.pending.push({ run, onError });
  }

  private readonly flush = (): void => {
    const due = this.pending;
    this.pending = [];
    for (const work of due) {
      try {
        work.run();
      } catch (err) {
        work.onError(err);
      }
    }
  };
}
