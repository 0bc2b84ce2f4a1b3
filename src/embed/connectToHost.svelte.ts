import { onMount } from 'svelte';
import type { StoryContext } from '../story/context.svelte.ts';
import type { EmbedBridge } from './EmbedBridge.ts';

/**
 * Connects an embed layout to the page around it: starts the {@link EmbedBridge} once mounted,
 * reports `heightOf()`'s height if given (figure mode), and tells the host each change of step or
 * language. Call while a component initialises.
 *
 * The bridge (and the schema library with it) is loaded only here, so the web page never
 * downloads it.
 */
export function connectToHost(ctx: StoryContext, heightOf?: () => HTMLElement | undefined): void {
  let bridge = $state<EmbedBridge>();

  onMount(() => {
    let disposed = false;
    const cleanup: (() => void)[] = [];
    import('./EmbedBridge.ts').then(
      ({ EmbedBridge }) => {
        if (disposed) return;
        const connected = new EmbedBridge(ctx);
        cleanup.push(connected.attach());
        const el = heightOf?.();
        if (el) cleanup.push(connected.observeHeight(el));
        bridge = connected;
      },
      (error: unknown) => console.error('embed bridge unavailable:', error),
    );
    return () => {
      disposed = true;
      for (const undo of cleanup) undo();
    };
  });

  $effect(() => {
    void [ctx.step, ctx.lang];
    bridge?.announceStep();
  });
}
