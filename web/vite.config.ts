import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ocrAssets } from './vite-ocr-assets.ts';

const domainSource = fileURLToPath(new URL('../domain/src/index.ts', import.meta.url));
const mrzSource = fileURLToPath(new URL('../domain/src/identifiers/mrz.ts', import.meta.url));
/** Where `npm run dev` runs the API server; Vite passes `/api` through to it. */
const apiTarget = process.env.VALIZA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  // The domain is compiled from source so neither dev nor the production build needs `domain/dist`.
  // Exact matches, so '@valiza/domain/mrz' (its own lazy chunk with the `mrz` package) is not caught as a prefix.
  resolve: {
    alias: [
      { find: /^@valiza\/domain\/mrz$/, replacement: mrzSource },
      { find: /^@valiza\/domain$/, replacement: domainSource },
    ],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  // The manifest lets `bench/field-bundle.mjs` find what the first load of /field needs.
  build: { target: 'es2022', manifest: true },
  plugins: [
    react(),
    ocrAssets(),
    VitePWA({
      strategies: 'generateSW',
      // autoUpdate makes the generated worker skip waiting and claim clients, so even the first visit
      // is controlled by it — the offline features rely on that.
      registerType: 'autoUpdate',
      includeAssets: ['icons/favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'Valiza — мобільний ЦНАП',
        short_name: 'Valiza',
        description: 'Виїзне обслуговування ЦНАП: заявки, виїзди, документи — також без інтернету.',
        lang: 'uk',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0a4b8c',
        background_color: '#ffffff',
        shortcuts: [
          { name: 'Виїзна робота', url: '/field', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
        ],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        // The API and its documentation are never answered by the app shell, nor the embeddable pages
        // (other sites frame them, so they must carry their own frame-ancestors header).
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/embed\//],
        // Every chunk is precached, the lazy ones too (the field screens, PDF, MRZ and upload code,
        // fonts, the OCR engine and its model): the field app must find them all after one online
        // visit, with the network cut.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,ttf,wasm}', 'ocr/**/*.gz'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
