import { afterEach, describe, expect, it, vi } from 'vitest';
import { startKioskWorker, UPDATE_CHECK_MS, type KioskHost, type Registrar } from './kioskWorker.ts';

type Events = Parameters<Registrar['register']>[0];

/** A fake browser: `outcomes` say what each register() does, in turn. */
function setup(outcomes: ('ok' | 'reject')[], persist?: () => Promise<boolean>, controlled = false) {
  vi.useFakeTimers();
  const registration = { waiting: null as unknown, update: vi.fn(() => Promise.resolve()) };
  let events: Events = () => undefined;
  const registrar: Registrar = {
    register: vi.fn((listener: Events) => {
      events = listener;
      return outcomes.shift() === 'ok' ? Promise.resolve(registration) : Promise.reject(new Error('503'));
    }),
    activateWaiting: vi.fn(() => void setTimeout(() => changeController(), 100)),
    controlled: () => controlled,
    onControllerChange: (listener) => (changeController = listener),
  };
  let changeController = () => undefined as void;
  const states: string[] = [];
  const host: KioskHost = {
    setState: (s) => states.push(s),
    error: vi.fn(),
    warn: vi.fn(),
    reload: vi.fn(),
    persist,
    setTimeout: (run, ms) => setTimeout(run, ms),
    setInterval: (run, ms) => setInterval(run, ms),
  };
  const worker = startKioskWorker(registrar, host);
  return {
    worker,
    registrar,
    registration,
    host,
    states,
    emit: (e: Parameters<Events>[0]) => events(e),
    changeController: () => changeController(),
  };
}

describe('the kiosk service worker', () => {
  afterEach(() => vi.useRealTimers());

  it('retries a failed registration after 1, 2, 4 s, and reports each failure', async () => {
    const { registrar, host, states, emit } = setup(['reject', 'reject', 'reject', 'ok']);
    await vi.advanceTimersByTimeAsync(0);
    expect(registrar.register).toHaveBeenCalledTimes(1);
    expect(host.error).toHaveBeenCalledWith(
      expect.stringMatching(/could not be registered; trying again in 1 s/),
      expect.any(Error),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(registrar.register).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(registrar.register).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(registrar.register).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(registrar.register).toHaveBeenCalledTimes(4);
    emit('ready');
    expect(states).toEqual(['installing', 'failed', 'failed', 'failed', 'ready']);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(registrar.register).toHaveBeenCalledTimes(4);
  });

  it('reports a failed install and tries again, looking for the new version', async () => {
    const { registrar, registration, host, states, emit } = setup(['ok', 'ok']);
    await vi.advanceTimersByTimeAsync(0);
    emit('failed');
    expect(states.at(-1)).toBe('failed');
    expect(host.error).toHaveBeenCalledWith(
      expect.stringMatching(/failed to install; trying again in 1 s/),
      undefined,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(registrar.register).toHaveBeenCalledTimes(2);
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('asks for persistent storage and warns when refused', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const { host } = setup(['ok'], persist);
    await vi.advanceTimersByTimeAsync(0);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(host.warn).toHaveBeenCalledWith(expect.stringMatching(/persistent storage not granted/));
  });

  it('at the title with nothing waiting, looks for an update and stays', async () => {
    const { worker, registration, registrar, host } = setup(['ok']);
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.atTitle()).toBe(false);
    expect(registration.update).toHaveBeenCalledTimes(1);
    expect(registrar.activateWaiting).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(2);
    expect(host.reload).not.toHaveBeenCalled();
  });

  it('at the title with an update waiting, lets it take over and then reloads, once', async () => {
    const { worker, registration, registrar, host, states, emit } = setup(['ok'], undefined, true);
    await vi.advanceTimersByTimeAsync(0);
    registration.waiting = {};
    emit('waiting');
    expect(states.at(-1)).toBe('update');
    expect(worker.atTitle()).toBe(true);
    expect(worker.atTitle()).toBe(true);
    expect(registrar.activateWaiting).toHaveBeenCalledTimes(1);
    expect(host.reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(host.reload).toHaveBeenCalledTimes(1);
  });

  it('reloads anyway when the waiting worker never takes over', async () => {
    const { worker, registration, registrar, host } = setup(['ok']);
    await vi.advanceTimersByTimeAsync(0);
    registration.waiting = {};
    vi.mocked(registrar.activateWaiting).mockImplementation(() => undefined);
    worker.atTitle();
    await vi.advanceTimersByTimeAsync(2999);
    expect(host.reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.reload).toHaveBeenCalledTimes(1);
  });

  it('reloads when a new worker takes over a controlled page, not at the first install', async () => {
    const first = setup(['ok']);
    await vi.advanceTimersByTimeAsync(0);
    first.changeController();
    expect(first.host.reload).not.toHaveBeenCalled();
    first.changeController();
    expect(first.host.reload).toHaveBeenCalledTimes(1);
    const later = setup(['ok'], undefined, true);
    later.changeController();
    expect(later.host.reload).toHaveBeenCalledTimes(1);
  });
});
