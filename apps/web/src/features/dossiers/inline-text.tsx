import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';

/**
 * A text shown in a table cell that its editor can change in place: the pencil (or a click on the
 * placeholder) opens a text area; Ctrl+Enter or "Lưu" saves, Esc cancels.
 */
export function InlineText({
  value,
  editable,
  onSave,
  empty,
  label,
  maxLength,
  testId,
}: {
  value: string | null;
  editable: boolean;
  /** Resolves true when saved (the editor closes), false to keep it open. */
  onSave: (text: string | null) => Promise<boolean>;
  /** Shown when there is no text (a hint, or a warning flag). */
  empty: ReactNode;
  /** Accessible name of the editor and its button. */
  label: string;
  maxLength: number;
  testId: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (draft === null) return;
    setBusy(true);
    const ok = await onSave(draft.trim() ? draft.trim() : null);
    setBusy(false);
    if (ok) setDraft(null);
  };

  if (draft !== null)
    return (
      <Flex vertical gap={6} data-testid={`${testId}-editor`}>
        <Input.TextArea
          autoFocus
          aria-label={label}
          value={draft}
          maxLength={maxLength}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setDraft(null);
            }
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              save();
            }
          }}
          data-testid={`${testId}-input`}
        />
        <Flex gap={6}>
          <Button size="small" type="primary" loading={busy} onClick={save} data-testid={`${testId}-save`}>
            {t('common.save')}
          </Button>
          <Button size="small" onClick={() => setDraft(null)} disabled={busy}>
            {t('common.cancel')}
          </Button>
        </Flex>
      </Flex>
    );

  return (
    <Flex gap={4} align="flex-start" data-testid={testId}>
      <div style={{ flex: 1, minWidth: 0 }}>
        {value ? (
          <Typography.Paragraph
            style={{ margin: 0, fontSize: 13, whiteSpace: 'pre-wrap' }}
            ellipsis={{
              rows: 3,
              expandable: 'collapsible',
              symbol: (open) => (open ? t('dossier.less') : t('dossier.more')),
            }}
          >
            {value}
          </Typography.Paragraph>
        ) : (
          empty
        )}
      </div>
      {editable ? (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          aria-label={label}
          title={label}
          onClick={() => setDraft(value ?? '')}
          data-testid={`${testId}-edit`}
        />
      ) : null}
    </Flex>
  );
}
