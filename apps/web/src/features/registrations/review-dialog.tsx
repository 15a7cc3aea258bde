import { Form, Input, Modal } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { Registrations } from './use-registrations.ts';

/** Accept or return a submitted registration, with a note (required to return). */
export function ReviewDialog({ g }: { g: Registrations }) {
  const { t } = useI18n();
  const { review, setReview, reviewNote, setReviewNote, doReview } = g;
  return (
    <Modal
      open={review !== null}
      title={
        review
          ? t(review.action === 'accept' ? 'reg.acceptTitle' : 'reg.returnTitle', { name: review.name })
          : ''
      }
      okText={review?.action === 'accept' ? t('reg.accept') : t('reg.return')}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger: review?.action === 'return',
        disabled: review?.action === 'return' && !reviewNote.trim(),
        'data-testid': 'registration-review-ok',
      }}
      onOk={doReview}
      onCancel={() => {
        setReview(null);
        setReviewNote('');
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('reg.reviewNote')} htmlFor="review-note" required={review?.action === 'return'}>
          <Input.TextArea
            id="review-note"
            rows={3}
            value={reviewNote}
            onChange={(e) => setReviewNote(e.target.value)}
            maxLength={2000}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
