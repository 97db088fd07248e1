import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { openConfirmDialog } from './confirm-dialog';

describe('openConfirmDialog', () => {
  function open() {
    const dialog = TestBed.inject(MatDialog);
    const result = firstValueFrom(
      openConfirmDialog(dialog, { title: 'Delete location?', message: 'Downtown goes.', confirmLabel: 'Delete' }),
    );
    TestBed.tick();
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'));
    return { result, buttons };
  }

  it('resolves true only when the confirming button is pressed', async () => {
    const { result, buttons } = open();
    expect(document.querySelector('h2')?.textContent).toBe('Delete location?');
    buttons.find((b) => b.textContent?.trim() === 'Delete')?.click();
    await expect(result).resolves.toBe(true);
  });

  it('resolves false on cancel', async () => {
    const { result, buttons } = open();
    buttons.find((b) => b.textContent?.trim() === 'Cancel')?.click();
    await expect(result).resolves.toBe(false);
  });
});
