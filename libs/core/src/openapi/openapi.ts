import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The full semver of the public contract; every response carries it (NL API Design Rules, version-header). */
export const API_VERSION = '1.0.0';
export const API_PREFIX = 'api/v1';

type Operation = { responses: Record<string, Record<string, unknown>>; parameters?: unknown[] };

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Identifies the kind of problem' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'Written for the user' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Stable machine-readable error code' },
    errors: {
      type: 'array',
      description: 'For invalid input: each field and what is wrong with it',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const PROBLEMS: Record<string, string> = {
  '400': 'Invalid input; `errors` names each field',
  '401': 'Not logged in, or the token expired',
  '403': 'Your role may not do this, or it is not your step',
  '404': 'No such object, or not visible to you',
  '409': 'Conflicts with the current state',
  '500': 'Internal error',
};

/**
 * Builds the OpenAPI document from the controllers and adds what every operation shares, in one
 * place: the API-Version header on success responses, RFC 9457 problem responses, and servers
 * with the major version in the URI.
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Transferpunt API')
    .setDescription(
      'Regional housing transfer point: vacancies, nominations for bijzondere bemiddeling, matching and tenancies. ' +
        'Authenticate with POST /auth/login and send the token as `Authorization: Bearer`. Errors are RFC 9457 problems.',
    )
    .setVersion(API_VERSION)
    .setContact('Transferpunt', 'https://transferpunt.nl', 'support@transferpunt.nl')
    .addServer(`/${API_PREFIX}`)
    .addBearerAuth()
    .build();
  const doc = SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
  doc.components = {
    ...doc.components,
    headers: {
      ...(doc.components?.headers ?? {}),
      'API-Version': { description: 'The full version of the API contract', schema: { type: 'string', example: API_VERSION } },
    },
    schemas: { ...(doc.components?.schemas ?? {}), Problem: PROBLEM_SCHEMA as never },
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        if (/^[23]\d\d$/.test(status)) response.headers = { ...((response.headers as object) ?? {}), 'API-Version': { $ref: '#/components/headers/API-Version' } };
      }
      const codes = ['400', '500'];
      if (!(path === '/auth/login')) codes.push('401', '403');
      if (path.includes('{')) codes.push('404');
      if (method === 'post' || method === 'put') codes.push('409');
      for (const code of codes) {
        op.responses[code] ??= { description: PROBLEMS[code], content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
      }
    }
  }
  return doc;
}
