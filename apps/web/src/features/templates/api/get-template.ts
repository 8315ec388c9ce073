import type { TemplateDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

export const getTemplate = (id: string, signal?: AbortSignal) =>
  api.get<TemplateDto>(`/influencer/outreach/templates/${encodeURIComponent(id)}`, undefined, signal);

export const templateQueryOptions = (storeId: string, id: string) =>
  queryOptions({ queryKey: templateKeys.detail(storeId, id), queryFn: ({ signal }) => getTemplate(id, signal) });

export function useTemplate(id: string) {
  return useQuery(templateQueryOptions(useStoreId(), id));
}
