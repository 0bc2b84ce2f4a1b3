import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxConfig } from './serve.mjs';

const site = readFileSync('deploy/nginx/korean-war-story.conf', 'utf8');
const manual = readFileSync('docs/embedding.md', 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'korean-war-nginx-test-'));
const app = path.join(dir, 'app');
mkdirSync(app);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shipped site config', () => {
  it('sends the documented Content-Security-Policy (docs/embedding.md) word for word', () => {
    const documented = /^Content-Security-Policy: (.+)$/m.exec(manual)?.[1];
    const shipped = /add_header Content-Security-Policy "([^"]+)" always;/.exec(site)?.[1];
    expect(documented).toBeTruthy();
    expect(shipped).toBe(documented);
  });

  it('caches only /assets/ for good, everything else is revalidated', () => {
    expect(site).toMatch(/~\^\/assets\/ "public, max-age=31536000, immutable";/);
    expect(site).toMatch(/default "no-cache";/);
  });
});

describe('nginxConfig', () => {
  const config = nginxConfig({ root: app, port: 8123, dir });

  it('listens on the loopback port only, serving the given folder', () => {
    expect(config.match(/^\s*listen\s.*$/gm)?.map((l) => l.trim())).toEqual(['listen 127.0.0.1:8123;']);
    expect(config.match(/^\s*root\s.*$/gm)?.map((l) => l.trim())).toEqual([`root "${app}";`]);
  });

  it('keeps everything nginx writes in its own folder, in the foreground', () => {
    expect(config).toMatch(/^daemon off;$/m);
    expect(config).toContain(`pid "${dir}/nginx.pid";`);
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(config).toContain(`${temp}_temp_path "${dir}/${temp}";`);
  });

  it('refuses a folder nginx would misread', () => {
    for (const root of ['/srv/$app', '/srv/a"b', '/srv/a;b', '/srv/a{b'])
      expect(() => nginxConfig({ root, port: 8123, dir })).toThrow(/unsupported character/);
  });

  it.skipIf(!existsSync('/usr/sbin/nginx'))('passes `nginx -t`', () => {
    writeFileSync(path.join(dir, 'nginx.conf'), config);
    expect(() =>
      execFileSync(
        '/usr/sbin/nginx',
        ['-t', '-q', '-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'],
        {
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  });
});
