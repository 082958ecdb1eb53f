// Measures one signed-in person's requests, one after another (a person waits for each page),
// and prints p50 and p99 in milliseconds. Paths are cycled so that searches and timelines
// differ from request to request instead of hitting one warm row.
//
//   node bench/latency.mjs BASE_URL TOKEN REQUESTS LABEL PATH [PATH...]
//
// Prints one line: LABEL|p50|p99|requests. Exits non-zero if any answer is not 200, so a
// benchmark never reports the speed of an error page.

import http from 'node:http';

const [base, token, countText, label, ...paths] = process.argv.slice(2);
const count = Number(countText);
if (!base || !token || !(count > 0) || !label || paths.length === 0) {
  console.error('usage: latency.mjs BASE_URL TOKEN REQUESTS LABEL PATH [PATH...]');
  process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(new URL(path, base), { agent, headers: { cookie: `alongside_session=${token}` } }, (response) => {
      response.resume();
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (response.statusCode !== 200) reject(new Error(`${path} answered ${response.statusCode}`));
        else resolve(ms);
      });
    });
    request.on('error', reject);
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

for (let i = 0; i < Math.min(20, count); ++i) await get(paths[i % paths.length]);  // warm up
const times = [];
for (let i = 0; i < count; ++i) times.push(await get(paths[i % paths.length]));
times.sort((a, b) => a - b);
console.log(`${label}|${quantile(times, 0.5).toFixed(2)}|${quantile(times, 0.99).toFixed(2)}|${count}`);
agent.destroy();
