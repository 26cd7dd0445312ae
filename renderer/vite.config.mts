import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is a plain React app. It is loaded from a file (Electron, and the
// Chromium harness), so asset paths are relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Each screen is its own chunk (routes.tsx loads them lazily). What two or more screens
        // share goes into one chunk of libraries and one of the app's own code, rather than
        // ninety small files; what only one screen uses (the dashboard's charts) stays with it.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2, priority: 2 },
            { name: 'app', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
