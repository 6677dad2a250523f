// One thread of the CLI's pool: takes files (name and bytes) from the main thread, reads and
// extracts each with the same pipeline, and posts back the result or the failure.
import { parentPort } from 'node:worker_threads';
import { extractInput } from './extract-inputs';
import { nodeCMaps } from './node-cmaps';
import './node-sha1';
import './node-utf8';
import './node-towns';
import type { PoolReply, PoolRequest } from './node-pool';

const port = parentPort;
if (!port) throw new Error('node-pool-worker runs only as a worker thread of the extraction CLI');
port.on('message', async ({ id, file }: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id, result: await extractInput(file, { cMaps: nodeCMaps }) };
  } catch (error) {
    reply = { id, failure: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
  }
  port.postMessage(reply);
});
