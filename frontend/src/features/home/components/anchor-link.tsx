import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's `component={Link}` drops the router's typing of to/params/search; createLink keeps it.
type AnchorBase = Omit<AnchorProps, 'href'> & React.AnchorHTMLAttributes<HTMLAnchorElement>;
const AnchorBaseLink = forwardRef<HTMLAnchorElement, AnchorBase>((props, ref) => (
  <Anchor ref={ref} size="sm" {...props} />
));
const CreatedAnchor = createLink(AnchorBaseLink);
export const AnchorLink: LinkComponent<typeof AnchorBaseLink> = (props) => <CreatedAnchor {...props} />;
