// `npm start`: serves the demo municipal site on localhost (PORT, default 5173) and prints its address.

import { existsSync } from 'node:fs';
import { PLAYER_JS, startDemoServer, WIDGET_JS } from './server.ts';

/** Vite's usual port: newcomers recognise it. */
const DEFAULT_PORT = 5173;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!existsSync(WIDGET_JS) || !existsSync(PLAYER_JS))
  console.warn('dist/widget/ is missing lyssna.js or lyssna-player.js: run `npm run build` first.');
const server = await startDemoServer({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(
  `Lyssna demo: ${server.url.replace('127.0.0.1', 'localhost')}/  (${server.pages.length} sidor, Ctrl+C avslutar)`,
);
