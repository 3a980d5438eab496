// The auth feature's public face: who is logged in and what their role may do.
export { meQueryOptions, useCan, useMe, type Me, type Scope } from './api/me';
export { Can } from './components/can';
