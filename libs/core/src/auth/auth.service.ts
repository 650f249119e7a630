import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../common/app-error';
import { ENV } from '../config/config.module';
import { DEMO_ADMIN, Environment } from '../config/environment';
import { MunicipalityEntity, OrganisationEntity, UserEntity } from '../database/entities';
import { PASSWORD_ROUNDS } from '../setup/setup.service';
import { Actor, TokenClaims } from './actor';
import { LoginDto } from './auth.dto';

// A fixed hash to compare against when the user does not exist, so timing does not reveal accounts.
const DUMMY_HASH = bcrypt.hashSync('not a password', PASSWORD_ROUNDS);

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    @Inject(ENV) private readonly env: Environment,
  ) {}

  /** The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD (the demo admin outside production). */
  async onApplicationBootstrap(): Promise<void> {
    const email = (this.env.ADMIN_EMAIL ?? DEMO_ADMIN.email).toLowerCase();
    const password = this.env.ADMIN_PASSWORD ?? DEMO_ADMIN.password;
    const inserted = await this.ds
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ id: randomUUID(), email, passwordHash: await bcrypt.hash(password, PASSWORD_ROUNDS), role: 'admin', organisationId: null })
      .orIgnore()
      .execute();
    if (inserted.identifiers.length && inserted.raw?.length) this.logger.log(`created the first admin ${email}`);
  }

  async login(dto: LoginDto): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number }> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email: dto.email.toLowerCase() });
    const valid = await bcrypt.compare(dto.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) throw new AppError(ErrorCode.InvalidCredentials, 'The e-mail address or the password is wrong.');
    const org = user.organisationId ? await this.ds.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId }) : null;
    const claims: TokenClaims = { sub: user.id, role: user.role, org: org?.id ?? null, region: org?.regionCode ?? null, mun: org?.municipalityCode ?? null };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.env.JWT_TTL_SECONDS });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.env.JWT_TTL_SECONDS };
  }

  async me(actor: Actor) {
    const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    const org = actor.organisationId ? await this.ds.getRepository(OrganisationEntity).findOneBy({ id: actor.organisationId }) : null;
    const mun = org?.municipalityCode ? await this.ds.getRepository(MunicipalityEntity).findOneBy({ code: org.municipalityCode }) : null;
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      organisation: org ? { id: org.id, type: org.type, name: org.name, regionCode: org.regionCode, municipalityCode: org.municipalityCode } : null,
      municipality: mun ? { code: mun.code, name: mun.name, isCentre: mun.isCentre } : null,
    };
  }
}
