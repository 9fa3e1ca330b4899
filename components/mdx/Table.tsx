import type { ComponentPropsWithoutRef } from 'react';

/** A table that scrolls sideways on a narrow screen instead of widening the page. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-wrap">
      <table {...props} />
    </div>
  );
}
