// This program's version, as electron-updater reads it (app.getVersion() is package.json's
// `version` in a packaged app). esbuild inlines only this field of package.json into the core.
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
