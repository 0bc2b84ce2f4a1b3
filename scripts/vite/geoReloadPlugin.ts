/**
 * Vite plugin (dev server only): saving a file in geo/layers/ (`npm run geo`, or an edit by hand)
 * recompiles the stories — their layers are checked against the geometry — and reloads the page.
 * The address carries `step` and `lang`, so the reader stays at the same step in the same language.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export function geoReloadPlugin(): Plugin {
  return {
    name: 'story:geo-reload',
    apply: 'serve',
    configureServer(server) {
      const layers = path.join(server.config.root, 'geo', 'layers') + path.sep;
      server.watcher.add(layers);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(layers)) return;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (/\/stories\/[^/]+\.ya?ml$/.test(mod.file ?? '')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
