export { smsPlatform, type SmsPlatform } from '../../shared/sms-platform';
