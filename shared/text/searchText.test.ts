import { describe, expect, it } from 'vitest';
import { cleanSearchText } from './searchText';

describe('a search box accepts any text', () => {
  it('keeps quotes, FTS5 operators and emoji as typed', () => {
    expect(cleanSearchText(' "阀门" AND NOT NEAR(a b) * ^ : ( ) 😀 ', 100)).toBe('"阀门" AND NOT NEAR(a b) * ^ : ( ) 😀');
  });

  it('turns controls, NUL, direction overrides, line breaks and lone surrogates into spaces', () => {
    expect(cleanSearchText('沪工\u0000阀门\u202e\n\ud83d', 100)).toBe('沪工 阀门');
  });

  it('cuts a long query to its first characters without halving an emoji', () => {
    expect(cleanSearchText('😀'.repeat(300), 100)).toBe('😀'.repeat(100));
    expect(cleanSearchText(`${' '.repeat(50)}${'阀'.repeat(150)}`, 100)).toBe('阀'.repeat(100));
  });
});
