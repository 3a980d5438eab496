// 管理: what お知らせ shows of it (Webhook endpoints stopped by persistent failure).
export { webhookEndpointsQueryOptions, type WebhookEndpoint } from './api/webhooks';
