import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { embedHostPlugin } from './scripts/vite/embedHostPlugin.ts';
import { fixtureStoriesPlugin } from './scripts/vite/fixtureStoriesPlugin.ts';
import { geoReloadPlugin } from './scripts/vite/geoReloadPlugin.ts';
import { labelFontPlugin } from './scripts/vite/labelFontPlugin.ts';
import { pageFontPlugin } from './scripts/vite/pageFontPlugin.ts';
import { serviceWorkerPlugin } from './scripts/vite/serviceWorkerPlugin.ts';
import { staticStoryPlugin } from './scripts/vite/staticStoryPlugin.ts';
import { tokensCssPlugin } from './scripts/vite/tokensCssPlugin.ts';
import { storyPlugin } from './scripts/vite/storyPlugin.ts';

export default defineConfig({
  plugins: [
    svelte(),
    storyPlugin(),
    fixtureStoriesPlugin(),
    labelFontPlugin(),
    pageFontPlugin(),
    tokensCssPlugin(),
    embedHostPlugin(),
    staticStoryPlugin(),
    serviceWorkerPlugin(),
    geoReloadPlugin(),
  ],
  // GeoJSON layers are served as hashed files from our own origin, never inlined into JS.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    assetsInlineLimit: (file) => (file.endsWith('.geojson') || file.endsWith('.woff2') ? false : undefined),
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'geo/**/*.test.ts', 'deploy/**/*.test.ts'],
          environment: 'node',
          // Worker threads rather than child processes: 70 s for the whole run instead of 81 s here.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          // One more try on CI for a browser test that fails: a step reached by a smooth scroll has
          // twice ended one step off on the clean-clone run (timeline and sources tests, never
          // here in 12 runs, 4 of them under load). settled() reports where the page was; the
          // cause is open (docs/testing.md). A test that fails twice still fails the run.
          retry: process.env.CI ? 1 : 0,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has 2 cores and SwiftShader is CPU-bound.
          fileParallelism: false,
        },
      },
    ],
  },
});
