// Vite: relative asset paths (base './') so the build works from any sub-path of any static
// host; the committed dataset in data/ is served in dev and copied into the build as data/targets.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATASET = join(import.meta.dirname, 'data', 'targets.json');

function bundledDataset(): Plugin {
  return {
    name: 'bundled-dataset',
    configureServer(server) {
      server.middlewares.use('/data/targets.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(DATASET));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/targets.json', source: readFileSync(DATASET) });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), bundledDataset()],
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
});
