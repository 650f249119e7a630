import 'reflect-metadata';
import { bootstrapWorker } from '@tp/core';

bootstrapWorker().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
