import { describe, expect, it } from 'vitest';
import { textProblem } from './characters';

describe('the one text rule: characters a stored text may hold', () => {
  it('accepts ordinary Chinese, English, punctuation and emoji (with ZWJ) as typed', () => {
    for (const s of ['上海沪工阀门有限公司', 'Room 3-201, “宿舍”', '👩‍🔧 技工', '阿拉伯文 مرحبا\u200F']) expect(textProblem(s, false)).toBeNull();
  });

  it('refuses NUL, escape, DEL and C1 controls, naming the character', () => {
    expect(textProblem('张\u0000三', false)).toEqual({ key: 'textControlChar', char: 'U+0000' });
    expect(textProblem('\u001b[31m红', true)).toEqual({ key: 'textControlChar', char: 'U+001B' });
    expect(textProblem('a\u007fb', true)).toEqual({ key: 'textControlChar', char: 'U+007F' });
    expect(textProblem('a\u0085b', true)).toEqual({ key: 'textControlChar', char: 'U+0085' });
  });

  it('allows tab and line breaks only in multi-line fields', () => {
    expect(textProblem('第一行\n第二行\r\n\t第三行', true)).toBeNull();
    expect(textProblem('张\n三', false)).toEqual({ key: 'textLineBreak', char: 'U+000A' });
    expect(textProblem('张\u2028三', false)).toEqual({ key: 'textLineBreak', char: 'U+2028' });
    expect(textProblem('张\t三', false)).toEqual({ key: 'textControlChar', char: 'U+0009' });
  });

  it('refuses the direction overrides, embeddings and isolates, but not the LRM/RLM marks', () => {
    for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(textProblem(`invoice${String.fromCharCode(c)}fdp.exe`, true)?.key).toBe('textBidiControl');
    }
    expect(textProblem('a\u200eb\u200fc\u061c', false)).toBeNull();
  });

  it('refuses lone surrogates (high or low, at the end or inside) and keeps pairs', () => {
    expect(textProblem('张\ud83d', false)).toEqual({ key: 'textLoneSurrogate', char: 'U+D83D' });
    expect(textProblem('\ude00张', false)).toEqual({ key: 'textLoneSurrogate', char: 'U+DE00' });
    expect(textProblem('\ud83d\ud83d\ude00', false)).toEqual({ key: 'textLoneSurrogate', char: 'U+D83D' });
    expect(textProblem('😀', false)).toBeNull();
  });
});
