import type { TaskFilters } from './api/get-assisted-tasks';
import type { OutreachFilters } from './api/get-outreach-list';

/** Query keys of the outreach feature; each starts with the store so stores never share a cache entry. */
export const outreachKeys = {
  all: (storeId: string) => ['stores', storeId, 'outreach'] as const,
  lists: (storeId: string) => [...outreachKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: OutreachFilters) => [...outreachKeys.lists(storeId), filters] as const,
  /**
   * Under `lists`: whatever refreshes the outreach lists (a send, a response, a reply arriving) can
   * add or remove an assisted task, so it refreshes the task list and its count too.
   */
  tasks: (storeId: string) => [...outreachKeys.lists(storeId), 'assisted-tasks'] as const,
  taskList: (storeId: string, filters: TaskFilters) => [...outreachKeys.tasks(storeId), filters] as const,
  detail: (storeId: string, id: string) => [...outreachKeys.all(storeId), 'detail', id] as const,
  /** Under `detail`: refreshing a thread refreshes its offers too. */
  offers: (storeId: string, id: string) => [...outreachKeys.detail(storeId, id), 'offers'] as const,
  bulk: (storeId: string, bulkId: string) => [...outreachKeys.all(storeId), 'bulk', bulkId] as const,
};
