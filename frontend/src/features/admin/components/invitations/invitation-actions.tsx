import { Button, Group } from '@mantine/core';

import { notifyError, notifySaved } from '@/lib/notify';

import { useResendInvitation, useRevokeInvitation, type PendingInvitation } from '../../api/invitations';

/** 再送 (a new link; the old one stops working) and 取り消し (after a confirmation). */
export function InvitationActions({ invitation }: { invitation: PendingInvitation }) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const onResend = async () => {
    try {
      await resend.mutateAsync(invitation.user_id);
      notifySaved(`${invitation.email} に招待メールを再送しました。`);
    } catch (error) {
      notifyError(error, '再送できませんでした');
    }
  };
  const onRevoke = async () => {
    if (!window.confirm(`${invitation.name}（${invitation.email}）への招待を取り消しますか？`)) return;
    try {
      await revoke.mutateAsync(invitation.user_id);
      notifySaved('招待を取り消しました。');
    } catch (error) {
      notifyError(error, '取り消せませんでした');
    }
  };
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="subtle" loading={resend.isPending} onClick={() => void onResend()}>
        再送
      </Button>
      <Button size="xs" variant="subtle" color="red" loading={revoke.isPending} onClick={() => void onRevoke()}>
        取り消し
      </Button>
    </Group>
  );
}
