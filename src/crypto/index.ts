export { sealEnvelope, openEnvelope, sealJson, openJson, ENVELOPE_ALG } from './envelope';
export { importPublicKeyPem, importPrivateKeyPem, generateKeyPairPem, validatePublicKeyPem, MIN_RSA_BITS } from './keys';
export { generateDeviceKey, sealWithDeviceKey, openWithDeviceKey, type DeviceSealed } from './device';
export { sealInterview, openInterview } from './interview';
export { EnvelopeError, type EnvelopeErrorCode } from './errors';
export { bytesToBase64, base64ToBytes } from './base64';
export {
  sealWithPassphrase, openWithPassphrase, PassphraseBoxSchema, PASSPHRASE_ITERATIONS, MIN_PASSPHRASE_LENGTH,
  type PassphraseBox,
} from './passphrase';
