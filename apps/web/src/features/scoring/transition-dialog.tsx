import { Input, Modal } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { AssessmentData } from './use-assessment.ts';

/** Approve, finalise or return the assessment, with a note (required to return). */
export function TransitionDialog({ st, onOk }: { st: AssessmentData; onOk: () => void }) {
  const { t } = useI18n();
  const { transition, setTransition, reason, setReason, busy } = st;
  return (
    <Modal
      open={transition !== null}
      title={transition ? t(`sc.${transition}`) : ''}
      okText={transition ? t(`sc.${transition}`) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger: transition === 'return',
        disabled: transition === 'return' && !reason.trim(),
      }}
      confirmLoading={busy === transition}
      onOk={onOk}
      onCancel={() => {
        setTransition(null);
        setReason('');
      }}
      destroyOnHidden
    >
      <label htmlFor="assessment-reason" style={{ display: 'block', marginBottom: 8 }}>
        {transition === 'return' ? t('sc.returnReason') : t('sc.optionalNote')}
      </label>
      <Input.TextArea
        id="assessment-reason"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
      />
    </Modal>
  );
}
