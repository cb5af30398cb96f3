// A host in front of a copy of the build that can be told to misbehave the
// way networks and half-finished deploys do: a Wi-Fi login page, a redirect
// to a login page, a 404, a 5xx, or an answer that takes 10 s. It forwards
// everything else to the plain static server, and notes each request.

import { createServer, request as forward } from 'node:http';

const LOGIN = '/login';
const PORTAL = '<!doctype html><html lang=en><title>Guest Wi-Fi</title><h1>Log in to Wi-Fi</h1><form><input name=code></form></html>';
const SLOW_MS = 10_000;

const portal = (res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(PORTAL);
};
const status = (code) => (req, res) => {
  res.writeHead(code, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>${code}</title><h1>Error ${code}</h1>`);
};

/** What the host can answer instead of the file asked for. */
export const MISBEHAVIOURS = {
  'a Wi-Fi login page': (req, res) => portal(res),
  'a redirect to a login page': (req, res) => {
    res.writeHead(302, { Location: `${LOGIN}?return=${encodeURIComponent(req.url)}` });
    res.end();
  },
  'a 404': status(404),
  'a 500': status(500),
  'a 503': status(503),
  'a 10 s wait': 'slow',
};

/** Which requests misbehave: `request` has `path`, `navigation` and `worker` (the browser's check of sw.js). */
export const EVERYTHING = () => true;
export const ALL_BUT_THE_WORKER = (request) => !request.worker;

/**
 * Serves `upstream` (a running static server: { port }) through a host that
 * misbehaves on request. Resolves to { url, requests, misbehave(kind, when),
 * behave(), close() }; `url` is `upstream.url` on this host's port.
 */
export async function misbehavingHost(upstream) {
  let misbehaviour = null;
  const requests = [];
  const slow = new Set();
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const request = {
      path,
      navigation: req.headers['sec-fetch-mode'] === 'navigate',
      worker: req.headers['service-worker'] === 'script',
    };
    requests.push(request);
    const pass = () => {
      const ahead = forward({ host: '127.0.0.1', port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      ahead.on('error', () => res.destroy());
      req.pipe(ahead);
    };
    // The login page a redirect leads to is always there.
    if (path === LOGIN) return portal(res);
    if (!misbehaviour?.when(request)) return pass();
    if (misbehaviour.answer === 'slow') {
      const timer = setTimeout(() => { slow.delete(timer); pass(); }, SLOW_MS);
      slow.add(timer);
      return;
    }
    misbehaviour.answer(req, res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const url = new URL(upstream.url);
  url.port = String(server.address().port);
  return {
    url: url.href,
    requests,
    misbehave(kind, when = EVERYTHING) {
      if (!(kind in MISBEHAVIOURS)) throw new Error(`no such misbehaviour: ${kind}`);
      misbehaviour = { answer: MISBEHAVIOURS[kind], when };
    },
    behave() {
      misbehaviour = null;
    },
    close: () => new Promise((ok) => {
      for (const timer of slow) clearTimeout(timer);
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}
