import type { Extracted, SourceSpan } from '@vinhdanh/domain/plan-extract/types';
import { Card, Checkbox, Empty, Flex, Form, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { type DraftValues, ITEM_STYLE, LIST_STYLE } from './wizard-model.ts';

/** A form item whose label says whether the text stated it ("không tìm thấy" otherwise). */
export function SourcedItem({
  name,
  label,
  found,
  required,
  children,
}: {
  name: keyof DraftValues;
  label: string;
  found: boolean;
  required?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={<Labelled text={label} found={found} />}
      style={{ flex: 1 }}
      rules={required ? [{ required: true, whitespace: true, message: t('wiz.required') }] : undefined}
    >
      {children}
    </Form.Item>
  );
}

export function Labelled({ text, found }: { text: string; found: boolean }) {
  const { t } = useI18n();
  return (
    <span>
      {text}{' '}
      {found ? null : (
        <Tag color="warning" style={{ marginInlineStart: 6 }}>
          {t('wiz.notFoundShort')}
        </Tag>
      )}
    </span>
  );
}

/** A list item that, when focused or clicked, highlights its source sentence. */
export function SourceButton({ onFocus, children }: { onFocus: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onFocus={onFocus}
      onClick={onFocus}
      style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
      className="vd-source-button"
    >
      {children}
    </button>
  );
}

export function ExtractedList<T>({
  items,
  keep,
  setKeep,
  onFocus,
  render,
  testId,
}: {
  items: Extracted<T>[];
  keep: boolean[];
  setKeep: (f: (k: boolean[]) => boolean[]) => void;
  onFocus: (i: number) => void;
  render: (value: T) => ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wiz.notFound')} />;
  return (
    <ul data-testid={testId} style={LIST_STYLE}>
      {items.map((x, i) => (
        <li key={`${x.source.start}-${JSON.stringify(x.value)}`} style={ITEM_STYLE}>
          <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
            <Checkbox
              checked={keep[i]}
              aria-label={t('wiz.keep')}
              onChange={(e) => setKeep((k) => k.map((v, j) => (j === i ? e.target.checked : v)))}
            />
            <SourceButton onFocus={() => onFocus(i)}>{render(x.value)}</SourceButton>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** The normalised text with the focused field's source sentence highlighted and scrolled into view. */
export function SourceText({ text, span }: { text: string; span: SourceSpan | null }) {
  const { t } = useI18n();
  const markRef = useRef<HTMLElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the highlighted span changes.
  useEffect(() => {
    const mark = markRef.current;
    const box = boxRef.current;
    if (!mark || !box) return;
    box.scrollTo({ top: Math.max(0, mark.offsetTop - box.offsetTop - 80), behavior: 'smooth' });
  }, [span]);
  const valid = span && span.start >= 0 && span.end <= text.length && span.end > span.start;
  return (
    <Card
      size="small"
      title={t('wiz.sourceText')}
      extra={
        <Typography.Text type="secondary">
          {valid ? t('wiz.sourceShown') : t('wiz.sourceNone')}
        </Typography.Text>
      }
      style={{ position: 'sticky', top: 16 }}
    >
      <div
        ref={boxRef}
        data-testid="draft-text"
        style={{
          position: 'relative',
          maxHeight: 'calc(100vh - 160px)',
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          lineHeight: 1.7,
          fontSize: 14,
        }}
      >
        {valid ? (
          <>
            {text.slice(0, span.start)}
            <mark
              ref={markRef}
              data-testid="source-highlight"
              style={{ background: '#ffe58f', padding: '1px 0', borderRadius: 2 }}
            >
              {text.slice(span.start, span.end)}
            </mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </div>
    </Card>
  );
}
