import { bodyParts } from './message-body';

describe('bodyParts', () => {
  it('turns http(s) URLs into links and keeps the text around them', () => {
    expect(bodyParts('Hello,\n\nAccept: http://localhost:3000/accept-invite?token=abc_1-2\n\nBye')).toEqual([
      { text: 'Hello,\n\nAccept: ' },
      { href: 'http://localhost:3000/accept-invite?token=abc_1-2' },
      { text: '\n\nBye' },
    ]);
  });

  it('never makes a link of anything but http(s)', () => {
    expect(bodyParts('javascript:alert(1) and mailto:x@y')).toEqual([{ text: 'javascript:alert(1) and mailto:x@y' }]);
  });
});
