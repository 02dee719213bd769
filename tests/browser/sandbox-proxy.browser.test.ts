import { expect } from '@open-wc/testing';
import { sandboxClient } from '../support/sandbox-client.js';

describe('the sandbox behind the browser tests', () => {
  it('answers the catalogue and authenticated reads through the proxy', async () => {
    const client = sandboxClient();
    const page = await client.procedures.list({ q: 'dang ki khai sinh', limit: 1 });
    expect(page.items[0]?.code).to.equal('1.001193');
    const dossiers = await client.dossiers.list({ limit: 1 });
    expect(dossiers.items).to.be.an('array');
  });
});
