/**
 * Workshop rooms inside Vite's own servers, so `npm start` (the dev server) and `vite preview` give the
 * game and working rooms on one port with nothing else to run. The room server's code is imported only
 * when a server starts (never by `vite build` or by Vitest's internal server). The security headers are
 * the production server's (server/http.ts); here the page's own Content-Security-Policy applies.
 */
import type { Server } from 'node:http';
import type { Plugin } from 'vite';

async function start(http: Server, label: string): Promise<void> {
  const { attachRooms } = await import('./rooms-server.ts');
  const { openStorage, describeStorage } = await import('./storage/index.ts');
  const storage = await openStorage(process.env);
  const rooms = attachRooms(http, {
    storage,
    log: (line) => console.warn(line),
  });
  console.log(`  ➜  Rooms:   ${label}, kept in ${describeStorage(process.env)}`);
  http.once('close', () => {
    void rooms.close().then(() => storage.close());
  });
}

export function roomsPlugin(): Plugin {
  return {
    name: 'mingle-rooms',
    async configureServer(server) {
      // Vitest runs Vite in middleware mode, without an HTTP server: no rooms there.
      if (!server.httpServer || process.env.VITEST) return;
      await start(server.httpServer as Server, 'on this dev server');
    },
    async configurePreviewServer(server) {
      await start(server.httpServer as Server, 'on this preview server');
    },
  };
}
