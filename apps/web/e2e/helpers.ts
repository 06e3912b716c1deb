import { expect, type Browser, type Locator, type Page, type Request, type Response } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** Full-page screenshot into apps/web/test-results/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** A link of the main menu (the sidebar). */
export function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name, exact: true });
}

/** Picks an option in the open antd Select popup. */
export async function pickOption(page: Page, field: Locator, label: string): Promise<void> {
  // A click during the dropdown's opening animation (or while another dropdown closes) can be lost:
  // retry until the select shows the chosen label.
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await expect(async () => {
    // Already chosen (the field's default, or an earlier try whose click landed late): nothing to pick. Clicking
    // the chosen option again in an open list can chase it out of the viewport on a loaded machine.
    const chosen = select.locator('.ant-select-selection-item');
    if ((await chosen.count()) === 1 && (await chosen.innerText()).trim() === label) return;
    await field.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: label })
      .first()
      .click({ timeout: 5000 });
    await expect(select).toContainText(label, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  // A list left open (a multiple select stays open) would cover the next field: leave the field. Not with Tab:
  // in an open list Tab selects the active option, which in a multiple select takes the pick back out.
  if (await page.locator('.ant-select-dropdown:visible').count()) await field.blur();
}

/** Types into an antd TreeSelect (search ignores diacritics) and picks the node with this exact title. */
export async function pickTreeOption(page: Page, field: Locator, search: string, title: string): Promise<void> {
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const open = page.locator('.ant-tree-select-dropdown:visible');
  await expect(async () => {
    await field.click();
    await field.fill(search);
    await open.getByTitle(title, { exact: true }).first().click({ timeout: 5000 });
    await expect(select).toContainText(title, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  // A dropdown left open after the pick would cover the next field: move on with Tab, as a clerk would.
  if (await open.count()) await field.press('Tab');
  await expect(open).toHaveCount(0);
}

/**
 * Clicks a button that writes (a dialog's confirm, a save) until the browser sends the matching API
 * request, then waits for the server's answer however long a busy machine takes. A click during an
 * opening animation can be lost, so the click is repeated while no request has left; once one has,
 * nothing is clicked again (the server would refuse a second issue, but the test must not rely on it).
 */
export async function clickUntilAnswered(
  button: Locator,
  matches: (request: Request) => boolean = (r) => r.method() !== 'GET' && new URL(r.url()).pathname.startsWith('/api/'),
): Promise<Response> {
  const page = button.page();
  let sent: Request | undefined;
  const listen = (r: Request) => {
    if (!sent && matches(r)) sent = r;
  };
  page.on('request', listen);
  try {
    await expect(async () => {
      if (!sent && (await button.isVisible()) && (await button.isEnabled()))
        await button.click({ timeout: 5000 }).catch(() => undefined);
      expect(sent, 'the click sent no request yet').toBeDefined();
    }).toPass({ timeout: 60_000, intervals: [500, 1000, 2000] });
  } finally {
    page.off('request', listen);
  }
  const response = await sent!.response();
  if (!response) throw new Error(`No answer to ${sent!.method()} ${sent!.url()}`);
  return response;
}

/** Waits for an antd message toast containing the text. */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  // The newest: two steps taken in a row leave the first one's identical notice still showing.
  await expect(page.locator('.ant-message').getByText(text).last()).toBeVisible();
}

export interface StaffRow {
  familyName: string;
  middleName: string;
  givenName: string;
  gender: string;
  dateOfBirth: string;
  position: string;
  orgCode: string;
  employmentType: string;
  startDate: string;
}

const HEADER_OF: Record<keyof StaffRow, string> = {
  familyName: 'Họ',
  middleName: 'Tên đệm',
  givenName: 'Tên',
  gender: 'Giới tính',
  dateOfBirth: 'Ngày sinh',
  position: 'Chức vụ',
  orgCode: 'Mã đơn vị',
  employmentType: 'Loại cán bộ',
  startDate: 'Ngày bắt đầu công tác',
};

/**
 * Fills the server's own template: reads its header row to find each column, drops the example
 * row and writes `rows` from row 2 on. Returns the workbook as a buffer.
 */
export async function staffWorkbook(template: Buffer, rows: StaffRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const columns = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => columns.set(String(cell.value ?? '').trim(), col));
  for (const header of Object.values(HEADER_OF)) {
    if (!columns.has(header))
      throw new Error(`Template has no column "${header}" (has: ${[...columns.keys()].join(', ')})`);
  }
  if (ws.rowCount > 1) ws.spliceRows(2, ws.rowCount - 1);
  rows.forEach((row, i) => {
    const excelRow = ws.getRow(i + 2);
    const stt = columns.get('STT');
    if (stt) excelRow.getCell(stt).value = i + 1;
    for (const [key, header] of Object.entries(HEADER_OF) as [keyof StaffRow, string][]) {
      const cell = excelRow.getCell(columns.get(header)!);
      cell.value = row[key];
      cell.font = {};
    }
    excelRow.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The demo accounts' password (seeded with the demo data). */
export const DEMO_PASSWORD = 'Thidua@2026';

/** The administrator's password, which `npm test` sets for the server it starts. */
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';

/** Signs this page in through the sign-in form and waits for the dashboard. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
}

/** Signs this page in as the administrator. */
export async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, 'admin', ADMIN_PASSWORD);
}

/** A new browser context signed in as a demo account, on the dashboard. */
export async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, DEMO_PASSWORD);
  return page;
}

/**
 * A signed-in API client for setting up or checking data beside the page under test (the session
 * cookie lives in its own browser context, returned so the test can close it).
 */
export async function apiAs(browser: Browser, username: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const request = context.request;
  const login = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, url: string, data?: unknown): Promise<T> => {
    const res = await request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  return { call, get: <T>(url: string) => call<T>('GET', url), context };
}

/** Types into a searching select and picks the option that contains the text. */
export async function searchPick(page: Page, field: Locator, text: string): Promise<void> {
  await expect(async () => {
    await field.click();
    await field.fill(text);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: text })
      .first()
      .click({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}
