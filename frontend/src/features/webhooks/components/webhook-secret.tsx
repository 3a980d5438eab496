import { SecretShownOnce } from '@/components/secret-shown-once';

/** A signing secret exists in this answer only (at registration or rotation): shown once. */
export function WebhookSecret({ url, secret, onClose }: { url: string; secret: string; onClose: () => void }) {
  return (
    <SecretShownOnce
      warning="この画面を閉じると、署名シークレットは二度と表示されません"
      label={url}
      secret={secret}
      testId="webhook-secret"
      onClose={onClose}
    >
      連携先の受信側に今すぐ設定してください。配信ごとの Genba-Signature ヘッダーをこのシークレットで検証します。
    </SecretShownOnce>
  );
}
