import { watchFolder } from '../load/watch-folder.js';
import { serveFolder } from '../write/serve-folder.js';
import { buildSite, type SiteOptions, type SiteResult } from './build-site.js';

/** A site being served: its address, and how to stop serving and watching. */
export interface ServedSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Build the site, serve it on 127.0.0.1:port, and rebuild it incrementally whenever a file of the
 * repository changes (one rebuild at a time; changes during a rebuild cause one more).
 */
export async function serveSite(
  options: SiteOptions & { port: number; onBuild: (result: SiteResult) => void; onError: (error: Error) => void },
): Promise<ServedSite> {
  let baseUrl = options.baseUrl ?? `http://127.0.0.1:${options.port}/`;
  let first = await buildSite({ ...options, baseUrl });
  const server = await serveFolder(first.outDir, options.port);
  if (!options.baseUrl && server.url !== baseUrl) {
    // Port 0 lets the system choose: name the address actually served (an incremental rebuild).
    baseUrl = server.url;
    first = await buildSite({ ...options, baseUrl });
  }
  options.onBuild(first);
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = buildSite({ ...options, baseUrl })
      .then(options.onBuild, options.onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          rebuild();
        }
      });
  };
  const stopWatching = watchFolder(first.root, [first.outDir], rebuild);
  return {
    url: server.url,
    async stop() {
      stopWatching();
      await running;
      await server.close();
    },
  };
}
