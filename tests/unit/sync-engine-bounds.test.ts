import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncChangeRefusedError } from '../../src/sync/client.js';
import { VERSION_TEXT_CHARS } from '../../src/sync/pull.js';
import { invited, owner, syncWorld, type SyncWorld } from '../support/sync-client.js';

/**
 * What one member's changes can make another's browser hold: a shared version whose clause texts
 * pass what any imported draft can yield is refused on pulling, before it is applied.
 */
describe('sync engine: bounds on what a pull brings in', () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await syncWorld();
  });
  afterAll(async () => world?.close());

  it('refuses a version whose clause texts pass what one draft can hold, and applies what came before it', { timeout: 120_000 }, async () => {
    const own = await owner(world.app);
    const sender = await invited(world.app, own, 'analyst');
    await sender.replica.addVersion({ id: 'v-small', label: 'A draft', clauses: [{ text: 'The Fund is created.' }] });
    // distinct texts of a quarter of a million characters each, past the bound all together
    const each = 250_000;
    const count = Math.ceil(VERSION_TEXT_CHARS / each) + 1;
    await sender.replica.addVersion({ id: 'v-huge', label: 'Too much', clauses: Array.from({ length: count }, (_, index) => ({ text: `${index} ${'x'.repeat(each)}` })) });
    await sender.engine.sync();
    expect(await sender.replica.pending()).toEqual([]);

    const error = await own.engine.pull().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncChangeRefusedError);
    expect((error as SyncChangeRefusedError).reason).toBe('too-large');
    expect((error as Error).message).toContain('more than any draft this app imports');
    expect(own.replica.version('v-small')).not.toBeNull();
    expect(own.replica.version('v-huge')).toBeNull();
    // the mark stays before it: pulling again meets it again, never skips it
    expect(await own.engine.pull().catch((e: unknown) => (e as SyncChangeRefusedError).rev)).toBe((error as SyncChangeRefusedError).rev);
  });
});
