import 'reflect-metadata';
import { bootstrapApi } from '@tp/core';

bootstrapApi().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
