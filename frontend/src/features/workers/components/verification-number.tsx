import { MaskedVerificationNumber } from '@/components/verification-number';

import { useRevealVerificationNumber } from '../api/workers';

export function VerificationNumber({ workerId, masked }: { workerId: string; masked: string | null }) {
  const reveal = useRevealVerificationNumber(workerId);
  return (
    <MaskedVerificationNumber
      masked={masked}
      reveal={async () => (await reveal.mutateAsync()).verification_number ?? null}
    />
  );
}
