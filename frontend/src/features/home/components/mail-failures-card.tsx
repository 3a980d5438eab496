import { List, Text } from '@mantine/core';

import { AnchorLink } from '@/components/links';
import { QueryState } from '@/components/page-states';
import { MAIL_KIND_LABELS } from '@/features/admin';
import { useCan } from '@/features/auth';
import { formatDateTime } from '@/lib/format';

import { useMailFailures } from '../api/notices';

import { NoticeCard } from './notice-card';

/** Account mails that were never delivered: the notice to the tenant's administrators. */
export function MailFailuresCard() {
  const admin = useCan('users:manage');
  const failures = useMailFailures(admin);
  if (!admin) return null;
  return (
    <NoticeCard title="メールの送信失敗" link={<AnchorLink to="/admin/users">ユーザー管理へ</AnchorLink>}>
      <QueryState
        query={failures}
        isEmpty={(data) => data.length === 0}
        empty="直近7日間に送信できなかったメールはありません。"
      >
        {(data) => (
          <>
            <Text size="sm" mb="xs">
              メールサーバーに届けられなかったため、次のメールの送信をあきらめました。招待は再送、パスワード再設定はご本人が再度お申し込みください。
            </Text>
            <List size="sm" spacing={4}>
              {data.map((failure) => (
                <List.Item key={failure.id}>
                  <Text span c="red" size="sm">
                    {MAIL_KIND_LABELS[failure.kind] ?? failure.kind}
                  </Text>
                  ：{failure.recipient}（{formatDateTime(failure.failed_at)}）
                </List.Item>
              ))}
            </List>
          </>
        )}
      </QueryState>
    </NoticeCard>
  );
}
