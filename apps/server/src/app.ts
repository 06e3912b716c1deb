import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import staticFiles from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { clockOf, type Deps } from './platform/context.ts';
import type { Access } from './platform/access.ts';
import { AppError, frameworkErrors, registerErrorHandling, sendProblem } from './platform/errors.ts';
import { registerSessionGuard } from './platform/session.ts';
import { registerInputGuard } from './platform/input.ts';
import { swaggerOptions } from './platform/openapi.ts';
import { clientErrorHandler } from './platform/clientErrors.ts';
import { setPublicUrl } from './platform/notify.ts';
import { registerSecurityHeaders } from './platform/headers.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { awardRoutes } from './modules/awards/routes.ts';
import { ratingRoutes } from './modules/ratings/routes.ts';
import { historyRoutes } from './modules/awards/history/routes.ts';
import { initiativeRoutes } from './modules/initiatives/routes.ts';
import { initiativeRoundRoutes } from './modules/initiatives/routesRounds.ts';
import { eligibilityRoutes } from './modules/eligibility/routes.ts';
import { movementRoutes } from './modules/movements/routes.ts';
import { movementWorkRoutes } from './modules/movements/routesWork.ts';
import { blocRoutes } from './modules/blocs/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { mailRoutes } from './modules/notifications/mail.ts';
import { fileRoutes } from './modules/files/routes.ts';
import { proposalRoutes } from './modules/proposals/routes.ts';
import { councilRoutes } from './modules/council/routes.ts';
import { decisionRoutes } from './modules/decisions/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { settingRoutes } from './modules/settings/routes.ts';
import { procedureRoutes } from './modules/procedures/routes.ts';
import { dossierRoutes } from './modules/dossiers/routes.ts';
import { dossierDocumentRoutes } from './modules/dossierDocs/routes.ts';
import { onestopReportRoutes } from './modules/onestopReport/routes.ts';
import { publicRoutes } from './modules/public/routes.ts';
import { statisticRoutes } from './modules/statistics/routes.ts';
import { statValueRoutes } from './modules/statValues/routes.ts';
import { analyticsRoutes } from './modules/analytics/routes.ts';
import { registryRoutes } from './modules/registries/routes.ts';
import { testClockRoutes } from './modules/testClock/routes.ts';
import { scorecardRoutes } from './modules/scorecards/routes.ts';
import { scorecardDocumentRoutes } from './modules/scorecards/routesDocuments.ts';
import { scorecardTemplateRoutes } from './modules/scorecardTemplates/routes.ts';
import { parIndexRoutes } from './modules/parIndex/routes.ts';
import { workProgrammeRoutes } from './modules/workProgrammes/routes.ts';
import { workProgrammeDocumentRoutes } from './modules/workProgrammes/routesDocuments.ts';
import { workTaskRoutes } from './modules/workTasks/routes.ts';
import { workTaskProgressRoutes } from './modules/workTasks/routesProgress.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { tdktFormRoutes } from './modules/reports/routesForms.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { publicRecordRoutes } from './modules/public/routesRecords.ts';
import { TestClock } from './platform/testClock.ts';
import { fastSerializerCompiler } from './platform/serializer.ts';

export interface RouteInfo {
  method: string;
  url: string;
  access: Access | undefined;
}

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; served with the SPA fallback when present. */
  webDir?: string;
}

export type App = FastifyInstance & { routeTable: RouteInfo[] };

/** Builds the HTTP app without side effects: no listening, no migrations. */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Behind our proxy only the peer (the proxy itself) is trusted: the client is the address it
    // saw, the right-most X-Forwarded-For entry. Trusting every hop would take the left-most,
    // which the client writes itself (and so dodges sign-in throttling).
    trustProxy: deps.config.trustProxy ? (_address: string, hop: number) => hop === 0 : false,
    bodyLimit: 1024 * 1024,
    // One line per request would drown the console on a busy day; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
  }) as unknown as App;
  app.routeTable = [];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  registerErrorHandling(app, { maxUploadBytes: deps.config.maxUploadBytes });
  registerInputGuard(app);
  setPublicUrl(deps.config.publicUrl);

  // Every route is recorded with its declared access; documentation routes are public by decision here.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json')
      route.config = { ...(route.config ?? {}), access: 'public' } as typeof route.config;
    const access = (route.config as { access?: Access } | undefined)?.access;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
  });

  await registerSecurityHeaders(app, { behindTls: deps.config.trustProxy });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(
    swagger,
    swaggerOptions(deps.version, () => app.routeTable),
  );
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerSessionGuard(app, deps.db.kysely, deps.config, clockOf(deps));

  await app.register(healthRoutes(deps), { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());
  await app.register(
    async (v1) => {
      await v1.register(authRoutes(deps));
      await v1.register(orgRoutes(deps));
      await v1.register(peopleRoutes(deps));
      await v1.register(userRoutes(deps));
      await v1.register(auditRoutes(deps));
      await v1.register(awardRoutes(deps));
      await v1.register(ratingRoutes(deps));
      await v1.register(historyRoutes(deps));
      await v1.register(initiativeRoutes(deps));
      await v1.register(initiativeRoundRoutes(deps));
      await v1.register(eligibilityRoutes(deps));
      await v1.register(movementRoutes(deps));
      await v1.register(movementWorkRoutes(deps));
      await v1.register(blocRoutes(deps));
      await v1.register(notificationRoutes(deps));
      await v1.register(mailRoutes(deps));
      await v1.register(fileRoutes(deps));
      await v1.register(proposalRoutes(deps));
      await v1.register(councilRoutes(deps));
      await v1.register(decisionRoutes(deps));
      await v1.register(calendarRoutes(deps));
      await v1.register(settingRoutes(deps));
      await v1.register(procedureRoutes(deps));
      await v1.register(dossierRoutes(deps));
      await v1.register(dossierDocumentRoutes(deps));
      await v1.register(onestopReportRoutes(deps));
      await v1.register(statisticRoutes(deps));
      await v1.register(statValueRoutes(deps));
      await v1.register(analyticsRoutes(deps));
      await v1.register(registryRoutes(deps));
      await v1.register(scorecardTemplateRoutes(deps));
      await v1.register(scorecardRoutes(deps));
      await v1.register(scorecardDocumentRoutes(deps));
      await v1.register(parIndexRoutes(deps));
      await v1.register(workProgrammeRoutes(deps));
      await v1.register(workProgrammeDocumentRoutes(deps));
      await v1.register(workTaskRoutes(deps));
      await v1.register(workTaskProgressRoutes(deps));
      await v1.register(reportRoutes(deps));
      await v1.register(tdktFormRoutes(deps));
      await v1.register(homeRoutes(deps));
      // Only a server started for browser tests (THIDUA_TEST_CLOCK=1) has a clock to move.
      if (deps.clock instanceof TestClock) await v1.register(testClockRoutes(deps, deps.clock));
    },
    { prefix: '/api/v1' },
  );
  // Without sign-in: /api/public/… and the server-rendered pages /tra-cuu, /thu-tuc, /danh-gia.
  await app.register(publicRoutes(deps));
  // The department's public face: /cong-khai and its pages (decisions, posted candidates, initiatives, statistics).
  await app.register(publicRecordRoutes(deps));

  const webDir = options.webDir;
  const hasWeb = !!webDir && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(staticFiles, {
      root: webDir,
      wildcard: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || req.method !== 'GET' || !hasWeb)
      return sendProblem(
        reply,
        req,
        new AppError(404, 'route_not_found', `Không có đường dẫn ${req.method} ${req.url.split('?')[0]}.`),
      );
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
