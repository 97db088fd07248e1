import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';
import { CopyField } from './copy-field';

describe('CopyField', () => {
  it('copies the value and says it was copied', async () => {
    const copy = jest.fn().mockReturnValue(true);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: { copy } }] });
    const fixture = TestBed.createComponent(CopyField);
    fixture.componentRef.setInput('label', 'Invitation link');
    fixture.componentRef.setInput('value', 'http://x/accept-invite?token=abc');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('input')?.value).toBe('http://x/accept-invite?token=abc');
    el.querySelector<HTMLButtonElement>('button[aria-label="Copy Invitation link"]')?.click();
    await fixture.whenStable();

    expect(copy).toHaveBeenCalledWith('http://x/accept-invite?token=abc');
    expect(el.textContent).toContain('Copied to the clipboard');
  });
});
