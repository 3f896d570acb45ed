// Runs autocannon in its own process, so the load generator does not share the server's event loop.
import autocannon from 'autocannon';

const workerData = await new Promise((resolve) => process.once('message', resolve));
const { url, headers, connections, duration, kind, body, ids } = workerData;
let next = 0;
const request =
  kind === 'health'
    ? { method: 'GET', path: '/api/health' }
    : kind === 'path'
      ? { method: 'GET', path: workerData.path }
      : kind === 'paths'
        ? {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: workerData.paths[next++ % workerData.paths.length] }),
          }
        : kind === 'bodies'
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              setupRequest: (req) => ({
                ...req,
                path: workerData.path,
                body: JSON.stringify(workerData.bodies[next++ % workerData.bodies.length]),
              }),
            }
          : kind === 'detail'
            ? {
                method: 'GET',
                setupRequest: (req) => ({ ...req, path: `/api/persons/${ids[next++ % ids.length]}` }),
              }
            : {
                method: 'POST',
                path: '/api/persons/search',
                body: JSON.stringify(body),
                headers: { 'content-type': 'application/json' },
              };
const result = await autocannon({ url, connections, duration, headers, requests: [request] });
process.send({
  requests: result.requests.average,
  total: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
});
process.disconnect();
