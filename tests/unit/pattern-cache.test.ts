import { describe, expect, it } from 'vitest';
import { cachedPattern } from '../../src/concerns/pattern-cache.js';

describe('cachedPattern', () => {
  it('compiles a source and flags once, and gives the same pattern after', () => {
    const first = cachedPattern('\\bSeller\\b', 'u');
    expect(cachedPattern('\\bSeller\\b', 'u')).toBe(first);
    expect(first.test('the Seller shall')).toBe(true);
  });

  it('keeps patterns of other flags or sources apart', () => {
    expect(cachedPattern('seller', 'iu')).not.toBe(cachedPattern('seller', 'u'));
    expect(cachedPattern('seller', 'iu').test('SELLER')).toBe(true);
    expect(cachedPattern('seller', 'u').test('SELLER')).toBe(false);
    expect(cachedPattern('buyer', 'u')).not.toBe(cachedPattern('seller', 'u'));
  });

  it('stays bounded however many names a draft brings, and still answers right', () => {
    const kept = cachedPattern('Party0', 'u');
    for (let i = 1; i <= 2500; i++) cachedPattern(`Party${i}`, 'u');
    // the cache was emptied on the way: the first pattern is compiled anew, and matches as before
    const again = cachedPattern('Party0', 'u');
    expect(again).not.toBe(kept);
    expect(again.test('Party0 shall pay')).toBe(true);
  });
});
