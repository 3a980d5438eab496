import { Modal, Text } from '@mantine/core';

import { formatDateTime } from '@/lib/format';

import type { WebhookEndpoint } from '../api/webhooks';

import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';
import { WebhookSecret } from './webhook-secret';

export type Dialog =
  | { step: 'form' }
  | { step: 'secret'; url: string; secret: string }
  | { step: 'log'; endpoint: WebhookEndpoint }
  | null;

/** 登録, the secret shown once (closed only by its button), or an endpoint's 送信履歴. */
export function WebhookDialog({ dialog, onDialog }: { dialog: Dialog; onDialog: (next: Dialog) => void }) {
  const setDialog = onDialog;
  return (
    <Modal
      opened={dialog !== null}
      onClose={() => (dialog?.step === 'secret' ? undefined : setDialog(null))}
      withCloseButton={dialog?.step !== 'secret'}
      closeOnClickOutside={false}
      title={
        dialog?.step === 'secret'
          ? '署名シークレット'
          : dialog?.step === 'log'
            ? `送信履歴：${dialog.endpoint.url}`
            : 'Webhook送信先の登録'
      }
      size={dialog?.step === 'log' ? 'xl' : 'lg'}
    >
      {dialog?.step === 'form' ? (
        <WebhookForm
          onCreated={(created) => setDialog({ step: 'secret', url: created.url, secret: created.secret })}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog?.step === 'secret' ? (
        <WebhookSecret url={dialog.url} secret={dialog.secret} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.step === 'log' ? (
        <>
          {dialog.endpoint.disabled_at ? (
            <Text size="sm" c="red" mb="sm">
              {formatDateTime(dialog.endpoint.disabled_at)}{' '}
              に、送信失敗が続いたため停止しました。受信側を直してから「再開」してください。
            </Text>
          ) : null}
          <WebhookDeliveries endpointId={dialog.endpoint.id} />
        </>
      ) : null}
    </Modal>
  );
}
