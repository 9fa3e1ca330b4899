import type { ReactNode } from 'react';
import { HandoutToolbar } from '@/components/handout/HandoutToolbar';
import { SearchPage } from '@/components/search/SearchPage';

/**
 * The page parts the islands bundle hydrates where a page marks them with <Island name>
 * (./Island.tsx): each renders exactly what the server rendered inside the marker. Their names are
 * lib/islands.mjs's ISLAND_COMPONENTS (tests/unit/islands.test.ts checks that the two agree).
 */
export const ISLANDS: Record<string, () => ReactNode> = {
  HandoutToolbar: () => <HandoutToolbar />,
  SearchPage: () => <SearchPage />,
};
