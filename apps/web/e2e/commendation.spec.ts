import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { clickUntilAnswered, expectToast, pickOption, searchPick, shot, signedIn } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';

async function act(page: Page, action: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const answer = await clickUntilAnswered(page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }));
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  await expectToast(page, `Đã thực hiện: ${action}.`);
}

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await d.path());
}

test('commendation: proposal, return, council with recusal, decision, DOCX and certificates', async ({ browser }) => {
  // The whole path from a unit's dossier to printed certificates, with five people signed in: on a
  // busy two-core machine it outgrows the default four minutes.
  test.setTimeout(600_000);
  const run = Date.now().toString(36).toUpperCase();
  const title = `Đề nghị khen thưởng năm 2026 (${run})`;
  const unit = await signedIn(browser, 'canbo.donvi');
  const office = await signedIn(browser, 'canbo.tdkt');
  let proposalUrl = '';
  let fighter = '';
  let giayKhen: string[] = [];

  await test.step('the unit proposes three people for Giấy khen and one for CSTĐCS', async () => {
    // A person the engine lists for CSTĐCS 2026 in the unit (the demo is deterministic; read it as a clerk would see it).
    const orgs = (await (await unit.request.get('/api/v1/organisations')).json()) as {
      items: { id: string; name: string }[];
    };
    const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
    const list = (await (
      await unit.request.get(
        `/api/v1/eligibility/candidates?orgId=${orgId}&year=2026&awardCode=grassroots_emulation_fighter&include=eligible`,
      )
    ).json()) as { items: { name: string; subjectKind: string }[] };
    fighter = list.items.find((c) => c.subjectKind === 'individual')!.name;

    await unit.goto('/proposals');
    await unit.getByRole('button', { name: 'Tạo hồ sơ đề nghị' }).click();
    // The list's sortable "Trích yếu" column carries the same label as the form's field: wait for the form.
    await expect(unit.getByRole('heading', { name: 'Tạo hồ sơ đề nghị khen thưởng' })).toBeVisible();
    await unit.getByLabel('Trích yếu', { exact: true }).fill(title);
    await unit.getByRole('button', { name: 'Thêm nhiều cá nhân' }).click();
    const modal = unit.getByRole('dialog');
    await pickOption(unit, modal.getByLabel('Hình thức khen thưởng', { exact: true }), 'Giấy khen');
    const picks = modal.getByRole('checkbox', { name: /^Chọn / });
    for (let i = 0; i < 3; i++) await picks.nth(i).check();
    giayKhen = await Promise.all(
      [0, 1, 2].map(async (i) => ((await picks.nth(i).getAttribute('aria-label')) ?? '').replace(/^Chọn /u, '')),
    );
    await modal.getByRole('button', { name: 'Thêm 3 người' }).click();
    await unit.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await searchPick(unit, unit.getByRole('combobox', { name: 'Đối tượng, dòng 4' }), fighter);
    await pickOption(
      unit,
      unit.getByRole('combobox', { name: 'Hình thức khen thưởng, dòng 4' }),
      'Chiến sĩ thi đua cơ sở',
    );
    await expect(unit.getByLabel('Kết quả kiểm tra điều kiện: 4')).toBeVisible();
    await shot(unit, 'commendation-1-editor');
    await unit.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(unit.getByRole('heading', { name: title })).toBeVisible();
    proposalUrl = new URL(unit.url()).pathname;
    await act(unit, 'Gửi hồ sơ');
  });

  await test.step('the office returns one item for supplement; the unit fixes it and sends it again', async () => {
    await office.goto(proposalUrl);
    await office.getByRole('button', { name: 'Trả lại để bổ sung', exact: true }).click();
    const dialog = office.getByRole('dialog');
    await dialog
      .getByLabel(`Lý do trả lại: ${giayKhen[1]}`)
      .fill('Thiếu báo cáo thành tích có xác nhận của Trưởng phòng');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }));
    await expectToast(office, 'Đã thực hiện: Trả lại để bổ sung.');

    await unit.goto(proposalUrl);
    await expect(unit.getByText('Thiếu báo cáo thành tích có xác nhận của Trưởng phòng').first()).toBeVisible();
    await unit.getByRole('button', { name: 'Sửa' }).click();
    await unit.getByLabel('Mở báo cáo thành tích, dòng 2').click();
    await unit
      .locator('#items_1_achievement')
      .fill('Hoàn thành xuất sắc nhiệm vụ; báo cáo đã có xác nhận của Trưởng phòng.');
    await unit.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(unit.getByRole('heading', { name: title })).toBeVisible();
    await act(unit, 'Gửi hồ sơ');

    await office.reload();
    await act(office, 'Tiếp nhận hồ sơ');
    await act(office, 'Trình Hội đồng');
  });

  let sessionUrl = '';
  await test.step('the office opens a session and takes attendance', async () => {
    await office.goto('/council');
    await office.getByRole('tab', { name: 'Phiên họp' }).click();
    await office.getByRole('button', { name: 'Tạo phiên họp' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: `Chọn hồ sơ ${title}` }).check();
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Tạo phiên họp' }));
    await expect(office.getByRole('button', { name: 'Lưu điểm danh' })).toBeVisible();
    sessionUrl = new URL(office.url()).pathname;
    for (const box of await office.getByRole('checkbox', { name: /^Có mặt: / }).all()) await box.check();
    await office.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await expectToast(office, 'Đã lưu điểm danh.');
  });

  await test.step('three of the four members entitled vote by secret ballot; the member from the unit is recused', async () => {
    const recused = await signedIn(browser, 'hd.qlcn');
    await recused.goto(sessionUrl);
    await expect(recused.getByText('Không biểu quyết (cùng đơn vị)')).toHaveCount(4);
    await expect(recused.getByRole('button', { name: 'Gửi phiếu' })).toBeDisabled();
    // A majority ("trên 50%" by default): two of four would be a split that does not pass.
    for (const member of ['hoidong', 'hd.uyvien', 'lanhdao']) {
      const page = await signedIn(browser, member);
      await page.goto(sessionUrl);
      const groups = page.getByRole('radiogroup', { name: /^Biểu quyết: / });
      await expect(groups).toHaveCount(4);
      for (const g of await groups.all()) await g.getByText('Đồng ý', { exact: true }).click();
      await page.getByRole('button', { name: 'Gửi phiếu' }).click();
      await clickUntilAnswered(page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }));
      await expectToast(page, 'Đã ghi nhận 4 phiếu.');
      await expect(page.getByText('Đã bỏ phiếu', { exact: true })).toHaveCount(4);
      if (member === 'hoidong') await shot(page, 'commendation-2-ballot');
    }
    await office.reload();
    await office.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await clickUntilAnswered(office.getByRole('dialog').getByRole('button', { name: 'Kết thúc phiên họp' }));
    await expectToast(office, 'Đã kết thúc phiên họp và công bố kết quả.');
    await expect(office.getByText('Đồng ý 3 · Không đồng ý 0 · Không ý kiến 0')).toHaveCount(4);
    await expect(office.getByText('Đạt: 3/4 phiếu đồng ý (75%), ngưỡng: trên 50%')).toHaveCount(4);
  });

  await test.step('the leader previews and issues the decision; the DOCX and the certificates download', async () => {
    const leader = await signedIn(browser, 'lanhdao');
    await leader.goto('/decisions/new');
    await leader.getByRole('checkbox', { name: `Chọn hồ sơ ${title}` }).check();
    const signer = leader.getByLabel('Người ký', { exact: true });
    if (!(await signer.inputValue())) await signer.fill('Lê Quang Tiến');
    await leader.getByRole('button', { name: 'Xem trước' }).click();
    await expect(leader.getByText(fighter).first()).toBeVisible();
    await leader.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const confirm = leader.getByRole('dialog').getByRole('button', { name: 'Ban hành', exact: true });
    const answer = await clickUntilAnswered(confirm);
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    await expect(leader.getByRole('heading', { name: /^Quyết định số \d+\/QĐ-SCT$/u })).toBeVisible();
    await shot(leader, 'commendation-3-decision');

    const docx = await downloaded(leader, leader.getByRole('button', { name: 'Quyết định (.docx)' }));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/gu, '');
    expect(text).toContain('QUYẾT ĐỊNH');
    for (const name of [...giayKhen, fighter]) expect(text).toContain(name);

    const pdf = await downloaded(leader, leader.getByRole('button', { name: /^In tất cả/u }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes(Buffer.from('/FontFile2'))).toBe(true);
    const parsed = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
    for (const name of [...giayKhen, fighter]) expect(parsed.text).toContain(name);
    expect(parsed.text).toContain('GIẤY KHEN');
  });
});
