import type { TemplateDto, TemplateInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

/** A PATCH body: every create field optional; `subject: null` clears it (derived from the wire type, not copied). */
export type TemplatePatch = Partial<TemplateInput>;

export const updateTemplate = (id: string, patch: TemplatePatch) => api.patch<TemplateDto>(`/influencer/outreach/templates/${encodeURIComponent(id)}`, patch);

export function useUpdateTemplate(id: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TemplatePatch) => updateTemplate(id, patch),
    onSuccess: async (template) => {
      queryClient.setQueryData(templateKeys.detail(storeId, id), template);
      // Previews on screen render again from the saved text.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: templateKeys.previews(storeId, id) }),
        queryClient.invalidateQueries({ queryKey: templateKeys.lists(storeId) }),
      ]);
    },
  });
}
