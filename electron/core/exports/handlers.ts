import type { HandlerMap } from '../handlerMap';
import { startExport } from './service';

export const exportHandlers: HandlerMap<'exports'> = {
  'exports.start': (input, ctx) => startExport(ctx, input),
};
