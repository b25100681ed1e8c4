import type { MouseEvent, ReactNode } from 'react';
import { COMPACT, useMediaQuery } from '../lib/use-media-query';

export type SectionTone = 'complete' | 'incomplete' | 'error';

export interface FormSectionItem {
  id: string;
  title: string;
  /** What is left to do in the section ("2 champs obligatoires manquants"), or that it is complete. */
  status: { text: string; tone: SectionTone };
  content: ReactNode;
}

interface Props {
  /** Accessible name of the side navigation. */
  label: string;
  items: FormSectionItem[];
  /** Sections open in the accordion (phone); on wider screens every section is shown. */
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export const sectionDomId = (id: string) => `section-${id}`;

function StatusMark({ status }: { status: FormSectionItem['status'] }) {
  return <span className={`section-status ${status.tone}`}>{status.text}</span>;
}

/**
 * A long form in sections. On a laptop: a side navigation listing the sections with what is left
 * to do in each, beside every section. On a phone: an accordion (a heading button per section,
 * its status under the title), so that one thumb opens the part to fill in.
 */
export function FormSections({ label, items, open, onToggle }: Props) {
  const compact = useMediaQuery(COMPACT);
  const jump = (event: MouseEvent, id: string) => {
    const heading = document.getElementById(`${sectionDomId(id)}-title`);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  if (compact) {
    return (
      <div className="form-sections accordion">
        {items.map((item) => {
          const expanded = open.has(item.id);
          const body = `${sectionDomId(item.id)}-body`;
          return (
            <section key={item.id} id={sectionDomId(item.id)} className="form-section" aria-labelledby={`${sectionDomId(item.id)}-title`}>
              <h2 className="accordion-heading">
                <button type="button" id={`${sectionDomId(item.id)}-title`} aria-expanded={expanded} aria-controls={body}
                  onClick={() => onToggle(item.id)}>
                  <span className="accordion-title">{item.title}</span>
                  <StatusMark status={item.status} />
                </button>
              </h2>
              <div id={body} className="form-section-body" hidden={!expanded}>
                {item.content}
              </div>
            </section>
          );
        })}
      </div>
    );
  }

  return (
    <div className="form-sections with-nav">
      <nav aria-label={label} className="section-nav">
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#${sectionDomId(item.id)}`} onClick={(e) => jump(e, item.id)}>
                <span className="section-nav-title">{item.title}</span>
                <StatusMark status={item.status} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="form-sections-body">
        {items.map((item) => (
          <section key={item.id} id={sectionDomId(item.id)} className="form-section" aria-labelledby={`${sectionDomId(item.id)}-title`}>
            <div className="form-section-head">
              <h2 id={`${sectionDomId(item.id)}-title`} tabIndex={-1}>{item.title}</h2>
              <StatusMark status={item.status} />
            </div>
            <div className="form-section-body">{item.content}</div>
          </section>
        ))}
      </div>
    </div>
  );
}
