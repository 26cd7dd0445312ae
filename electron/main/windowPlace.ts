// The window comes back where it was left (electron/shell/windowState.ts decides where, given
// the displays there are now) and remembers its place: after a move or resize has settled, and
// on close. Debounced, so dragging the window does not write the file on every pixel.
import { type BrowserWindow, screen } from 'electron';
import { placeWindow, readWindowState, type WindowState, writeWindowState } from '../shell/windowState';
import { log } from '../core/logs/log';

const SETTLE_MS = 500;

/** Where the window opens now: its remembered place, kept on a display that is there. */
export function restoredPlace(userData: string): WindowState {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  return placeWindow(readWindowState(userData), areas, screen.getPrimaryDisplay().workArea);
}

export function rememberPlace(win: BrowserWindow, userData: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    try {
      // The normal bounds even while maximised: un-maximising after the next start restores them.
      writeWindowState(userData, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (e) {
      // A full or read-only disk: the window simply opens where it did this time.
      log.warn('window.placeNotSaved', { error: e });
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SETTLE_MS);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
