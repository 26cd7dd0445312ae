// files.*: a saved file opened with its program or shown in its folder (see opened.ts).
import { done, type HandlerMap } from '../handlerMap';
import { openSavedFile, showSavedFile } from './opened';

export const fileHandlers: HandlerMap<'files'> = {
  'files.open': async ({ path }, ctx) => (await openSavedFile(ctx, path), done),
  'files.showInFolder': async ({ path }, ctx) => (await showSavedFile(ctx, path), done),
};
