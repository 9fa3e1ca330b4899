/**
 * The three formulas of the document, as the book typesets them: each appears as display math in
 * its chapter, renders to KaTeX HTML plus MathML (for screen readers) with the expected structure,
 * and matches a reviewed fixture, so a KaTeX upgrade that changes the output is noticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexOptions } from '@/lib/mdx/plugins.mjs';
import { visit } from 'unist-util-visit';
import { CONTENT, parseMdx } from './helpers/mdx';

function displayMath(slug: string): string[] {
  const out: string[] = [];
  visit(parseMdx(fs.readFileSync(path.join(CONTENT, `${slug}.mdx`), 'utf8')), 'math', (n) => {
    out.push(n.value.trim());
  });
  return out;
}

const FORMULAS = [
  {
    name: 'gradient-descent update (§2.1)',
    slug: 'gradient-descent',
    tex: String.raw`\theta_{t+1} = \theta_t - \alpha \, \nabla_\theta L(\theta_t)`,
    fixture: 'formula-2-1.html',
    mathml: ['<mi>θ</mi>', '<mo>−</mo>', '<mi>α</mi>', '<mi mathvariant="normal">∇</mi>'],
  },
  {
    name: 'chain rule (§2.2)',
    slug: 'backprop',
    tex: String.raw`\frac{\partial L}{\partial w} = \frac{\partial L}{\partial z} \cdot \frac{\partial z}{\partial w}`,
    fixture: 'formula-2-2.html',
    mathml: ['<mfrac>', '<mi mathvariant="normal">∂</mi>', '<mo>⋅</mo>'],
  },
  {
    name: 'scaled dot-product attention (§2.3)',
    slug: 'attention',
    tex: String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{QK^{\top}}{\sqrt{d_k}}\right)V`,
    fixture: 'formula-2-3.html',
    // Operator names are one <mi> each (then U+2061, function application): a screen reader says
    // "softmax", not s-o-f-t-m-a-x.
    mathml: ['<msqrt>', '<mi mathvariant="normal">softmax</mi><mo>⁡</mo>', '<mi mathvariant="normal">Attention</mi><mo>⁡</mo>', '<mi mathvariant="normal">⊤</mi>'],
  },
];

describe('the three formulas of the document', () => {
  for (const f of FORMULAS) {
    it(`${f.name} is display math in /${f.slug}/`, () => {
      expect(displayMath(f.slug)).toContain(f.tex);
    });

    it(`${f.name} renders with KaTeX as HTML and MathML`, async () => {
      const html = katex.renderToString(f.tex, { ...katexOptions, displayMode: true, throwOnError: true });
      expect(html).toMatch(/^<span class="katex-display">/);
      expect(html).toContain('<span class="katex-html" aria-hidden="true">');
      expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
      for (const piece of f.mathml) expect(html).toContain(piece);
      await expect(html).toMatchFileSnapshot(`./fixtures/${f.fixture}`);
    });
  }
});
