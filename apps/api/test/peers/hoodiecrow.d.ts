declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';

  interface HoodiecrowOptions {
    plugins?: string[];
    id?: Record<string, string>;
    storage?: Record<string, { messages?: { raw: string; flags?: string[] }[] }>;
    users?: Record<string, { password: string }>;
    debug?: boolean;
  }

  interface Hoodiecrow {
    /** The listening socket server. */
    server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback: () => void): void;
  }

  export default function hoodiecrow(options: HoodiecrowOptions): Hoodiecrow;
}
