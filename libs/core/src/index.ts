export * from './app.module';
export * from './http-app';
export * from './bootstrap';
export * from './config/environment';
export * from './common/clock';
export * from './jobs/job-runner.service';
