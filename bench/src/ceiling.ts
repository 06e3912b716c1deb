/**
 * The node:http ceiling of this machine, measured in the same run as the API figures: a bare node:http
 * server in its own process answering one fixed JSON body of the size of a people page (~26 KB, 50 rows),
 * loaded by autocannon with the same connections as the API. No routing, no database, no serialisation:
 * what Node itself can push, so the API's req/s can be read as a share of it.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import { cpuMs, freePort } from './server.ts';

export interface Ceiling {
  reqPerSec: number;
  p50: number;
  p99: number;
  bodyBytes: number;
  cpuMsPerRequest?: number;
  loadAverage: string;
}

// The server's source, run with `node -e`: the body is built once, then written as is.
const SERVER = `
const http = require('node:http');
const items = [];
for (let i = 0; i < 50; i++)
  items.push({
    id: '0193a1b2-7c3d-7e4f-8a9b-' + String(i).padStart(12, '0'),
    familyName: 'Nguyễn', middleName: 'Thị Thanh', givenName: 'Hương' + i,
    fullName: 'Nguyễn Thị Thanh Hương ' + i, gender: 'female', dateOfBirth: '1985-04-12',
    position: 'Chuyên viên chính', orgId: '0193a1b2-7c3d-7e4f-8a9b-0000000000aa',
    orgName: 'Phòng Quản lý Thương mại và Xuất nhập khẩu', employmentType: 'civil_servant',
    startDate: '2010-09-01', status: 'working', citizenId: '001185012345',
    createdAt: '2026-11-26T08:00:00.000Z', updatedAt: '2026-11-26T08:00:00.000Z', version: 1,
  });
const body = Buffer.from(JSON.stringify({ items, total: 100000, page: 1, pageSize: 50 }));
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(String(body.length) + '\\n'));
`;

/** Starts the bare server, warms it up 2 s, loads it `seconds` s, stops it. */
export async function measureCeiling(connections: number, seconds: number): Promise<Ceiling> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const bodyBytes = await new Promise<number>((resolve, reject) => {
      child.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
      child.once('exit', (code) => reject(new Error(`node:http ceiling server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    await autocannon({ url, connections, duration: 2 });
    const loadAverage = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const before = cpuMs(child.pid);
    const r = await autocannon({ url, connections, duration: seconds });
    const after = cpuMs(child.pid);
    return {
      reqPerSec: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      bodyBytes,
      loadAverage,
      ...(before !== undefined && after !== undefined && r.requests.total
        ? { cpuMsPerRequest: (after - before) / r.requests.total }
        : {}),
    };
  } finally {
    child.kill('SIGTERM');
  }
}
