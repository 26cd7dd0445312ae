// Reads the feed file from the bureau's web server with Node's http/https: one GET with a time
// limit over the whole exchange (redirects included), at most MAX_FEED_BYTES, following up to
// three redirects to http/https addresses only. https trusts Node's CAs and the operating
// system's (an intranet server's certificate is usually issued by the bureau's own CA, installed
// in the system store; electron-updater, through Chromium, trusts that store too).
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { UNREACHABLE_REASONS } from '../../../shared/updates/schema';

/** latest.yml is a few hundred bytes; anything near this is not a feed. */
export const MAX_FEED_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;

export type FeedFetchFailure = {
  fetchFailed: true;
  reason: (typeof UNREACHABLE_REASONS)[number] | 'tooLarge';
  /** The HTTP status when the server answered. */
  status: number | null;
};
export type FeedFetch = { fetchFailed: false; text: string } | FeedFetchFailure;

export async function fetchFeed(url: URL, timeoutMs: number): Promise<FeedFetch> {
  const deadline = AbortSignal.timeout(timeoutMs);
  return get(url, deadline, MAX_REDIRECTS);
}

const failed = (reason: FeedFetchFailure['reason'], status: number | null = null): FeedFetchFailure => ({ fetchFailed: true, reason, status });

function get(url: URL, deadline: AbortSignal, redirectsLeft: number): Promise<FeedFetch> {
  // An address Node refuses to send (it throws before any connection) is one it cannot reach.
  return new Promise<FeedFetch>((resolve) => request(url, deadline, redirectsLeft, resolve)).catch(() => failed('connection'));
}

function request(url: URL, deadline: AbortSignal, redirectsLeft: number, resolve: (r: FeedFetch | Promise<FeedFetch>) => void): void {
  const onError = (e: unknown) => resolve(deadline.aborted ? failed('timeout') : failed(isCertificateError(e) ? 'certificate' : 'connection'));
  const ca = url.protocol === 'https:' ? trustedCertificates() : null;
  const options: https.RequestOptions = {
    signal: deadline,
    // A proxy or the server itself must not answer with a stale feed.
    headers: { 'cache-control': 'no-cache', accept: 'application/x-yaml, text/yaml, text/plain, */*' },
    ...(ca ? { ca } : {}),
  };
  const req = (url.protocol === 'https:' ? https : http).get(url, options, (res) => {
    const status = res.statusCode ?? 0;
    res.on('error', onError);
    if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
      res.resume();
      const next = redirectTarget(res.headers.location, url);
      if (!next || redirectsLeft === 0) return resolve(failed('httpStatus', status));
      return resolve(get(next, deadline, redirectsLeft - 1));
    }
    if (status < 200 || status >= 300) {
      res.resume();
      return resolve(failed(status === 404 || status === 410 ? 'notFound' : 'httpStatus', status));
    }
    if (Number(res.headers['content-length']) > MAX_FEED_BYTES) {
      res.destroy();
      return resolve(failed('tooLarge', status));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FEED_BYTES) {
        res.destroy();
        resolve(failed('tooLarge', status));
      } else chunks.push(chunk);
    });
    res.on('end', () => resolve({ fetchFailed: false, text: Buffer.concat(chunks).toString('utf8') }));
    // Closed before its end without an error event: the body is cut short (a no-op after 'end').
    res.on('close', () => resolve(deadline.aborted ? failed('timeout') : failed('connection')));
  });
  req.on('error', onError);
}

function redirectTarget(location: string, from: URL): URL | null {
  try {
    const next = new URL(location, from);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next : null;
  } catch {
    return null;
  }
}

const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;

function isCertificateError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CERTIFICATE_CODES.test(code);
}

let trusted: string[] | null | undefined;

/**
 * Node's own CAs and the system's, read once (the system store can take a moment to read); null
 * where this Node cannot read the system store (before 22.15): its own CAs then apply.
 */
function trustedCertificates(): string[] | null {
  if (trusted !== undefined) return trusted;
  if (typeof tls.getCACertificates !== 'function') return (trusted = null);
  let system: string[] = [];
  try {
    system = tls.getCACertificates('system');
  } catch {
    // No readable system store.
  }
  return (trusted = [...new Set([...tls.getCACertificates('default'), ...system])]);
}
