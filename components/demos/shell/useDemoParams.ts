'use client';

import { useEffect, useState } from 'react';
import { decode, encode, type ParamTable, type ParamValues } from '@/lib/demos/params';
import { useDemo } from './DemoContext';

/**
 * A demo's parameters, read once from the URL (bad values clamped, with notices) and written back
 * to it on every change (history.replaceState, this demo's namespace only), so "复制链接" always
 * copies the current set-up.
 */
export function useDemoParams<T extends ParamTable>(table: T, ns: string) {
  const [initial] = useState(() => decode(table, window.location.search, ns));
  const [values, setValues] = useState<ParamValues<T>>(initial.values);
  const { notify } = useDemo();

  useEffect(() => {
    for (const notice of initial.notices) notify(notice);
  }, [initial, notify]);

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = encode(table, values, ns, search);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  }, [table, ns, values]);

  const set = (patch: Partial<ParamValues<T>>) => setValues((v) => ({ ...v, ...patch }));
  return { values, set };
}
