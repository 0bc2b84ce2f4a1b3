/**
 * No script runs `npx <tool>`: when the tool is missing from node_modules (a partial install, a
 * typo), npx fetches whatever the registry holds under that name and runs it. Scripts call
 * node_modules/.bin directly, or `npx --no-install`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Files still on npx, in work under way elsewhere (issue 23's kiosk server). The list can only
 * shrink: each entry must still be a file that uses npx.
 */
const PENDING = new Set(['scripts/kiosk/check.ts', 'scripts/kiosk/bundle.mjs']);

/** `npx` as a command (a string of its own or a shell word), not followed by `--no-install`. */
const NPX = /(['"`]npx['"`]\s*,\s*\[(?!\s*['"`]--no-install)|(^|[\s;&|"'])npx\s+(?!--no-install))/m;

function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(file);
    return /\.(m?js|ts|sh)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('no npx that could fetch a package', () => {
  const files = ['scripts', 'deploy'].flatMap((dir) => scriptFiles(dir));

  it('in the scripts', () => {
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) => !PENDING.has(file) && NPX.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('in package.json', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(Object.entries(scripts).filter(([, command]) => NPX.test(command))).toEqual([]);
  });

  it('the pending list names only files that still need it', () => {
    for (const file of PENDING) expect(NPX.test(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('recognises the forms it forbids', () => {
    expect(NPX.test(`spawnSync('npx', ['vite', 'build'])`)).toBe(true);
    expect(NPX.test('npx tsx scripts/x.ts')).toBe(true);
    expect(NPX.test(`spawnSync('npx', ['--no-install', 'vite'])`)).toBe(false);
    expect(NPX.test('npx --no-install tsx x.ts')).toBe(false);
    expect(NPX.test('// never `npx`, which fetches')).toBe(false);
  });
});
