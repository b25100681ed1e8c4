import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The SPA is served by the application server at the root context: keep base '/' so that
// deep links such as /registre/12 load /assets/… (see docs/frontend.md).
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.VIGIE_API ?? 'http://localhost:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
