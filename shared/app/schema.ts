// This installation's own settings that the renderer tells the core (kept in app-settings.json in
// the app's data folder, not in a workspace): the language, which the main process's menus and
// native dialogs follow.
import { z } from 'zod';

export const appLanguage = z.enum(['zh', 'en']);
export type AppLanguage = z.infer<typeof appLanguage>;

export const appLanguageInput = z.object({ language: appLanguage }).strict();
