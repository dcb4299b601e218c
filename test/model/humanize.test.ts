import { describe, expect, it } from 'vitest';
import { humanize, isEnumToken } from '../../src';

describe('humanize', () => {
  it.each([
    ['NOT_TRUSTED', 'Not trusted'],
    ['AuthenticationResult', 'Authentication result'],
    ['DeviceSignals', 'Device signals'],
    ['SERVER_FACE_DOES_NOT_MATCH', 'Server face does not match'],
    ['MRZ_CHECKSUM', 'MRZ checksum'],
    ['LOOKUPS_MEDIUM_RISK_IP_ADDRESS', 'Lookups medium risk IP address'],
    ['IPAddressCheck', 'IP address check'],
    ['not-trusted', 'Not trusted'],
    ['manual review', 'Manual review'],
    ['passed', 'Passed'],
    ['  spaced__out  ', 'Spaced out'],
    ['', ''],
    ['id_aamva_database_lookup', 'ID AAMVA database lookup'],
    ['mrz_checksum', 'MRZ checksum'],
    ['nfc_chip_read', 'NFC chip read'],
    ['pep_screening', 'PEP screening'],
    ['ip_address_risk', 'IP address risk'],
    ['Kyc Expired', 'KYC expired'],
    ['Check MRZ data', 'Check MRZ data'],
    ['ScanUSDocument', 'Scan US document'],
    ['NOT_STARTED', 'Not started'],
    ['contact_us', 'Contact us'],
  ])('turns %j into %j', (token, expected) => {
    expect(humanize(token)).toBe(expected);
  });

  it.each([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an object', { a: 1 }, ''],
    ['a number', 42, '42'],
  ])('handles %s', (_name, input, expected) => {
    expect(humanize(input)).toBe(expected);
  });
});

describe('isEnumToken', () => {
  it.each(['SERVER_FACE_DOES_NOT_MATCH', 'ID_DATA_INVALID', 'face_not_found'])('recognises %j', (token) => {
    expect(isEnumToken(token)).toBe(true);
  });

  it.each(['The country associated to the ip address does not match', 'RC004', 'OK', 'Mixed_Case_Token', '', null, 42])(
    'does not treat %j as a token',
    (text) => {
      expect(isEnumToken(text)).toBe(false);
    },
  );
});
