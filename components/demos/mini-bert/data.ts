import { parseNaiveBayes } from '@/lib/models/naive-bayes';
import { fetchModelJson, loadOnce } from '../kit/data-file';

/** The character naive-Bayes baseline (public/models/naive-bayes.json), fetched once per page. */
export const loadNaiveBayes = loadOnce(async () =>
  parseNaiveBayes(await fetchModelJson('naive-bayes.json', '朴素贝叶斯基线的数据', '（这个文件由 npm run train:bert 生成）')),
);
