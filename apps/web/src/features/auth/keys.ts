export const authKeys = {
  all: (storeId: string) => ['stores', storeId, 'auth'] as const,
  me: (storeId: string) => [...authKeys.all(storeId), 'me'] as const,
};
