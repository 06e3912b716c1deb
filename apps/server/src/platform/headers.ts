import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * One policy for the web app, the API and the docs page (Swagger UI loads
 * only its own files too). Scripts come only from this origin and never
 * inline; styles may be inline because Ant Design writes its CSS-in-JS into
 * <style> elements at run time; images and fonts may be data: URIs (icons).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Powerful browser features the workbench never uses, refused for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'xr-spatial-tracking',
]
  .map((f) => `${f}=()`)
  .join(', ');

/**
 * Security headers on every answer (pages, API, downloads, errors). Behind a
 * TLS proxy (`trustProxy`) the browser is also told to upgrade plain-http
 * links; on a plain-http office LAN that would break every asset, so not there.
 */
export async function registerSecurityHeaders(app: FastifyInstance, opts: { behindTls: boolean }): Promise<void> {
  // Built once: the Fastify wrapper of helmet rebuilt the whole middleware (and re-parsed the policy) on every
  // request, a cost paid by every answer; the headers do not depend on the request.
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CSP_DIRECTIVES, upgradeInsecureRequests: opts.behindTls ? [] : null },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: opts.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', (req, reply, done) => {
    setHeaders(req.raw, reply.raw, (err?: unknown) => {
      if (err) return done(err as Error);
      reply.header('permissions-policy', PERMISSIONS_POLICY);
      // Personal data and generated documents must not stay in shared or browser caches;
      // a route that knows better (none today) may still set its own.
      if (req.url.startsWith('/api/v1/') || req.url === '/api/v1') reply.header('cache-control', 'no-store');
      done();
    });
  });
}
