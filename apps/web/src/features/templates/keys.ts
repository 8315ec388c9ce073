import type { PreviewInput } from '@parley/shared-types';
import type { TemplateFilters } from './api/get-templates';

/** Query keys of the templates feature; each starts with the store so stores never share a cache entry. */
export const templateKeys = {
  all: (storeId: string) => ['stores', storeId, 'templates'] as const,
  lists: (storeId: string) => [...templateKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: TemplateFilters) => [...templateKeys.lists(storeId), filters] as const,
  detail: (storeId: string, id: string) => [...templateKeys.all(storeId), 'detail', id] as const,
  /** Under the template's detail: saving the template makes every preview of it out of date. */
  previews: (storeId: string, id: string) => [...templateKeys.detail(storeId, id), 'preview'] as const,
  preview: (storeId: string, id: string, input: PreviewInput) => [...templateKeys.previews(storeId, id), input] as const,
  variables: (storeId: string) => [...templateKeys.all(storeId), 'variables'] as const,
};
