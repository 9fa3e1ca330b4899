import { Demo } from '@/components/demos/shell/Demo';
import { demoInfo } from '@/lib/demos/registry';
import { withBase } from '@/lib/paths';

/**
 * `<Demo name="…" />` in a chapter: the live demo's placeholder, and beside it the figure that
 * prints in its place (a page cannot run a demo): its title, what it does, and where to run it.
 * The print figure is not displayed on screen. PrintFigures completes its address when the page is
 * printed (the origin, and the set-up the reader has in the address bar).
 */
export function DemoFigure({ name }: { name: string }) {
  const info = demoInfo(name);
  const path = withBase(`/${info?.chapter ?? ''}/#demo-${name}`);
  return (
    <>
      <Demo name={name} />
      {info ? (
        <figure className="demo-print" data-demo-print={name}>
          <figcaption>
            演示：{info.title}
          </figcaption>
          <p>{info.description}</p>
          <p className="demo-print-url">
            这是一个交互演示，在网页上运行：<a href={path}>{path}</a>
          </p>
        </figure>
      ) : null}
    </>
  );
}
