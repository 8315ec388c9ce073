import type { ContractClauseDto, ContractTemplateDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { contractKeys } from '../keys';

export interface ContractTemplates {
  contractTemplates: ContractTemplateDto[];
  /** Parley's own agreement: used when a contract names no template and the store has no default. */
  builtIn: { name: string; clauses: ContractClauseDto[] };
  /** What clause bodies may hold, e.g. `{{brand_name}}`, filled in when a contract is written. */
  placeholders: string[];
}

export const getContractTemplates = (signal?: AbortSignal) => api.get<ContractTemplates>('/contract-templates', undefined, signal);

export const contractTemplatesQueryOptions = (storeId: string) =>
  queryOptions({ queryKey: contractKeys.templates(storeId), queryFn: ({ signal }) => getContractTemplates(signal) });

export function useContractTemplates() {
  return useQuery(contractTemplatesQueryOptions(useStoreId()));
}
