// imports.*: open, preview and commit run as jobs; problems pages through what the preview found.
import { done, type HandlerMap } from '../handlerMap';
import * as imports from './jobs';

export const importHandlers: HandlerMap<'imports'> = {
  'imports.open': ({ target }, ctx) => imports.startOpen(ctx, target),
  'imports.preview': (input, ctx) => imports.startPreview(ctx, input),
  'imports.problems': ({ importId, offset, limit }, ctx) => imports.problems(ctx, importId, offset, limit),
  'imports.commit': (input, ctx) => imports.startCommit(ctx, input),
  'imports.discard': ({ importId }, ctx) => (imports.discard(ctx, importId), done),
};
