import type { AiSystem } from '../../../api/types';
import { useI18n } from '../../../i18n/i18n-provider';
import { displayField } from '../display';
import { SECTIONS, applies, type FormValues } from '../field-specs';

/** The record sheet: the fields that apply, grouped in the same sections as the form. */
export function DetailSheet({ system, values }: { system: AiSystem; values: FormValues }) {
  const { m, date } = useI18n();
  return (
    <div className="sheet">
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`sheet-${section.id}`} className="sheet-section">
          <h2 id={`sheet-${section.id}`}>{m.aiSystem.sections[section.id]}</h2>
          <dl>
            {section.fields.filter((spec) => applies(spec, values)).map((spec) => {
              const text = displayField({ m, date }, spec, system);
              return (
                <div key={spec.name} className="sheet-row">
                  <dt>{m.aiSystem.fields[spec.name]}</dt>
                  <dd className={text ? 'prewrap' : 'muted'}>{text || m.common.empty}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
