// The right-click menu on text, decided from what Chromium reports about the click (the
// 'context-menu' event's params): an editable field gets cut, copy, paste and select all;
// selected text elsewhere gets copy and select all; anywhere else there is no menu. Each item is
// enabled as Chromium's editFlags say (nothing to cut in an empty field, no copying from a
// password field). electron/main/contextMenu.ts shows it.
import type { MainTexts } from './mainText';

/** The parts of Electron's ContextMenuParams the decision reads. */
export interface ContextMenuClick {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export type ContextMenuItem = { type: 'separator' } | { role: 'cut' | 'copy' | 'paste' | 'selectAll'; label: string; enabled: boolean };

export function contextMenuItems(click: ContextMenuClick, t: MainTexts['menu']): ContextMenuItem[] {
  const { editFlags } = click;
  const copy = { role: 'copy', label: t.copy, enabled: editFlags.canCopy } as const;
  const selectAll = { role: 'selectAll', label: t.selectAll, enabled: editFlags.canSelectAll } as const;
  if (click.isEditable) {
    return [
      { role: 'cut', label: t.cut, enabled: editFlags.canCut },
      copy,
      { role: 'paste', label: t.paste, enabled: editFlags.canPaste },
      { type: 'separator' },
      selectAll,
    ];
  }
  // A click on plain text with nothing selected offers nothing useful: no menu at all.
  if (click.selectionText.trim() === '') return [];
  return [copy, selectAll];
}
