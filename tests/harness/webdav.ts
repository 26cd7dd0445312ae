// A real WebDAV server for the tests: Debian's nginx with its DAV modules (http_dav built in,
// libnginx-mod-http-dav-ext for PROPFIND), started on 127.0.0.1 on a free port with a
// temporary root, Basic auth, and every path it writes (pid, logs, request bodies) inside a
// temporary folder, so no root is needed. It can be stopped and started again on the same
// port and root: the issue's "server stopped in the middle of a sync, then started again".
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'];
const DAV_EXT = ['/usr/lib/nginx/modules/ngx_http_dav_ext_module.so', '/usr/local/lib/nginx/modules/ngx_http_dav_ext_module.so'];

export const WEBDAV_INSTALL_HINT =
  "nginx with its WebDAV modules is not installed: run the system packages step of .ci/run (it installs Debian's nginx-light and libnginx-mod-http-dav-ext), or `apt-get install -y nginx-light libnginx-mod-http-dav-ext`";

export interface WebdavServer {
  /** http://127.0.0.1:<port>/ — the root of the DAV tree. */
  readonly url: string;
  readonly port: number;
  /** The folder nginx serves: what the tests look at to see what really is on the server. */
  readonly root: string;
  readonly username: string;
  readonly password: string;
  /** Where nginx keeps a request body while it arrives: a file here means a PUT is under way. */
  readonly bodyTempDir: string;
  /** Stops nginx (fast shutdown: connections cut, as when the server goes down). */
  stop(): Promise<void>;
  /** Starts it again on the same port and root. */
  start(): Promise<void>;
  /** Stops it and removes the temporary folder. */
  dispose(): Promise<void>;
}

/** An htpasswd line nginx reads: {SSHA} = base64(sha1(password ‖ salt) ‖ salt). No plain password on disk. */
export function htpasswdLine(username: string, password: string): string {
  const salt = randomBytes(8);
  const digest = createHash('sha1').update(Buffer.concat([Buffer.from(password, 'utf8'), salt])).digest();
  return `${username}:{SSHA}${Buffer.concat([digest, salt]).toString('base64')}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startWebdav(options: { username?: string; password?: string } = {}): Promise<WebdavServer> {
  const nginx = NGINX.find((p) => existsSync(p));
  const davExt = DAV_EXT.find((p) => existsSync(p));
  if (!nginx || !davExt) throw new Error(WEBDAV_INSTALL_HINT);

  const username = options.username ?? 'liaison';
  const password = options.password ?? `pw-${randomBytes(6).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'webdav-'));
  const root = join(dir, 'root');
  mkdirSync(root);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'htpasswd'), `${htpasswdLine(username, password)}\n`, { mode: 0o600 });
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `load_module ${davExt};
${process.getuid?.() === 0 ? `user ${userInfo().username};` : '# not root: workers run as this user'}
daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  client_max_body_size 0;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    charset utf-8;
    location / {
      dav_methods PUT DELETE MKCOL COPY MOVE;
      dav_ext_methods PROPFIND OPTIONS;
      create_full_put_path on;
      dav_access user:rw group:rw all:r;
      auth_basic "liaison";
      auth_basic_user_file ${join(dir, 'htpasswd')};
    }
  }
}
`,
  );

  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    if (child) return;
    const proc = spawn(nginx, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    let gone = false;
    exited = new Promise((resolve) =>
      proc.once('exit', () => {
        gone = true;
        resolve();
      }),
    );
    child = proc;
    // A test run that ends without dispose (a crash, a timeout) must not leave nginx behind.
    const orphan = () => proc.kill('SIGKILL');
    process.once('exit', orphan);
    void exited.then(() => process.off('exit', orphan));
    for (let i = 0; i < 200; i++) {
      if (gone) break;
      if (await accepts(port)) return;
      await sleep(25);
    }
    child = null;
    proc.kill('SIGKILL');
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not start on 127.0.0.1:${port}: ${stderr}${log}`);
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    child = null;
    proc.kill('SIGTERM'); // fast shutdown: the master stops its worker at once, open connections are cut
    await Promise.race([exited, sleep(5000)]);
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGKILL');
      await exited;
    }
    // The worker leaves with its master; wait until nothing answers on the port any more.
    for (let i = 0; i < 200 && (await accepts(port)); i++) await sleep(25);
  };

  await start();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    root,
    username,
    password,
    bodyTempDir: join(dir, 'body'),
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
