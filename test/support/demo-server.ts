import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DemoServer {
  readonly url: string;
  /** Everything the server printed so far. */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/** Starts the built demo exactly as `pnpm start` does (`node packages/demo/dist/serve.js`), on a free port. */
export async function startDemo(env: NodeJS.ProcessEnv, cwd = root): Promise<DemoServer> {
  const serve = join(root, 'packages', 'demo', 'dist', 'serve.js');
  if (!existsSync(serve))
    throw new Error('The demo is not built: run `pnpm build` first (`pnpm test` does it for you).');
  const child: ChildProcess = spawn(process.execPath, [serve], {
    env: { ...process.env, PORT: '0', ...env },
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server did not start: ${out}`)), 30_000);
    const check = (): void => {
      // The demo tokens' line comes last: once it is there, /api/ answers and /demo/tokens.json holds the tokens.
      const m = /PAPI Toolkit demo: (http:\/\/\S+)/.exec(out);
      if (m && /^Demo tokens for /m.test(out)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo server exited with ${code}: ${out}`));
    });
  });
  return {
    url,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
