// What other features may use of the family plan (eslint.config.js allows no other way in).
export { exportCaregiverPacket, packetFileName } from './caregiver-file';
export { default as ReviewReminder } from './ReviewReminder';
