import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { UserEntity } from '../database/entities';
import { userView } from '../setup/setup.views';
import { Actor } from './actor';
import { SessionService } from './session.service';

/** The admin's account actions: unlock after a lockout, disable (ends every session) and enable again. Each is audited. */
@Injectable()
export class AccountService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  unlock(actor: Actor, id: string) {
    return this.change(actor, id, 'user.unlock', async (m, u) => {
      await m.update(UserEntity, { id: u.id }, { lockedUntil: null, failedLoginCount: 0, firstFailedLoginAt: null });
    });
  }

  disable(actor: Actor, id: string) {
    return this.change(actor, id, 'user.disable', async (m, u, now) => {
      if (u.id === actor.userId) throw new AppError(ErrorCode.InvalidTransition, 'You cannot disable your own account.');
      if (!u.disabledAt) await m.update(UserEntity, { id: u.id }, { disabledAt: now });
      await this.sessions.endAllOfUser(m, u.id, 'user_disabled', now);
    });
  }

  enable(actor: Actor, id: string) {
    return this.change(actor, id, 'user.enable', async (m, u) => {
      await m.update(UserEntity, { id: u.id }, { disabledAt: null });
    });
  }

  private change(actor: Actor, id: string, action: 'user.unlock' | 'user.disable' | 'user.enable', work: (m: EntityManager, u: UserEntity, now: Date) => Promise<void>) {
    return this.uow.run(async (m) => {
      const now = this.clock.now();
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw AppError.notFound('User');
      await work(m, user, now);
      await this.audit.record(m, actor, [{ action, objectType: 'user', objectId: user.id }], now);
      return userView(await m.findOneByOrFail(UserEntity, { id }), now);
    });
  }
}
