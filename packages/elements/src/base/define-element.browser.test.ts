import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DvcReceipt } from '../components/receipt/receipt.js';
import '../define.js';
import { defineElement } from './define-element.js';
import { ELEMENTS_VERSION } from './version.js';

function captureWarnings<T>(action: () => T): { result: T; warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  try {
    return { result: action(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('defineElement', () => {
  it('does nothing, silently, when the same class is registered again', () => {
    const { warnings } = captureWarnings(() => defineElement('dvc-receipt', DvcReceipt));
    expect(warnings).to.have.length(0);
    expect(customElements.get('dvc-receipt')).to.equal(DvcReceipt);
  });

  it('warns instead of throwing when another version already owns the tag, and keeps the first', () => {
    class ReceiptFromAnotherBundle extends DvcReceipt {
      static override readonly dvcVersion = '9.9.9';
    }
    const { warnings } = captureWarnings(() => defineElement('dvc-receipt', ReceiptFromAnotherBundle));
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]?.[0]);
    expect(message).to.contain('<dvc-receipt>');
    expect(message).to.contain(`another copy of @dvc-kit/elements (${ELEMENTS_VERSION})`);
    expect(message).to.contain('9.9.9');
    expect(customElements.get('dvc-receipt')).to.equal(DvcReceipt);
  });

  it('names a foreign owner that is not a dvc-kit element', () => {
    class SomeoneElses extends LitElement {}
    customElements.define('dvc-test-foreign-owner', SomeoneElses);
    class Ours extends LitElement {}
    const { warnings } = captureWarnings(() => defineElement('dvc-test-foreign-owner', Ours));
    expect(String(warnings[0]?.[0])).to.contain('already defined by another script');
  });

  it('registers a new tag', () => {
    class Fresh extends LitElement {}
    defineElement('dvc-test-fresh', Fresh);
    expect(customElements.get('dvc-test-fresh')).to.equal(Fresh);
  });
});
