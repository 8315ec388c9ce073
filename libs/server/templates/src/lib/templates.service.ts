import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { STORE_CREATED, Tenancy, paginate, type AuthContext, type StoreCreatedEvent } from '@parley/server-core';
import { OutreachTemplate } from '@parley/server-data';
import type { ListOf, PreviewDto as PreviewResult, TemplateDto } from '@parley/shared-types';
import { DEFAULT_TEMPLATES } from './default-templates';
import { TemplateRenderer } from './renderer';
import { lintTemplate } from './spam-lint';
import { RenderSubjectLoader } from './subject-loader';
import { CreateTemplateDto, PreviewDto, TemplateListQueryDto, UpdateTemplateDto } from './template.dto';
import { checkTemplate } from './template-rules';
import { toTemplateDto } from './template.serializer';

@Injectable()
export class TemplatesService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly renderer: TemplateRenderer,
    private readonly subjects: RenderSubjectLoader,
  ) {}

  /** Every new store starts with a template of each type for each channel, in the store's own transaction. */
  @OnEvent(STORE_CREATED, { async: false, promisify: true, suppressErrors: false })
  async createDefaults(event: StoreCreatedEvent): Promise<void> {
    const repo = this.tenancy.repo(OutreachTemplate, event.storeId, event.manager);
    const rows = DEFAULT_TEMPLATES.map((t) => repo.create({ ...t, variables: checkTemplate(t), isDefault: true }));
    await event.manager.save(rows);
  }

  async list(auth: AuthContext, query: TemplateListQueryDto): Promise<ListOf<'templates', TemplateDto>> {
    const qb = this.repo(auth).qb('t');
    if (query.channel) qb.andWhere('t.channel = :channel', { channel: query.channel });
    if (query.templateType) qb.andWhere('t.templateType = :templateType', { templateType: query.templateType });
    const { items, pagination } = await paginate(qb, query);
    return { templates: items.map(toTemplateDto), pagination };
  }

  async get(auth: AuthContext, id: string): Promise<TemplateDto> {
    return toTemplateDto(await this.repo(auth).get(id));
  }

  async create(auth: AuthContext, dto: CreateTemplateDto): Promise<TemplateDto> {
    const variables = checkTemplate(dto);
    const repo = this.repo(auth);
    const saved = await repo.save(repo.create({ ...dto, subject: dto.subject ?? null, variables, isDefault: false }));
    return toTemplateDto(saved);
  }

  async update(auth: AuthContext, id: string, dto: UpdateTemplateDto): Promise<TemplateDto> {
    const repo = this.repo(auth);
    const template = await repo.get(id);
    const next = { ...template, ...dto } as OutreachTemplate;
    template.variables = checkTemplate(next);
    Object.assign(template, dto);
    return toTemplateDto(await repo.save(template));
  }

  async remove(auth: AuthContext, id: string): Promise<{ id: string; deleted: true }> {
    await this.repo(auth).delete(id);
    return { id, deleted: true };
  }

  /** Renders the template exactly as a send would, for one creator (and campaign). */
  async preview(auth: AuthContext, id: string, dto: PreviewDto): Promise<PreviewResult> {
    const template = await this.repo(auth).get(id);
    const subject = await this.subjects.load(auth, dto.influencerId, dto.campaignId);
    const rendered = await this.renderer.render(template, subject);
    const spam = lintTemplate(template.channel, template.templateType, rendered.subject, rendered.body);
    const warnings = [...rendered.warnings, ...spam.findings.map((f) => `Spam check: ${f.message}`)];
    return {
      subject: template.channel === 'email' ? rendered.subject : null,
      body: rendered.body,
      ...(rendered.html ? { html: rendered.html } : {}),
      warnings,
      bytes: rendered.bytes,
      characters: rendered.characters,
      limit: rendered.limit,
      spam,
    };
  }

  private repo(auth: AuthContext) {
    return this.tenancy.repo(OutreachTemplate, auth.storeId);
  }
}
