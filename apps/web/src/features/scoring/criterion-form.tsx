import { Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import type { Criterion } from './scoring-api.ts';

export const KIND_COLORS = { normal: 'default', bonus: 'green', penalty: 'red' } as const;
export const kindKey = (k: Criterion['kind']) => `sc.kind.${k}` as MessageKey;

export interface CriterionValues {
  code: string;
  parentCode: string | null;
  name: string;
  kind: Criterion['kind'];
  maxPoints: number;
  cap: number | null;
  evidenceRequired: boolean;
}

export function toInput(c: Criterion, all: Criterion[]) {
  return {
    code: c.code,
    parentCode: all.find((p) => p.id === c.parentId)?.code ?? null,
    name: c.name,
    kind: c.kind,
    maxPoints: c.maxPoints,
    cap: c.cap,
    evidenceRequired: c.evidenceRequired,
  };
}

/** The sheet's criteria with `v` added: a child goes after its parent's last descendant; a root at the end. */
export function withCriterion(ordered: Criterion[], v: CriterionValues) {
  const list = ordered.map((x) => toInput(x, ordered));
  let at = list.length;
  if (v.parentCode) {
    const idx = list.findIndex((x) => x.code === v.parentCode);
    at = idx + 1;
    const inside = new Set([v.parentCode]);
    while (at < list.length && list[at]!.parentCode && inside.has(list[at]!.parentCode!)) {
      inside.add(list[at]!.code);
      at++;
    }
  }
  list.splice(at, 0, { ...v, code: v.code.trim(), name: v.name.trim(), cap: v.cap ?? null });
  return list;
}

/** The fields of a new criterion. */
export function CriterionFields({ ordered }: { ordered: Criterion[] }) {
  const { t } = useI18n();
  return (
    <>
      <Flex gap={12}>
        <Form.Item
          name="code"
          label={t('sc.code')}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('sc.parent')} style={{ flex: 2 }}>
          <Select
            allowClear
            placeholder={t('sc.noParent')}
            options={ordered.map((c) => ({ value: c.code, label: `${c.code}. ${c.name}` }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="name" label={t('sc.criterion')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="kind" label={t('sc.kind')} style={{ flex: 1 }}>
          <Select
            options={(['normal', 'bonus', 'penalty'] as const).map((k) => ({
              value: k,
              label: t(kindKey(k)),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="maxPoints"
          label={t('sc.maxPoints')}
          rules={[{ required: true }]}
          style={{ flex: 1 }}
        >
          <InputNumber min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="cap" label={t('sc.cap')} style={{ flex: 1 }}>
          <InputNumber min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="evidenceRequired" label={t('sc.evidenceRequired')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
}
