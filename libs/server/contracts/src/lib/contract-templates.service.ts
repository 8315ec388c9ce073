import { Injectable } from '@nestjs/common';
import { Tenancy, ValidationException } from '@parley/server-core';
import { ContractTemplate, type ContractClause } from '@parley/server-data';
import type { ContractTemplateDto } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';
import { BUILT_IN_AGREEMENT, CONTRACT_PLACEHOLDERS, unknownPlaceholders } from './agreement-text';
import type { CreateContractTemplateDto, UpdateContractTemplateDto } from './contracts.dto';

const toDto = (t: ContractTemplate): ContractTemplateDto => ({
  id: t.id,
  name: t.name,
  clauses: t.clauses,
  isDefault: t.isDefault,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

/** A store's agreement templates: clause text with placeholders; one may be the default. */
@Injectable()
export class ContractTemplatesService {
  constructor(private readonly tenancy: Tenancy) {}

  async list(storeId: string): Promise<{ contractTemplates: ContractTemplateDto[]; builtIn: typeof BUILT_IN_AGREEMENT; placeholders: readonly string[] }> {
    const rows = await this.tenancy.repo(ContractTemplate, storeId).qb('t').orderBy('t.isDefault', 'DESC').addOrderBy('t.name', 'ASC').getMany();
    return { contractTemplates: rows.map(toDto), builtIn: BUILT_IN_AGREEMENT, placeholders: CONTRACT_PLACEHOLDERS };
  }

  async create(storeId: string, dto: CreateContractTemplateDto): Promise<ContractTemplateDto> {
    checkPlaceholders(dto.clauses);
    return this.tenancy.transaction(async (manager) => {
      if (dto.isDefault) await this.clearDefault(storeId, manager);
      const repo = this.tenancy.repo(ContractTemplate, storeId, manager);
      return toDto(await repo.save(repo.create({ name: dto.name, clauses: clausesOf(dto.clauses), isDefault: dto.isDefault ?? false })));
    });
  }

  async update(storeId: string, id: string, dto: UpdateContractTemplateDto): Promise<ContractTemplateDto> {
    if (dto.clauses) checkPlaceholders(dto.clauses);
    return this.tenancy.transaction(async (manager) => {
      const repo = this.tenancy.repo(ContractTemplate, storeId, manager);
      const template = await repo.get(id);
      if (dto.isDefault) await this.clearDefault(storeId, manager);
      if (dto.name !== undefined) template.name = dto.name;
      if (dto.clauses) template.clauses = clausesOf(dto.clauses);
      if (dto.isDefault !== undefined) template.isDefault = dto.isDefault;
      return toDto(await repo.save(template));
    });
  }

  async remove(storeId: string, id: string): Promise<void> {
    await this.tenancy.repo(ContractTemplate, storeId).delete(id);
  }

  /** The clauses a new contract starts from: the named template, else the store's default, else the built-in agreement. */
  async clausesFor(storeId: string, templateId: string | undefined, manager?: EntityManager): Promise<{ templateId: string | null; clauses: ContractClause[] }> {
    const repo = this.tenancy.repo(ContractTemplate, storeId, manager);
    if (templateId) {
      const named = await repo.findOne(templateId);
      if (!named) throw new ValidationException([{ field: 'templateId', messages: ['templateId must be the id of one of your contract templates'] }]);
      return { templateId: named.id, clauses: named.clauses };
    }
    const fallback = await repo.qb('t').andWhere('t.isDefault').getOne();
    return fallback ? { templateId: fallback.id, clauses: fallback.clauses } : { templateId: null, clauses: BUILT_IN_AGREEMENT.clauses };
  }

  private async clearDefault(storeId: string, manager: EntityManager): Promise<void> {
    await this.tenancy.query(storeId, `UPDATE contract_templates SET is_default = false, updated_at = now() WHERE store_id = $1 AND is_default`, [], manager);
  }
}

const clausesOf = (clauses: ContractClause[]): ContractClause[] => clauses.map((c) => ({ heading: c.heading, body: c.body }));

/** A placeholder we cannot fill would print as "{{typo}}" in a signed agreement: refused, naming the clause. */
function checkPlaceholders(clauses: ContractClause[]): void {
  const errors = clauses.flatMap((c, i) => {
    const unknown = unknownPlaceholders(`${c.heading}\n${c.body}`);
    return unknown.length ? [{ field: `clauses.${i}.body`, messages: [`unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(', ')}; use ${CONTRACT_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`] }] : [];
  });
  if (errors.length) throw new ValidationException(errors);
}
