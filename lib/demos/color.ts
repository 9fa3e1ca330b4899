/** Colours as numbers, for pixels drawn by hand (heat maps). */
export type Rgb = [number, number, number];

/**
 * An `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(…)` CSS colour as [r, g, b]; `fallback` for anything
 * else (a named colour, oklch…). Browsers report computed colours as rgb(), so reading a colour
 * through getComputedStyle and then this covers every way the stylesheet may write it.
 */
export function parseCssColor(text: string, fallback: Readonly<Rgb> = [255, 255, 255]): Rgb {
  const s = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(s);
  if (rgb) return [Math.round(Number(rgb[1])), Math.round(Number(rgb[2])), Math.round(Number(rgb[3]))];
  return [...fallback] as Rgb;
}
