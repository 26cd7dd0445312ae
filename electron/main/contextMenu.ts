// The right-click menu on text: electron/shell/contextMenu.ts decides the items from the click,
// in the current language; the roles make Chromium do the editing itself.
import { Menu, type WebContents } from 'electron';
import { contextMenuItems } from '../shell/contextMenu';
import type { MainTexts } from '../shell/mainText';

export function attachContextMenu(contents: WebContents, texts: () => MainTexts): void {
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuItems(params, texts().menu);
    if (items.length > 0) Menu.buildFromTemplate(items).popup();
  });
}
