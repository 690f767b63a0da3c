import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const repoRoot = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  css: {
    // govuk-frontend still ships an old Internet Explorer media hack that LightningCSS can only drop.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        // MOJ Frontend forwards govuk-frontend as "node_modules/govuk-frontend/...", resolved from the repo root.
        loadPaths: [repoRoot, path.join(repoRoot, 'node_modules')],
        quietDeps: true,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: true },
      '/health': { target: apiUrl, changeOrigin: true },
      // A meeting's documents (agenda pack, minutes) are served by the API, not the app.
      '^/meetings/[0-9a-fA-F-]{36}/(pack|pack\\.pdf|minutes\\.pdf|minutes\\.docx)$': { target: apiUrl, changeOrigin: true },
    },
  },
});
