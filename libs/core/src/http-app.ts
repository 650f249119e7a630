import { INestApplication, Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { NextFunction, Request, Response } from 'express';
import { AppModule, AppOptions } from './app.module';
import { corsOrigins } from './config/environment';
import { validationPipe } from './common/validation';
import { toAppError } from './common/problem.filter';
import { API_PREFIX, API_VERSION, buildOpenApi } from './openapi/openapi';

export { API_PREFIX, API_VERSION, buildOpenApi };

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export const logLevels = (level: (typeof LEVELS)[number]) => LEVELS.slice(0, LEVELS.indexOf(level) + 1) as Array<(typeof LEVELS)[number]>;

/** Creates the HTTP application with the contract's conventions; the caller decides when to listen. */
export async function createHttpApp(opts: Omit<AppOptions, 'http'>): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...opts, http: true }), {
    logger: logLevels(opts.env.LOG_LEVEL),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('API-Version', API_VERSION);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (opts.env.NODE_ENV === 'production') res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // answers of the api hold personal data: no cache keeps them
    if (req.path.startsWith(`/${API_PREFIX}/`)) res.setHeader('Cache-Control', 'no-store');
    if (!req.headers['x-request-id']) req.headers['x-request-id'] = randomUUID();
    next();
  });
  enableCors(app, corsOrigins(opts.env));
  app.useBodyParser('json', { limit: MAX_JSON_BODY, strict: true });
  // body-parser's own errors (malformed JSON, too large, bad charset) become problems here, before Nest wraps them
  app.use((err: unknown, _req: Request, _res: Response, next: NextFunction) => next(toAppError(err)));
  serveWebApp(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: '', method: RequestMethod.GET }] });
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  const document = buildOpenApi(app);
  app.getHttpAdapter().getInstance().get(`/${API_PREFIX}/openapi.json`, (_req: Request, res: Response) => res.json(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi-docs.json` });
  new Logger('Http').debug(`OpenAPI has ${Object.keys(document.paths).length} paths`);
  return app;
}

/** The largest JSON body the api accepts; a larger one answers 413 payload_too_large. */
export const MAX_JSON_BODY = '100kb';

/**
 * CORS stays off (browsers refuse other origins) unless CORS_ORIGINS lists origins; those get the
 * api's methods and headers, without cookies (the api uses bearer tokens).
 */
function enableCors(app: NestExpressApplication, origins: string[]): void {
  if (origins.length === 0) return;
  app.enableCors({
    origin: origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id'],
    exposedHeaders: ['API-Version', 'Location', 'Retry-After', 'X-Request-Id'],
    credentials: false,
    maxAge: 600,
  });
}

/** Where the built web application (apps/web, `npm run build:web`) lies: from the sources or from dist/. */
export function webAppDir(): string | null {
  const candidates = [resolve(__dirname, '../../../apps/web/dist'), resolve(__dirname, '../../../../apps/web/dist'), resolve(process.cwd(), 'apps/web/dist')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

/** The web application loads only its own files and talks only to its own api (no inline script, no framing). */
const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Transferpunt</title></head>
<body><main><h1>Transferpunt</h1>
<p>De webapplicatie is nog niet gebouwd. Voer <code>npm run build</code> uit (of <code>npm start</code>, dat eerst bouwt) en start de api opnieuw.</p>
<p>De API staat op <a href="/api/v1/openapi.json">/api/v1</a>, de documentatie op <a href="/api/docs">/api/docs</a>.</p>
</main></body></html>
`;

/**
 * The single-page application at `/`: its files from apps/web/dist, and index.html for every other
 * GET that is not under /api (client-side routes). Paths with a file extension that do not exist stay
 * a 404. Without a build, a short page says how to build it.
 */
function serveWebApp(app: NestExpressApplication): void {
  const dir = webAppDir();
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  if (dir) {
    app.useStaticAssets(dir, {
      index: false,
      setHeaders: (res: Response, file: string) =>
        res.setHeader('Cache-Control', file.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path) || extname(req.path) !== '') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('X-Frame-Options', 'DENY');
    if (dir) return res.sendFile(join(dir, 'index.html'));
    res.status(200).type('html').send(NOT_BUILT);
  });
}
