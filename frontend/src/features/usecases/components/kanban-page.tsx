import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/problem';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { DEFAULT_FILTERS, listUseCases, moveUseCase, type UseCaseSummary } from '../api';
import { STAGES } from '../filters';
import { useUseCaseMessages, type UseCaseStage } from '../messages';
import { RefusalReasons } from './stage-control';

const PER_COLUMN = 50;

async function loadBoard(signal: AbortSignal) {
  const pages = await Promise.all(STAGES.map((stage) =>
    listUseCases({ ...DEFAULT_FILTERS, stage, size: PER_COLUMN, sort: '-updatedAt' }, signal)));
  return STAGES.map((stage, i) => ({ stage, items: pages[i]?.items ?? [], total: pages[i]?.total ?? 0 }));
}

type Outcome = { kind: 'moved'; text: string } | { kind: 'refused'; title: string; error: ApiError };

/**
 * The pipeline as a board: a column per stage. A card moves by drag and drop or, from the keyboard,
 * with its "Move" list; both call the same transition endpoint, whose refusals are shown.
 */
export function KanbanPage() {
  const { t } = useUseCaseMessages();
  const { can } = useSession();
  const manage = can('use-cases:manage');
  const [attempt, setAttempt] = useState(0);
  const board = useApiQuery(loadBoard, String(attempt));
  const [outcome, setOutcome] = useState<Outcome>();
  const [over, setOver] = useState<UseCaseStage>();

  const move = async (card: UseCaseSummary, to: UseCaseStage) => {
    if (card.stage === to) return;
    try {
      await moveUseCase(card.id ?? 0, `"${card.version}"`, to);
      setOutcome({ kind: 'moved', text: t.kanban.moved(card.title ?? '', t.stages[to]) });
      setAttempt((a) => a + 1);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setOutcome({ kind: 'refused', title: card.title ?? '', error: e });
    }
  };
  const find = (id: number) => board.data?.flatMap((c) => c.items).find((u) => u.id === id);
  const drop = (event: DragEvent, to: UseCaseStage) => {
    event.preventDefault();
    setOver(undefined);
    const card = find(Number(event.dataTransfer.getData('text/plain')));
    if (card) void move(card, to);
  };

  return (
    <>
      <div className="page-head">
        <PageTitle title={t.kanban.title}>{t.kanban.title}</PageTitle>
        <Link className="button secondary" to="/cas-usage">{t.list}</Link>
      </div>
      {manage && <p className="intro">{t.kanban.intro}</p>}
      <div aria-live="polite">
        {outcome?.kind === 'moved' && <Notice kind="success">{outcome.text}</Notice>}
        {outcome?.kind === 'refused' && <RefusalReasons error={outcome.error} heading={t.kanban.refused(outcome.title)} />}
      </div>
      {board.loading && !board.data && <Loading />}
      {board.error && <LoadError error={board.error} onRetry={board.reload} />}
      {board.data && (
        <div className="kanban">
          {board.data.map((column) => (
            <section key={column.stage} className={over === column.stage ? 'kanban-column drop-target' : 'kanban-column'}
              aria-labelledby={`col-${column.stage}`} data-stage={column.stage}
              onDragOver={manage ? (e) => { e.preventDefault(); setOver(column.stage); } : undefined}
              onDragLeave={() => setOver(undefined)}
              onDrop={manage ? (e) => drop(e, column.stage) : undefined}>
              <h2 id={`col-${column.stage}`}>{t.kanban.column(t.stages[column.stage], column.total)}</h2>
              <ul>
                {column.items.map((card) => (
                  <li key={card.id} className="kanban-card" draggable={manage} data-id={card.id}
                    onDragStart={(e) => { e.dataTransfer.setData('text/plain', String(card.id)); e.dataTransfer.effectAllowed = 'move'; }}>
                    <Link to={`/cas-usage/${card.id}`}>{card.title}</Link>
                    {card.estimatedHoursPerYear != null && <span className="muted"> · {t.kanban.hours(card.estimatedHoursPerYear)}</span>}
                    {manage && (
                      <label className="kanban-move">
                        <span className="visually-hidden">{t.kanban.moveTo(card.title ?? '')}</span>
                        <select value="" onChange={(e) => e.target.value && void move(card, e.target.value as UseCaseStage)}>
                          <option value="">{t.kanban.move}</option>
                          {STAGES.filter((s) => s !== column.stage).map((s) => <option key={s} value={s}>{t.stages[s]}</option>)}
                        </select>
                      </label>
                    )}
                  </li>
                ))}
              </ul>
              {column.total > column.items.length && <p className="muted">{t.kanban.more(column.total - column.items.length)}</p>}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
