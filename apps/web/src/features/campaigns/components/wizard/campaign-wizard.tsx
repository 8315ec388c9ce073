import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Steps } from '@/components/ui/steps';
import { ApiError, errorMessage } from '@/lib/api-client';
import { focusFirstInvalid, withoutErrors } from '@/lib/forms';
import { useCreateCampaign } from '../../api/create-campaign';
import {
  REVIEW_STEP,
  STEPS,
  emptyDraft,
  stepOfField,
  toCampaignInput,
  validateStep,
  type CampaignDraft,
  type DraftErrors,
  type StepProps,
} from './campaign-draft';
import { StepBasics } from './step-basics';
import { StepBudget } from './step-budget';
import { StepReview } from './step-review';
import { StepTargeting } from './step-targeting';

const TITLES = STEPS.map((step) => step.title);

export function CampaignWizard() {
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  /** Server errors on fields no step shows (e.g. an unknown field); listed on the review. */
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const onChange = (patch: Partial<CampaignDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, Object.keys(patch)));
  };

  // After a step change, move focus to the new step's first refused field, else its heading, so
  // keyboard and screen-reader users land where the new content starts. Counted rather than keyed
  // on the step, so returning to the same step (a 422 on it) focuses too.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (!focusRequest) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? headingRef.current)?.focus();
  }, [focusRequest]);

  const goTo = (target: number) => {
    setStep(target);
    setFocusRequest((n) => n + 1);
    window.scrollTo({ top: 0 });
  };

  const next = () => {
    const found = validateStep(step, draft);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid(formRef.current);
    goTo(step + 1);
  };

  const submit = () => {
    setOtherErrors([]);
    create.mutate(toCampaignInput(draft), {
      onSuccess: (campaign) => navigate(`/campaigns/${campaign.id}`),
      onError: (error) => {
        if (!(error instanceof ApiError) || !Object.keys(error.fields).length) return;
        // Send the user back to the earliest step with a refused field, its message inline.
        const fields = Object.entries(error.fields);
        setErrors(Object.fromEntries(fields.map(([field, messages]) => [field, messages.join(' ')])));
        setOtherErrors(fields.filter(([field]) => stepOfField(field) === REVIEW_STEP).map(([field, messages]) => `${field}: ${messages.join(' ')}`));
        goTo(Math.min(...fields.map(([field]) => stepOfField(field))));
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === REVIEW_STEP) submit();
    else next();
  };

  const stepProps: StepProps = { draft, errors, onChange };
  const hasFieldErrors = create.error instanceof ApiError && Object.keys(create.error.fields).length > 0;

  return (
    <div className="wizard">
      <Steps titles={TITLES} current={step} onSelect={goTo} />
      <form ref={formRef} className="card wizard__panel" onSubmit={onSubmit} noValidate>
        <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
          Step {step + 1} of {STEPS.length}: {STEPS[step].title}
        </h2>

        {step === 0 && <StepBasics {...stepProps} />}
        {step === 1 && <StepBudget {...stepProps} />}
        {step === 2 && <StepTargeting {...stepProps} />}
        {step === REVIEW_STEP && (
          <>
            {create.isError && (
              <Alert title="The campaign was not created">
                {hasFieldErrors ? otherErrors.join(' · ') || 'Fix the highlighted fields.' : errorMessage(create.error)}
              </Alert>
            )}
            <StepReview draft={draft} onEdit={goTo} />
          </>
        )}

        <div className="wizard__actions">
          <Link to="/campaigns" className="btn btn--ghost">
            Cancel
          </Link>
          <span className="spacer" />
          {step > 0 && (
            <button type="button" className="btn btn--secondary" onClick={() => goTo(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" className="btn btn--primary" disabled={create.isPending}>
            {step < REVIEW_STEP ? 'Next' : create.isPending ? 'Creating…' : 'Create campaign'}
          </button>
        </div>
      </form>
    </div>
  );
}
