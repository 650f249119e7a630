import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { Clock } from '@tp/domain';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessService } from './access/access.service';
import { AuditService } from './audit/audit.service';
import { AuditController, ClientAccessReportController } from './audit/audit.controller';
import { AuditQueryService } from './audit/audit-query.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { AccountService } from './auth/account.service';
import { SessionService } from './auth/session.service';
import { OidcLoginController, OrganisationOidcController } from './auth/oidc.controller';
import { OidcService } from './auth/oidc.service';
import { APP_SECRET, SecretBox } from './auth/secret-box';
import { AppThrottlerGuard, throttlerOptions } from './auth/throttling';
import { ClientController } from './clients/client.controller';
import { ClientService } from './clients/client.service';
import { CLOCK, systemClock } from './common/clock';
import { ProblemFilter } from './common/problem.filter';
import { RequestIdInterceptor } from './common/request-id';
import { HostileKeysInterceptor } from './common/hostile-keys';
import { ClientErrorProblems } from './common/client-error';
import { UnitOfWork } from './common/unit-of-work';
import { ConfigModule } from './config/config.module';
import { Environment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { DemoLoader } from './demo/demo-loader.service';
import { JOB_HANDLERS } from './jobs/job-names';
import { JobRunner, RUN_PROCESSORS } from './jobs/job-runner.service';
import { Outbox } from './jobs/outbox.service';
import { MatchExpiryProcessor } from './matches/match-expiry.processor';
import { MatchController } from './matches/match.controller';
import { MatchService } from './matches/match.service';
import { MatchLifecycle } from './matching/match-lifecycle.service';
import { matcherProvider } from './matching/matcher.provider';
import { MatchingInputRepository } from './matching/matching-input.repository';
import { MatchingStatusRepository } from './matching/matching-status.repository';
import { MatchingRoundProcessor } from './matching/matching-round.service';
import { MatchingRunController } from './matching/matching-run.controller';
import { MatchingRunService } from './matching/matching-run.service';
import { MatchingTriggers } from './matching/matching-triggers.service';
import { MatchingScheduleProcessor } from './matching/matching-schedule.processor';
import { SimulationController } from './matching/simulation.controller';
import { SimulationService } from './matching/simulation.service';
import { NominationController, QueueController } from './nominations/nomination.controller';
import { NominationService } from './nominations/nomination.service';
import { NominationValidity } from './nominations/nomination-validity.service';
import { NominationExpiryProcessor, NominationReminderProcessor } from './nominations/nomination-validity.processor';
import { NotificationController } from './notifications/notification.controller';
import { NotificationService } from './notifications/notification.service';
import { createMailer, MAILER } from './notifications/mailer';
import { NotificationMailProcessor } from './notifications/notification-mail.processor';
import { MunicipalityController, NeighbourhoodController, OrganisationController, RegionController, UnitController, UserController } from './setup/setup.controller';
import { SetupService } from './setup/setup.service';
import { SetupEditService } from './setup/setup-edit.service';
import { UnitService } from './setup/unit.service';
import { RentParametersController } from './rent-parameters/rent-parameters.controller';
import { ReportController } from './reports/report.controller';
import { ReportService } from './reports/report.service';
import { MonitorService } from './reports/monitor.service';
import { ReportExport } from './reports/report-export';
import { DemandService } from './reports/demand.service';
import { MonitorSnapshotService } from './reports/monitor-snapshot.service';
import { ContingentController } from './contingents/contingent.controller';
import { ActionPlanController } from './action-plan/action-plan.controller';
import { ActionPlanService } from './action-plan/action-plan.service';
import { ContingentService } from './contingents/contingent.service';
import { RentParametersService } from './rent-parameters/rent-parameters.service';
import { TenancyController } from './tenancies/tenancy.controller';
import { TenancyReminderProcessor } from './tenancies/tenancy-reminder.processor';
import { TenancyService } from './tenancies/tenancy.service';
import { VacancyController } from './vacancies/vacancy.controller';
import { RetentionProcessor } from './retention/retention.processor';
import { VacancyService } from './vacancies/vacancy.service';

export interface AppOptions {
  env: Environment;
  /** Whether this process runs the job processors (always in the worker; in the api unless WORKER_IN_API=false). */
  runProcessors: boolean;
  /** Serve HTTP controllers (the worker does not). */
  http: boolean;
  clock?: Clock;
}

/**
 * Without JWT_SECRET (development, the embedded default) a random secret is kept in DATA_DIR, so
 * tokens survive a restart; production requires JWT_SECRET (checked at boot).
 */
function localSecret(env: Environment): string {
  const file = join(env.DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('hex');
  mkdirSync(env.DATA_DIR, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The whole product: both the api and the worker start from this module. */
@Module({})
export class AppModule {
  static forRoot(opts: AppOptions): DynamicModule {
    const secret = opts.env.JWT_SECRET ?? localSecret(opts.env);
    return {
      module: AppModule,
      imports: [ConfigModule.forValues(opts.env), DatabaseModule, JwtModule.register({ secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }), ...(opts.http ? [ThrottlerModule.forRoot(throttlerOptions(opts.env))] : [])],
      controllers: opts.http
        ? [
            AuthController, RegionController, MunicipalityController, NeighbourhoodController, OrganisationController, UserController, UnitController, ClientController,
            NominationController, QueueController, VacancyController, MatchController, MatchingRunController, TenancyController, RentParametersController, SimulationController, ReportController, ContingentController,
            NotificationController, OidcLoginController, OrganisationOidcController, AuditController, ClientAccessReportController, ActionPlanController,
          ]
        : [],
      providers: [
        { provide: CLOCK, useValue: opts.clock ?? systemClock },
        { provide: APP_SECRET, useValue: secret },
        { provide: RUN_PROCESSORS, useValue: opts.runProcessors || !opts.env.REDIS_URL },
        // in this order: the throttler counts a signed-in caller as its user
        { provide: APP_GUARD, useClass: AuthGuard },
        ...(opts.http ? [{ provide: APP_GUARD, useClass: AppThrottlerGuard }] : []),
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestIdInterceptor },
        { provide: APP_INTERCEPTOR, useClass: HostileKeysInterceptor },
        matcherProvider,
        {
          provide: JOB_HANDLERS,
          useFactory: (a: MatchingRoundProcessor, b: MatchExpiryProcessor, c: MatchingScheduleProcessor, d: TenancyReminderProcessor, e: NotificationMailProcessor, f: MonitorSnapshotService, g: RetentionProcessor, h: NominationReminderProcessor, i: NominationExpiryProcessor) => [a, b, c, d, e, f, g, h, i],
          inject: [MatchingRoundProcessor, MatchExpiryProcessor, MatchingScheduleProcessor, TenancyReminderProcessor, NotificationMailProcessor, MonitorSnapshotService, RetentionProcessor, NominationReminderProcessor, NominationExpiryProcessor],
        },
        { provide: MAILER, useFactory: () => createMailer(opts.env) },
        AccessService, AuditService, AuthService, AccountService, SessionService, OidcService, SecretBox, UnitOfWork, Outbox, JobRunner, SetupService, SetupEditService, ClientService, NominationService, VacancyService, MatchService,
        MatchLifecycle, MatchingTriggers, MatchingInputRepository, MatchingStatusRepository, MatchingRoundProcessor, MatchExpiryProcessor, MatchingRunService, TenancyService, DemoLoader, RentParametersService, SimulationService, ReportService,
        MonitorService, ReportExport, ContingentService, DemandService, MonitorSnapshotService, MatchingScheduleProcessor, UnitService,
        NotificationService, TenancyReminderProcessor, NotificationMailProcessor, AuditQueryService, ClientErrorProblems, RetentionProcessor, ActionPlanService,
        NominationValidity, NominationReminderProcessor, NominationExpiryProcessor,
      ],
      exports: [JobRunner],
    };
  }
}
