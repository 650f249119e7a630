import { Injectable } from '@nestjs/common';

export interface DemoSummary {
  region: string;
  created: boolean;
  password: string;
  users: Array<{ role: string; email: string }>;
}

/** Placeholder: replaced by the demo region loader. */
@Injectable()
export class DemoLoader {
  async loadIfEmpty(): Promise<DemoSummary | null> {
    return null;
  }
}
