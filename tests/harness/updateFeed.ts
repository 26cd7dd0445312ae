// A bureau's intranet update server for the tests: Node's http on 127.0.0.1 on a free port,
// serving the feed files a test writes (as electron-builder publishes them for the generic
// provider), and misbehaving on request: /stall/ never answers, /broken/ answers 500, /moved/
// redirects to /updates/, /huge/ sends megabytes. Every request's path is recorded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedFileName } from '../../electron/core/updates/feedFile';

export interface FeedServer {
  /** http://127.0.0.1:<port>/ */
  readonly origin: string;
  /** The folder address to set in Settings › 软件更新: <origin>updates/ */
  readonly url: string;
  /** The paths asked for, in order. */
  readonly requests: string[];
  /** Writes this computer's feed file (latest.yml, latest-linux.yml, …) for `version`. */
  publish(version: string, options?: { notes?: string; date?: string; size?: number }): void;
  /** Writes the feed file as it is given (a damaged one). */
  publishText(text: string): void;
  close(): Promise<void>;
}

/** The feed file this computer reads. */
export const FEED_FILE = feedFileName(process.platform, process.arch);

export function feedText(version: string, options: { notes?: string; date?: string; size?: number } = {}): string {
  const installer = `liaison-desk-${version}.AppImage`;
  const lines = [
    `version: ${version}`,
    'files:',
    `  - url: ${installer}`,
    '    sha512: dGhlIGluc3RhbGxlcidzIHNoYTUxMiBhcyBiYXNlNjQ=',
    `    size: ${options.size ?? 98_304_512}`,
    `path: ${installer}`,
    'sha512: dGhlIGluc3RhbGxlcidzIHNoYTUxMiBhcyBiYXNlNjQ=',
    `releaseDate: '${options.date ?? '2026-11-20T08:00:00.000Z'}'`,
  ];
  if (options.notes) lines.push('releaseNotes: |', ...options.notes.split('\n').map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

export async function startFeedServer(): Promise<FeedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-feed-'));
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const [, area, ...rest] = path.split('/');
    const name = rest.join('/');
    if (area === 'stall') return; // holds the request open: the client's time limit ends it
    if (area === 'broken') return void res.writeHead(500).end('internal error');
    if (area === 'moved') return void res.writeHead(302, { location: `/updates/${name}` }).end();
    if (area === 'huge') {
      res.writeHead(200, { 'content-type': 'text/yaml' });
      const chunk = `# ${'x'.repeat(1022)}\n`;
      for (let i = 0; i < 3 * 1024; i++) res.write(chunk);
      return void res.end();
    }
    if (area === 'updates' && name && !name.includes('..')) {
      try {
        const body = readFileSync(join(dir, name));
        return void res.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' }).end(body);
      } catch {
        // not published: 404 below
      }
    }
    res.writeHead(404).end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    origin,
    url: `${origin}updates/`,
    requests,
    publish: (version, options) => writeFileSync(join(dir, FEED_FILE), feedText(version, options)),
    publishText: (text) => writeFileSync(join(dir, FEED_FILE), text),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
