/** npm run index: rebuild index/ from seeds/. */
import { buildIndex, writeIndex, INDEX_DIR } from '../store.js';

const data = buildIndex();
writeIndex(data);
const m = data.manifest;
console.log(`index/ written to ${INDEX_DIR} in ${m.buildMs} ms: ${m.documents} documents, ${m.chunks} chunks, ${m.targets} targets, ${m.responsibilities} responsibilities (fingerprint ${m.fingerprint})`);
