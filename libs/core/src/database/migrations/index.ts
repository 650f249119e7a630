import { InitialSchema1764072000000 } from './1764072000000-initial-schema';
import { RentParameters1764158400000 } from './1764158400000-rent-parameters';
import { EngineWiring1764244800000 } from './1764244800000-engine-wiring';
import { TenancyFollowUp1764331200000 } from './1764331200000-tenancy-follow-up';
import { Notifications1764417600000 } from './1764417600000-notifications';
import { NotificationMail1764504000000 } from './1764504000000-notification-mail';
import { OversightRoles1764590400000 } from './1764590400000-oversight-roles';
import { NotificationCodes1764600000000 } from './1764600000000-notification-codes';
import { SessionsAndLockout1764610000000 } from './1764610000000-sessions-and-lockout';
import { OrganisationOidc1764610000001 } from './1764610000001-organisation-oidc';
import { ContingentsAndMonitorSnapshots1764620000000 } from './1764620000000-contingents-and-monitor-snapshots';
import { AuditGroundsAndRetention1764630000000 } from './1764630000000-audit-grounds-and-retention';
import { RefusalConsequence1764640000000 } from './1764640000000-refusal-consequence';
import { UnknownLoginFailures1764640000001 } from './1764640000001-unknown-login-failures';
import { ActionPlan1764650000000 } from './1764650000000-action-plan';
import { NominationValidity1764660000000 } from './1764660000000-nomination-validity';

/** Every migration, in order. */
export const MIGRATIONS = [
  InitialSchema1764072000000,
  RentParameters1764158400000,
  EngineWiring1764244800000,
  TenancyFollowUp1764331200000,
  Notifications1764417600000,
  NotificationMail1764504000000,
  OversightRoles1764590400000,
  NotificationCodes1764600000000,
  SessionsAndLockout1764610000000,
  OrganisationOidc1764610000001,
  ContingentsAndMonitorSnapshots1764620000000,
  AuditGroundsAndRetention1764630000000,
  RefusalConsequence1764640000000,
  UnknownLoginFailures1764640000001,
  ActionPlan1764650000000,
  NominationValidity1764660000000,
];
