// What update-entity-properties sets on an entity: its properties recomputed from the claims
// (entity-properties.ts) and, for an instrument, the latest stage its events reach (latest-stage.ts).
// One function for the entities the settle step reads back and those a batch creates (fresh-entities.ts).
import { NODE_LABELS } from '../../model/graph-model.ts';
import { entityProperties } from './entity-properties.ts';
import { latestStage, type StageEvent } from './latest-stage.ts';

export interface EntityUpdate { id: string; props: Record<string, unknown> }

/** Null when no claim describes the entity any more. */
export function entityUpdate(id: string, claims: string[], events: StageEvent[]): EntityUpdate | null {
  const props = entityProperties({ id, claims });
  if (!props) return null;
  const { id: _id, type, ...rest } = props;
  const stage = type === NODE_LABELS.Instrument.label ? latestStage(events) : { stage: null, date: null };
  return { id, props: { ...rest, latestStage: stage.stage, latestDate: stage.date } };
}
