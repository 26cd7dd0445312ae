// The application menu: electron/shell/menuTemplate.ts's plain template, in the current
// language, made into an Electron menu. Commands are handed back to main.ts, which runs them
// through the core (so the native dialogs are the same seam the tests stub).
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MainTexts } from '../shell/mainText';
import { type MenuCommand, type MenuSpecItem, menuTemplate } from '../shell/menuTemplate';

export type MenuActions = Record<MenuCommand, () => void>;

const toElectron = (item: MenuSpecItem, actions: MenuActions): MenuItemConstructorOptions =>
  'command' in item ? { label: item.label, accelerator: item.accelerator, click: () => actions[item.command]() } : item;

export function buildMenu(actions: MenuActions, t: MainTexts, options: { isPackaged: boolean; isMac: boolean }): Menu {
  return Menu.buildFromTemplate(
    menuTemplate(t.menu, options).map((top) => ({ label: top.label, submenu: top.submenu.map((item) => toElectron(item, actions)) })),
  );
}
