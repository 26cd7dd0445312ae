// A WebDAV address on the bureau's intranet as the place, through the platform's fetch:
// PROPFIND (Depth 1) to list, GET, PUT to a hidden temporary name then MOVE onto the real
// one (Overwrite: F, so a packet is never replaced), MKCOL for each level of a folder. Basic
// auth. Every request has a time limit, so a server that went away mid-run ends the sync
// with 'unreachable' instead of hanging it.
import { PlaceError, type SyncPlace, isTempName, placeSegments, tempNameFor } from './place';

export interface WebdavOptions {
  /** The address of the folder colleagues share, e.g. http://192.168.1.10/dav/对口支援/. */
  url: string;
  username: string;
  password: string;
  /** Time limit of a request without a body to send or fetch; bodies get more (see timeFor). Default 20 s. */
  timeoutMs?: number;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/></D:prop></D:propfind>';

/** 64 KB/s at the least: a packet of 40 MB may take ten minutes on a poor line before we give up on it. */
const SLOWEST_BYTES_PER_MS = 64;

export class WebdavPlace implements SyncPlace {
  private readonly base: URL;
  private readonly auth: string;
  private readonly timeoutMs: number;

  constructor(options: WebdavOptions) {
    const base = new URL(options.url);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new PlaceError('refused', 'a WebDAV address starts with http:// or https://');
    // fetch refuses addresses that carry credentials; they go in the header instead.
    base.username = '';
    base.password = '';
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.auth = `Basic ${Buffer.from(`${options.username}:${options.password}`, 'utf8').toString('base64')}`;
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  async reachable(): Promise<boolean> {
    try {
      const res = await this.request('PROPFIND', this.base, { headers: { depth: '0' }, body: PROPFIND_BODY });
      await res.body?.cancel();
      return res.status === 207 || res.status === 200;
    } catch {
      return false;
    }
  }

  async list(dir: string): Promise<string[]> {
    const url = this.urlOf(dir, true);
    const res = await this.request('PROPFIND', url, { headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY });
    if (res.status === 404) {
      await res.body?.cancel();
      return [];
    }
    if (res.status !== 207) throw await this.failure(res, dir);
    const xml = await this.text(res, dir);
    const here = segmentsOfPath(url.pathname);
    const names = new Set<string>();
    for (const href of hrefsIn(xml)) {
      let segments: string[];
      try {
        segments = segmentsOfPath(new URL(href, url).pathname);
      } catch {
        continue; // an href we cannot read is not one of ours
      }
      // Only the collection's children: not the collection itself, nothing deeper.
      if (segments.length !== here.length + 1 || here.some((s, i) => segments[i] !== s)) continue;
      const name = segments[segments.length - 1]!;
      if (!isTempName(name)) names.add(name);
    }
    return [...names].sort();
  }

  async read(path: string): Promise<Uint8Array> {
    const url = this.urlOf(path, false);
    const res = await this.request('GET', url, {}, 10 * 60_000);
    if (res.status !== 200) throw await this.failure(res, path);
    try {
      return new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw unreachable(e, path); // cut off while the body came
    }
  }

  async ensureDir(dir: string): Promise<void> {
    const segments = placeSegments(dir);
    for (let i = 1; i <= segments.length; i++) {
      const sub = segments.slice(0, i).join('/');
      const res = await this.request('MKCOL', this.urlOf(sub, true));
      await res.body?.cancel();
      // 201 made; 405 there already (nginx, Apache). 409: the level above is missing, which
      // here can only be the address itself.
      if (res.status === 201 || res.status === 405) continue;
      if (res.status === 409) throw new PlaceError('notFound', `the WebDAV address has no folder ${this.base.pathname}`);
      throw await this.failure(res, sub);
    }
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const segments = placeSegments(path);
    if (segments.length === 0) throw new PlaceError('refused', 'a file needs a name');
    const folder = segments.slice(0, -1);
    const temp = this.urlOf([...folder, tempNameFor(segments[segments.length - 1]!)].join('/'), false);
    const destination = this.urlOf(path, false);

    let put = await this.request('PUT', temp, { body: bytes });
    if (put.status === 409 && folder.length) {
      // A server that does not make missing folders on PUT (nginx does, with create_full_put_path).
      await put.body?.cancel();
      await this.ensureDir(folder.join('/'));
      put = await this.request('PUT', temp, { body: bytes });
    }
    await put.body?.cancel();
    if (put.status !== 201 && put.status !== 204 && put.status !== 200) throw await this.failure(put, path);

    let moved = false;
    try {
      const move = await this.request('MOVE', temp, { headers: { destination: destination.href, overwrite: 'F' } });
      await move.body?.cancel();
      moved = move.status === 201 || move.status === 204;
      if (moved) return;
      if (move.status !== 412) throw await this.failure(move, path);
      // The name is taken: the same packet written before (a relay, or a run cut off after its
      // MOVE had happened) is done; anything else must not be replaced.
      const there = await this.read(path);
      if (Buffer.from(there).equals(bytes)) return;
      throw new PlaceError('exists', `another file has this name in the place: ${path}`);
    } finally {
      // Left over unless moved; list skips it anyway. Best effort: the server may be down.
      if (!moved) {
        await this.request('DELETE', temp)
          .then((res) => res.body?.cancel())
          .catch(() => undefined);
      }
    }
  }

  /** The URL of a path inside the place; each segment percent-encoded (Chinese names, spaces, '#', '?'). */
  private urlOf(path: string, collection: boolean): URL {
    const segments = placeSegments(path);
    const relative = segments.map(encodeURIComponent).join('/');
    return new URL(relative + (collection && relative ? '/' : ''), this.base);
  }

  private async request(method: string, url: URL, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}, timeoutMs?: number): Promise<Response> {
    const bytes = typeof init.body === 'string' ? 0 : (init.body?.byteLength ?? 0);
    try {
      return await fetch(url, {
        method,
        headers: { authorization: this.auth, ...init.headers },
        body: init.body as RequestInit['body'],
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs ?? Math.ceil(this.timeoutMs + bytes / SLOWEST_BYTES_PER_MS)),
      });
    } catch (e) {
      throw unreachable(e, decodeURIComponent(url.pathname));
    }
  }

  private async text(res: Response, path: string): Promise<string> {
    try {
      return await res.text();
    } catch (e) {
      throw unreachable(e, path);
    }
  }

  private async failure(res: Response, path: string): Promise<PlaceError> {
    await res.body?.cancel().catch(() => undefined);
    const status = res.status;
    if (status === 401) return new PlaceError('unauthorized', 'the WebDAV server did not accept the user name or password');
    if (status === 404 || status === 410) return new PlaceError('notFound', `no such file in the place: ${path}`);
    if (status === 502 || status === 503 || status === 504) return new PlaceError('unreachable', `the WebDAV server is not answering (HTTP ${status})`);
    if (status === 403) return new PlaceError('refused', `the WebDAV server does not allow this (HTTP 403) at ${path}`);
    if (status === 507 || status === 413) return new PlaceError('refused', `the WebDAV server has no room for this (HTTP ${status}) at ${path}`);
    return new PlaceError('refused', `the WebDAV server refused (HTTP ${status}) at ${path}`);
  }
}

/**
 * Connection refused, reset, a name that does not resolve (fetch's TypeError), a time limit
 * passed (TimeoutError): the server cannot be reached now. Anything else is a bug and stays one.
 */
function unreachable(e: unknown, path: string): PlaceError {
  const isNetwork = e instanceof TypeError || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'));
  if (!isNetwork) throw e;
  const cause = (e as { cause?: { code?: string } })?.cause?.code;
  const name = (e as Error)?.name;
  // An https address whose certificate this computer does not trust (a bureau's own): answering, but not to be trusted.
  if (cause && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(cause)) {
    return new PlaceError('refused', `the WebDAV server's certificate is not trusted by this computer (${cause})`);
  }
  return new PlaceError('unreachable', `the WebDAV server cannot be reached (${cause ?? name ?? 'error'}) at ${path}`);
}

/** A URL path's segments, percent-decoded, without empty ones ('/a/b/' → ['a', 'b']). */
function segmentsOfPath(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The hrefs of a PROPFIND answer (a DAV: multistatus). A small read, not an XML parser: the
 * answer's shape is fixed by RFC 4918, and the element may have any prefix (D:, d:, none with
 * a default namespace) or attributes, and its text XML escapes or a CDATA section.
 */
export function hrefsIn(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:[A-Za-z_][\w.-]*:)?href(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?href\s*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const raw = m[1]!.trim();
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw);
    out.push(
      cdata
        ? cdata[1]!
        : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, e: string) =>
            e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? all),
          ),
    );
  }
  return out;
}
