import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type Level = 'h2' | 'h3' | 'h4';

/**
 * A section heading with a visible link to itself. The link is a plain anchor (works without
 * JavaScript); `CopyLinkHandler` upgrades a click on it to "copy this URL".
 */
function Heading({ as: Tag, id, children, ...rest }: { as: Level; children?: ReactNode } & ComponentPropsWithoutRef<'h2'>) {
  return (
    <Tag id={id} {...rest}>
      {children}
      {id ? (
        <a className="heading-anchor" href={`#${id}`} data-copy-link="" aria-label="复制本节链接" title="复制本节链接">
          #
        </a>
      ) : null}
    </Tag>
  );
}

export const H2 = (p: ComponentPropsWithoutRef<'h2'>) => <Heading as="h2" {...p} />;
export const H3 = (p: ComponentPropsWithoutRef<'h3'>) => <Heading as="h3" {...p} />;
export const H4 = (p: ComponentPropsWithoutRef<'h4'>) => <Heading as="h4" {...p} />;
