import { identity } from '../identity.ts';

type DebugTools = NonNullable<Window['storyDebug']>;

/**
 * Author and test tools under `?debug` (docs/contract.md): `window.storyDebug`, and the same object
 * under the deployment's older name (`<id>Debug` in camel case, src/identity.ts), which scripts written
 * before the rename still read.
 */
export function exposeDebugTools(tools: DebugTools): void {
  window.storyDebug = tools;
  Object.defineProperty(window, identity.legacyDebugGlobal, {
    value: tools,
    configurable: true,
    writable: true,
  });
}
