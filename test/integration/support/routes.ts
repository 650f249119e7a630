import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '@tp/core/auth/roles.decorator';
import { API_PREFIX } from '@tp/core';

export interface Route {
  method: string;
  /** The full path, e.g. /api/v1/matches/:id/approve */
  path: string;
  controller: string;
  handler: string;
  roles: string[] | undefined;
  isPublic: boolean;
}

const segments = (p: unknown): string[] => (Array.isArray(p) ? p : [p ?? '']).map((s) => String(s).replace(/^\/+|\/+$/g, ''));

/**
 * Every handler of every controller the running application registered, with the access
 * metadata the global guard reads: the route table as Nest built it.
 */
export function routeTable(app: INestApplication): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const handler of scanner.getAllMethodNames(controller.prototype)) {
        const fn = (controller.prototype as Record<string, unknown>)[handler] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, fn);
        if (paths === undefined) continue; // a helper method, not a route
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
        const roles = (Reflect.getMetadata(ROLES_KEY, fn) ?? Reflect.getMetadata(ROLES_KEY, controller)) as string[] | undefined;
        const isPublic = Boolean(Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, controller));
        for (const base of segments(Reflect.getMetadata(PATH_METADATA, controller)))
          for (const sub of segments(paths))
            routes.push({ method, path: '/' + [API_PREFIX, base, sub].filter(Boolean).join('/'), controller: controller.name, handler, roles, isPublic });
      }
    }
  }
  return routes;
}

/** The routes the Express server actually serves (method and path), whoever registered them. */
export function servedRoutes(app: INestApplication): Array<{ method: string; path: string }> {
  const express = app.getHttpAdapter().getInstance();
  const stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> = (express.router ?? express._router).stack;
  return stack
    .filter((l) => l.route)
    .flatMap((l) =>
      Object.keys(l.route!.methods)
        .filter((m) => l.route!.methods[m] && m !== '_all')
        .map((m) => ({ method: m.toUpperCase(), path: l.route!.path })),
    );
}
