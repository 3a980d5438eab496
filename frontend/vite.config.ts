/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `make dev` starts the API on GENBA_API_PORT (8390 by default); Vite proxies /api to it.
const apiPort = process.env.GENBA_API_PORT ?? '8390';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: Number(process.env.GENBA_WEB_PORT ?? '5173'),
    proxy: {
      '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 15000,
    // React's act() warnings for updates the router and Mantine make after a test has asserted
    // what it needs; everything else printed still shows.
    onConsoleLog: (log) => (log.includes('not wrapped in act(') ? false : undefined),
  },
});
