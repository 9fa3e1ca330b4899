'use client';

import { useEffect, useState } from 'react';
import { parseNaiveBayes, type NaiveBayesModel } from '@/lib/models/naive-bayes';
import { fetchModelJson, loadOnce } from '../kit/data-file';

const load = loadOnce(async () =>
  parseNaiveBayes(await fetchModelJson('naive-bayes.json', '朴素贝叶斯基线的数据', '（这个文件由 npm run train:bert 生成）')),
);

/** The character naive-Bayes baseline (public/models/naive-bayes.json), fetched once per page. */
export function useNaiveBayes(): { model: NaiveBayesModel | null; error: string | null } {
  const [state, setState] = useState<{ model: NaiveBayesModel | null; error: string | null }>({ model: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (model) => live && setState({ model, error: null }),
      (e: Error) => live && setState({ model: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
