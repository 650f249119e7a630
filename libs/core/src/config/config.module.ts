import { Global, Module } from '@nestjs/common';
import { Environment, validateEnvironment } from './environment';

export const ENV = Symbol('ENV');

/** The validated environment, provided once. Tests pass their own values through `ConfigModule.forValues`. */
@Global()
@Module({})
export class ConfigModule {
  static forValues(env: Environment) {
    return { module: ConfigModule, providers: [{ provide: ENV, useValue: env }], exports: [ENV] };
  }
  static fromProcess() {
    return ConfigModule.forValues(validateEnvironment(process.env));
  }
}
