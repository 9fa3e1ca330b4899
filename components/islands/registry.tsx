import type { ReactNode } from 'react';
import { HandoutToolbar } from '@/components/handout/HandoutToolbar';
import { SearchPage } from '@/components/search/SearchPage';
import { TocHighlighter } from '@/components/layout/TocHighlighter';
import { PrintFigures } from '@/components/layout/PrintFigures';
import { CopyLinkHandler } from '@/components/layout/CopyLinkHandler';
import { AnchorLanding } from '@/components/layout/AnchorLanding';
import { SearchLanding } from '@/components/search/SearchLanding';
import { DemoIslands } from '@/components/demos/shell/DemoIslands';
import { TermPopover } from '@/components/glossary/TermPopover';

/**
 * The page parts the islands bundle hydrates where a page marks them with <Island name>
 * (./Island.tsx): each renders exactly what the server rendered inside the marker. Their names are
 * lib/islands.mjs's ISLAND_COMPONENTS (tests/unit/islands.test.ts checks that the two agree).
 * The exercise sheet's toolbar, the /search/ page, and a chapter's parts: the contents highlighter,
 * the print figures' addresses, copy-a-section-link, landing on an anchor or a search hit, the
 * glossary popover, and the demos (each mounted as its own root when it comes near).
 */
export const ISLANDS: Record<string, () => ReactNode> = {
  HandoutToolbar: () => <HandoutToolbar />,
  SearchPage: () => <SearchPage />,
  TocHighlighter: () => <TocHighlighter />,
  PrintFigures: () => <PrintFigures />,
  CopyLinkHandler: () => <CopyLinkHandler />,
  AnchorLanding: () => <AnchorLanding />,
  SearchLanding: () => <SearchLanding />,
  DemoIslands: () => <DemoIslands />,
  TermPopover: () => <TermPopover />,
};
