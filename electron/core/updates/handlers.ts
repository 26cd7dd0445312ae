// updates.*: updates from the bureau's intranet (see service.ts).
import type { HandlerMap } from '../handlerMap';
import * as updates from './service';

export const updateHandlers: HandlerMap<'updates'> = {
  'updates.status': (_, ctx) => updates.updateStatus(ctx),
  'updates.setFeed': ({ url }, ctx) => updates.setFeed(ctx, url),
  'updates.check': (_, ctx) => updates.checkNow(ctx),
  'updates.skip': ({ version }, ctx) => updates.skip(ctx, version),
  'updates.download': ({ version }, ctx) => updates.startDownload(ctx, version),
  'updates.install': (_, ctx) => updates.install(ctx),
};
