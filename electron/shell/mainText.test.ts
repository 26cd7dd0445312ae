// Menu labels in both languages: every text of the main process and every item of the menu has
// a label in each language, English has no Chinese in it, and Chinese no untranslated English
// beyond names (products, formats, keys).
import { describe, expect, it } from 'vitest';
import { describeError, type Language, MAIN_TEXTS, type MainTexts } from './mainText';
import { type MenuSpec, menuTemplate } from './menuTemplate';

const HAN = /\p{Script=Han}/u;
/** Names that stay as they are in Chinese text. */
const NAMES = /\b(PDF|Electron|Chromium|Node|Excel|Word|sqlite|Ctrl|Cmd)\b/g;

/** Every text in the table, with where it is; functions are called with sample values. */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return [[path, String(fn(...Array.from({ length: fn.length }, () => '1')))]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}
/** The texts a user reads (the locale is a code, not a text). */
const textsOf = ({ locale: _locale, ...texts }: MainTexts) => leaves(texts, '');

const allMenus = (t: MainTexts): MenuSpec[] => [
  ...menuTemplate(t.menu, { isPackaged: false, isMac: false }),
  ...menuTemplate(t.menu, { isPackaged: true, isMac: true }),
];
const labelsOf = (menus: MenuSpec[]) => menus.flatMap((m) => [m.label, ...m.submenu.flatMap((i) => ('label' in i ? [i.label] : []))]);

describe('the main process texts', () => {
  it('has the same texts, non-empty, in both languages', () => {
    const zh = textsOf(MAIN_TEXTS.zh);
    const en = textsOf(MAIN_TEXTS.en);
    expect(en.map(([p]) => p)).toEqual(zh.map(([p]) => p));
    for (const [path, text] of [...zh, ...en]) expect(text.trim(), path).not.toBe('');
  });

  it('English has no Han characters', () => {
    for (const [path, text] of textsOf(MAIN_TEXTS.en)) expect(text, path).not.toMatch(HAN);
    expect(MAIN_TEXTS.en.locale).toBe('en-US');
  });

  it('Chinese has no untranslated English except names', () => {
    for (const [path, text] of textsOf(MAIN_TEXTS.zh)) {
      expect(text, path).toMatch(HAN);
      expect(text.replace(NAMES, ''), path).not.toMatch(/[A-Za-z]{2,}/);
    }
    expect(MAIN_TEXTS.zh.locale).toBe('zh-CN');
  });

  it('describes refusals by key in the language, and unknown ones by code and key', () => {
    expect(describeError(MAIN_TEXTS.zh, { code: 'NOT_FOUND', key: 'workspaceMissing' })).toBe('找不到该工作区文件。');
    expect(describeError(MAIN_TEXTS.en, { code: 'NOT_FOUND', key: 'workspaceMissing' })).toBe('The workspace file cannot be found.');
    expect(describeError(MAIN_TEXTS.en, { code: 'INTERNAL', key: 'internal' })).toBe('INTERNAL: internal');
    // A key inherited from Object is not a text.
    expect(describeError(MAIN_TEXTS.zh, { code: 'X', key: 'toString' })).toBe('X: toString');
  });
});

describe('menu labels in both languages', () => {
  it('labels every item in each language, the same items in the same places', () => {
    const shape = (lang: Language) =>
      allMenus(MAIN_TEXTS[lang]).map((m) => m.submenu.map((i) => ('type' in i ? 'separator' : 'role' in i ? `role:${i.role}` : `command:${i.command}`)));
    expect(shape('en')).toEqual(shape('zh'));
    for (const lang of ['zh', 'en'] as const) {
      for (const label of labelsOf(allMenus(MAIN_TEXTS[lang]))) expect(label.trim(), lang).not.toBe('');
    }
    expect(labelsOf(allMenus(MAIN_TEXTS.en)).filter((l) => HAN.test(l))).toEqual([]);
    expect(labelsOf(allMenus(MAIN_TEXTS.zh)).filter((l) => !HAN.test(l))).toEqual([]);
  });

  it('has the menus in Chinese, with reload and developer tools only when not packaged', () => {
    const outline = (menus: MenuSpec[]) => menus.map((m) => [m.label, m.submenu.map((i) => ('label' in i ? i.label : i.type))]);
    expect(outline(menuTemplate(MAIN_TEXTS.zh.menu, { isPackaged: false, isMac: false }))).toEqual([
      ['文件', ['新建工作区…', '打开工作区…', '另存副本…', 'separator', '打开示例工作区', 'separator', '退出']],
      ['编辑', ['撤销', '重做', 'separator', '剪切', '复制', '粘贴', '全选']],
      ['视图', ['重新加载', '开发者工具', 'separator', '实际大小', '放大', '缩小', 'separator', '全屏']],
      ['帮助', ['检查更新…', 'separator', '打开日志文件夹', '导出诊断信息…', 'separator', '关于']],
    ]);
    const packaged = menuTemplate(MAIN_TEXTS.en.menu, { isPackaged: true, isMac: false });
    expect(packaged.find((m) => m.label === 'View')!.submenu.map((i) => ('label' in i ? i.label : i.type))).toEqual([
      'Actual size',
      'Zoom in',
      'Zoom out',
      'separator',
      'Full screen',
    ]);
  });

  it('keeps the same accelerators in both languages; Quit has Ctrl+Q except on macOS', () => {
    const accelerators = (lang: Language, isMac: boolean) =>
      menuTemplate(MAIN_TEXTS[lang].menu, { isPackaged: true, isMac }).flatMap((m) => m.submenu.flatMap((i) => ('accelerator' in i ? [i.accelerator] : [])));
    expect(accelerators('zh', false)).toEqual(['CmdOrCtrl+Shift+N', 'CmdOrCtrl+O', 'CmdOrCtrl+Shift+S', 'Ctrl+Q']);
    expect(accelerators('en', false)).toEqual(accelerators('zh', false));
    expect(accelerators('en', true)).toEqual(['CmdOrCtrl+Shift+N', 'CmdOrCtrl+O', 'CmdOrCtrl+Shift+S']);
  });
});
