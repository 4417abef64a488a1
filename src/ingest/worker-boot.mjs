// Entry of the ingest worker thread. Worker threads do not inherit tsx's loader from the
// main thread: register it here, then run the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
