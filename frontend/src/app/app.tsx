import { useState } from 'react';
import { Route, RouterProvider, createBrowserRouter, createRoutesFromElements } from 'react-router';
import { CreatePage } from '../features/aisystems/components/create-page';
import { DetailPage } from '../features/aisystems/components/detail-page';
import { EditPage } from '../features/aisystems/components/edit-page';
import { RegisterPage } from '../features/aisystems/components/register-page';
import { LoginPage } from '../features/auth/login-page';
import { RequireSession } from '../features/auth/require-session';
import { SessionProvider } from '../features/auth/session-provider';
import { EstablishmentFormPage } from '../features/establishments/components/establishment-form-page';
import { EstablishmentsPage } from '../features/establishments/components/establishments-page';
import { EstablishmentViewPage } from '../features/establishments/components/establishment-view-page';
import { HomePage } from '../features/home/home-page';
import { IncidentFormPage } from '../features/incidents/components/incident-form-page';
import { IncidentPage } from '../features/incidents/components/incident-page';
import { IncidentsPage } from '../features/incidents/components/incidents-page';
import { TodoPage } from '../features/monitoring-todo/components/todo-page';
import { KanbanPage } from '../features/usecases/components/kanban-page';
import { UseCaseFormPage } from '../features/usecases/components/use-case-form-page';
import { UseCasesPage } from '../features/usecases/components/use-cases-page';
import { UseCaseViewPage } from '../features/usecases/components/use-case-view-page';
import { MatrixPage } from '../features/scoring/components/matrix-page';
import { UseCaseScoringPage } from '../features/scoring/components/use-case-scoring-page';
import { I18nProvider } from '../i18n/i18n-provider';
import { AppLayout } from './app-layout';
import { HOME_PANELS } from './home-panels';
import { NotFoundPage } from './not-found-page';

/** Routes are French, like the addresses users share ("/registre/12"). */
const routes = createRoutesFromElements(
  <>
    <Route path="/connexion" element={<LoginPage />} />
    <Route
      element={
        <RequireSession>
          <AppLayout />
        </RequireSession>
      }
    >
      <Route index element={<HomePage panels={HOME_PANELS} />} />
      <Route path="registre" element={<RegisterPage />} />
      <Route path="registre/nouveau" element={<CreatePage />} />
      <Route path="registre/:id" element={<DetailPage />} />
      <Route path="registre/:id/modifier" element={<EditPage />} />
      <Route path="a-faire" element={<TodoPage />} />
      <Route path="etablissements" element={<EstablishmentsPage />} />
      <Route path="etablissements/nouveau" element={<EstablishmentFormPage />} />
      <Route path="etablissements/:id" element={<EstablishmentViewPage />} />
      <Route path="etablissements/:id/modifier" element={<EstablishmentFormPage />} />
      <Route path="cas-usage" element={<UseCasesPage />} />
      <Route path="cas-usage/tableau" element={<KanbanPage />} />
      <Route path="cas-usage/nouveau" element={<UseCaseFormPage />} />
      <Route path="cas-usage/:id" element={<UseCaseViewPage />} />
      <Route path="cas-usage/:id/modifier" element={<UseCaseFormPage />} />
      <Route path="incidents" element={<IncidentsPage />} />
      <Route path="incidents/nouveau" element={<IncidentFormPage />} />
      <Route path="incidents/:id" element={<IncidentPage />} />
      <Route path="priorisation" element={<MatrixPage />} />
      <Route path="cas-usage/:id/cotation" element={<UseCaseScoringPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>,
);

/** A data router (createBrowserRouter): forms need its navigation blocker (leave warning). */
export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  );
}
