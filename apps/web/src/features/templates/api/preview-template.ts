import type { PreviewDto, PreviewInput } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { apiRequest } from '@/lib/api-client';
import { templateKeys } from '../keys';

/** Renders the saved template for one creator (and campaign) exactly as a send would. A POST, but it changes nothing. */
export const previewTemplate = (id: string, input: PreviewInput, signal?: AbortSignal) =>
  apiRequest<PreviewDto>(`/influencer/outreach/templates/${encodeURIComponent(id)}/preview`, { method: 'POST', body: input, signal });

export const templatePreviewQueryOptions = (storeId: string, id: string, input: PreviewInput) =>
  queryOptions({
    queryKey: templateKeys.preview(storeId, id, input),
    queryFn: ({ signal }) => previewTemplate(id, input, signal),
    // Personalised placeholders may cost a model call: render again on save or on request, not on every focus.
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  });

/** The preview for `input`, or nothing until a creator is chosen. */
export function useTemplatePreview(id: string, input: PreviewInput | null) {
  const storeId = useStoreId();
  return useQuery({
    ...templatePreviewQueryOptions(storeId, id, input ?? { influencerId: '' }),
    enabled: input !== null,
  });
}
