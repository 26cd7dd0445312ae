// The place a sync uses, from what Settings › 团队同步 stored: a folder, or a WebDAV address
// whose password comes from this computer's keystore (never from the workspace file).
import type { SyncSecrets } from '../secrets';
import { webdavPasswordRef } from '../secrets';
import { FolderPlace } from './folder';
import type { SyncPlace } from './place';
import { WebdavPlace } from './webdav';

export type PlaceSetting = { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string };

export function openPlace(setting: PlaceSetting, secrets: SyncSecrets): SyncPlace {
  if (setting.kind === 'folder') return new FolderPlace(setting.path);
  // No password stored here (set on another computer, or another OS user): the server says
  // 401, and the user is asked for it as for a wrong one.
  const password = secrets.loadPassword(webdavPasswordRef(setting.url, setting.username)) ?? '';
  return new WebdavPlace({ url: setting.url, username: setting.username, password });
}
