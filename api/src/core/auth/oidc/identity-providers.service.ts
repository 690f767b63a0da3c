import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../access/access.service.js';
import type { RequestContext } from '../../access/request-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { IdentityProviderEntity } from './identity-provider.entity.js';
import type { CreateIdentityProviderInput, SetIdentityProviderEnabledInput, UpdateIdentityProviderInput } from './identity-provider.inputs.js';
import type { IdentityProviderObject, SignInProviderObject } from './identity-provider.object.js';
import { isLocalHttp } from './oidc-client.service.js';

const AUDITED = ['name', 'issuer', 'clientId', 'secretEnv', 'emailDomains', 'tenantIds', 'enabled', 'version'] as const;
const LIST_MAX = 100;

/** The system administrator's register of single sign-on providers; the sign-in page's list of those enabled. */
@Injectable()
export class IdentityProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Names only: anyone may see which organisations' sign-in is offered. */
  async signInProviders(): Promise<SignInProviderObject[]> {
    return this.dataSource.query(`SELECT id, name FROM identity_provider WHERE enabled ORDER BY lower(name) LIMIT ${LIST_MAX}`);
  }

  async list(ctx: RequestContext): Promise<IdentityProviderObject[]> {
    this.requireManager(ctx);
    const rows = await this.dataSource
      .getRepository(IdentityProviderEntity)
      .createQueryBuilder('p')
      .orderBy('lower(p.name)')
      .limit(LIST_MAX)
      .getMany();
    return rows.map(toObject);
  }

  async create(ctx: RequestContext, input: CreateIdentityProviderInput): Promise<IdentityProviderObject> {
    this.requireManager(ctx);
    const values = this.normalise(input);
    return this.dataSource.transaction(async (m) => {
      await assertNameFree(m, values.name, null);
      const created = await m.getRepository(IdentityProviderEntity).save(m.create(IdentityProviderEntity, values));
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'IdentityProvider',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return toObject(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateIdentityProviderInput): Promise<IdentityProviderObject> {
    this.requireManager(ctx);
    const values = this.normalise(input);
    return this.change(ctx, input.id, input.version, values, async (m) => assertNameFree(m, values.name, input.id));
  }

  async setEnabled(ctx: RequestContext, input: SetIdentityProviderEnabledInput): Promise<IdentityProviderObject> {
    this.requireManager(ctx);
    return this.change(ctx, input.id, input.version, { enabled: input.enabled });
  }

  private async change(
    ctx: RequestContext,
    id: string,
    version: number,
    values: Partial<IdentityProviderEntity>,
    check?: (m: EntityManager) => Promise<void>,
  ): Promise<IdentityProviderObject> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(IdentityProviderEntity);
      const before = await repo.findOneBy({ id });
      if (!before) throw AppError.notFound('Single sign-on provider');
      await check?.(m);
      const result = await m
        .createQueryBuilder()
        .update(IdentityProviderEntity)
        .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) {
        throw AppError.conflict('This provider', await this.audit.changedSince(m, 'IdentityProvider', id, version), 'IdentityProvider');
      }
      const after = await repo.findOneByOrFail({ id });
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'IdentityProvider',
        entityId: id,
        action: 'UPDATE',
        before: pick(before),
        after: pick(after),
      });
      return toObject(after);
    });
  }

  private requireManager(ctx: RequestContext): void {
    const viewer = this.access.requireViewer(ctx);
    if (!this.access.holdsAnywhere(viewer, PERMISSIONS.IDENTITY_PROVIDER_MANAGE)) {
      throw AppError.forbidden('Only the system administrator can change single sign-on');
    }
  }

  private normalise(input: CreateIdentityProviderInput | UpdateIdentityProviderInput) {
    const issuer = input.issuer.trim();
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      throw AppError.badInput('issuer', 'Enter the issuer as a full web address, like https://login.microsoftonline.com/<tenant id>/v2.0');
    }
    const localTest = this.config.NODE_ENV !== 'production' && isLocalHttp(url);
    if ((url.protocol !== 'https:' && !localTest) || url.search || url.hash || url.username || url.password) {
      throw AppError.badInput('issuer', 'Enter an issuer address that starts with https:// and has no ? or # part');
    }
    const issuerText = url.href.replace(/\/$/, '');
    if (issuerText.length > 300) throw AppError.badInput('issuer', 'Issuer URL must be 300 characters or fewer');
    return {
      name: input.name.trim(),
      issuer: issuerText,
      clientId: input.clientId.trim(),
      secretEnv: input.secretEnv,
      emailDomains: [...new Set(input.emailDomains)].sort(),
      tenantIds: [...new Set(input.tenantIds)].sort(),
    };
  }
}

async function assertNameFree(m: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const clash: unknown[] = await m.query(`SELECT 1 FROM identity_provider WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`, [
    name,
    exceptId,
  ]);
  if (clash.length) throw AppError.badInput('name', 'A provider with this name is already registered');
}

function pick(p: IdentityProviderEntity): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((k) => [k, p[k]]));
}

function toObject(p: IdentityProviderEntity): IdentityProviderObject {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    secretEnv: p.secretEnv,
    secretSet: Boolean(process.env[p.secretEnv]),
    emailDomains: p.emailDomains,
    tenantIds: p.tenantIds,
    enabled: p.enabled,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}
