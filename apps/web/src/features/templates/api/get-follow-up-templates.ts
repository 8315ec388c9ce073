import type { Channel, TemplateDto, TemplateType } from '@parley/shared-types';
import { useQueries } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { templatesQueryOptions } from './get-templates';

/** The template types a follow-up can use, first to last. */
export const FOLLOW_UP_TEMPLATE_TYPES = ['follow_up_1', 'follow_up_2', 'follow_up_3'] as const satisfies readonly TemplateType[];

/** The type written for follow-up `step` (1-based); steps past the third use the last one's type, as the writer does. */
export const followUpTemplateType = (step: number): (typeof FOLLOW_UP_TEMPLATE_TYPES)[number] =>
  FOLLOW_UP_TEMPLATE_TYPES[Math.min(Math.max(step, 1), FOLLOW_UP_TEMPLATE_TYPES.length) - 1];

/**
 * The store's follow-up templates of a channel (every follow_up_N type, up to 100 of each: the API's
 * page limit), for choosing one per step and naming the chosen ones.
 */
export function useFollowUpTemplates(channel: Channel = 'email') {
  const storeId = useStoreId();
  return useQueries({
    queries: FOLLOW_UP_TEMPLATE_TYPES.map((templateType) => templatesQueryOptions(storeId, { channel, templateType, perPage: 100 })),
    combine: (results) => {
      const templates = results.flatMap((result): TemplateDto[] => result.data?.templates ?? []);
      return {
        templates,
        byId: new Map(templates.map((template) => [template.id, template])),
        isPending: results.some((result) => result.isPending),
        isError: results.some((result) => result.isError),
        refetch: () => results.forEach((result) => void result.refetch()),
      };
    },
  });
}
