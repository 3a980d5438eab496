import { SecretShownOnce } from '@/components/secret-shown-once';

import type { ApiKeyCreated } from '../api/api-keys';

/** The secret exists only in this answer: the server keeps a hash, so it is shown exactly once. */
export function ApiKeySecret({ created, onClose }: { created: ApiKeyCreated; onClose: () => void }) {
  return (
    <SecretShownOnce
      warning="この画面を閉じると、キーは二度と表示されません"
      label={created.name}
      secret={created.key}
      testId="api-key-secret"
      onClose={onClose}
    >
      端末または連携先に今すぐ設定してください。紛失した場合は、このキーを無効化して新しく発行します。
    </SecretShownOnce>
  );
}
