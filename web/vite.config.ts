import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The explorer: `npm run build:web` writes web/dist, which the API server serves at `/`
// (src/server/static-files.ts). Everything is bundled: nothing loads from another host.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed names under assets/: the server marks them immutable.
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev:web` proxies the API to a server started with `npm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
