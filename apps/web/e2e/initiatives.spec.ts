import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { clickUntilAnswered, expectToast, pickOption, pickTreeOption, searchPick, shot, signedIn } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';

test('initiatives: submit, anonymous scoring with automatic recusal, recognition, evidence used once', async ({
  browser,
}) => {
  // Four people sign in and the review walks two rounds: on a busy machine this passes four minutes.
  test.setTimeout(480_000);
  const run = Date.now().toString(36).toUpperCase();
  const title = `Giải pháp số hóa sổ theo dõi vật liệu nổ công nghiệp (${run})`;
  const unit = await signedIn(browser, 'canbo.donvi');
  const office = await signedIn(browser, 'canbo.tdkt');
  const reviewers = {
    hoidong: await signedIn(browser, 'hoidong'),
    'hd.uyvien': await signedIn(browser, 'hd.uyvien'),
    'hd.qlcn': await signedIn(browser, 'hd.qlcn'),
  };
  let author = '';
  let initiativeId = '';
  let roundUrl = '';

  await test.step('the unit submits an initiative; contributions must make 100%', async () => {
    const orgs = (await (await unit.request.get('/api/v1/organisations')).json()) as {
      items: { id: string; name: string }[];
    };
    const orgId = orgs.items.find((o) => o.name === UNIT)!.id;
    const people = (await (await unit.request.get(`/api/v1/people?orgId=${orgId}&pageSize=50`)).json()) as {
      items: { fullName: string }[];
    };
    author = people.items[7]!.fullName;

    await unit.goto('/initiatives');
    await unit.getByRole('button', { name: 'Thêm sáng kiến' }).click();
    const dialog = unit.getByRole('dialog');
    await dialog.getByLabel('Tên sáng kiến').fill(title);
    await dialog.getByLabel('Lĩnh vực').fill('Quản lý công nghiệp');
    await pickTreeOption(unit, dialog.getByLabel('Đơn vị', { exact: true }), 'Quan ly Cong nghiep', UNIT);
    await searchPick(unit, dialog.getByRole('combobox', { name: 'Tác giả 1' }), author);
    await dialog.getByLabel('Tỷ lệ đóng góp của tác giả 1').fill('60');
    await expect(dialog.getByTestId('shares-total')).toHaveText('Tổng: 60%');
    await dialog.getByLabel('Tỷ lệ đóng góp của tác giả 1').fill('100');
    await expect(dialog.getByTestId('shares-total')).toHaveText('Tổng: 100%');
    await dialog.getByLabel('Nội dung giải pháp').fill('Sổ theo dõi điện tử, đối chiếu tự động với giấy phép.');
    await dialog.getByLabel('Nơi áp dụng').fill('Các doanh nghiệp sử dụng vật liệu nổ công nghiệp');
    await shot(unit, 'initiatives-1-form');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expect(unit.getByRole('heading', { name: title })).toBeVisible();
    await expect(unit.getByText('Đã nộp').first()).toBeVisible();
    initiativeId = new URL(unit.url()).pathname.split('/').pop()!;
  });

  await test.step('the office sets up a round with three council members and opens it', async () => {
    await office.goto('/initiative-rounds');
    await office.getByRole('button', { name: 'Tạo đợt xét' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Tên đợt xét').fill(`Đợt xét sáng kiến bổ sung (${run})`);
    // Multiple selects: type to filter, Enter takes the highlighted option.
    const multiPick = async (field: Locator, text: string) => {
      await field.click();
      await field.fill(text);
      await expect(
        office.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: text }),
      ).toBeVisible();
      await field.press('Enter');
    };
    const initiatives = dialog.getByRole('combobox', { name: 'Sáng kiến', exact: true });
    // Closing a dropdown with Tab would toggle its highlighted option: click the dialog's title instead.
    const blur = () => dialog.getByText('Tạo đợt xét', { exact: true }).click();
    await multiPick(initiatives, title);
    await blur();
    const council = dialog.getByRole('combobox', { name: 'Thêm thành viên Hội đồng' });
    for (const page of Object.values(reviewers)) {
      const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { displayName: string };
      await multiPick(council, me.displayName);
    }
    await blur();
    await expect(dialog.getByText(title)).toBeVisible();
    await shot(office, 'initiatives-1b-round-form');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expect(office.getByRole('heading', { name: `Đợt xét sáng kiến bổ sung (${run})` })).toBeVisible();
    roundUrl = new URL(office.url()).pathname;
    await office.getByRole('button', { name: 'Mở đợt chấm' }).click();
    await expectToast(office, 'Đã mở đợt chấm và thông báo cho thành viên.');
  });

  await test.step('two members score anonymously; the member from the authors’ unit is recused automatically', async () => {
    for (const [name, scores] of [
      ['hoidong', [8, 7, 9, 6]],
      ['hd.uyvien', [7, 8, 8, 7]],
    ] as const) {
      const page = reviewers[name];
      await page.goto('/initiative-reviews');
      await page.getByText(title).first().click();
      await expect(page.getByText('Ẩn danh trong giai đoạn này')).toBeVisible();
      await expect(page.getByText(author)).toHaveCount(0);
      const labels = [
        'Tính mới, tính sáng tạo',
        'Khả năng áp dụng, nhân rộng',
        'Hiệu quả, lợi ích mang lại',
        'Phạm vi ảnh hưởng',
      ];
      for (const [k, label] of labels.entries()) await page.getByLabel(label, { exact: true }).fill(String(scores[k]));
      await expect(page.getByTestId('sheet-total')).toContainText('/100');
      await shot(page, `initiatives-2-sheet-${name}`);
      await page.getByRole('button', { name: 'Lưu và chuyển tiếp' }).click();
      await expectToast(page, 'Đã lưu phiếu chấm.');
    }
    const recused = reviewers['hd.qlcn'];
    await recused.goto('/initiative-reviews');
    await recused.getByText(title).first().click();
    await expect(
      recused.getByText('Bạn không chấm sáng kiến này: Tự động miễn chấm do xung đột lợi ích.'),
    ).toBeVisible();
    await expect(recused.getByRole('button', { name: 'Lưu và chuyển tiếp' })).toBeDisabled();
    await shot(recused, 'initiatives-3-recused');
  });

  let decision = '';
  await test.step('the chair closes scoring and recognises the initiative after a preview', async () => {
    await office.goto(roundUrl);
    await office.getByRole('button', { name: 'Kết thúc chấm' }).click();
    await expectToast(office, 'Đã kết thúc chấm.');
    const row = office.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('2/2');
    await office.getByRole('checkbox', { name: title }).check();
    await office.getByRole('button', { name: 'Công nhận (1)', exact: true }).click();
    const dialog = office.getByRole('dialog');
    const preview = dialog.getByText(/Công nhận 1 sáng kiến cấp cơ sở theo Quyết định số \d+\/QĐ-SCT/u);
    await expect(preview).toBeVisible();
    decision = /(\d+\/QĐ-SCT)/u.exec((await preview.textContent()) ?? '')![1]!;
    await dialog.getByLabel('Người ký').fill('Nguyễn Văn Sơn');
    await shot(office, 'initiatives-4-recognition');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }));
    await expectToast(office, `Đã công nhận 1 sáng kiến theo Quyết định số ${decision}.`);
    await shot(office, 'initiatives-5-round');
    await unit.goto(`/initiatives/${initiativeId}`);
    await expect(unit.getByText('Đã công nhận').first()).toBeVisible();
    await expect(unit.getByText(decision)).toBeVisible();
  });

  await test.step('the certificate prints, and the provincial council recognises province-wide effect', async () => {
    const [download] = await Promise.all([
      unit.waitForEvent('download'),
      unit.getByRole('button', { name: 'Tải Giấy chứng nhận (PDF)' }).click(),
    ]);
    const pdf = await readFile(await download.path());
    const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\s+/gu, ' ');
    for (const s of ['GIẤY CHỨNG NHẬN', 'Chứng nhận', author, 'cấp cơ sở', decision]) expect(text).toContain(s);

    await office.goto(`/initiatives/${initiativeId}`);
    await office.getByRole('button', { name: 'Đề nghị Hội đồng cấp tỉnh' }).click();
    await clickUntilAnswered(office.getByRole('dialog').getByRole('button', { name: 'Lưu' }));
    await expect(office.getByRole('dialog')).toBeHidden();
    const card = office.locator('.ant-card').filter({ hasText: 'Hội đồng sáng kiến cấp tỉnh' });
    await expect(card.getByText('Đã đề nghị Hội đồng cấp tỉnh')).toBeVisible();
    await office.getByRole('button', { name: 'Ghi kết quả của tỉnh' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Số quyết định của UBND tỉnh').fill('1234/QĐ-UBND');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expect(dialog).toBeHidden();
    await expect(card.getByText('Được công nhận phạm vi ảnh hưởng cấp tỉnh')).toBeVisible();
    await expect(card.getByText('Quyết định 1234/QĐ-UBND')).toBeVisible();
    await shot(office, 'initiatives-5b-escalation');
  });

  let firstDossier = '';
  await test.step('the initiative becomes the evidence of a CSTĐCS proposal', async () => {
    firstDossier = `Đề nghị CSTĐCS có sáng kiến (${run})`;
    await unit.goto('/proposals/new');
    await unit.getByLabel('Trích yếu', { exact: true }).fill(firstDossier);
    await unit.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await searchPick(unit, unit.getByRole('combobox', { name: 'Đối tượng, dòng 1' }), author);
    await pickOption(
      unit,
      unit.getByRole('combobox', { name: 'Hình thức khen thưởng, dòng 1' }),
      'Chiến sĩ thi đua cơ sở',
    );
    await pickOption(unit, unit.getByRole('combobox', { name: 'Sáng kiến làm căn cứ, dòng 1' }), title);
    await shot(unit, 'initiatives-6-proposal');
    await unit.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(unit.getByRole('heading', { name: firstDossier })).toBeVisible();
    await expect(unit.getByRole('link', { name: title })).toBeVisible();
  });

  await test.step('a second use is refused, naming the first', async () => {
    await unit.goto('/proposals/new');
    await unit.getByLabel('Trích yếu', { exact: true }).fill(`Đề nghị Bằng khen (${run})`);
    await unit.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await searchPick(unit, unit.getByRole('combobox', { name: 'Đối tượng, dòng 1' }), author);
    await unit.getByRole('combobox', { name: 'Sáng kiến làm căn cứ, dòng 1' }).click();
    const option = unit.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: title });
    await expect(option).toHaveClass(/ant-select-item-option-disabled/u);
    await expect(option).toContainText(`đang dùng trong hồ sơ “${firstDossier}”`);
    await shot(unit, 'initiatives-7-second-use');
    // The server refuses it too, whatever the client sends.
    const person = (await (await unit.request.get(`/api/v1/initiatives/${initiativeId}`)).json()) as {
      orgId: string;
      authors: { personId: string }[];
    };
    const refused = await unit.request.post('/api/v1/proposals', {
      headers: { 'x-csrf-token': await csrf(unit) },
      data: {
        orgId: person.orgId,
        title: `Đề nghị Bằng khen (${run})`,
        year: new Date().getFullYear(),
        items: [
          {
            subjectKind: 'individual',
            subjectId: person.authors[0]!.personId,
            awardCode: 'grassroots_emulation_fighter',
            initiativeIds: [initiativeId],
          },
        ],
      },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain(`đang là căn cứ của hồ sơ \\"${firstDossier}\\"`);
  });

  await test.step('statistics: 152 initiatives over 2017–2021, 19 province-wide, in one page', async () => {
    await office.goto('/initiatives/stats');
    await office.getByLabel('Từ năm').fill('2017');
    await office.getByLabel('Đến năm').fill('2021');
    await office.getByLabel('Đến năm').press('Tab');
    await expect(office.getByTestId('stat-total')).toContainText('152');
    await expect(office.getByTestId('stat-wide')).toContainText('19');
    await shot(office, 'initiatives-8-stats');
  });
});

/** The CSRF token of a signed-in page's session. */
async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken?: string };
  if (me.csrfToken) return me.csrfToken;
  throw new Error('no CSRF token');
}
