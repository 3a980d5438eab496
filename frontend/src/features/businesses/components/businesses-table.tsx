import { Anchor, Button, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { Link } from '@tanstack/react-router';

import { usePrefectures } from '@/features/masters';
import { formatAddress, orEmpty } from '@/lib/format';

import type { Business } from '../api/businesses';
import { useBranchNames } from '@/features/branches';

/** The seed's columns: 所属支店 事業者名 住所 代表電話番号 メールアドレス CCUS事業者ID(あり/なし). */
export function BusinessesTable({
  businesses,
  onDelete,
}: {
  businesses: Business[];
  onDelete: (business: Business) => void;
}) {
  const branchNames = useBranchNames();
  const prefectures = usePrefectures();
  const prefectureName = (code: string | null) =>
    (code && prefectures.data?.find((prefecture) => prefecture.code === code)?.name) || '';

  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="事業者一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>所属支店</Table.Th>
          <Table.Th>事業者コード</Table.Th>
          <Table.Th>事業者名</Table.Th>
          <Table.Th>住所</Table.Th>
          <Table.Th>代表電話番号</Table.Th>
          <Table.Th>メールアドレス</Table.Th>
          <Table.Th>CCUS事業者ID</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {businesses.map((business) => (
          <Table.Tr key={business.id}>
            <Table.Td>{orEmpty(branchNames(business.branch_ids))}</Table.Td>
            <Table.Td>{orEmpty(business.code)}</Table.Td>
            <Table.Td>
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link {...props} to="/businesses/$businessId" params={{ businessId: business.id }} />
                )}
              >
                {business.name}
              </Anchor>
              {business.is_own_company ? (
                <Text span size="xs" c="dimmed" ml={4}>
                  (自社)
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td data-wrap>
              {orEmpty(formatAddress(prefectureName(business.prefecture_code), business.address))}
            </Table.Td>
            <Table.Td>{orEmpty(business.phone)}</Table.Td>
            <Table.Td>{orEmpty(business.email)}</Table.Td>
            <Table.Td>{business.ccus_business_id ? 'あり' : 'なし'}</Table.Td>
            <Table.Td data-action>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onDelete(business)}
                aria-label={`${business.name}を削除`}
              >
                削除
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
