import { CHANNELS, TEMPLATE_TYPES, type Channel, type TemplateDto, type TemplateType } from '@parley/shared-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { ApiError } from '@/lib/api-client';
import { focusFirstInvalid, formLevelError, hasErrors, withoutErrors, type FieldErrors } from '@/lib/forms';
import { useCreateTemplate } from '../../api/create-template';
import { useUpdateTemplate } from '../../api/update-template';
import { CHANNEL_LABELS, TEMPLATE_TYPE_LABELS } from '../labels';
import { LengthCounter, SubjectCounter } from './length-counter';
import { PreviewPanel } from './preview-panel';
import {
  DRAFT_FIELDS,
  hasSubject,
  readableServerMessage,
  templateToDraft,
  toTemplateInput,
  toTemplatePatch,
  validateDraft,
  type TemplateDraft,
} from './template-draft';
import { VariablesPanel } from './variables-panel';

type TextField = 'subject' | 'body';

/** After creating, the editor opens the saved template with this in the location state. */
export interface CreatedState {
  created: true;
}

interface Props {
  /** The saved template; none for a new one. */
  template: TemplateDto | null;
  /** A new template's starting values. */
  initialDraft: TemplateDraft;
  /** Just created (the new-template page handed over): say how to preview. */
  justCreated?: boolean;
}

/**
 * The template editor: the form, the variables that insert at the cursor and the preview. A new
 * template is created and then opened at its own address, where the preview works; an existing
 * one sends only what changed, and its preview renders again after each save.
 */
export function TemplateForm({ template, initialDraft, justCreated }: Props) {
  const navigate = useNavigate();
  const create = useCreateTemplate();
  const update = useUpdateTemplate(template?.id ?? '');
  const mutation = template ? update : create;
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [saved, setSaved] = useState(template);
  const [initial, setInitial] = useState(() => (template ? templateToDraft(template) : initialDraft));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(justCreated ? 'Template created. Choose a creator under Preview to see it as they would.' : null);
  /** The text field a variable goes into: the one last focused (the body until then). */
  const [target, setTarget] = useState<TextField>('body');
  const [inserted, setInserted] = useState('');

  const withSubject = hasSubject(draft.channel);
  const insertInto: TextField = target === 'subject' && withSubject ? 'subject' : 'body';
  const dirty = template ? Object.keys(toTemplatePatch(draft, initial)).length > 0 : true;

  const onChange = (patch: Partial<TemplateDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, Object.keys(patch)));
    setNotice(null);
  };

  const insert = (name: string) => {
    const element = insertInto === 'subject' ? subjectRef.current : bodyRef.current;
    const token = `{{${name}}}`;
    const value = draft[insertInto];
    // An element keeps its selection after losing focus; a field never visited gets the token at the end.
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    flushSync(() => onChange({ [insertInto]: value.slice(0, start) + token + value.slice(end) }));
    element?.focus();
    element?.setSelectionRange(start + token.length, start + token.length);
    setInserted(`Inserted ${token} into the ${insertInto}.`);
  };

  const onServerError = (error: Error) => {
    if (error instanceof ApiError && Object.keys(error.fields).length) {
      setErrors(Object.fromEntries(Object.entries(error.fields).map(([field, messages]) => [field, messages.map(readableServerMessage).join(' ')])));
    }
    focusFirstInvalid(formRef.current);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A new attempt: the previous failure's alert no longer applies.
    mutation.reset();
    setNotice(null);
    const found = validateDraft(draft);
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);

    if (!template) {
      create.mutate(toTemplateInput(draft), {
        onSuccess: (created) => navigate(`/templates/${created.id}`, { replace: true, state: { created: true } satisfies CreatedState }),
        onError: onServerError,
      });
      return;
    }
    const patch = toTemplatePatch(draft, initial);
    if (!Object.keys(patch).length) return setNotice('No changes to save.');
    update.mutate(patch, {
      onSuccess: (next) => {
        setSaved(next);
        setInitial(templateToDraft(next));
        setNotice('Saved. The preview below shows the new version.');
      },
      onError: onServerError,
    });
  };

  const formError = formLevelError(mutation.error, DRAFT_FIELDS);
  const errorFor = (key: keyof TemplateDraft) => errors[key];

  return (
    <div className="template-editor">
      <form
        id={formId}
        ref={formRef}
        className="card stack template-editor__form"
        onSubmit={onSubmit}
        noValidate
        aria-label={template ? 'Edit template' : 'New template'}
      >
        {formError && <Alert title="The template was not saved">{formError}</Alert>}
        {mutation.isError && !formError && <Alert title="The template was not saved">Fix the highlighted fields.</Alert>}
        <Field label="Name" hint="Only you see it." error={errorFor('name')}>
          {(control) => <input {...control} className="input" value={draft.name} maxLength={120} onChange={(e) => onChange({ name: e.target.value })} />}
        </Field>
        <div className="grid-2">
          <Field label="Channel" error={errorFor('channel')}>
            {(control) => (
              <select {...control} className="select" value={draft.channel} onChange={(e) => onChange({ channel: e.target.value as Channel })}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {CHANNEL_LABELS[channel]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Template type" hint={TEMPLATE_TYPE_LABELS[draft.templateType].description} error={errorFor('templateType')}>
            {(control) => (
              <select {...control} className="select" value={draft.templateType} onChange={(e) => onChange({ templateType: e.target.value as TemplateType })}>
                {TEMPLATE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {TEMPLATE_TYPE_LABELS[type].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {withSubject && (
          <Field label="Subject" hint={<SubjectCounter text={draft.subject} channel={draft.channel} />} error={errorFor('subject')}>
            {(control) => (
              <input
                {...control}
                ref={subjectRef}
                className="input input--template"
                value={draft.subject}
                onFocus={() => setTarget('subject')}
                onChange={(e) => onChange({ subject: e.target.value })}
              />
            )}
          </Field>
        )}
        <Field
          label="Body"
          hint={
            <>
              <LengthCounter text={draft.body} channel={draft.channel} /> Counted as written; placeholders are filled in per creator, so the sent message
              differs (the preview measures it).
            </>
          }
          error={errorFor('body')}
        >
          {(control) => (
            <textarea
              {...control}
              ref={bodyRef}
              className="textarea input--template"
              rows={14}
              value={draft.body}
              onFocus={() => setTarget('body')}
              onChange={(e) => onChange({ body: e.target.value })}
            />
          )}
        </Field>
        <div className="wizard__actions">
          <Link to="/templates" className="btn btn--ghost">
            {template ? 'Back to templates' : 'Cancel'}
          </Link>
          <span className="spacer" />
          <span className="small" role="status">
            {notice ? (
              <span className={notice.startsWith('No changes') ? 'muted' : 'success-text'}>{notice}</span>
            ) : (
              template && dirty && <span className="muted">Unsaved changes</span>
            )}
          </span>
          <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
            {mutation.isPending ? 'Saving…' : template ? 'Save changes' : 'Save template'}
          </button>
        </div>
        <span className="visually-hidden" role="status">
          {inserted}
        </span>
      </form>
      <div className="template-editor__variables">
        <VariablesPanel target={insertInto === 'subject' ? 'Subject' : 'Body'} onInsert={insert} />
      </div>
      <div className="template-editor__preview">
        <PreviewPanel template={saved} dirty={dirty} formId={formId} />
      </div>
    </div>
  );
}
