import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the built portal lies: `dist/portal`, beside the bundle's `api.js` (copied there by `npm run build`). */
export const PORTAL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'portal');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** What the portal's answers use of Express' response. */
export interface PortalResponse {
  status(code: number): PortalResponse;
  set(headers: Record<string, string>): PortalResponse;
  sendFile(path: string, options: { headers: Record<string, string>; dotfiles: 'deny' }): void;
  send(body: string): void;
  redirect(code: number, to: string): void;
}

/**
 * Answers `GET /alur/portal/<path>`: a built asset (`assets/…`, names carry their hash, so
 * they are kept a year), and the portal's page for any other path (the portal routes in the
 * browser; that page is never cached). Only files inside the portal's folder are served.
 */
export function servePortal(path: string, res: PortalResponse, dir = PORTAL_DIR): void {
  const asset = path.startsWith('assets/');
  const file = normalize(join(dir, asset ? path : 'index.html'));
  if (!file.startsWith(dir + sep) || (asset && !existsSync(file))) {
    res.status(404).set({ 'content-type': 'text/plain; charset=utf-8' }).send('Tidak ditemukan (not found)');
    return;
  }
  if (!existsSync(file)) {
    res.status(503).set({ 'content-type': 'text/plain; charset=utf-8' }).send('Portal belum dibangun; jalankan `npm run build` (the portal is not built)');
    return;
  }
  res.sendFile(file, {
    dotfiles: 'deny',
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}
