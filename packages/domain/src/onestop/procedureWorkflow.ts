import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A procedure's life in the catalog (reference §10.1, Decree 63/2010 Art 14): drafted, published by a
 * decision, amended (a new version published by a decision; the procedure stays published and the old
 * version is superseded), abolished by a decision. Every step names its decision in the step's data.
 */
export const PROCEDURE_STATUSES = ['draft', 'published', 'abolished'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];
export const PROCEDURE_ACTIONS = ['publish', 'amend', 'abolish'] as const;
export type ProcedureAction = (typeof PROCEDURE_ACTIONS)[number];
/** The catalog's editors (the department's office for administrative-procedure control). */
export type ProcedureActor = 'editor';

export const PROCEDURE_WORKFLOW: WorkflowDef<ProcedureStatus, ProcedureAction, ProcedureActor> = {
  entity: 'procedure',
  initial: 'draft',
  states: {
    draft: {
      label: 'Dự thảo',
      labelEn: 'Draft',
      next: {
        actor: 'editor',
        text: 'Bộ phận kiểm soát TTHC: hoàn thiện thành phần hồ sơ, thời hạn, phí và quy trình nội bộ, rồi công bố theo quyết định.',
        textEn:
          'The procedure-control office: complete the documents, time, fees and internal steps, then publish it by decision.',
      },
    },
    published: {
      label: 'Đã công bố',
      labelEn: 'Published',
      next: {
        actor: 'editor',
        text: 'Đang áp dụng. Bộ phận kiểm soát TTHC: khi văn bản pháp luật thay đổi, công bố phiên bản sửa đổi hoặc bãi bỏ theo quyết định.',
        textEn: 'In force; when the law changes, publish an amended version or abolish it by decision.',
      },
    },
    abolished: {
      label: 'Đã bãi bỏ',
      labelEn: 'Abolished',
      terminal: true,
      next: {
        actor: null,
        text: 'Thủ tục đã bãi bỏ, không tiếp nhận hồ sơ mới.',
        textEn: 'Abolished: no new dossiers.',
      },
    },
  },
  actions: {
    publish: { from: 'draft', to: 'published', by: ['editor'], label: 'Công bố', labelEn: 'Publish' },
    amend: {
      from: 'published',
      to: 'published',
      by: ['editor'],
      label: 'Công bố phiên bản sửa đổi',
      labelEn: 'Publish an amended version',
    },
    abolish: {
      from: ['draft', 'published'],
      to: 'abolished',
      by: ['editor'],
      label: 'Bãi bỏ',
      labelEn: 'Abolish',
      reasonRequired: true,
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi thủ tục đang ở trạng thái "${current}".`,
};

export const PROCEDURE_STATUS_LABELS: Record<ProcedureStatus, string> = stateLabels(PROCEDURE_WORKFLOW);
