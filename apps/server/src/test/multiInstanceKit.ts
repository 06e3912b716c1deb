import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** The pieces of the several-servers test (multiInstance.test.ts): a proxy, an SMTP sink, a signed-in client. */

export interface Proxy {
  base: string;
  /** Requests passed to each backend so far, in the order given. */
  served(): number[];
  close(): Promise<void>;
}

/** A round-robin reverse proxy over `backends`, as a load balancer without sticky sessions. */
export async function startProxy(backends: string[]): Promise<Proxy> {
  const counts = backends.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % backends.length;
    counts[i]!++;
    const target = new URL(req.url ?? '/', backends[i]);
    const upstream = http.request(
      target,
      {
        method: req.method,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    served: () => [...counts],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SmtpSink {
  port: number;
  messages: { from: string; to: string[]; subject: string }[];
  close(): Promise<void>;
}

/**
 * The least SMTP server nodemailer talks to (no TLS, no auth): every message is kept with its
 * envelope and subject. Each takes a few milliseconds, as a real relay does, so that two senders
 * working at once overlap.
 */
export async function startSmtpSink(delayMs = 25): Promise<SmtpSink> {
  const messages: SmtpSink['messages'] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let inData = false;
    let from = '';
    let to: string[] = [];
    let data = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          const subject = /^Subject: (.*)$/mu.exec(data)?.[1]?.trim() ?? '';
          const message = { from, to, subject };
          setTimeout(() => {
            messages.push(message);
            socket.write('250 OK queued\r\n');
          }, delayMs);
          data = '';
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'MAIL') {
          from = /<([^>]*)>/u.exec(line)?.[1] ?? '';
          to = [];
          socket.write('250 OK\r\n');
        } else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/u.exec(line)?.[1] ?? '');
          socket.write('250 OK\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    messages,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A signed-in session that may call either server (the crash tests' sign-in, with `sendTo`). */
export { signInHttp as signInAt, type Session as Client } from './crashServer.ts';
