// This installation's settings: the language the renderer switched to is kept in app-settings.json
// (the main process reads it at its next start, before any window) and passed to the desktop shell
// now, which rebuilds its menus in it. Without a shell (plain tests, the Chromium window) it is kept only.
import { readAppSettings, updateAppSettings } from '../appSettings/appSettings';
import type { HandlerMap } from '../handlerMap';

export const appHandlers: HandlerMap<'app'> = {
  'app.setLanguage': async ({ language }, ctx) => {
    // Told at every start of the window too: the file is written only when the language changed.
    if (readAppSettings(ctx.dataDir).language !== language) updateAppSettings(ctx.dataDir, { language });
    await ctx.shell?.setLanguage(language);
    return { language };
  },
};
