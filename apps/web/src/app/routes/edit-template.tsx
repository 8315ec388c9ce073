import { useParams } from 'react-router-dom';
import { EditTemplate } from '@/features/templates/components/editor/template-editor';

export function EditTemplateRoute() {
  const { id = '' } = useParams();
  // Keyed by id so moving to another template starts from that template's values and an empty preview.
  return <EditTemplate key={id} id={id} />;
}
