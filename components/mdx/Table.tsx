import type { ComponentPropsWithoutRef } from 'react';

/**
 * A table that scrolls sideways on a narrow screen instead of widening the page. The wrapper is
 * focusable so that the keyboard can scroll it too.
 */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** A code block: scrolls sideways and is focusable for the same reason. */
export function Pre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}
