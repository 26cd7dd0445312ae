import { describe, expect, it } from 'vitest';
import { type ContextMenuClick, contextMenuItems } from './contextMenu';
import { MAIN_TEXTS } from './mainText';

const flags = (all: boolean) => ({ canCut: all, canCopy: all, canPaste: all, canSelectAll: all });
const click = (over: Partial<ContextMenuClick>): ContextMenuClick => ({ isEditable: false, selectionText: '', editFlags: flags(true), ...over });
const summary = (c: ContextMenuClick, lang: 'zh' | 'en' = 'zh') =>
  contextMenuItems(c, MAIN_TEXTS[lang].menu).map((i) => ('type' in i ? '—' : `${i.label}${i.enabled ? '' : '(off)'}`));

describe('the right-click menu on text', () => {
  it('offers cut, copy, paste and select all in an editable field', () => {
    expect(summary(click({ isEditable: true, selectionText: '德钦县' }))).toEqual(['剪切', '复制', '粘贴', '—', '全选']);
    expect(summary(click({ isEditable: true, selectionText: '德钦县' }), 'en')).toEqual(['Cut', 'Copy', 'Paste', '—', 'Select all']);
  });

  it('enables each item as Chromium says: an empty field can only be pasted into', () => {
    const empty = click({ isEditable: true, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: false } });
    expect(summary(empty)).toEqual(['剪切(off)', '复制(off)', '粘贴', '—', '全选(off)']);
    // A password field: Chromium never lets its text be cut or copied.
    const password = click({ isEditable: true, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } });
    expect(summary(password)).toEqual(['剪切(off)', '复制(off)', '粘贴', '—', '全选']);
  });

  it('offers copy and select all on selected text that cannot be edited', () => {
    expect(summary(click({ selectionText: '香格里拉市' }))).toEqual(['复制', '全选']);
    expect(summary(click({ selectionText: 'Shangri-La' }), 'en')).toEqual(['Copy', 'Select all']);
  });

  it('shows no menu where there is nothing to edit or copy', () => {
    expect(summary(click({}))).toEqual([]);
    expect(summary(click({ selectionText: '  \n' }))).toEqual([]);
  });

  it('uses Chromium’s own editing roles', () => {
    const items = contextMenuItems(click({ isEditable: true }), MAIN_TEXTS.zh.menu);
    expect(items.flatMap((i) => ('role' in i ? [i.role] : []))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });
});
