import type { Channel, ListOf, PageQuery, TemplateDto, TemplateType } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

export interface TemplateFilters extends PageQuery {
  channel?: Channel;
  templateType?: TemplateType;
}

export type TemplateList = ListOf<'templates', TemplateDto>;

/** Newest first; the API allows at most 100 per page. */
export const getTemplates = (filters: TemplateFilters, signal?: AbortSignal) => api.get<TemplateList>('/influencer/outreach/templates', { ...filters }, signal);

export const templatesQueryOptions = (storeId: string, filters: TemplateFilters) =>
  queryOptions({
    queryKey: templateKeys.list(storeId, filters),
    queryFn: ({ signal }) => getTemplates(filters, signal),
    // Keep the current list on screen while another channel or page loads.
    placeholderData: keepPreviousData,
  });

export function useTemplates(filters: TemplateFilters) {
  return useQuery(templatesQueryOptions(useStoreId(), filters));
}
