// Webhook: partner endpoints (shown in APIキー管理) and what お知らせ shows of them.
export { webhookEndpointsQueryOptions, type WebhookEndpoint } from './api/webhooks';
export { WebhooksSection } from './components/webhooks-section';
