import type { Page } from '@playwright/test';
import { EXAMPLE_PACK } from '../../src/pack/example-pack.js';
import type { RulePackInput } from '../../src/pack/schema.js';
import { expect, expectAccessible, saveScreenshot, test } from './harness/fixtures.js';

const PREDETERMINATION = 'I will be voting against the Mill Road application at committee. It must be refused.';

function editorOf(page: Page) {
  return page.getByLabel('Your post');
}

function findingsOf(page: Page) {
  return page.getByRole('complementary', { name: 'What the check found' }).getByRole('listitem');
}

async function selectionOf(page: Page): Promise<string> {
  return editorOf(page).evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
}

test.describe('writing a post', () => {
  test('underlines a predetermination draft as it is typed and cites the Code', async ({ app }) => {
    const { page } = app;
    const editor = editorOf(page);
    await expect(page.locator('#findings-summary')).toHaveText('Start typing your post. It is checked as you type.');
    await editor.pressSequentially(PREDETERMINATION);

    // On the Planning Committee, a closed mind on an application is a thing to fix.
    await expect(page.locator('#findings-summary')).toHaveText('2 things to fix before posting');
    await expect(page.locator('.editor__mark--block')).toHaveText(['will be voting against', 'must be refused']);
    const first = findingsOf(page).first();
    await expect(first).toContainText('Fix before posting');
    await expect(first.getByRole('heading', { name: 'Sounds as if you have already decided' })).toBeVisible();
    await expect(first).toContainText('“will be voting against”');
    await expect(first).toContainText(/Why: You sit on Planning Committee: this reads as if you have already decided on the application/);
    await expect(first).toContainText("Code: Members' Code on social media, Practices to Avoid, bullet 3");
    await expect(first).toContainText('Try: Say what concerns you and that you will weigh all the evidence before deciding');
    await first.getByText('Read the clause').click();
    await expect(first.getByText(/Do not say anything through social media that suggests you have made your mind up/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Length' })).toHaveText(`X ${PREDETERMINATION.length}/280`);

    await expectAccessible(page, 'compose with findings');
    await saveScreenshot(page, '03-compose-findings');

    // Choosing a finding selects its words; F8 and Shift+F8 move between findings.
    await findingsOf(page).nth(1).getByRole('button', { name: 'Sounds as if you have already decided' }).click();
    await expect(editor).toBeFocused();
    expect(await selectionOf(page)).toBe('must be refused');
    await page.keyboard.press('F8');
    expect(await selectionOf(page)).toBe('will be voting against');
    await page.keyboard.press('Shift+F8');
    expect(await selectionOf(page)).toBe('must be refused');
    await expect(findingsOf(page).nth(1)).toHaveAttribute('aria-current', 'true');
  });

  test('says so plainly when there is nothing to fix, and counts the way each platform does', async ({ app }) => {
    const { page } = app;
    await page.getByRole('checkbox', { name: 'Bluesky' }).check();
    await editorOf(page).fill('Gritters are out tonight on the A14 👍 https://example.org/a-very-long-link-to-the-gritting-routes-page');
    await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');
    // X counts the link as 23 and the emoji as 2; Bluesky counts graphemes.
    await expect(page.getByRole('list', { name: 'Length' }).getByRole('listitem')).toHaveText(['X 62/280', 'Bluesky 102/300']);
    await expect(page.getByRole('button', { name: /Check & copy for Bluesky/ })).toBeVisible();
  });

  test('lets a finding be marked “not a problem here” with a reason, kept with the draft', async ({ app }) => {
    const { page } = app;
    await editorOf(page).fill(PREDETERMINATION);
    const first = findingsOf(page).first();
    await first.getByRole('button', { name: 'Not a problem here…' }).click();
    await first.getByRole('button', { name: 'Save reason' }).click();
    await expect(first.getByText('Write a reason')).toBeVisible();
    await first.getByLabel('Why is this not a problem here?').fill('I am quoting the objectors, not giving my view.');
    await first.getByRole('button', { name: 'Save reason' }).click();
    await expect(page.locator('#findings-summary')).toHaveText('1 thing to fix before posting · 1 marked not a problem');
    await expect(first).toContainText('You marked this not a problem: “I am quoting the objectors, not giving my view.”');
    await expect
      .poll(() => {
        const id = app.services.history.lastDraftId();
        return id ? app.services.history.get(id).decisions : null;
      })
      .toEqual([{ findingKey: expect.stringMatching(/^predetermination\|\w+\|will be voting against$/), kind: 'not-a-problem', reason: 'I am quoting the objectors, not giving my view.' }]);
    await expect(page.getByText('Saved just now')).toBeVisible();
  });

  test.describe('with a council pack that suggests other words', () => {
    const pack: RulePackInput = {
      ...EXAMPLE_PACK,
      customRules: [
        {
          kind: 'substitution',
          id: 'measured-words',
          category: 'abuse',
          severity: 'warn',
          message: 'Words like this can read as an attack on officers. Say what went wrong instead.',
          clause: 'Treat others with respect.',
          swap: { disgraceful: 'not good enough' },
          examples: { flag: ['The state of the pavements is disgraceful.'], pass: ['The pavements are being repaired.'] },
        },
      ],
    };
    test.use({ councilPack: pack });

    test('applies the suggested wording with one action', async ({ app }) => {
      const { page } = app;
      await expect(page.getByText('Rules: Example County Council v1')).toBeVisible();
      await editorOf(page).fill('The state of the pavements on Station Road is disgraceful.');
      const finding = findingsOf(page).filter({ hasText: '“disgraceful”' });
      await expect(finding).toContainText('Try: Use “not good enough” instead.');
      await finding.getByRole('button', { name: 'Apply: replace with “not good enough”' }).click();
      await expect(editorOf(page)).toHaveValue('The state of the pavements on Station Road is not good enough.');
      await expect(page.locator('#findings-summary')).toHaveText('Nothing to fix. Read it once more before you post.');
      // The editor's own undo still works after applying.
      await page.keyboard.press('Control+Z');
      await expect(editorOf(page)).toHaveValue('The state of the pavements on Station Road is disgraceful.');
    });
  });
});
