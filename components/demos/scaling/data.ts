import { scalingFileSchema, type ScalingFile } from '@/lib/demos/scaling/experiment';
import { fetchModelJson, loadOnce } from '../kit/data-file';

async function load(): Promise<ScalingFile> {
  const json = await fetchModelJson('scaling.json', '缩放实验的数据', '。数据由 npm run train:scaling 生成。');
  const parsed = scalingFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`缩放实验的数据（scaling.json）格式不对：${parsed.error.issues[0]?.message ?? '无法解析'}`);
  return parsed.data;
}

/** The experiment's results (public/models/scaling.json), fetched the first time the demo asks. */
export const loadScaling = loadOnce(load);
