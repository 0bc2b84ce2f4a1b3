/**
 * The global stylesheets (`src/**\/*.css`, imported as they are, not compiled by Svelte) must not
 * use the syntax only a component's `<style>` understands: a `:global(…)` there is no selector to
 * the browser, and its whole rule is dropped (step paragraphs lost their margins that way).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sheets = (readdirSync('src', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.css'))
  .map((f) => path.join('src', f));

describe('global stylesheets', () => {
  it('are found', () => {
    expect(sheets).toContain('src/app.css');
  });

  it.each(sheets)('%s has no Svelte-only :global() selector', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const found = lines.flatMap((line, i) =>
      /:global\b/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
    expect(found).toEqual([]);
  });
});
