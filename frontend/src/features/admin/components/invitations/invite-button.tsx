import { Button, Modal } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { InviteForm } from './invite-form';

const route = getRouteApi('/app/admin/users');

/** 招待する and its form, open while the URL says `invite=1` (so a link can open it). */
export function InviteButton() {
  const open = route.useSearch().invite === 1;
  const navigate = route.useNavigate();
  const setOpen = (next: boolean) =>
    void navigate({ search: (prev) => ({ ...prev, invite: next ? (1 as const) : undefined }) });
  return (
    <>
      <Button onClick={() => setOpen(true)}>招待する</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="ユーザーを招待">
        {open ? <InviteForm onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}
