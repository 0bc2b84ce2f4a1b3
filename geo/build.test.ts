/**
 * The committed geometry is exactly what `npm run geo` builds, every file is in the manifest with
 * documented sources, and the whole payload stays within budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dir, files } from './testing.ts';

const committed = (name: string) => readFileSync(new URL(name, dir));
const manifest = JSON.parse(committed('manifest.json').toString()) as {
  id: string;
  file: string;
  features: number;
  sources: string[];
  licence: string;
  title: { en: string; ko: string };
}[];

describe('geo build', () => {
  it('rebuilds byte for byte what is committed', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'geo-'));
    execFileSync('npx', ['tsx', 'geo/scripts/build.ts'], {
      env: { ...process.env, GEO_OUT: out },
      stdio: 'pipe',
    });
    const rebuilt = readdirSync(out).sort();
    expect(rebuilt).toEqual([...files, 'manifest.json'].sort());
    for (const name of rebuilt) {
      expect(
        readFileSync(path.join(out, name)).equals(committed(name)),
        `${name} differs from a rebuild: run npm run geo`,
      ).toBe(true);
    }
  }, 60_000);

  it('lists every layer file in the manifest, with titles, licence and documented sources', () => {
    expect(manifest.map((m) => m.file).sort()).toEqual([...files].sort());
    const documented = readFileSync(new URL('./SOURCES.md', import.meta.url), 'utf8');
    for (const m of manifest) {
      expect(m.title.en && m.title.ko && m.licence).toBeTruthy();
      expect(m.sources.length).toBeGreaterThan(0);
      for (const key of m.sources) expect(documented, `${m.id}: source ${key}`).toContain(`\`${key}\``);
    }
  });

  it('keeps the whole geometry payload under 400 KB gzip', () => {
    const total = files.reduce((sum, f) => sum + gzipSync(committed(f)).length, 0);
    expect(total).toBeLessThan(400 * 1024);
  });
});
