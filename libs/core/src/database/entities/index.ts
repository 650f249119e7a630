import { AuditEventEntity } from './audit-event.entity';
import { ClientEntity } from './client.entity';
import { MatchEventEntity } from './match-event.entity';
import { MatchEntity } from './match.entity';
import { MatchingRunEntity } from './matching-run.entity';
import { MunicipalityEntity } from './municipality.entity';
import { NeighbourhoodEntity } from './neighbourhood.entity';
import { NeighbourhoodUnitEntity } from './neighbourhood-unit.entity';
import { NominationEntity } from './nomination.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationEntity } from './organisation.entity';
import { OidcExchangeCodeEntity, OidcLoginRequestEntity, OrganisationOidcEntity } from './organisation-oidc.entity';
import { OutboxEntity } from './outbox.entity';
import { RegionEntity } from './region.entity';
import { RentParametersEntity } from './rent-parameters.entity';
import { SessionEntity, SessionRefreshTokenEntity } from './session.entity';
import { TenancyEntity } from './tenancy.entity';
import { TenancyEventEntity } from './tenancy-event.entity';
import { UserEntity } from './user.entity';
import { VacancyEntity } from './vacancy.entity';
import { ActionPlanActionEntity } from './action-plan-action.entity';

export {
  ActionPlanActionEntity, AuditEventEntity, ClientEntity, MatchEventEntity, MatchEntity, MatchingRunEntity, MunicipalityEntity, NeighbourhoodEntity, NeighbourhoodUnitEntity,
  NominationEntity, NotificationEntity, OidcExchangeCodeEntity, OidcLoginRequestEntity, OrganisationEntity, OrganisationOidcEntity, OutboxEntity, RegionEntity, RentParametersEntity, SessionEntity, SessionRefreshTokenEntity, TenancyEntity, TenancyEventEntity, UserEntity, VacancyEntity,
};

export const ENTITIES = [
  ActionPlanActionEntity, AuditEventEntity, ClientEntity, MatchEventEntity, MatchEntity, MatchingRunEntity, MunicipalityEntity, NeighbourhoodEntity, NeighbourhoodUnitEntity,
  NominationEntity, NotificationEntity, OidcExchangeCodeEntity, OidcLoginRequestEntity, OrganisationEntity, OrganisationOidcEntity, OutboxEntity, RegionEntity, RentParametersEntity, SessionEntity, SessionRefreshTokenEntity, TenancyEntity, TenancyEventEntity, UserEntity, VacancyEntity,
];
