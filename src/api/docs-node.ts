/** Swagger UI's assets read from the installed swagger-ui-dist package (Node only). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SWAGGER_FILES, type DocsAssets } from './docs.js';

export function nodeDocsAssets(): DocsAssets {
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Uint8Array>();
  return (name) => {
    if (!Object.hasOwn(SWAGGER_FILES, name)) return undefined;
    let bytes = cache.get(name);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(join(dir, name)));
      cache.set(name, bytes);
    }
    return bytes;
  };
}
