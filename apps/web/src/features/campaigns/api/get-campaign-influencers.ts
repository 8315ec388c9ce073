import type { CampaignMemberDto, InfluencerDto, ListOf, PageQuery } from '@parley/shared-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { api } from '@/lib/api-client';
import { campaignKeys } from '../keys';

export interface CampaignInfluencersQuery extends PageQuery {
  /** true: the store's influencers matching the targeting who are not members yet. */
  suggest?: boolean;
}

export type MemberList = ListOf<'influencers', CampaignMemberDto>;
export type SuggestionList = ListOf<'influencers', InfluencerDto>;

export const getCampaignInfluencers = <T extends MemberList | SuggestionList>(id: string, query: CampaignInfluencersQuery, signal?: AbortSignal) =>
  api.get<T>(`/influencer/outreach/campaigns/${encodeURIComponent(id)}/influencers`, { ...query }, signal);

export const campaignMembersQueryOptions = (storeId: string, id: string, query: PageQuery) =>
  queryOptions({
    queryKey: campaignKeys.influencers(storeId, id, query),
    queryFn: ({ signal }) => getCampaignInfluencers<MemberList>(id, query, signal),
    placeholderData: keepPreviousData,
  });

export const campaignSuggestionsQueryOptions = (storeId: string, id: string, query: PageQuery) => {
  const withSuggest = { ...query, suggest: true };
  return queryOptions({
    queryKey: campaignKeys.influencers(storeId, id, withSuggest),
    queryFn: ({ signal }) => getCampaignInfluencers<SuggestionList>(id, withSuggest, signal),
    placeholderData: keepPreviousData,
  });
};

export function useCampaignMembers(id: string, query: PageQuery) {
  return useQuery(campaignMembersQueryOptions(useStoreId(), id, query));
}

export function useCampaignSuggestions(id: string, query: PageQuery, enabled = true) {
  return useQuery({ ...campaignSuggestionsQueryOptions(useStoreId(), id, query), enabled });
}
