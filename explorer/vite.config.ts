// Vite root is explorer/; `npm run build` writes explorer/dist, which the server serves at `/`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite dev` forwards /api while developing; the real server picks its own port. */
const DEV_API_TARGET = process.env.ATLAS_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: ROOT,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and its extensions make one large chunk; that is expected, not a regression signal.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': DEV_API_TARGET },
  },
});
