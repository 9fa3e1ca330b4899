import { createElement, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { HandoutToolbar } from '@/components/handout/HandoutToolbar';
import { SearchPage } from '@/components/search/SearchPage';
import { CopyUrlButton } from '@/components/teach/CopyField';
import { LinkBuilder } from '@/components/teach/LinkBuilder';
import { OutlineExport } from '@/components/teach/OutlineExport';
import { CHAPTER_PARTS } from './chapter-parts';

/**
 * The page parts the islands bundle hydrates where a page marks them with <Island name props>
 * (./Island.tsx), which renders them from this table on the server; the bundle hydrates each with
 * the same component (./chrome.tsx, whose own table is typed by these names) and the same props.
 * Their names are lib/islands.mjs's ISLAND_COMPONENTS (tests/unit/islands.test.ts checks that the
 * two agree).
 * The exercise sheet's toolbar, the /search/ page, a chapter's parts (./chapter-parts.ts), and
 * /teach/'s copy buttons, outline export and link builder (the only ones with props).
 */
export const ISLANDS = {
  HandoutToolbar,
  SearchPage,
  ...CHAPTER_PARTS,
  CopyUrlButton,
  LinkBuilder,
  OutlineExport,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own props type
} satisfies Record<string, ComponentType<any>>;

export type IslandName = keyof typeof ISLANDS;
export type IslandProps<N extends IslandName> = ComponentProps<(typeof ISLANDS)[N]>;

/** The island `name` with `props` (which crossed the page as JSON: plain data only). */
export function renderIsland(name: IslandName, props: object): ReactNode {
  return createElement(ISLANDS[name] as ComponentType<object>, props);
}
