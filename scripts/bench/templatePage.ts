/**
 * Assembling the story-map template for the first-load comparison: its own files from
 * bench/template/ unchanged, its `dist/bundle.js` built its own way (`npm ci` with its lockfile,
 * then its `npm run build`, browserify) in a cache folder reused from run to run, MapLibre's CSS
 * from that install, and our config, style and built GeoJSON files beside them.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Story } from '../../src/story/schema.ts';
import { configScript, templateConfig, type TemplateConfig } from './templateConfig.ts';

/** Where the template's files come from (bench/template/README.md). */
export const TEMPLATE = {
  repo: 'digidem/maplibre-storymap',
  commit: '7bc4b8ec8a3bf7d8dc6c7ac43b0bf414b4b48977',
};

/** The template's own files, as vendored in bench/template/. */
const VENDORED = path.resolve('bench/template');
/** Its install and build, kept between runs. */
const CACHE = path.resolve('node_modules/.cache/template-storymap');
/** What its build needs: the install's manifest and lockfile, and its browserify entry. */
const BUILD_FILES = ['package.json', 'package-lock.json', 'build.js'];

export interface TemplateBundle {
  /** The folder with node_modules/ and dist/bundle.js. */
  dir: string;
  /** How its dependencies were installed, and MapLibre's version among them. */
  installedWith: string;
  maplibreVersion: string;
}

function run(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/**
 * The template's `dist/bundle.js`, built as its package.json says: `npm ci` with its own lockfile
 * (falling back, with the reason printed, to `npm install` of the versions that lockfile pins),
 * then `npm run build`. Reused while the cached lockfile matches the vendored one.
 */
function templateBundle(log: (message: string) => void): TemplateBundle {
  const marker = path.join(CACHE, 'installed-with.txt');
  const same = BUILD_FILES.every(
    (f) =>
      existsSync(path.join(CACHE, f)) &&
      readFileSync(path.join(CACHE, f), 'utf8') === readFileSync(path.join(VENDORED, f), 'utf8'),
  );
  if (!same || !existsSync(path.join(CACHE, 'dist', 'bundle.js')) || !existsSync(marker)) {
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(path.join(CACHE, 'dist'), { recursive: true });
    for (const f of BUILD_FILES) copyFileSync(path.join(VENDORED, f), path.join(CACHE, f));
    log(`template: npm ci in ${path.relative(process.cwd(), CACHE)}`);
    let installedWith = 'npm ci';
    const ci = run('npm', ['ci', '--no-audit', '--no-fund'], CACHE);
    if (!ci.ok) {
      // The same versions, without the lockfile's exact tree.
      const lock = JSON.parse(readFileSync(path.join(CACHE, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
      };
      const pinned = Object.keys(lock.packages['']?.dependencies ?? {}).map(
        (name) => `${name}@${lock.packages[`node_modules/${name}`]?.version}`,
      );
      log(
        `template: npm ci failed (${ci.output.split('\n').slice(-3).join(' / ')}); npm install ${pinned.join(' ')}`,
      );
      installedWith = `npm install ${pinned.join(' ')} (npm ci failed)`;
      const install = run('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...pinned], CACHE);
      if (!install.ok) throw new Error(`template: npm install failed:\n${install.output}`);
    }
    const build = run('npm', ['run', 'build'], CACHE);
    if (!build.ok) throw new Error(`template: npm run build failed:\n${build.output}`);
    writeFileSync(marker, `${installedWith}\n`);
  }
  const maplibre = JSON.parse(
    readFileSync(path.join(CACHE, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8'),
  ) as { version: string };
  return {
    dir: CACHE,
    installedWith: readFileSync(marker, 'utf8').trim(),
    maplibreVersion: maplibre.version,
  };
}

/**
 * The built GeoJSON file of layer `name` in our build's assets (`<name>-<hash>.geojson`).
 * @throws when there is not exactly one
 */
function builtGeo(dist: string, name: string): string {
  const files = readdirSync(path.join(dist, 'assets')).filter((f) =>
    new RegExp(`^${name.replace(/[-.]/g, '\\$&')}-[\\w-]{8}\\.geojson$`).test(f),
  );
  if (files.length !== 1)
    throw new Error(`template: ${files.length} built files for GeoJSON layer "${name}"`);
  return files[0]!;
}

export interface TemplatePage {
  /** The folder to serve, with the template's index.html at its root. */
  dir: string;
  config: TemplateConfig;
  bundle: TemplateBundle;
}

/**
 * A folder with the template ready to serve: its index.html, sources.js and LICENSE unchanged, its
 * built bundle and MapLibre's CSS in dist/, our config.js and style.json, and our built GeoJSON
 * files (from `dist`, the build our own page is served from) in geo/.
 */
export function templatePage({
  story,
  dist,
  chapters,
  viewport,
  log,
}: {
  story: Story;
  dist: string;
  chapters: number;
  viewport: { width: number; height: number };
  log: (message: string) => void;
}): TemplatePage {
  const bundle = templateBundle(log);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'korean-war-template-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'dist'));
  mkdirSync(path.join(dir, 'geo'));
  for (const f of ['index.html', 'sources.js', 'LICENSE'])
    copyFileSync(path.join(VENDORED, f), path.join(dir, f));
  copyFileSync(path.join(bundle.dir, 'dist', 'bundle.js'), path.join(dir, 'dist', 'bundle.js'));
  copyFileSync(
    path.join(bundle.dir, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.css'),
    path.join(dir, 'dist', 'maplibre-gl.css'),
  );
  const { config, style } = templateConfig({
    story,
    chapters,
    viewport,
    geoUrl: (name) => {
      const file = builtGeo(dist, name);
      copyFileSync(path.join(dist, 'assets', file), path.join(dir, 'geo', file));
      return `geo/${file}`;
    },
  });
  writeFileSync(path.join(dir, 'config.js'), configScript(config));
  writeFileSync(path.join(dir, 'style.json'), `${JSON.stringify(style)}\n`);
  return { dir, config, bundle };
}
