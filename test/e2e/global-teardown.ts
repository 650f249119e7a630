import integrationTeardown from '../integration/global-teardown';

export default async function globalTeardown(): Promise<void> {
  await integrationTeardown();
}
