import { describe, expect, it } from 'vitest';
import { identity, identityOf } from './identity.ts';

describe('identity', () => {
  it('derives every name from the id, as the public contract documents them', () => {
    const names = identityOf('shandong-1948');
    expect(names.element).toBe('shandong-1948-story');
    expect(names.placeholder).toBe('data-shandong-1948-story');
    expect(names.messageType).toBe('shandong-1948-story');
    expect(names.storageKey('motion')).toBe('shandong-1948:motion');
    expect(names.legacyDebugGlobal).toBe('shandong1948Debug');
  });

  it("gives a valid custom element name (the browser's own check)", () => {
    // A valid custom element name: lower-case, starts with a letter, holds a hyphen.
    expect(identity.element).toMatch(/^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/);
  });

  it.each(['', 'Korean-War', 'korean_war', '-war', 'war-', 'a--b', '1950'])('refuses the id "%s"', (id) => {
    expect(() => identityOf(id)).toThrow(/app\.config\.json/);
  });
});
