import { Enhancement } from '@/components/layout/Enhancement';
import { renderIsland, type IslandName, type IslandProps } from './registry';

/** An island whose props are all optional may be given none; one with required props must be given them. */
type IslandArgs<N extends IslandName> = object extends IslandProps<N> ? { name: N; props?: IslandProps<N> } : { name: N; props: IslandProps<N> };

/**
 * A client component the islands bundle hydrates on its own (components/islands/chrome.tsx,
 * docs/performance.md "Lever 5"): a `display: contents` box (no layout of its own) named after the
 * component, around the component in its error boundary, rendered here from ./registry.tsx. Its
 * props, if it has any, go into the box as JSON (`data-props`) for the bundle to render the same:
 * plain data only (strings, numbers, arrays, objects), as in any server-to-client prop.
 */
export function Island<N extends IslandName>({ name, props }: IslandArgs<N>) {
  return (
    <div data-island={name} data-props={props === undefined ? undefined : JSON.stringify(props)} style={{ display: 'contents' }}>
      <Enhancement name={name}>{renderIsland(name, props ?? {})}</Enhancement>
    </div>
  );
}
