import { demoInfo } from '@/lib/demos/registry';

/**
 * Where a live demo goes in a chapter (`<Demo name="gd-explorer" />` in MDX). At build time this is
 * a static placeholder of the demo's size with its description, so the chapter reads without
 * JavaScript and does not jump. `DemoIslands` mounts the real demo here when it comes into view or
 * its button is pressed; only then is TensorFlow.js fetched. `embed`: alone on /embed/ (the shell
 * then hides its badge and share buttons unless the link asks for them, see resolveHidden).
 */
export function Demo({ name, embed = false }: { name: string; embed?: boolean }) {
  const info = demoInfo(name);
  if (!info) throw new Error(`<Demo name="${name}" />: no such demo in lib/demos/registry.ts`);
  return (
    <figure className="demo" id={`demo-${info.name}`} data-demo={info.name} data-embed={embed ? '' : undefined} style={{ ['--demo-height' as string]: `${info.height}px`, ['--demo-height-phone' as string]: `${info.phoneHeight}px` }}>
      <figcaption className="demo-caption">
        <span className="demo-kicker">演示</span> {info.title}
      </figcaption>
      <div className="demo-slot">
        <p className="demo-description">{info.description}</p>
        <button type="button" className="demo-load" data-demo-load="" disabled>
          ▶ 载入演示
        </button>
        <p className="demo-nojs">这个演示在浏览器里用 TensorFlow.js 实时计算，需要启用 JavaScript。</p>
      </div>
    </figure>
  );
}
