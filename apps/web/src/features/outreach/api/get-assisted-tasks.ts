import type { AssistedTaskDto, DmChannel, ListOf, PageQuery } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { outreachKeys } from '../keys';

export interface TaskFilters extends PageQuery {
  channel?: DmChannel;
  campaignId?: string;
}

export type TaskList = ListOf<'tasks', AssistedTaskDto>;

/**
 * A task is made by the server (a send, a follow-up or a response that cannot go by API) without
 * the page knowing; the count in the navigation looks again this often.
 */
const BACKSTOP_MS = 60_000;

/** The DMs waiting for a person to send them by hand, oldest first: the order to work through them. */
export const getAssistedTasks = (filters: TaskFilters, signal?: AbortSignal) => api.get<TaskList>('/influencer/outreach/tasks', { ...filters }, signal);

export const assistedTasksQueryOptions = (storeId: string, filters: TaskFilters) =>
  queryOptions({
    queryKey: outreachKeys.taskList(storeId, filters),
    queryFn: ({ signal }) => getAssistedTasks(filters, signal),
    placeholderData: keepPreviousData,
    refetchInterval: BACKSTOP_MS,
  });

export function useAssistedTasks(filters: TaskFilters) {
  return useQuery(assistedTasksQueryOptions(useStoreId(), filters));
}

/** How many tasks wait, for the badge in the navigation (a count-only page); 0 while unknown or on failure. */
export function useAssistedTaskCount(): number {
  return useAssistedTasks({ perPage: 1 }).data?.pagination.total ?? 0;
}
