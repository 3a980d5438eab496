import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link, type ErrorComponentProps } from '@tanstack/react-router';

import { ErrorState } from './page-states';

export function NotFound() {
  return (
    <Container py="xl">
      <Stack>
        <Title order={2}>ページが見つかりません</Title>
        <Text>URLを確認するか、お知らせ画面に戻ってください。</Text>
        <Anchor component={Link} to="/">
          お知らせへ戻る
        </Anchor>
      </Stack>
    </Container>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Container py="xl">
      <ErrorState error={error} onRetry={reset} />
    </Container>
  );
}
