import { INestApplication, Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { AppModule, AppOptions } from './app.module';
import { validationPipe } from './common/validation';
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
    if (!req.headers['x-request-id']) req.headers['x-request-id'] = randomUUID();
    next();
  });
  app.useBodyParser('json', { limit: '100kb', strict: true });
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: '', method: RequestMethod.GET }] });
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  const document = buildOpenApi(app);
  app.getHttpAdapter().getInstance().get(`/${API_PREFIX}/openapi.json`, (_req: Request, res: Response) => res.json(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi-docs.json` });
  new Logger('Http').debug(`OpenAPI has ${Object.keys(document.paths).length} paths`);
  return app;
}
