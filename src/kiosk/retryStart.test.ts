import { describe, expect, it, vi } from 'vitest';
import { kioskStarted, retryKioskStart } from './retryStart.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('retryKioskStart', () => {
  it('reloads after a delay that doubles with each failed start, until the story runs', () => {
    const storage = memoryStorage();
    const wait = vi.fn();
    const reload = vi.fn();
    expect([1, 2, 3, 4].map(() => retryKioskStart(storage, reload, wait))).toEqual([1000, 2000, 4000, 8000]);
    expect(wait).toHaveBeenLastCalledWith(reload, 8000);
    kioskStarted(storage);
    expect(retryKioskStart(storage, reload, wait)).toBe(1000);
  });

  it('reads a damaged count as none', () => {
    const storage = memoryStorage();
    storage.setItem('korean-war:kiosk-start-failures', 'junk');
    expect(retryKioskStart(storage, vi.fn(), vi.fn())).toBe(1000);
  });
});
