'use client';

import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { NumbersTable } from '@/components/demos/kit/controls';

/**
 * The shared NumbersTable, with its rows rendered only while it is open: a 64×64 attention map is
 * 4,096 cells, which the page should not build for a closed table (or rebuild on every change).
 */
export function LazyNumbersTable({ rows, ...rest }: ComponentProps<typeof NumbersTable>) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    // 'toggle' does not bubble, but a capturing listener on an ancestor still sees it.
    const onToggle = (e: Event) => setOpen((e.target as HTMLDetailsElement).open);
    el?.addEventListener('toggle', onToggle, true);
    return () => el?.removeEventListener('toggle', onToggle, true);
  }, []);
  return (
    <div ref={ref}>
      <NumbersTable {...rest} rows={open ? rows : []} />
    </div>
  );
}
