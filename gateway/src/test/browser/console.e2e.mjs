// The DPO console in a real (headless, system) Chromium, logging in through the real Keycloak page.
// Run by ConsoleBrowserTest: BASE_URL, OVERDUE_ID, MATCH_EMAIL, REGISTERS, OUT_DIR, CHROMIUM in the environment.
// Exits non-zero with a message on the first failed expectation; screenshots of every page in OUT_DIR.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';

const base = process.env.BASE_URL;
const out = process.env.OUT_DIR;
mkdirSync(out, { recursive: true });
const started = Date.now();
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);
function expect(ok, what) { if (!ok) { throw new Error('expected: ' + what); } }

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function login(context, user) {
  const page = await context.newPage();
  const response = await page.goto(base + '/console/cases');
  expect(page.url().includes('/realms/kuopas/'), 'the Keycloak login page, got ' + page.url() + ' ' + response.status());
  await page.screenshot({ path: `${out}/01-keycloak-login.png` });
  await page.fill('#username', user);
  await page.fill('#password', 'kuopas-demo');
  const [answer] = await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
  return { page, status: answer ? answer.status() : 0 };
}

async function waitFor(page, url, selector, seconds) {
  for (let i = 0; i < seconds; i++) {
    await page.goto(url);
    if (await page.$(selector)) { return; }
    await page.waitForTimeout(1000);
  }
  throw new Error(`expected ${selector} on ${url} within ${seconds}s`);
}

async function openCase(page, type, email = 'demo.subject@example.fi') {
  await page.goto(base + '/console/cases/new');
  await page.selectOption('#type', type);
  await page.fill('#name', 'Matti Meikäläinen');
  await page.fill('#pic', '131052-308T');
  await page.fill('#email', email);
  await page.selectOption('#verificationMethod', 'STRONG_ELECTRONIC_IDENTIFICATION');
  await page.fill('#verificationReference', 'suomi.fi tx browser');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  expect(/\/console\/cases\/[0-9a-f-]{36}$/.test(page.url()), 'the new case page, got ' + page.url());
  return page.url();
}

try {
  // 1. A DPO logs in through Keycloak and lands on the case list.
  const dpo = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await login(dpo, 'tiina.tietosuoja');
  expect(page.url().startsWith(base + '/console/cases'), 'back on the console after login, got ' + page.url());
  expect((await page.textContent('#user')) === 'tiina.tietosuoja', 'the signed-in DPO named in the header');
  const cookies = await dpo.cookies();
  const session = cookies.find((c) => c.name.startsWith('q_session'));
  expect(session && session.httpOnly && session.secure && session.sameSite === 'Lax' && session.path === '/console',
    'a Secure HttpOnly SameSite=Lax session cookie on /console, got ' + JSON.stringify(cookies.map((c) => ({
      name: c.name, domain: c.domain, path: c.path, secure: c.secure, httpOnly: c.httpOnly, sameSite: c.sameSite }))));
  await page.screenshot({ path: `${out}/02-cases.png`, fullPage: true });
  log('logged in');

  // 2. The form refuses bad input beside the field, in the API's words.
  await page.goto(base + '/console/cases/new');
  await page.selectOption('#type', 'ACCESS');
  await page.fill('#email', 'not-an-email');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  expect(await page.$('#error-email'), 'the email error beside the field');
  await page.screenshot({ path: `${out}/03-open-case-errors.png`, fullPage: true });

  // 3. An ACCESS case for the demo subject, to completion; the report in Swedish, then as PDF.
  const caseUrl = await openCase(page, 'ACCESS');
  await waitFor(page, caseUrl, '#report-sv', 60);
  await page.screenshot({ path: `${out}/04-case-completed.png`, fullPage: true });
  log('access case completed');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await dpo.storageState() });
  const report = await phone.newPage();
  await report.goto(await page.getAttribute('#report-sv', 'href').then((h) => new URL(h, base).toString()));
  const text = await report.textContent('body');
  expect(text.includes('Svar på din begäran om dataskydd'), 'the Swedish report');
  const width = await report.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 390, 'the report fits a 390 px phone, was ' + width + ' px');
  await report.screenshot({ path: `${out}/05-report-sv-phone.png`, fullPage: true });
  const pdf = await page.request.get(new URL(await page.getAttribute('#report-sv-pdf', 'href'), base).toString());
  expect(pdf.status() === 200 && pdf.headers()['content-type'].startsWith('application/pdf'), 'the PDF download');
  writeFileSync(`${out}/report-sv.pdf`, await pdf.body());
  log('report in sv and PDF');

  // 4. An erasure: the preview, and the second DPO's approval it needs.
  const erasureUrl = await openCase(page, 'ERASURE');
  await waitFor(page, erasureUrl, '#approve', 60);
  await page.click('#erasure-preview');
  expect(await page.isVisible('#four-eyes'), 'the four-eyes requirement on the preview');
  await page.screenshot({ path: `${out}/06-erasure-preview.png`, fullPage: true });
  await page.goto(erasureUrl);
  await Promise.all([page.waitForNavigation(), page.click('#approve')]);
  expect(await page.isVisible('#error'), 'the DPO who opened the case cannot approve its erasure');
  await page.screenshot({ path: `${out}/07-erasure-approval-refused.png`, fullPage: true });
  log('erasure preview');

  // 5. An overdue case shows as overdue.
  await page.goto(base + '/console/cases?filter=overdue');
  expect(await page.$(`tr[data-id="${process.env.OVERDUE_ID}"] .overdue`), 'the overdue case marked overdue');
  await page.goto(base + '/console/cases/' + process.env.OVERDUE_ID);
  expect(await page.isVisible('#overdue'), 'the overdue badge on the case page');
  await page.screenshot({ path: `${out}/08-overdue.png`, fullPage: true });

  // 6. A case worked from opening to answer in the console alone: the register finds a record through the
  //    unproved family email; the DPO records the one-time code that proved it, the registers are asked again,
  //    the case completes, the answer is recorded and the Finnish PDF downloaded.
  const matchUrl = await openCase(page, 'ACCESS', process.env.MATCH_EMAIL);
  await waitFor(page, matchUrl, 'h1:has-text("AWAITING_MATCH_DECISION")', 60);
  expect(await page.$('#matches button.confirm-match'), 'the confirmation form of the open match');
  await page.screenshot({ path: `${out}/10-possible-match.png`, fullPage: true });
  const confirm = page.locator('#matches li form[action$="/confirmation"]').first();
  await confirm.locator('select[name="method"]').selectOption('ONE_TIME_CODE');
  await confirm.locator('input[name="reference"]').fill('   '); // passes the browser's `required`, not the service
  await Promise.all([page.waitForNavigation(), confirm.locator('button').click()]);
  expect(await page.$('.field-error[id="error-match-reference"]'), 'the missing reference shown beside the field');
  await page.screenshot({ path: `${out}/11-match-error.png`, fullPage: true });
  const again = page.locator('#matches li form[action$="/confirmation"]').first();
  await again.locator('select[name="method"]').selectOption('ONE_TIME_CODE');
  await again.locator('input[name="reference"]').fill('OTP returned in the browser');
  await Promise.all([page.waitForNavigation(), again.locator('button').click()]);
  expect(!(await page.$('#error')), 'the confirmation accepted');
  await waitFor(page, matchUrl, '#report-sv', 60);
  expect((await page.textContent('#matches')).includes('CONFIRMED'), 'the match confirmed');
  await page.selectOption('#a-channel', 'SECURE_MESSAGE');
  await page.fill('#a-reference', 'secure mail from the browser');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/answer"] button')]);
  expect(!(await page.$('form[action$="/answer"]')), 'the answer recorded (its form gone)');
  expect((await page.textContent('#history')).includes('ANSWER'), 'the answer in the journal');
  await page.screenshot({ path: `${out}/12-answered.png`, fullPage: true });
  const fiPdf = await page.request.get(new URL(await page.getAttribute('#report-fi-pdf', 'href'), base).toString());
  expect(fiPdf.status() === 200 && fiPdf.headers()['content-type'].startsWith('application/pdf'), 'the Finnish PDF download');
  writeFileSync(`${out}/report-fi-match.pdf`, await fiPdf.body());
  log('case worked from opening to answer');

  // 7. The access logs of every service at a glance.
  await page.click('#nav-audit');
  expect(await page.$('#audit tr[data-register="gateway"]'), 'the gateway on the audit page');
  expect(await page.$('#audit-intact') || await page.$('#audit-broken'), 'the verdict on the audit page');
  await page.screenshot({ path: `${out}/13-audit.png`, fullPage: true });
  log('audit page');

  // 8. The latest retention run of every register, one row each, beside the audit page; readable on a phone.
  await Promise.all([page.waitForNavigation(), page.click('#nav-retention')]);
  expect(page.url().endsWith('/console/retention'), 'the retention page, got ' + page.url());
  const registers = process.env.REGISTERS.split(',');
  const rows = await page.$$eval('#retention tr[data-register]', (trs) => trs.map((tr) => tr.dataset.register));
  expect(JSON.stringify(rows) === JSON.stringify(registers), 'one row per register ' + registers + ', got ' + rows);
  const customer = await page.textContent('#retention tr[data-register="customer"]');
  expect(customer.includes('housing-applications') && !customer.includes('2026-11-27T'), 'the customer run with its rules and a readable date');
  await page.screenshot({ path: `${out}/14-retention.png`, fullPage: true });
  const phoneNow = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await dpo.storageState() });
  const phoneRetention = await phoneNow.newPage();
  await phoneRetention.goto(base + '/console/retention');
  const retentionWidth = await phoneRetention.evaluate(() => document.documentElement.scrollWidth);
  expect(retentionWidth <= 390, 'the retention page fits a 390 px phone, was ' + retentionWidth + ' px');
  await phoneRetention.screenshot({ path: `${out}/15-retention-phone.png`, fullPage: true });
  log('retention page');

  // 9. A user without the dpo role is refused.
  const staff = await browser.newContext();
  const refused = await login(staff, 'asta.asiakaspalvelu');
  expect(refused.status === 403, 'customer service refused with 403, got ' + refused.status);
  await refused.page.screenshot({ path: `${out}/09-non-dpo-refused.png` });
  log('non-DPO refused');
  await browser.close();
  log('all scenarios passed');
} catch (e) {
  console.error(e.stack || String(e));
  await browser.close();
  process.exit(1);
}
