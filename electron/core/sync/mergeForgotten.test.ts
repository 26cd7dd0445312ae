// An audit row met again after a purge forgot its values on one computer (apply.ts
// mergeForgotten): the forgotten values win whichever copy arrives first, with no card.
import { describe, expect, it } from 'vitest';
import { CHANGED } from '../../../shared/audit/schema';
import { mergeForgotten } from './apply';

const original = JSON.stringify({ name: [null, '华强电子'], headcount: [10, 12] });
const forgotten = JSON.stringify({ name: [null, CHANGED], headcount: [CHANGED, CHANGED] });

describe('audit rows merge to what forgot the most', () => {
  it('a forgotten copy wins over the original, in either order, keeping its own text', () => {
    expect(mergeForgotten(original, forgotten)).toBe(forgotten);
    expect(mergeForgotten(forgotten, original)).toBe(forgotten);
  });

  it('two partly forgotten copies merge to the same text on both sides', () => {
    const a = JSON.stringify({ name: [null, CHANGED], headcount: [10, 12] });
    const b = JSON.stringify({ name: [null, '华强电子'], headcount: [CHANGED, 12] });
    const merged = mergeForgotten(a, b);
    expect(merged).toBe(mergeForgotten(b, a));
    expect(JSON.parse(merged as string)).toEqual({ headcount: [CHANGED, 12], name: [null, CHANGED] });
  });
});
