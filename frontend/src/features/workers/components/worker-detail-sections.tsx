import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { VerificationNumber } from '@/components/verification-number';
import { useCan } from '@/features/auth';
import { occupationLabel, useEmploymentTypes, useOccupations, usePositions, usePrefectures } from '@/features/masters';
import { formatDate, formatDateTime } from '@/lib/format';

import {
  BLOOD_TYPE_OPTIONS,
  PERMISSION_OPTIONS,
  RH_OPTIONS,
  SEX_OPTIONS,
  fullKana,
  fullName,
  labelOf,
} from '../api/labels';
import { useRevealVerificationNumber, type Worker } from '../api/workers';

import { FieldSection } from './field-table';
import { AnchorLink } from '@/components/links';

function nameOf(list: { code: string; name: string }[] | undefined, code: string | null) {
  if (!code) return '';
  return list?.find((item) => item.code === code)?.name ?? code;
}

function bloodLabel(worker: Worker) {
  const type = labelOf(BLOOD_TYPE_OPTIONS, worker.blood_type);
  const rh = labelOf(RH_OPTIONS, worker.rh);
  return [type, rh].filter(Boolean).join(' ');
}

export function WorkerDetailSections({ worker }: { worker: Worker }) {
  const employmentTypes = useEmploymentTypes();
  const reveal = useRevealVerificationNumber(worker.id);
  const canReveal = useCan('secrets:reveal');
  const positions = usePositions();
  const prefectures = usePrefectures();
  const occupations = useOccupations();
  const otherOccupations = worker.occupation_ids.map((id) => {
    const found = occupations.data?.find((occupation) => occupation.id === id);
    return found ? occupationLabel(found) : id;
  });
  const alias = [worker.alias_family, worker.alias_given].filter(Boolean).join(' ');

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <FieldSection
        title="基本情報"
        rows={[
          { label: '技能者コード', value: worker.code },
          { label: '技能者名', value: fullName(worker) },
          { label: '技能者名カナ', value: fullKana(worker) },
          { label: '通称', value: alias },
          {
            label: '所属事業者',
            value: (
              <AnchorLink to="/businesses/$businessId" params={{ businessId: worker.business.id }}>
                {worker.business.name}
              </AnchorLink>
            ),
          },
          { label: '生年月日', value: formatDate(worker.birth_date) },
          { label: '性別', value: labelOf(SEX_OPTIONS, worker.sex) },
          { label: '雇用区分', value: nameOf(employmentTypes.data, worker.employment_type_code) },
          { label: '権限', value: labelOf(PERMISSION_OPTIONS, worker.permission) },
        ]}
      />
      <Stack gap="md">
        <FieldSection
          title="CCUS・建退共"
          rows={[
            { label: 'CCUS技能者ID', value: worker.ccus_worker_id ?? 'なし' },
            {
              label: '本人確認番号',
              value: (
                <VerificationNumber
                  masked={worker.verification_number}
                  reveal={() => reveal.mutateAsync()}
                  canReveal={canReveal}
                />
              ),
            },
            {
              label: 'CCUS連携状態',
              value: (
                <Stack gap={4}>
                  <Group gap="xs">
                    <CcusStatusBadge
                      status={worker.ccus_status}
                      errorCode={worker.ccus_error_code}
                      errorMessage={worker.ccus_error_message}
                    />
                    {worker.ccus_checked_at ? (
                      <Text size="xs" c="dimmed">
                        確認日時 {formatDateTime(worker.ccus_checked_at)}
                      </Text>
                    ) : null}
                  </Group>
                  {worker.ccus_error_message ? (
                    <Text size="sm" c="red" data-testid="ccus-error">
                      {worker.ccus_error_code ? `${worker.ccus_error_code} ` : ''}
                      {worker.ccus_error_message}
                    </Text>
                  ) : null}
                </Stack>
              ),
            },
            { label: '建退共 被共済者番号', value: worker.kentaikyo_member_number },
          ]}
        />
        <FieldSection
          title="連絡先"
          rows={[
            ...[0, 1, 2].map((index) => ({
              label: `携帯電話番号 ${index + 1}台目`,
              value: worker.phones[index] ?? '',
            })),
            { label: 'メールアドレス', value: worker.email },
          ]}
        />
      </Stack>
      <FieldSection
        title="職種・資格"
        rows={[
          { label: '代表職種', value: occupationLabel(worker.primary_occupation) },
          {
            label: 'その他の職種',
            value: otherOccupations.length ? (
              <Stack gap={0}>
                {otherOccupations.map((label) => (
                  <Text key={label} size="sm">
                    {label}
                  </Text>
                ))}
              </Stack>
            ) : (
              ''
            ),
          },
          { label: '立場', value: nameOf(positions.data, worker.position_code) },
        ]}
      >
        <Text size="sm" fw={500} mt="sm" mb={4}>
          資格・免許
        </Text>
        {worker.qualifications.length === 0 ? (
          <Text size="sm" c="dimmed">
            登録されていません。
          </Text>
        ) : (
          <DataTable striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>資格・免許名</Table.Th>
                <Table.Th>番号</Table.Th>
                <Table.Th>取得日</Table.Th>
                <Table.Th>有効期限</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {worker.qualifications.map((qualification, index) => (
                <Table.Tr key={`${qualification.name}-${index}`}>
                  <Table.Td>{qualification.name}</Table.Td>
                  <Table.Td>{qualification.number}</Table.Td>
                  <Table.Td>{formatDate(qualification.acquired_on)}</Table.Td>
                  <Table.Td>{formatDate(qualification.expires_on)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </FieldSection>
      <FieldSection
        title="健康"
        rows={[
          { label: '血液型', value: bloodLabel(worker) },
          { label: '最近の健康診断日', value: formatDate(worker.health_check_on) },
          { label: '血圧・上', value: worker.blood_pressure_high ?? '' },
          { label: '血圧・下', value: worker.blood_pressure_low ?? '' },
        ]}
      />
      <FieldSection
        title="住所"
        rows={[
          { label: '郵便番号', value: worker.postal_code },
          { label: '都道府県', value: nameOf(prefectures.data, worker.prefecture_code) },
          { label: '住所', value: worker.address },
        ]}
      />
      <FieldSection
        title="在籍"
        rows={[
          {
            label: '在籍状況',
            value: worker.is_retired ? (
              <Badge color="gray">退職</Badge>
            ) : (
              <Badge color="green" variant="light">
                在籍
              </Badge>
            ),
          },
          { label: '入社日', value: formatDate(worker.hired_on) },
          { label: '退職日', value: formatDate(worker.retired_on) },
          { label: '登録日時', value: formatDateTime(worker.created_at) },
          { label: '更新日時', value: formatDateTime(worker.updated_at) },
        ]}
      />
    </SimpleGrid>
  );
}
