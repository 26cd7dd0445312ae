// Tells the desktop shell the in-app language (app.setLanguage), so its menus, right-click menu
// and native dialogs follow the switch, and its next start begins in it. A failure only leaves the
// shell in the previous language: nothing for the user to act on, so nothing is shown.
import type { Language } from '.';

export function tellShell(language: Language): void {
  // window.api is absent only where the page runs without a bridge (component tests).
  void window.api?.app.setLanguage({ language }).catch(() => undefined);
}
