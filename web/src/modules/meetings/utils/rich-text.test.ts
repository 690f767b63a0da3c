import { htmlToText, textToHtml } from './rich-text';

describe('minutes text', () => {
  it('turns typed text into paragraphs and line breaks, escaping markup', () => {
    expect(textToHtml('First line\nsecond line\n\nNext <b>para</b>')).toBe('<p>First line<br>second line</p><p>Next &lt;b&gt;para&lt;/b&gt;</p>');
  });

  it('reads sanitised HTML back as text without running it', () => {
    expect(htmlToText('<p>First line<br>second</p><p>Next</p><ul><li>one</li></ul>')).toBe('First line\nsecond\n\nNext\n\n• one');
  });
});
