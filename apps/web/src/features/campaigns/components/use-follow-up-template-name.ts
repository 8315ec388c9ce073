import { useFollowUpTemplates } from '@/features/templates/api/get-follow-up-templates';

/** Names a chosen follow-up template by id: its name, or a placeholder while the templates load or once it was removed. */
export function useFollowUpTemplateName(): (id: string) => string {
  const { byId, isPending } = useFollowUpTemplates();
  return (id) => byId.get(id)?.name ?? (isPending ? 'Loading…' : 'A template that was removed');
}
