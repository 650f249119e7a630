import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES } from '@tp/domain';
import { AppError, ErrorCode } from '@tp/core/common/app-error';
import { AuthGuard } from '@tp/core/auth/auth.guard';
import { SessionService } from '@tp/core/auth/session.service';
import { as } from './support/loop';
import { createTestRegion, TestRegion } from './support/region.factory';
import { Route, routeTable, servedRoutes } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/** Routes served outside the controllers: the contract's own documentation, public by nature. */
const DOCUMENTATION = /^\/api\/(v1\/openapi(-docs)?\.json|docs(\/.*|-yaml)?)$/;

/** Deny by default: every handler names its roles or says it is public, and the guard enforces both. */
describe('deny by default: every route names its roles', () => {
  let t: TestApp;
  let r: TestRegion;
  let routes: Route[];

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    routes = routeTable(t.app);
  });
  afterAll(() => t?.close());

  const key = (x: { method: string; path: string }) => `${x.method} ${x.path}`;
  const tokenFor = (role: string): string =>
    ({ admin: r.admin, corporation: r.corporationA, care_provider: r.careProviderA, municipal_officer: r.officers.GM0150, coordinator: r.coordinator, auditor: r.auditor, privacy_officer: r.privacyOfficer })[role]!;
  /** A path with its parameters filled in with values that name nothing in particular. */
  const concrete = (path: string) =>
    path
      .replace(':id', '00000000-0000-4000-8000-000000000000')
      .replace(':year', '2026')
      .replace(':code', path.includes('/neighbourhoods/') ? 'BU01500101' : r.code)
      .replace(/^\/api\/v1/, '');
  const call = (route: Route, token?: string) => {
    const caller = as(t, token);
    const path = concrete(route.path);
    switch (route.method) {
      case 'GET':
        return caller.get(path);
      case 'POST':
        return caller.post(path, {});
      case 'PUT':
        return caller.put(path, {});
      case 'PATCH':
        return caller.patch(path, {});
      case 'DELETE':
        return caller.delete(path);
      default:
        throw new Error(`no caller for ${route.method}`);
    }
  };

  it('reads the route table of the whole application', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map(key)).toEqual(expect.arrayContaining(['POST /api/v1/auth/login', 'POST /api/v1/matches/:id/decline', 'GET /api/v1/queue', 'POST /api/v1/matching/runs']));
    expect(new Set(routes.map(key)).size).toBe(routes.length);
  });

  it('the route table covers every route the HTTP server serves, apart from the API documentation', () => {
    const table = new Set(routes.map(key));
    const outside = servedRoutes(t.app).filter((x) => !table.has(key(x)));
    expect(outside.filter((x) => !DOCUMENTATION.test(x.path))).toEqual([]);
  });

  it('every route in the app has @Roles or @Public', () => {
    const unguarded = routes.filter((x) => !x.isPublic && (!x.roles || x.roles.length === 0)).map((x) => `${key(x)} (${x.controller}.${x.handler})`);
    expect(unguarded).toEqual([]);
  });

  it('roles name only known roles, and the only public routes are the login ones', () => {
    for (const x of routes) for (const role of x.roles ?? []) expect(ROLES).toContain(role);
    expect(routes.filter((x) => x.isPublic).map(key).sort()).toEqual([
      'GET /api/v1/auth/oidc/:organisationId/login',
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/auth/oidc/organisations',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/oidc/exchange',
      'POST /api/v1/auth/refresh',
    ]);
    expect(routes.filter((x) => x.isPublic && x.roles?.length)).toEqual([]);
  });

  it('every route that is not public answers 401 without a token', async () => {
    const open: string[] = [];
    for (const x of routes.filter((y) => !y.isPublic)) {
      const res = await call(x);
      if (res.status !== 401 || !/^application\/problem\+json/.test(res.headers['content-type'])) open.push(`${key(x)}: ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  it('every route answers 403 to a role it does not name', async () => {
    const open: string[] = [];
    for (const x of routes.filter((y) => !y.isPublic)) {
      for (const role of ROLES.filter((y) => !x.roles!.includes(y))) {
        const res = await call(x, tokenFor(role));
        if (res.status !== 403) open.push(`${key(x)} as ${role}: ${res.status}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('the guard refuses a handler that names no roles, whoever calls', async () => {
    const guard = new AuthGuard(new Reflector(), t.app.get(JwtService), t.app.get(SessionService));
    class Unmarked {
      handler() {
        return 'secret';
      }
    }
    const context = {
      getHandler: () => Unmarked.prototype.handler,
      getClass: () => Unmarked,
      switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: `Bearer ${r.admin}` } }) }),
    } as unknown as ExecutionContext;
    const refused = await guard.canActivate(context).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe(ErrorCode.Forbidden);
  });
});
