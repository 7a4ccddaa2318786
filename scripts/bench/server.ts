/** A free port for the bench's server, and what a started server hands back (see static.ts). */
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
