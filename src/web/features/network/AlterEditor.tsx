import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../shared/network/analysis.js';
import { type MapModelId, mapModels, relationships, supportTypes } from '../../../shared/network/model.js';
import { maxAlters } from '../../../shared/network/schemas.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Button } from '../../ui/basics.js';
import { template } from '../../i18n/template.js';
import { useNetworkLabels } from './labels.js';
import type { MapAlter } from '../../../server/modules/network/answers.js';
import { TableWrap } from '../../ui/TableWrap.js';

type Change = (alter: MapAlter, changes: Partial<MapAlter>) => Promise<boolean>;

/** Several names at once, as workers jot them down during a conversation. */
export function QuickAdd({ onAdd, count }: { onAdd: (names: string[]) => Promise<boolean>; count: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const names = text
    .split(/[,\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const tooMany = count + names.length > maxAlters;
  return (
    <form
      className="quick-add"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (names.length === 0 || tooMany) return;
        if (await onAdd(names)) setText('');
      }}
    >
      <TextField
        label={t('network.quickAdd')}
        hint={t('network.quickAddHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={tooMany ? t('network.tooMany', { max: maxAlters, room: Math.max(0, maxAlters - count) }) : undefined}
        maxLength={5000}
      />
      <Button type="submit" disabled={names.length === 0 || tooMany}>
        {names.length > 1 ? t('network.addMany', { count: names.length }) : t('network.add')}
      </Button>
    </form>
  );
}

/**
 * A checkbox that shows its new state in the same moment it is clicked; the saved value from the
 * server takes over when it arrives. (Store updates reach React a tick later, which made a
 * controlled checkbox flick back for a moment.)
 */
function LiveCheckbox({
  label,
  checked,
  onToggle,
}: {
  label: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <CheckboxField
      label={label}
      checked={shown}
      onChange={(e) => {
        setShown(e.target.checked);
        onToggle(e.target.checked);
      }}
    />
  );
}

function SupportChecks({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="support-checks">
      <legend>{legend}</legend>
      {supportTypes.map((type) => (
        <LiveCheckbox
          key={type}
          label={t(`network.support.${type}`)}
          checked={value.includes(type)}
          onToggle={(on) => onChange(on ? [...value, type] : value.filter((v) => v !== type))}
        />
      ))}
    </fieldset>
  );
}

interface TieProps {
  alters: MapAlter[];
  ties: { a: string; b: string }[];
  onTies: (ties: { a: string; b: string }[]) => void;
}

/** Who knows whom: the person's contacts who also know this alter. */
function Knows({ alter, alters, ties, onTies }: TieProps & { alter: MapAlter }) {
  const { t } = useTranslation();
  const knows = (other: string) =>
    ties.some((tie) => (tie.a === alter.id && tie.b === other) || (tie.b === alter.id && tie.a === other));
  const others = alters.filter((a) => a.id !== alter.id);
  if (others.length === 0) return null;
  return (
    <fieldset className="support-checks">
      <legend>{t('network.knows', { name: alter.name })}</legend>
      {others.map((other) => (
        <LiveCheckbox
          key={other.id}
          label={other.name}
          checked={knows(other.id)}
          onToggle={(on) =>
            onTies(
              on
                ? [...ties, { a: alter.id, b: other.id }]
                : ties.filter(
                    (tie) =>
                      !((tie.a === alter.id && tie.b === other.id) || (tie.b === alter.id && tie.a === other.id)),
                  ),
            )
          }
        />
      ))}
    </fieldset>
  );
}

function Details({
  alter,
  onChange,
  suggested,
  tieProps,
}: {
  alter: MapAlter;
  onChange: Change;
  suggested: Strategy | undefined;
  tieProps: TieProps;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(alter.name);
  const [note, setNote] = useState(alter.note ?? '');
  const select = (field: keyof MapAlter, options: readonly string[], labelKey: string, nullable = false) => (
    <SelectField
      label={t(`network.fields.${field}`)}
      value={(alter[field] as string | null) ?? ''}
      onChange={(e) => onChange(alter, { [field]: e.target.value === '' ? null : e.target.value } as Partial<MapAlter>)}
    >
      {nullable ? <option value="">{t('network.unknown')}</option> : null}
      {options.map((o) => (
        <option key={o} value={o}>
          {t(`${labelKey}.${o}`)}
        </option>
      ))}
    </SelectField>
  );
  return (
    <div className="alter-details">
      <div className="row">
        <TextField
          label={t('network.fields.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() && name !== alter.name && onChange(alter, { name })}
        />
        {select('kind', ['person', 'group', 'pet'], 'network.kind')}
        {select('relationship', relationships, 'network.relationship')}
      </div>
      <div className="row">
        {select('quality', ['supportive', 'mixed', 'burdensome'], 'network.quality')}
        {select('status', ['active', 'faded', 'broken', 'restored'], 'network.status')}
        {select('frequency', ['daily', 'weekly', 'monthly', 'yearly', 'rarely'], 'network.frequency', true)}
      </div>
      <div className="row">
        {select('reachability', ['nearby', 'in_town', 'far'], 'network.reachability', true)}
        {select('channel', ['in_person', 'online', 'both'], 'network.channel')}
        <TextField
          label={t('network.fields.yearsKnown')}
          type="number"
          min={0}
          max={120}
          defaultValue={alter.yearsKnown ?? ''}
          onBlur={(e) => onChange(alter, { yearsKnown: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </div>
      <div className="row">
        <SupportChecks
          legend={t('network.receivesFrom', { name: alter.name })}
          value={alter.receives}
          onChange={(receives) => onChange(alter, { receives: receives as MapAlter['receives'] })}
        />
        <SupportChecks
          legend={t('network.givesTo', { name: alter.name })}
          value={alter.gives}
          onChange={(gives) => onChange(alter, { gives: gives as MapAlter['gives'] })}
        />
      </div>
      <div className="row">
        <LiveCheckbox
          label={t('network.fields.formal')}
          checked={alter.formal}
          onToggle={(on) => onChange(alter, { formal: on })}
        />
        <LiveCheckbox
          label={t('network.fields.deceased')}
          checked={alter.deceased}
          onToggle={(on) => onChange(alter, { deceased: on })}
        />
        <LiveCheckbox
          label={t('network.fields.mayBeOverburdened')}
          checked={alter.mayBeOverburdened}
          onToggle={(on) => onChange(alter, { mayBeOverburdened: on })}
        />
      </div>
      <SelectField
        label={t('network.fields.strategy')}
        hint={suggested ? t('network.suggested', { strategy: t(`network.strategy.${suggested}`) }) : undefined}
        value={alter.strategy ?? ''}
        onChange={(e) => onChange(alter, { strategy: (e.target.value || null) as Strategy | null })}
      >
        <option value="">{t('network.noStrategy')}</option>
        {(['reanimate', 'activate', 'unblock', 'intensify', 'maintain'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`network.strategy.${s}`)}
          </option>
        ))}
      </SelectField>
      <Knows alter={alter} {...tieProps} />
      <TextArea
        label={t('network.fields.note')}
        sensitive="network_alters.note"
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => note !== (alter.note ?? '') && onChange(alter, { note: note || null })}
      />
    </div>
  );
}

/** Everything the drawing does, and more, from the keyboard and with a screen reader. */
export function AlterTable({
  model,
  alters,
  onChange,
  onRemove,
  strategies,
  ties,
  onTies,
}: {
  model: MapModelId;
  alters: MapAlter[];
  onChange: Change;
  onRemove: (a: MapAlter) => void;
  strategies: Record<string, Strategy>;
} & Omit<TieProps, 'alters'>) {
  const { t } = useTranslation();
  const names = useNetworkLabels();
  const { rings, sectors } = mapModels[model];
  const [open, setOpen] = useState<string | null>(null);
  // Ring and sector names are looked up once for the table, not once per row (150 rows made 1,350
  // lookups); rows take `t` from here instead of each subscribing to the language on its own.
  const ringOptions = rings.map((ring, i) => ({ value: String(i + 1), label: names.ring(model, ring) }));
  const sectorOptions = sectors.map((s) => ({ value: s as string, label: names.sector(s) }));
  const texts: RowTexts = {
    ringOf: template(t, 'network.ringOf', ['name']),
    sectorOf: template(t, 'network.sectorOf', ['name']),
    supportSummary: template(t, 'network.supportSummary', ['received', 'given']),
    moreDetails: template(t, 'network.moreDetails', ['name']),
    lessDetails: t('network.lessDetails'),
    moreShort: t('network.moreShort'),
    remove: template(t, 'network.remove', ['name']),
    removeShort: t('network.removeShort'),
    choose: t('network.chooseShort'),
  };
  if (alters.length === 0) return <p>{t('network.empty')}</p>;
  return (
    <TableWrap>
      <table className="alter-table">
        <caption className="visually-hidden">{t('network.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.fields.name')}</th>
            <th scope="col">{t('network.fields.closeness')}</th>
            <th scope="col">{t('network.fields.sector')}</th>
            <th scope="col" className="hide-small">
              {t('network.fields.support')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {alters.map((alter) => (
            <AlterRow
              key={alter.id}
              {...{ texts, alter, ringOptions, sectorOptions, onChange, onRemove }}
              open={open === alter.id}
              toggle={() => setOpen(open === alter.id ? null : alter.id)}
              suggested={strategies[alter.id]}
              tieProps={{ alters, ties, onTies }}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

interface Option {
  value: string;
  label: string;
}

interface RowTexts {
  ringOf: (v: { name: string }) => string;
  sectorOf: (v: { name: string }) => string;
  supportSummary: (v: { received: number; given: number }) => string;
  moreDetails: (v: { name: string }) => string;
  lessDetails: string;
  moreShort: string;
  remove: (v: { name: string }) => string;
  removeShort: string;
  /** The empty choice of a name that has no place yet. */
  choose: string;
}

function AlterRow({
  texts,
  alter,
  ringOptions,
  sectorOptions,
  onChange,
  onRemove,
  open,
  toggle,
  suggested,
  tieProps,
}: {
  texts: RowTexts;
  alter: MapAlter;
  ringOptions: Option[];
  sectorOptions: Option[];
  onChange: Change;
  onRemove: (a: MapAlter) => void;
  open: boolean;
  toggle: () => void;
  suggested: Strategy | undefined;
  tieProps: TieProps;
}) {
  return (
    <>
      <tr>
        <th scope="row">
          {alter.name}
          {alter.deceased ? ' †' : ''}
        </th>
        <td>
          <select
            aria-label={texts.ringOf({ name: alter.name })}
            value={alter.placed ? alter.closeness : ''}
            onChange={(e) => onChange(alter, { closeness: Number(e.target.value), placed: true })}
          >
            {alter.placed ? null : <option value="">{texts.choose}</option>}
            {ringOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            aria-label={texts.sectorOf({ name: alter.name })}
            value={alter.placed ? alter.sector : ''}
            onChange={(e) => onChange(alter, { sector: e.target.value as MapAlter['sector'], placed: true })}
          >
            {alter.placed ? null : <option value="">{texts.choose}</option>}
            {sectorOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </td>
        <td className="hide-small small">
          {texts.supportSummary({ received: alter.receives.length, given: alter.gives.length })}
        </td>
        <td className="actions">
          {/* Short words on screen so the table fits a tablet; the name for screen readers, whose
              label still starts with or contains the visible word (WCAG 2.5.3). */}
          <Button
            variant="link"
            aria-expanded={open}
            aria-label={open ? undefined : texts.moreDetails({ name: alter.name })}
            onClick={toggle}
          >
            {open ? texts.lessDetails : texts.moreShort}
          </Button>
          <Button variant="link" aria-label={texts.remove({ name: alter.name })} onClick={() => onRemove(alter)}>
            {texts.removeShort}
          </Button>
        </td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={5}>
            <Details alter={alter} onChange={onChange} suggested={suggested} tieProps={tieProps} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
