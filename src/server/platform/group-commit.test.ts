import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

/** A writer whose writes finish only when the test says so, recording what each write held. */
function heldWriter() {
  const writes: number[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      writes.push(items);
      finish.push((error) => (error ? reject(error) : resolve()));
    });
  return { writes, finish, write };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('groupCommit', () => {
  it('writes a lone item at once, and everything that arrived meanwhile together in the next write', async () => {
    const w = heldWriter();
    const submit = groupCommit(w.write);
    const first = submit(1);
    await settle();
    expect(w.writes).toEqual([[1]]);
    const later = [submit(2), submit(3), submit(4)];
    await settle();
    expect(w.writes).toEqual([[1]]);
    w.finish[0]!();
    await first;
    await settle();
    expect(w.writes).toEqual([[1], [2, 3, 4]]);
    w.finish[1]!();
    await Promise.all(later);
  });

  it('does not answer a caller before its own write is done', async () => {
    const w = heldWriter();
    const submit = groupCommit(w.write);
    let done = false;
    const pending = submit(1).then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    w.finish[0]!();
    await pending;
    expect(done).toBe(true);
  });

  it('tries the items of a failed write one by one, so only the item that fails again fails its caller', async () => {
    const written: number[][] = [];
    const submit = groupCommit(async (items: number[]) => {
      written.push(items);
      if (items.includes(3)) throw new Error('refused');
    });
    const first = submit(1);
    const batch = [submit(2), submit(3), submit(4)];
    await first;
    await expect(batch[0]).resolves.toBeUndefined();
    await expect(batch[1]).rejects.toThrow('refused');
    await expect(batch[2]).resolves.toBeUndefined();
    expect(written).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    await submit(5);
    expect(written.at(-1)).toEqual([5]);
  });

  it('fails a lone item whose write fails, and keeps writing later ones', async () => {
    const w = heldWriter();
    const submit = groupCommit(w.write);
    const lone = submit(1);
    await settle();
    w.finish[0]!(new Error('disk full'));
    await expect(lone).rejects.toThrow('disk full');
    const after = submit(2);
    await settle();
    expect(w.writes.at(-1)).toEqual([2]);
    w.finish[1]!();
    await after;
  });

  it('splits a long queue into writes of at most the maximum', async () => {
    const w = heldWriter();
    const submit = groupCommit(w.write, 2);
    const all = [submit(1), submit(2), submit(3), submit(4), submit(5)];
    for (let i = 0; i < 4; i++) {
      await settle();
      w.finish[i]?.();
    }
    await Promise.all(all);
    expect(w.writes).toEqual([[1], [2, 3], [4, 5]]);
  });
});
