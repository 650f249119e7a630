import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppModule, buildOpenApi, validateEnvironment } from '@tp/core';

/**
 * The OpenAPI document exactly as the api serves it, built from the controllers alone: every service
 * a controller needs is a stub, so no database, Redis or network is touched.
 */
export async function buildOpenApiOffline(): Promise<OpenAPIObject> {
  const env = validateEnvironment({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(48), DATA_DIR: '/nonexistent/openapi-offline' });
  const { controllers = [] } = AppModule.forRoot({ env, runProcessors: false, http: true });
  const moduleRef = await Test.createTestingModule({ controllers }).useMocker(() => ({})).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  try {
    return buildOpenApi(app);
  } finally {
    await app.close();
  }
}
