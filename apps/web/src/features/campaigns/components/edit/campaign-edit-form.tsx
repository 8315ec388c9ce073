import type { CampaignDto } from '@parley/shared-types';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { FormSection } from '@/components/ui/form-section';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid, hasErrors, withoutErrors } from '@/lib/forms';
import { useUpdateCampaign } from '../../api/update-campaign';
import {
  REVIEW_STEP,
  STEPS,
  campaignToDraft,
  stepOfField,
  toCampaignPatch,
  validateDraft,
  type CampaignDraft,
  type DraftErrors,
  type StepProps,
} from '../wizard/campaign-draft';
import { StepBasics } from '../wizard/step-basics';
import { StepBudget } from '../wizard/step-budget';
import { StepTargeting } from '../wizard/step-targeting';

/**
 * The wizard's steps on one page, prefilled from the saved campaign. Only what changed is sent,
 * so a field someone else changed meanwhile is not overwritten with the value loaded here.
 */
export function CampaignEditForm({ campaign }: { campaign: CampaignDto }) {
  const navigate = useNavigate();
  const update = useUpdateCampaign(campaign.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => campaignToDraft(campaign));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  /** Server errors on fields no section shows (e.g. an unknown field), listed in the alert. */
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const detailPath = `/campaigns/${campaign.id}`;

  const onChange = (patch: Partial<CampaignDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, Object.keys(patch)));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A new attempt: the previous failure's alert no longer applies.
    update.reset();
    const found = validateDraft(draft);
    setErrors(found);
    setOtherErrors([]);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const patch = toCampaignPatch(draft, initial);
    // Nothing changed: nothing to send.
    if (!Object.keys(patch).length) {
      void navigate(detailPath);
      return;
    }
    update.mutate(patch, {
      onSuccess: () => navigate(detailPath),
      onError: (error) => {
        if (!(error instanceof ApiError) || !Object.keys(error.fields).length) return;
        const fields = Object.entries(error.fields);
        setErrors(Object.fromEntries(fields.map(([field, messages]) => [field, messages.join(' ')])));
        setOtherErrors(fields.filter(([field]) => stepOfField(field) === REVIEW_STEP).map(([field, messages]) => `${field}: ${messages.join(' ')}`));
        focusFirstInvalid(formRef.current);
      },
    });
  };

  const stepProps: StepProps = { draft, errors, onChange };
  const hasFieldErrors = update.error instanceof ApiError && Object.keys(update.error.fields).length > 0;

  return (
    <form ref={formRef} className="card wizard__panel" onSubmit={onSubmit} noValidate aria-label="Edit campaign">
      {update.isError && (
        <Alert title="The changes were not saved">
          {hasFieldErrors ? otherErrors.join(' · ') || 'Fix the highlighted fields.' : errorMessage(update.error)}
        </Alert>
      )}
      <FormSection title={STEPS[0].title}>
        <StepBasics {...stepProps} />
      </FormSection>
      <FormSection title={STEPS[1].title}>
        <StepBudget {...stepProps} />
      </FormSection>
      <FormSection title={STEPS[2].title}>
        <StepTargeting {...stepProps} />
      </FormSection>
      <div className="wizard__actions">
        <Link to={detailPath} className="btn btn--ghost">
          Cancel
        </Link>
        <span className="spacer" />
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
