import type { Channel, TemplateType } from '@parley/shared-types';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { RecordLoadError } from '@/components/ui/states';
import { useTemplate } from '../../api/get-template';
import { CHANNEL_LABELS, TEMPLATE_TYPE_LABELS } from '../labels';
import { SpamBadge } from '../spam-badge';
import { emptyDraft } from './template-draft';
import { TemplateForm, type CreatedState } from './template-form';

function Breadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/templates">Templates</Link>
    </nav>
  );
}

/** The new-template page; the channel and type may come from the list ("Write one"). */
export function NewTemplate({ channel, templateType }: { channel?: Channel; templateType?: TemplateType }) {
  return (
    <div className="stack stack--lg">
      <Breadcrumb />
      <PageHeader title="New template" description="Write the message, insert placeholders from the list, then save to preview it for a real creator." />
      <TemplateForm template={null} initialDraft={emptyDraft(channel, templateType)} />
    </div>
  );
}

/** The edit page: loads the template, then hands it to the form (which keeps its own draft from then on). */
export function EditTemplate({ id }: { id: string }) {
  const template = useTemplate(id);
  const { state, pathname } = useLocation() as { state: Partial<CreatedState> | null; pathname: string };
  const navigate = useNavigate();
  const justCreated = state?.created === true;
  const loaded = template.isSuccess;

  // The form has read the hand-over by now; dropping it keeps a reload from announcing the creation again.
  useEffect(() => {
    if (justCreated && loaded) void navigate(pathname, { replace: true, state: null });
  }, [justCreated, loaded, navigate, pathname]);

  if (template.isPending) {
    return (
      <div className="stack stack--lg" role="status" aria-label="Loading template">
        <Skeleton height="2rem" width="40%" />
        <Skeleton height="24rem" />
      </div>
    );
  }
  if (template.isError) return <RecordLoadError resource="template" error={template.error} onRetry={() => void template.refetch()} back={{ to: '/templates', label: 'Back to templates' }} />;

  const t = template.data;
  return (
    <div className="stack stack--lg">
      <Breadcrumb />
      <PageHeader
        title={t.name}
        description={
          <span className="row">
            {TEMPLATE_TYPE_LABELS[t.templateType].label} · {CHANNEL_LABELS[t.channel]}
            {t.isDefault && <Badge>Default</Badge>}
            <SpamBadge spam={t.spam} />
          </span>
        }
      />
      <TemplateForm template={t} initialDraft={emptyDraft()} justCreated={justCreated} />
    </div>
  );
}
