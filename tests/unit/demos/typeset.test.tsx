/** typeset(): labels write d_k and d_model as the prose does, d<sub>k</sub>. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { typeset } from '@/components/demos/kit/typeset';

const html = (text: string) => renderToStaticMarkup(<>{typeset(text)}</>);

describe('typeset', () => {
  it('puts what follows a letter and an underscore in a subscript', () => {
    expect(html('d_k（每个头的维度）')).toBe('d<sub>k</sub>（每个头的维度）');
    expect(html('除以 √d_k')).toBe('除以 √d<sub>k</sub>');
    expect(html('d_model 与 d_ff')).toBe('d<sub>model</sub> 与 d<sub>ff</sub>');
  });
  it('leaves text without subscripts as it is', () => {
    expect(typeset('头数')).toBe('头数');
    expect(typeset('max_tokens、top_p')).toBe('max_tokens、top_p');
    expect(html('_k')).toBe('_k');
  });
});
