import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

// Mantine's look with the router's typed `to`/`params`/`search`.

type AnchorBase = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
function AnchorBaseLink(props: AnchorBase) {
  return <Anchor component="a" size="sm" {...props} />;
}
const CreatedAnchorLink = createLink(AnchorBaseLink);
export const AnchorLink: LinkComponent<typeof AnchorBaseLink> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

type ButtonBase = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
function ButtonBaseLink(props: ButtonBase) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonBaseLink);
export const ButtonLink: LinkComponent<typeof ButtonBaseLink> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);
