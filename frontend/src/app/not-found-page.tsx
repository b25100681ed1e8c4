import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n-provider';

export function NotFoundPage() {
  const { m } = useI18n();
  return (
    <>
      <PageTitle title={m.errors.pageNotFound}>{m.errors.pageNotFound}</PageTitle>
      <p>{m.errors.pageNotFoundText}</p>
      <p>
        <Link to="/registre">{m.detail.back}</Link>
      </p>
    </>
  );
}
