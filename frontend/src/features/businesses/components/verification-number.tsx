import { MaskedVerificationNumber } from '@/components/verification-number';

import { useRevealVerificationNumber } from '../api/businesses';

export function VerificationNumber({ businessId, masked }: { businessId: string; masked: string | null }) {
  const reveal = useRevealVerificationNumber(businessId);
  return (
    <MaskedVerificationNumber
      masked={masked}
      reveal={async () => (await reveal.mutateAsync()).verification_number ?? null}
    />
  );
}
