import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/basics.js';
import { useModalDialog } from '../../ui/useModalDialog.js';
import { MapDrawing, type MapDrawingProps } from './MapDrawing.js';
import { MapLegend } from './MapLegend.js';

/**
 * "Look at it together" (issue 14): the map fills the screen for the person at the kitchen table,
 * with large names, no panels and none of the method's marks; the legend says in words what the
 * rest means. People can still be placed and opened, together. Escape or the button ends it.
 */
export function TogetherView({
  open,
  onClose,
  model,
  alters,
  ties,
  centreLabel,
  onMove,
  onOpen,
}: { open: boolean; onClose: () => void } & Pick<
  MapDrawingProps,
  'model' | 'alters' | 'ties' | 'centreLabel' | 'onMove' | 'onOpen'
>) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="map-together"
      aria-labelledby="map-together-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="map-together-bar">
        <h2 id="map-together-title">{t('network.togetherTitle', { name: centreLabel })}</h2>
        <Button onClick={onClose}>{t('network.togetherClose')}</Button>
      </div>
      {open ? (
        <div className="map-together-body">
          <MapDrawing
            model={model}
            alters={alters}
            ties={ties}
            centreLabel={centreLabel}
            onMove={onMove}
            onOpen={onOpen}
            audience="client"
            fontPx={18}
          />
          <MapLegend audience="client" />
        </div>
      ) : null}
    </dialog>
  );
}
