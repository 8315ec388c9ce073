import type { TemplateVariableDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

export const getTemplateVariables = (signal?: AbortSignal) =>
  api.get<{ variables: TemplateVariableDto[] }>('/influencer/outreach/templates/variables', undefined, signal);

export const templateVariablesQueryOptions = (storeId: string) =>
  queryOptions({
    queryKey: templateKeys.variables(storeId),
    queryFn: ({ signal }) => getTemplateVariables(signal),
    // The list is part of the API's code: it changes only with a new release.
    staleTime: Infinity,
  });

export function useTemplateVariables() {
  return useQuery(templateVariablesQueryOptions(useStoreId()));
}
