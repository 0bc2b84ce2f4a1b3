import { describe, expect, it } from 'vitest';
import { embedderOrigin, OriginGate } from './origins.ts';

describe('embedderOrigin', () => {
  it('takes the parent from ancestorOrigins, else from the referrer', () => {
    expect(embedderOrigin(['https://news.example'], 'https://other.example/page')).toBe(
      'https://news.example',
    );
    expect(embedderOrigin(undefined, 'https://news.example/2026/war.html?x=1')).toBe('https://news.example');
    expect(embedderOrigin([], '')).toBeUndefined();
    expect(embedderOrigin(['null'], '')).toBeUndefined();
  });
});

describe('OriginGate', () => {
  it('by default accepts the embedding page only', () => {
    const gate = new OriginGate(['embedder'], 'https://news.example');
    expect(gate.allows('https://news.example')).toBe(true);
    expect(gate.allows('https://evil.example')).toBe(false);
    expect(gate.allows('null')).toBe(false);
    expect(gate.target).toBe('https://news.example');
  });

  it("learns the embedder from the parent's hello when the browser did not say, and only once", () => {
    const gate = new OriginGate(['embedder'], undefined);
    expect(gate.target).toBeUndefined();
    expect(gate.allows('https://news.example')).toBe(false);
    expect(gate.hello('https://news.example')).toBe(true);
    expect(gate.target).toBe('https://news.example');
    expect(gate.hello('https://evil.example')).toBe(false);
    expect(gate.target).toBe('https://news.example');
  });

  it('with a list of its own, accepts those origins and no other embedder', () => {
    const gate = new OriginGate(['https://news.example'], 'https://blog.example');
    expect(gate.allows('https://blog.example')).toBe(false);
    expect(gate.target).toBeUndefined();
    const listed = new OriginGate(['https://news.example'], 'https://news.example');
    expect(listed.target).toBe('https://news.example');
  });
});
