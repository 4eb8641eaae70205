import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type IncomingMessage, createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type AddressInfo, connect, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Collector, createCollector, withDefaults } from '../src/index.js';
import { root } from './cli.js';
import { feedback } from './helpers.js';

/**
 * The rate limit behind a reverse proxy, over real sockets: each resident connects from an address of their own
 * (127.0.0.2, 127.0.0.3, …: all of 127/8 is the loopback on Linux), through a proxy to the collector.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-proxy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

interface From {
  /** The resident's own address, the socket's source. */
  readonly from: string;
  readonly headers?: Record<string, string>;
  readonly tls?: { readonly ca: Buffer; readonly servername: string };
}

/** POSTs a new feedback record to base (http or https) from the given local address. */
function postFrom(base: string, { from, headers = {}, tls }: From, path = '/api/feedback'): Promise<Answer> {
  const url = new URL(path, base);
  const body = JSON.stringify(feedback());
  return new Promise((resolve, reject) => {
    const options = {
      hostname: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      localAddress: from,
      agent: false as const,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...(tls ? { host: tls.servername } : {}),
        ...headers,
      },
      ...(tls ? { ca: tls.ca, servername: tls.servername } : {}),
    };
    const onResponse = (res: IncomingMessage): void => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    };
    const req = url.protocol === 'https:' ? httpsRequest(options, onResponse) : httpRequest(options, onResponse);
    req.on('error', reject);
    req.end(body);
  });
}

async function startCollector(trustProxy: number): Promise<{ collector: Collector; port: number }> {
  const collector = await createCollector(
    withDefaults({
      dbPath: join(dir, `${randomUUID()}.sqlite`),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      rateLimit: 2,
      feedbackRateLimit: 2,
      trustProxy,
    }),
  );
  const { port } = await collector.listen();
  return { collector, port };
}

/**
 * A stand-in for the nginx of deploy/: sets X-Forwarded-For to the address it sees ("replace", as the shipped
 * configuration does) or appends that address to what the client sent ("append", nginx's $proxy_add_x_forwarded_for).
 */
function startProxy(
  upstreamPort: number,
  mode: 'replace' | 'append',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const seen = req.socket.remoteAddress!.replace(/^::ffff:/, '');
    const sent = req.headers['x-forwarded-for'];
    const forwarded = mode === 'append' && sent ? `${String(sent)}, ${seen}` : seen;
    const upstream = httpRequest(
      {
        hostname: '127.0.0.1',
        port: upstreamPort,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

/** The same checks through any proxy that tells the collector the resident's address. */
async function expectOwnBuckets(base: string, tls?: From['tls']): Promise<void> {
  const statuses = async (from: string, count: number, headers: Record<string, string> = {}): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push((await postFrom(base, { from, headers, tls })).status);
    return out;
  };
  // Resident A uses up their two requests a minute; resident B, behind the same proxy, still has theirs.
  expect(await statuses('127.0.0.2', 3)).toEqual([201, 201, 429]);
  expect(await statuses('127.0.0.3', 1)).toEqual([201]);
  // A cannot get a fresh bucket by writing an X-Forwarded-For of their own…
  expect(await statuses('127.0.0.2', 1, { 'x-forwarded-for': '198.51.100.7' })).toEqual([429]);
  // …nor spend B's by writing B's address: C's requests count against C.
  expect(await statuses('127.0.0.4', 2, { 'x-forwarded-for': '127.0.0.3' })).toEqual([201, 201]);
  expect(await statuses('127.0.0.3', 2)).toEqual([201, 429]);
}

describe('the rate limit behind one trusted proxy hop (PAPI_TRUST_PROXY=1)', () => {
  for (const mode of ['replace', 'append'] as const) {
    it(`gives each resident a bucket of their own, and none to a spoofed X-Forwarded-For (proxy that ${mode}s)`, async () => {
      const { collector, port } = await startCollector(1);
      const proxy = await startProxy(port, mode);
      try {
        await expectOwnBuckets(proxy.url);
      } finally {
        await proxy.close();
        await collector.close();
      }
    });
  }
});

describe('the rate limit without a trusted proxy (PAPI_TRUST_PROXY=0)', () => {
  it('keys by the connection: a client writing X-Forwarded-For gets no bucket of its own', async () => {
    const { collector, port } = await startCollector(0);
    const base = `http://127.0.0.1:${port}/`;
    try {
      const spoofed: number[] = [];
      for (const forged of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        spoofed.push((await postFrom(base, { from: '127.0.0.5', headers: { 'x-forwarded-for': forged } })).status);
      }
      expect(spoofed).toEqual([201, 201, 429]);
      expect((await postFrom(base, { from: '127.0.0.6' })).status).toBe(201);
    } finally {
      await collector.close();
    }
  });
});

/** nginx from PAPI_TEST_NGINX, the PATH or /usr/sbin: Debian's `nginx` package (or `apt-get download nginx`, unpacked). */
function findNginx(): string | undefined {
  const candidates = [
    process.env.PAPI_TEST_NGINX,
    ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'nginx')),
    '/usr/sbin/nginx',
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}
const nginx = findNginx();
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** deploy/nginx-papi-collector.conf with only its ports, certificate and folders moved into the test's directory. */
function adaptSite(
  ports: { http: number; https: number; collector: number },
  paths: { cert: string; key: string; widgets: string; acme: string },
): string {
  let site = readFileSync(join(root, 'deploy', 'nginx-papi-collector.conf'), 'utf8');
  // Each piece must be found as often as expected, so that a change to the file cannot leave the test on an old copy.
  const swap = (from: string | RegExp, to: string, times = 1): void => {
    const all = typeof from === 'string' ? undefined : new RegExp(from.source, `${from.flags}g`);
    const found = all ? (site.match(all) ?? []).length : site.split(from as string).length - 1;
    expect([String(from), found]).toEqual([String(from), times]);
    site = all ? site.replace(all, to) : site.split(from as string).join(to);
  };
  swap(/^\s*listen \[::\]:\d+.*$/m, '', 2);
  swap('listen 80;', `listen 127.0.0.1:${ports.http};`);
  swap('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`);
  swap('server 127.0.0.1:8787;', `server 127.0.0.1:${ports.collector};`);
  swap('/etc/letsencrypt/live/thu-nhan.vinhchau.example/fullchain.pem', paths.cert);
  swap('/etc/letsencrypt/live/thu-nhan.vinhchau.example/privkey.pem', paths.key);
  swap('/var/www/papi-widgets/', `${paths.widgets}/`);
  swap('/var/www/letsencrypt', paths.acme, 2);
  return site;
}

describe('the nginx example of deploy/', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  });

  it.skipIf(!nginx || !hasOpenssl)(
    'serves the collector over TLS with each resident in their own bucket, and the widgets with CORS',
    async () => {
      const prefix = join(dir, 'nginx');
      const widgets = join(prefix, 'widgets');
      mkdirSync(widgets, { recursive: true });
      writeFileSync(join(widgets, 'papi-plan-vinh-chau-2023.json'), '{"id":"vinh-chau-papi-2023"}');
      const name = 'thu-nhan.vinhchau.example';
      const cert = join(prefix, 'cert.pem');
      const key = join(prefix, 'key.pem');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '2',
          '-subj',
          `/CN=${name}`,
          '-addext',
          `subjectAltName=DNS:${name}`,
        ],
        { stdio: 'ignore' },
      );

      const { collector, port } = await startCollector(1);
      const ports = { http: await freePort(), https: await freePort(), collector: port };
      writeFileSync(join(prefix, 'site.conf'), adaptSite(ports, { cert, key, widgets, acme: join(prefix, 'acme') }));
      writeFileSync(
        join(prefix, 'nginx.conf'),
        `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  access_log off;
  types { application/json json; }
  include ${prefix}/site.conf;
}
`,
      );
      let log = '';
      // NGINX in the environment would mean inherited sockets to nginx.
      const env = { ...process.env, NGINX: undefined };
      child = spawn(nginx!, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env,
      });
      child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
      try {
        for (let i = 0; ; i++) {
          const up = await new Promise<boolean>((resolve) => {
            const socket = connect(ports.https, '127.0.0.1');
            socket.once('connect', () => (socket.destroy(), resolve(true))).once('error', () => resolve(false));
          });
          if (up) break;
          if (child.exitCode !== null || i > 200) throw new Error(`nginx did not start: ${log}`);
          await new Promise((r) => setTimeout(r, 25));
        }
        const tls = { ca: readFileSync(cert), servername: name };
        await expectOwnBuckets(`https://127.0.0.1:${ports.https}/`, tls);

        const plain = await postFrom(`http://127.0.0.1:${ports.http}/`, { from: '127.0.0.7', headers: { host: name } });
        expect([plain.status, plain.headers.location]).toEqual([301, `https://${name}/api/feedback`]);
        const plan = await new Promise<Answer>((resolve, reject) => {
          httpsRequest(
            {
              hostname: '127.0.0.1',
              port: ports.https,
              path: '/widgets/papi-plan-vinh-chau-2023.json',
              ca: tls.ca,
              servername: name,
              headers: { host: name, origin: 'https://vinhchau.cantho.gov.vn' },
            },
            (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
            },
          )
            .on('error', reject)
            .end();
        });
        expect([plan.status, plan.headers['access-control-allow-origin'], plan.text]).toEqual([
          200,
          '*',
          '{"id":"vinh-chau-papi-2023"}',
        ]);
        expect(plan.headers['strict-transport-security']).toBe('max-age=63072000');
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => (child!.exitCode !== null ? r(null) : child!.once('exit', r)));
        await collector.close();
      }
    },
    30_000,
  );
});

describe('the systemd units of deploy/', () => {
  const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => existsSync(p));
  it.skipIf(!analyze)('parse without a warning, and do not restart into a bad setting or a damaged database', () => {
    const units = join(dir, 'units');
    mkdirSync(units, { recursive: true });
    // verify wants the programs to exist: the command is installed at /usr/local/bin only on the server.
    for (const file of ['papi-collector.service', 'papi-collector-backup.service', 'papi-collector-backup.timer']) {
      writeFileSync(
        join(units, file),
        readFileSync(join(root, 'deploy', file), 'utf8').replaceAll('/usr/local/bin/papi-collector', process.execPath),
      );
    }
    let out: string;
    try {
      out = execFileSync(
        analyze!,
        ['verify', 'papi-collector.service', 'papi-collector-backup.service', 'papi-collector-backup.timer'],
        {
          cwd: units,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, SYSTEMD_UNIT_PATH: `${units}:` },
        },
      );
    } catch (error) {
      out = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(out).toBe('');
    const unit = readFileSync(join(root, 'deploy', 'papi-collector.service'), 'utf8');
    // The exit statuses papi-collector gives for a bad setting (2) and a damaged database (3), see ops.test.ts.
    expect(/^RestartPreventExitStatus=(.*)$/m.exec(unit)?.[1]?.split(' ')).toEqual(['2', '3']);
  });
});
