// The application menu, in Chinese. File commands are handed back to main.ts, which
// runs them through the core (so the native dialogs are the same seam the tests stub).
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  /** Builds (when missing) and opens the example workspace made from the article. */
  openExample(): void;
  saveCopy(): void;
  about(): void;
}

export function buildMenu(actions: MenuActions, options: { isPackaged: boolean; isMac: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '新建工作区…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWorkspace() },
        { label: '打开工作区…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { label: '另存副本…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
        { type: 'separator' },
        { label: '打开示例工作区', click: () => actions.openExample() },
        { type: 'separator' },
        options.isMac ? { label: '退出', role: 'quit' } : { label: '退出', role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(options.isPackaged
          ? []
          : ([
              { label: '重新加载', role: 'reload' },
              { label: '开发者工具', role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])),
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于', click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
