import type { PermitBody } from '../api/permits';

type Trade = PermitBody['trades'][number];

/** 業種: the 29 trades of 建設業法 as permits abbreviate them, with their full names. */
export const TRADES: { value: Trade; label: string }[] = [
  { value: '土', label: '土木一式工事' },
  { value: '建', label: '建築一式工事' },
  { value: '大', label: '大工工事' },
  { value: '左', label: '左官工事' },
  { value: 'と', label: 'とび・土工・コンクリート工事' },
  { value: '石', label: '石工事' },
  { value: '屋', label: '屋根工事' },
  { value: '電', label: '電気工事' },
  { value: '管', label: '管工事' },
  { value: 'タ', label: 'タイル・れんが・ブロック工事' },
  { value: '鋼', label: '鋼構造物工事' },
  { value: '筋', label: '鉄筋工事' },
  { value: '舗', label: '舗装工事' },
  { value: 'しゅ', label: 'しゅんせつ工事' },
  { value: '板', label: '板金工事' },
  { value: 'ガ', label: 'ガラス工事' },
  { value: '塗', label: '塗装工事' },
  { value: '防', label: '防水工事' },
  { value: '内', label: '内装仕上工事' },
  { value: '機', label: '機械器具設置工事' },
  { value: '絶', label: '熱絶縁工事' },
  { value: '通', label: '電気通信工事' },
  { value: '園', label: '造園工事' },
  { value: '井', label: 'さく井工事' },
  { value: '具', label: '建具工事' },
  { value: '水', label: '水道施設工事' },
  { value: '消', label: '消防施設工事' },
  { value: '清', label: '清掃施設工事' },
  { value: '解', label: '解体工事' },
];

export const GRADE_LABELS = { general: '般', special: '特' } as const;

/** The permit as written on paper: 東京都知事許可(般)第123456号, 国土交通大臣許可(特)第7号. */
export function permitLabel(
  permit: Pick<PermitBody, 'authority' | 'grade' | 'number'>,
  prefectureName: string | undefined,
): string {
  const authority = permit.authority === 'minister' ? '国土交通大臣' : `${prefectureName ?? ''}知事`;
  return `${authority}許可(${GRADE_LABELS[permit.grade]})第${permit.number}号`;
}
