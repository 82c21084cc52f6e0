// A stand-in for jsDelivr's purge API on loopback, and the way to run a command
// that calls it: asynchronously, since the stand-in answers from this process's
// event loop (a synchronous spawn would wait for an answer that cannot come).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

/** The stand-in, on an ephemeral port: records every request it receives and accepts it. */
export async function purgeStandIn() {
  const received = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        type: req.headers['content-type'],
        body: JSON.parse(text),
      });
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'stand-in-1', status: 'pending' }));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    received,
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => server.close(),
  };
}

/** Runs `command` with `args` without blocking this process; resolves with its status and output. */
export function runAsync(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
