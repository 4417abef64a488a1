/** Messages to and from the ingest worker thread. */
import type { Manifest } from '../store-schema.js';
import type { AddErrorCode } from './extract.js';

export type WorkerTask =
  | { kind: 'extract'; name: string; bytes: Uint8Array }
  /** A multipart/form-data body: its "file" fields. */
  | { kind: 'form'; contentType: string; bytes: Uint8Array }
  | { kind: 'build'; seedsDir: string; indexDir: string };

export type WorkerReply =
  | { ok: true; kind: 'extract'; text: string }
  | { ok: true; kind: 'form'; files: Array<{ name: string; bytes: Uint8Array }> }
  | { ok: true; kind: 'build'; manifest: Manifest; logs: string[] } | { ok: false; code: AddErrorCode; message: string };
