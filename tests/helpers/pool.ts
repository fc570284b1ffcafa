/**
 * Work on many items with a few workers at once (a few browser tabs, say), each item's result
 * available to its own test. `pool(items, size, work)` returns `resultOf(item)`; the work
 * starts at the first call, in the order of `items`, `size` items at a time, so the tests can
 * await their own item in order while the next ones are already loading. A failure belongs
 * to its item: it rejects that item's promise only.
 */
export function pool<T, R>(items: readonly T[], size: number, work: (item: T, worker: number) => Promise<R>): (item: T) => Promise<R> {
  const results = new Map<T, { promise: Promise<R>; resolve(value: R): void; reject(error: unknown): void }>();
  for (const item of items) {
    let resolve!: (value: R) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<R>((res, rej) => ((resolve = res), (reject = rej)));
    // Handled when its test awaits it; until then a rejection must not count as unhandled.
    promise.catch(() => {});
    results.set(item, { promise, resolve, reject });
  }
  let started = false;
  let next = 0;
  const run = async (worker: number) => {
    while (next < items.length) {
      const item = items[next++]!;
      const slot = results.get(item)!;
      await work(item, worker).then(slot.resolve, slot.reject);
    }
  };
  return (item: T) => {
    const slot = results.get(item);
    if (!slot) throw new Error(`Not in the pool: ${String(item)}`);
    if (!started) {
      started = true;
      for (let w = 0; w < Math.min(size, items.length); w++) void run(w);
    }
    return slot.promise;
  };
}
