import type { TemplateDto } from '@parley/shared-types';
import { Link } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { CHANNEL_LABELS } from './labels';
import { SpamBadge } from './spam-badge';

interface Props {
  caption: string;
  templates: TemplateDto[];
  onDelete: (template: TemplateDto) => void;
}

/** One template type's templates: the name opens the editor. */
export function TemplatesTable({ caption, templates, onDelete }: Props) {
  return (
    <div className="table-wrap">
      <table className="table templates-table">
        <caption className="visually-hidden">{caption} templates</caption>
        <thead>
          <tr>
            <th scope="col" className="templates-table__name-col">
              Name
            </th>
            <th scope="col" className="templates-table__channel-col">
              Channel
            </th>
            <th scope="col">Subject</th>
            <th scope="col" className="templates-table__spam-col">
              Spam check
            </th>
            <th scope="col" className="templates-table__actions-col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <th scope="row">
                <span className="templates-table__name">
                  <Link to={`/templates/${template.id}`}>{template.name}</Link>
                  {template.isDefault && <Badge>Default</Badge>}
                </span>
              </th>
              <td className="templates-table__channel">{CHANNEL_LABELS[template.channel]}</td>
              <td className="templates-table__subject">{template.subject ?? <span className="muted">No subject (DM)</span>}</td>
              <td>
                <SpamBadge spam={template.spam} />
              </td>
              <td className="actions">
                <Link
                  className="btn btn--ghost btn--small"
                  to={`/templates/${template.id}`}
                  aria-label={`Edit ${template.name} (${CHANNEL_LABELS[template.channel]})`}
                >
                  Edit
                </Link>
                <button
                  type="button"
                  className="btn btn--ghost btn--small btn--danger-text"
                  onClick={() => onDelete(template)}
                  aria-label={`Delete ${template.name} (${CHANNEL_LABELS[template.channel]})`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
