export * from './staff-form.dialog';
