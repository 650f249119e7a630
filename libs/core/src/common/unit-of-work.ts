import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Outbox } from '../jobs/outbox.service';

/** A business transaction: all or nothing; jobs written to the outbox are dispatched after commit. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.ds.transaction(work);
    this.outbox.nudge();
    return result;
  }
}
