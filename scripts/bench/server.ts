/** `vite preview` of a built site on a free port, started and stopped by the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The e2e suite owns 4173; the bench looks from here upwards. */
export const FIRST_PORT = 4180;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, 'localhost');
  });
}

/** The first port from FIRST_PORT that nothing listens on. */
export async function freePort(from = FIRST_PORT, tries = 40): Promise<number> {
  for (let port = from; port < from + tries; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + tries - 1}`);
}

export interface Preview {
  origin: string;
  stop: () => void;
}

/**
 * Serves `outDir` (a production build) with the local vite binary (not npx: killing npx would leave vite
 * running) and resolves once it answers. Rejects, with vite's output, if it exits
 * or does not answer within `timeoutMs`.
 */
export async function startPreview(
  outDir: string,
  port: number,
  timeoutMs = 20_000,
): Promise<Preview> {
  const child: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(origin);
      if (res.ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${origin} within ${timeoutMs} ms:\n${output}`);
}
