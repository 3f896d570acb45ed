import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { analyse } from '../../../shared/network/analysis.js';
import { mapModels } from '../../../shared/network/model.js';
import { peopleQueries } from '../people/api.js';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint.js';
import { AlterTable, QuickAdd } from './AlterEditor.js';
import { AnalysisPanel } from './AnalysisPanel.js';
import { ExchangePanel } from './ExchangePanel.js';
import { AlterDetails } from './AlterDetails.js';
import { MapDrawing } from './MapDrawing.js';
import { MapLegend } from './MapLegend.js';
import { TogetherView } from './TogetherView.js';
import { type SaveState, useMapEditor } from './useMapEditor.js';

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text = {
    saved: t('network.saved'),
    saving: t('network.saving'),
    retrying: t('network.retrying'),
    conflict: '',
    failed: '',
  }[state.kind];
  return (
    <span className={`save-state save-state--${state.kind}`} role="status">
      {text}
    </span>
  );
}

export function MapPage() {
  const { t } = useTranslation();
  const { personId, mapId } = useParams();
  const editor = useMapEditor(mapId!);
  const person = useQuery(peopleQueries.person(personId));
  const data = editor.query.data;
  // The picture first, the long list right after it has been painted: what the person looks at
  // appears at once, and the list's rows (hundreds of form controls) do not hold it back.
  const listShown = useAfterFirstPaint(Boolean(data && person.data));
  // The analysis is computed here, from what is on screen: it follows every change at once,
  // also before the server has answered (the same pure module the server uses for comparisons).
  const analysis = useMemo(
    () =>
      data ? analyse({ rings: mapModels[data.map.model].rings.length, alters: data.alters, ties: data.ties }) : null,
    [data],
  );
  // Stable props, so the drawing (memoised) is not drawn again when only the list below catches up.
  const editorRef = useRef(editor);
  editorRef.current = editor;
  // Moving someone, or choosing a ring and part for a name that waited beside the map, places them.
  const onMove = useCallback(
    (alter: Parameters<typeof editor.change>[0], to: { closeness: number; sector: string }) =>
      editorRef.current.change(alter, { ...to, placed: true } as Parameters<typeof editor.change>[1]),
    [],
  );
  // Who is open in the details (one) or the picker (several close together under a finger).
  const [opened, setOpened] = useState<string[]>([]);
  const onOpen = useCallback((ids: string[]) => setOpened(ids), []);
  const [together, setTogether] = useState(false);
  if (editor.query.error) return <Alert kind="error">{editor.query.error.message}</Alert>;
  if (!data || !person.data || !analysis) return <Loading />;
  const { map, alters, ties } = data;
  const title = `${t(map.kind === 'dream' ? 'network.dreamTitle' : 'network.mapTitle', { name: person.data.firstName })} — ${t(`network.labels.${map.label}`)}`;
  const defaultSector = mapModels[map.model].sectors[0];
  return (
    <Page
      title={title}
      actions={
        <div className="button-row">
          <SaveIndicator state={editor.state} />
          <Link className="button button--secondary" to={`/people/${personId}/maps/${mapId}/print`}>
            {t('network.printSheet')}
          </Link>
          <Button variant="secondary" onClick={editor.undo} disabled={!editor.canUndo}>
            {t('network.undo')}
          </Button>
          <Button variant="secondary" onClick={editor.redo} disabled={!editor.canRedo}>
            {t('network.redo')}
          </Button>
        </div>
      }
    >
      <p className="muted">
        <Link to={`/people/${personId}`}>← {t('network.backToPerson', { name: person.data.firstName })}</Link> ·{' '}
        {formatDate(map.takenOn)}
      </p>
      {editor.state.kind === 'conflict' ? <Alert kind="warning">{editor.state.message}</Alert> : null}
      {editor.state.kind === 'failed' ? <Alert kind="error">{editor.state.message}</Alert> : null}
      {data.warnings.includes('duplicate_names') ? <Alert kind="info">{t('network.duplicateNames')}</Alert> : null}
      <div className="map-layout">
        <section aria-labelledby="map-drawing-title" className="map-panel">
          <div className="map-panel-head">
            <h2 id="map-drawing-title">{t('network.drawing')}</h2>
            <Button variant="secondary" onClick={() => setTogether(true)}>
              {t('network.together')}
            </Button>
          </div>
          <MapDrawing
            model={map.model}
            alters={alters}
            ties={ties}
            centreLabel={person.data.firstName}
            onMove={onMove}
            onOpen={onOpen}
            overburdened={analysis.possiblyOverburdened}
          />
          <p className="muted small">{t('network.dragHint')}</p>
          {/* New names wait beside the map until the worker and the person place them together. */}
          <QuickAdd
            count={alters.length}
            onAdd={(names) =>
              editor.addNames(names.map((name) => ({ name, closeness: 2, sector: defaultSector, placed: false })))
            }
          />
          <MapLegend />
        </section>
        <AnalysisPanel analysis={analysis} alters={alters} model={map.model} />
      </div>
      <TogetherView
        open={together}
        onClose={() => setTogether(false)}
        model={map.model}
        alters={alters}
        ties={ties}
        centreLabel={person.data.firstName}
        onMove={onMove}
        onOpen={onOpen}
      />
      <AlterDetails
        ids={opened}
        alters={alters}
        model={map.model}
        audience={together ? 'client' : 'worker'}
        overburdened={analysis.possiblyOverburdened}
        onChoose={(id) => setOpened([id])}
        onMove={onMove}
        onClose={() => setOpened([])}
      />
      <ExchangePanel data={data} onImport={(format, content) => editor.importFile(format, content)} />
      <section aria-labelledby="map-list-title">
        <h2 id="map-list-title">{t('network.list')}</h2>
        {listShown ? (
          <AlterTable
            model={map.model}
            alters={alters}
            strategies={analysis.strategies}
            onChange={(alter, changes) => editor.change(alter, changes as never)}
            onRemove={(alter) => editor.remove(alter)}
            ties={ties}
            onTies={(next) => editor.setTies(next)}
          />
        ) : (
          <Loading />
        )}
      </section>
    </Page>
  );
}
