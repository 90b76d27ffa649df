import type { Segment } from '../../src/model/comparison.js';

/** Segments of a redline written by hand: what was struck, what was inserted, what stands. */
export const del = (text: string): Segment => ({ op: 'delete', text });
export const ins = (text: string): Segment => ({ op: 'insert', text });
export const eq = (text: string): Segment => ({ op: 'equal', text });
