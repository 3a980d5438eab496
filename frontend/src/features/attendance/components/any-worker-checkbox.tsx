import { Checkbox } from '@mantine/core';

/**
 * 手動登録's worker list holds the site's own workers (施工体制技能者); this box opens it to every
 * worker, and its hint says so, for a worker's first day on the site.
 */
export function AnyWorkerCheckbox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Checkbox
      label="この現場にまだ入場していない技能者も選ぶ"
      description={
        checked
          ? 'すべての技能者から選べます。登録すると、この現場の施工体制技能者に追加されます。'
          : '技能者の候補は、この現場に入場したことのある技能者(施工体制技能者)だけです。初めて入場する技能者は、ここにチェックを入れてください。'
      }
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
