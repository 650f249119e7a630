import { InitialSchema1764072000000 } from './1764072000000-initial-schema';
import { RentParameters1764158400000 } from './1764158400000-rent-parameters';
import { EngineWiring1764244800000 } from './1764244800000-engine-wiring';
import { TenancyFollowUp1764331200000 } from './1764331200000-tenancy-follow-up';
import { Notifications1764417600000 } from './1764417600000-notifications';
import { NotificationMail1764504000000 } from './1764504000000-notification-mail';
import { OversightRoles1764590400000 } from './1764590400000-oversight-roles';
import { AuditGroundsAndRetention1764630000000 } from './1764630000000-audit-grounds-and-retention';

/** Every migration, in order. */
export const MIGRATIONS = [InitialSchema1764072000000, RentParameters1764158400000, EngineWiring1764244800000, TenancyFollowUp1764331200000, Notifications1764417600000, NotificationMail1764504000000, OversightRoles1764590400000, AuditGroundsAndRetention1764630000000];
