// The configuration read from the environment (worker/config.ts), as the README lists it.
import { configFrom } from '../../worker/config';

test('without PUBLIC_BASE_URL, emailed links follow PORT', () => {
  expect(configFrom({ PORT: '8080' })).toMatchObject({
    port: 8080,
    publicBaseUrl: 'http://localhost:8080',
  });
  expect(configFrom({})).toMatchObject({ port: 3000, publicBaseUrl: 'http://localhost:3000' });
});

test('PUBLIC_BASE_URL wins over PORT, without its trailing slash', () => {
  expect(configFrom({ PORT: '8080', PUBLIC_BASE_URL: 'https://doan.camau.gov.vn/' })).toMatchObject(
    { port: 8080, publicBaseUrl: 'https://doan.camau.gov.vn' },
  );
});
