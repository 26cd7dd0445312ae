// Which file of the feed this computer reads, named as electron-updater names it (its
// Provider.getChannelFilePrefix and util.newUrlFromBase in electron-updater 6): latest.yml on
// Windows, latest-mac.yml on macOS, latest-linux.yml on Linux x64 and latest-linux-<arch>.yml on
// other Linux machines (arm64, loong64). The core reads the same file electron-updater will, so
// what the user is offered is what the download finds.

/** The feed file's name for a platform and CPU (process.platform, process.arch). */
export function feedFileName(platform: string, arch: string): string {
  if (platform === 'linux') return `latest-linux${arch === 'x64' ? '' : `-${arch}`}.yml`;
  if (platform === 'darwin') return 'latest-mac.yml';
  return 'latest.yml';
}

/**
 * The feed file's address under the folder address the user set. As in electron-updater, the
 * folder's path always ends with '/' (so http://host/app and http://host/app/ are the same
 * folder) and a query in the address is kept (an intranet server may want a token there).
 */
export function feedFileUrl(feedUrl: string, fileName: string): URL {
  const base = new URL(feedUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.hash = '';
  const url = new URL(fileName, base);
  url.search = base.search;
  return url;
}
