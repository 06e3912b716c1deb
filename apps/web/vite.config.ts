import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
// The API server the dev server forwards /api to (npm start listens on 3000).
const API_TARGET = process.env.THIDUA_API_URL ?? 'http://localhost:3000';
const REACT = /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/;
const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|stylis)[\\/]/;

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router change rarely: one long-cached chunk.
            { name: 'react', test: REACT, priority: 30 },
            // The part of antd the shell needs (ConfigProvider, App, Spin, …); components used
            // by a single page stay in that page's lazy chunk.
            { name: 'antd', test: ANTD, tags: ['$initial'], priority: 20 },
            // Everything else from node_modules needed at start (react-query, dayjs…).
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': API_TARGET } },
});
