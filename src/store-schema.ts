/** index/manifest.json: what was built, from what (fingerprint), and when. */
import { z } from 'zod';

export const ManifestSchema = z.object({
  formatVersion: z.number(),
  fingerprint: z.string(),
  builtAt: z.string(),
  buildMs: z.number(),
  documents: z.number(),
  chunks: z.number(),
  targets: z.number(),
  responsibilities: z.number(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
