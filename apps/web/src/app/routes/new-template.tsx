import { useSearchParams } from 'react-router-dom';
import { NewTemplate } from '@/features/templates/components/editor/template-editor';
import { isChannel, isTemplateType } from '@/features/templates/components/labels';

export function NewTemplateRoute() {
  const [params] = useSearchParams();
  const channel = params.get('channel') ?? '';
  const templateType = params.get('templateType') ?? '';
  // Malformed values (a hand-edited URL) fall back to the defaults.
  return <NewTemplate channel={isChannel(channel) ? channel : undefined} templateType={isTemplateType(templateType) ? templateType : undefined} />;
}
