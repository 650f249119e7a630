import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { AccessService } from '../access/access.service';
import { AuditAction, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity } from '../database/entities';
import { CLIENT_SORTS, ClientListQuery, CreateClientDto } from './client.dto';
import { clientViewFor } from './client.views';

/** A care provider's clients. Every read and write is audited in the same transaction. */
@Injectable()
export class ClientService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(actor: Actor, dto: CreateClientDto) {
    return this.uow.run(async (m) => {
      if (await m.existsBy(ClientEntity, { careProviderId: actor.organisationId!, reference: dto.reference }))
        throw new AppError(ErrorCode.AlreadyExists, 'You already registered a client with this reference.', [{ field: 'reference', message: 'already in use' }]);
      const now = this.clock.now();
      const c = m.create(ClientEntity, {
        id: randomUUID(),
        careProviderId: actor.organisationId!,
        regionCode: actor.regionCode!,
        reference: dto.reference,
        originMunicipalityCode: dto.originMunicipalityCode,
        birthYear: dto.birthYear,
        householdSize: dto.householdSize,
        currentSetting: dto.currentSetting,
        sex: dto.sex ?? null,
        legalFramework: dto.legalFramework ?? null,
        livingSituation: dto.livingSituation ?? null,
        incomeBand: dto.incomeBand ?? null,
        needs: [...new Set(dto.needs ?? [])],
        avoidNeighbourhoodCodes: [...new Set(dto.avoidNeighbourhoodCodes ?? [])],
        consentToShare: true,
        createdAt: now,
      });
      await m.insert(ClientEntity, c);
      await this.audit.record(m, actor, [{ action: 'client.create', objectType: 'client', objectId: c.id, clientId: c.id }], now);
      return clientViewFor(actor.role, c);
    });
  }

  list(actor: Actor, q: ClientListQuery) {
    return this.uow.run(async (m) => {
      const page = await paginate(this.access.scoped(m.createQueryBuilder(ClientEntity, 'c'), actor, 'client', 'c'), 'c', q, CLIENT_SORTS);
      await this.audit.record(m, actor, page.items.map((c) => ({ action: 'client.list' as AuditAction, objectType: 'client', objectId: c.id, clientId: c.id })), this.clock.now());
      return { items: page.items.map((c) => clientViewFor(actor.role, c)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => {
      const c = await this.access.load(m, ClientEntity, actor, 'client', id);
      await this.audit.record(m, actor, [{ action: 'client.read', objectType: 'client', objectId: c.id, clientId: c.id }], this.clock.now());
      return clientViewFor(actor.role, c);
    });
  }
}
