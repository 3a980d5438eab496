import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';

import { downloadFile } from '@/lib/download';
import { notifyError } from '@/lib/notify';

/** Downloads an authenticated file (an export or a template), showing progress and failures. */
export function DownloadButton({
  url,
  fileName,
  children,
  ...props
}: ButtonProps & { url: string; fileName: string; children: React.ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await downloadFile(url, fileName);
        } catch (error) {
          notifyError(error, 'ダウンロードできませんでした');
        } finally {
          setBusy(false);
        }
      }}
      {...props}
    >
      {children}
    </Button>
  );
}
