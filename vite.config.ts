// Vite: relative asset paths (base './') so the build works from any sub-path of any static
// host; the committed dataset in data/ is served in dev and copied into the build as
// data/targets.json; a service worker precaches the build and the dataset so the app works
// offline after the first visit; the production page carries a Content-Security-Policy that
// allows nothing outside the site's own origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const DATASET = join(import.meta.dirname, 'data', 'targets.json');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

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
    // start fetching the dataset while the scripts load (added after Vite's own asset handling)
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<title>', '<link rel="preload" href="./data/targets.json" as="fetch" crossorigin="anonymous" />\n    <title>'),
    },
  };
}

/**
 * The overview's numbers and first chart written into the built page (see src/app/first-view.tsx),
 * so the first paint needs no script; statuses are as of the build day until the app takes over.
 */
function firstView(): Plugin {
  return {
    name: 'first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const { tsImport } = await import('tsx/esm/api');
        const module: unknown = await tsImport('./src/app/first-view.tsx', import.meta.url);
        const render = typeof module === 'object' && module !== null && 'renderFirstView' in module ? module.renderFirstView : null;
        if (typeof render !== 'function') throw new Error('src/app/first-view.tsx does not export renderFirstView');
        const day = new Date().toISOString().slice(0, 10);
        const markup: unknown = render(readFileSync(DATASET, 'utf8'), day);
        if (typeof markup !== 'string') throw new Error('renderFirstView did not return HTML');
        const replaced = html.replace(/<div id="root"><!--first-view-->[\s\S]*<!--\/first-view-->/, `<div id="root" data-first-view="${day}">${markup}`);
        if (replaced === html) throw new Error('index.html has no <!--first-view--> … <!--/first-view--> slot');
        // the stylesheet goes inline (one request less before the first paint); the app's code and data
        // are fetched after the first paint (src/main.tsx), not with the page
        const inlined = replaced.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/, (link, file: string) => {
          const asset = context.bundle?.[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
        });
        // a deep link (another view, filters) must not paint the overview: a tiny blocking script says so
        const guarded = inlined.replace('<title>', '<script src="./first-view-guard.js"></script>\n    <title>');
        return guarded.replace(/\s*<link rel="preload" href="\.\/data\/targets\.json"[^>]*>/, '');
      },
    },
  };
}

/** The policy goes into the built page only: the dev server injects inline scripts of its own. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  base: './',
  plugins: [
    react(),
    bundledDataset(),
    contentSecurityPolicy(),
    firstView(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: '政策量化目标追踪 · Policy targets',
        short_name: '政策目标',
        description: 'Quantitative commitments in Chinese policy documents',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f8fa',
        theme_color: '#173f73',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 30 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 900, sourcemap: true },
});
