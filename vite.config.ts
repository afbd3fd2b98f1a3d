import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/app',
  publicDir: 'public',
  plugins: [react()],
  build: { outDir: '../../dist/app', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
