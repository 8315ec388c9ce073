import type { TemplateDto, TemplateInput } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { templateKeys } from '../keys';

export const createTemplate = (input: TemplateInput) => api.post<TemplateDto>('/influencer/outreach/templates', input);

export function useCreateTemplate() {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTemplate,
    onSuccess: async (template) => {
      queryClient.setQueryData(templateKeys.detail(storeId, template.id), template);
      await queryClient.invalidateQueries({ queryKey: templateKeys.lists(storeId) });
    },
  });
}
