import { DM_CHANNEL_OF, DM_PLATFORMS, type AssistedTaskDto, type DmChannel } from '@parley/shared-types';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { RowsSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { CampaignFilter } from '@/features/campaigns/components/campaign-filter';
import { CHANNEL_LABELS } from '@/features/templates/components/labels';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useClipboard } from '@/lib/use-clipboard';
import { useNow } from '@/lib/use-now';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useAssistedTasks, type TaskFilters } from '../../api/get-assisted-tasks';
import { useMarkSent } from '../../api/mark-sent';
import { assistReasonText, isUuid, messageKindLabel } from '../labels';
import { TaskActions } from './task-actions';

const FILTER_KEYS = ['channel', 'campaignId'] as const;
type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

const PER_PAGE = 50;

const DM_CHANNELS: readonly DmChannel[] = DM_PLATFORMS.map((platform) => DM_CHANNEL_OF[platform]);
const isDmChannel = (value: string): value is DmChannel => (DM_CHANNELS as readonly string[]).includes(value);

/** URL values as API filters; malformed ones (a hand-edited URL) are dropped rather than sent. */
function toFilters(values: FilterValues, page: number): TaskFilters {
  return {
    perPage: PER_PAGE,
    ...(isDmChannel(values.channel) && { channel: values.channel }),
    ...(isUuid(values.campaignId) && { campaignId: values.campaignId }),
    ...(page > 1 && { page }),
  };
}

/** "Maya Lopez (@maya.runs)" or "@maya.runs". */
const who = (t: AssistedTaskDto) => (t.influencer.displayName ? `${t.influencer.displayName} (@${t.influencer.username})` : `@${t.influencer.username}`);

/** The DMs a person has to send by hand, oldest first, worked through with the mouse or the keyboard. */
export function AssistedSendsPage() {
  const { values, page, setFilters, setPage } = useUrlFilters(FILTER_KEYS);
  const filters = toFilters(values, page);
  const list = useAssistedTasks(filters);
  const campaigns = useCampaigns({ perPage: 100 });
  const campaignNames = new Map(campaigns.data?.campaigns.map((c) => [c.id, c.name]));
  const filtered = Boolean(filters.channel || filters.campaignId);

  return (
    <>
      <PageHeader
        title="Assisted sends"
        description="Instagram and TikTok messages that only a person may send. Oldest first: copy the text, open the conversation, send it there, then mark it as sent."
      />
      <TaskFilterBar values={values} onApply={setFilters} />
      <KeyboardHelp />
      <section aria-label="Tasks" aria-busy={list.isFetching} className="stack">
        {list.isPending ? (
          <RowsSkeleton label="Loading assisted sends" rows={3} />
        ) : list.isError ? (
          <ErrorState title="Could not load assisted sends" error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <TaskList tasks={list.data.tasks} filtered={filtered} campaignNames={campaignNames} />
            <Pagination label="Assisted send pages" pagination={list.data.pagination} onPage={setPage} />
          </>
        )}
      </section>
    </>
  );
}

/** Channel and campaign; both apply at once. */
function TaskFilterBar({ values, onApply }: { values: FilterValues; onApply: (patch: Partial<FilterValues>) => void }) {
  const active = Boolean(values.channel || values.campaignId);
  return (
    <form role="search" aria-label="Filter assisted sends" className="card filter-bar" onSubmit={(e) => e.preventDefault()}>
      <Field label="Channel">
        {(control) => (
          <select {...control} className="select" value={values.channel} onChange={(e) => onApply({ channel: e.target.value })}>
            <option value="">All DM channels</option>
            {DM_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CampaignFilter value={values.campaignId} onChange={(campaignId) => onApply({ campaignId })} />
      {active && (
        <div className="filter-bar__actions">
          <button type="button" className="btn btn--ghost" onClick={() => onApply({ channel: '', campaignId: '' })}>
            Clear
          </button>
        </div>
      )}
    </form>
  );
}

const KEYS: { keys: string[]; does: string }[] = [
  { keys: ['j', '↓'], does: 'next task' },
  { keys: ['k', '↑'], does: 'previous task' },
  { keys: ['c'], does: 'copy the text' },
  { keys: ['o'], does: 'open the conversation' },
  { keys: ['m'], does: 'mark as sent' },
];

function KeyboardHelp() {
  const titleId = useId();
  return (
    <section className="task-keys" aria-labelledby={titleId}>
      <h2 id={titleId} className="task-keys__title">
        Keyboard
      </h2>
      <dl className="task-keys__list">
        {KEYS.map(({ keys, does }) => (
          <div key={does} className="task-keys__item">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">The keys act on the highlighted task, and do nothing while you type in a field.</p>
    </section>
  );
}

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null);
}

interface TaskListProps {
  tasks: AssistedTaskDto[];
  filtered: boolean;
  campaignNames: ReadonlyMap<string, string>;
}

/**
 * The tasks with one highlighted: j/k or the arrows move it, c copies its text, o opens its
 * conversation, m marks it as sent. Marked, a task leaves the list and the one after it takes its
 * place under the highlight, so working through the list is c, o, (send), m, again.
 */
function TaskList({ tasks, filtered, campaignNames }: TaskListProps) {
  const now = useNow();
  const { copy, resultFor } = useClipboard();
  const markSent = useMarkSent();
  // The highlighted task by id, and where it was: once it leaves the list, the task now there is highlighted.
  const [selected, setSelected] = useState<{ id: string; index: number } | null>(null);
  const [marking, setMarking] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const articles = useRef(new Map<string, HTMLElement>());
  // Set by a key press or a mark: the next highlighted task takes the focus (and scrolls into view).
  const focusWanted = useRef(false);

  const found = selected ? tasks.findIndex((t) => t.messageId === selected.id) : 0;
  const currentIndex = !tasks.length ? -1 : found >= 0 ? found : Math.min(selected?.index ?? 0, tasks.length - 1);
  const current = currentIndex >= 0 ? tasks[currentIndex] : undefined;
  const currentId = current?.messageId;

  useEffect(() => {
    if (!focusWanted.current || !currentId) return;
    focusWanted.current = false;
    const article = articles.current.get(currentId);
    article?.focus({ preventScroll: true });
    article?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  const select = (index: number, focus: boolean) => {
    const task = tasks[index];
    if (!task) return;
    if (focus) focusWanted.current = true;
    setSelected({ id: task.messageId, index });
  };

  const copyText = (task: AssistedTaskDto) => void copy(task.text, task.messageId);
  const open = (task: AssistedTaskDto) => window.open(task.deepLink, '_blank', 'noopener,noreferrer');

  const mark = async (task: AssistedTaskDto) => {
    if (marking.has(task.messageId)) return;
    setMarking((ids) => new Set(ids).add(task.messageId));
    setFailure(null);
    focusWanted.current = true;
    try {
      // Resolves once the list has been read again, so the task is gone when it says so.
      await markSent.mutateAsync({ outreachId: task.outreachId, messageId: task.messageId });
      setAnnouncement(`Marked as sent: ${who(task)}.`);
    } catch (error) {
      focusWanted.current = false;
      setFailure(`Could not mark the message to ${who(task)} as sent: ${errorMessage(error)}`);
    } finally {
      setMarking((ids) => {
        const rest = new Set(ids);
        rest.delete(task.messageId);
        return rest;
      });
    }
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    // A dialog open over the page (e.g. a confirmation) has the keyboard.
    if (document.querySelector('dialog[open]')) return;
    if (!current) return;
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        select(Math.min(currentIndex + 1, tasks.length - 1), true);
        break;
      case 'k':
      case 'ArrowUp':
        select(Math.max(currentIndex - 1, 0), true);
        break;
      case 'c':
        copyText(current);
        break;
      case 'o':
        open(current);
        break;
      case 'm':
        // Held down, m would mark task after task.
        if (!event.repeat) void mark(current);
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {failure && <Alert>{failure}</Alert>}
      {!tasks.length ? (
        filtered ? (
          <EmptyState title="No assisted sends match these filters">Try another channel or campaign, or clear the filters.</EmptyState>
        ) : (
          <EmptyState
            title="Nothing to send by hand"
            action={
              <Link className="btn btn--secondary" to="/influencers">
                Go to influencers
              </Link>
            }
          >
            Tasks appear here when Parley may not send a DM for you: a first message to a creator who hasn’t written to you (Instagram and TikTok only let a
            person send it), a follow-up or reply after the conversation’s window has closed or once TikTok’s message limit is used up, and any DM while the
            account isn’t connected. Send a DM from a creator’s row in Influencers.
          </EmptyState>
        )
      ) : (
        <ol className="tasks">
          {tasks.map((task, index) => (
            <li key={task.messageId}>
              <TaskCard
                task={task}
                current={index === currentIndex}
                campaignName={task.campaignId ? (campaignNames.get(task.campaignId) ?? 'Campaign') : null}
                now={now}
                copyResult={resultFor(task.messageId)}
                marking={marking.has(task.messageId)}
                onSelect={() => select(index, false)}
                onCopy={() => copyText(task)}
                onMarkSent={() => void mark(task)}
                register={(element) => {
                  articles.current.set(task.messageId, element);
                  return () => {
                    articles.current.delete(task.messageId);
                  };
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

interface TaskCardProps {
  task: AssistedTaskDto;
  current: boolean;
  campaignName: string | null;
  now: number;
  copyResult: ReturnType<ReturnType<typeof useClipboard>['resultFor']>;
  marking: boolean;
  onSelect: () => void;
  onCopy: () => void;
  onMarkSent: () => void;
  register: (element: HTMLElement) => () => void;
}

function TaskCard({ task, current, campaignName, now, copyResult, marking, onSelect, onCopy, onMarkSent, register }: TaskCardProps) {
  const titleId = useId();
  return (
    <article
      ref={register}
      tabIndex={-1}
      className={current ? 'card task task--current' : 'card task'}
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
      <header className="task__header">
        <h2 id={titleId} className="task__who">
          {who(task)}
        </h2>
        <span className="row small">
          <Badge tone="info">{CHANNEL_LABELS[task.channel]}</Badge>
          <span>{messageKindLabel(task)}</span>
          {campaignName && <span className="muted">{campaignName}</span>}
          <span className="muted">
            waiting since{' '}
            <time dateTime={task.createdAt} title={formatDateTime(task.createdAt)}>
              {formatRelative(task.createdAt, now)}
            </time>
          </span>
        </span>
      </header>
      <p className="small">
        <span className="task__why-label">Why by hand: </span>
        {assistReasonText(task.reason, task.channel)}
      </p>
      <pre className="preview__body">{task.text}</pre>
      <TaskActions deepLink={task.deepLink} copyResult={copyResult} onCopy={onCopy} onMarkSent={onMarkSent} marking={marking} shortcuts />
      <Link className="small" to={`/outreach/${task.outreachId}`}>
        View the thread<span className="visually-hidden"> with {who(task)}</span>
      </Link>
    </article>
  );
}
