import type { Permission } from '@vinhdanh/contracts';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { ErrorPage } from '../features/errors/error.page.tsx';
import { RequireAny } from '../features/movements/require-any.tsx';
import { AppLayout } from './app-layout.tsx';
import { useSession } from './session.tsx';

// Each page is its own chunk: the first load carries only the shell and the login form.
const LoginPage = lazy(() =>
  import('../features/auth/login.page.tsx').then((m) => ({ default: m.LoginPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/change-password.page.tsx').then((m) => ({ default: m.ChangePasswordPage })),
);
const HomePage = lazy(() => import('../features/home/home.page.tsx').then((m) => ({ default: m.HomePage })));
const UnitsPage = lazy(() =>
  import('../features/units/units.page.tsx').then((m) => ({ default: m.UnitsPage })),
);
const PeopleListPage = lazy(() =>
  import('../features/people/people-list.page.tsx').then((m) => ({ default: m.PeopleListPage })),
);
const PersonPage = lazy(() =>
  import('../features/people/person.page.tsx').then((m) => ({ default: m.PersonPage })),
);
const ImportPage = lazy(() =>
  import('../features/imports/import.page.tsx').then((m) => ({ default: m.ImportPage })),
);
const UsersPage = lazy(() =>
  import('../features/users/users.page.tsx').then((m) => ({ default: m.UsersPage })),
);
const EligibilityPage = lazy(() =>
  import('../features/eligibility/eligibility.page.tsx').then((m) => ({ default: m.EligibilityPage })),
);
const SuggestionsPage = lazy(() =>
  import('../features/eligibility/suggestions.page.tsx').then((m) => ({ default: m.SuggestionsPage })),
);
const CatalogPage = lazy(() =>
  import('../features/eligibility/catalog.page.tsx').then((m) => ({ default: m.CatalogPage })),
);
const ParametersPage = lazy(() =>
  import('../features/parameters/parameters.page.tsx').then((m) => ({ default: m.ParametersPage })),
);
const MovementsListPage = lazy(() =>
  import('../features/movements/movements-list.page.tsx').then((m) => ({ default: m.MovementsListPage })),
);
const MovementPage = lazy(() =>
  import('../features/movements/movement.page.tsx').then((m) => ({ default: m.MovementPage })),
);
const PlanWizardPage = lazy(() =>
  import('../features/movements/plan-wizard.page.tsx').then((m) => ({ default: m.PlanWizardPage })),
);
const RegistrationsPage = lazy(() =>
  import('../features/registrations/registrations.page.tsx').then((m) => ({ default: m.RegistrationsPage })),
);
const BlocsPage = lazy(() =>
  import('../features/blocs/blocs.page.tsx').then((m) => ({ default: m.BlocsPage })),
);
const BlocPage = lazy(() => import('../features/blocs/bloc.page.tsx').then((m) => ({ default: m.BlocPage })));
const ScoringPage = lazy(() =>
  import('../features/scoring/scoring.page.tsx').then((m) => ({ default: m.ScoringPage })),
);
const SheetPage = lazy(() =>
  import('../features/scoring/sheet.page.tsx').then((m) => ({ default: m.SheetPage })),
);
const AssessmentPage = lazy(() =>
  import('../features/scoring/assessment.page.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const DossiersListPage = lazy(() =>
  import('../features/dossiers/dossiers-list.page.tsx').then((m) => ({ default: m.DossiersListPage })),
);
const DossierPage = lazy(() =>
  import('../features/dossiers/dossier.page.tsx').then((m) => ({ default: m.DossierPage })),
);
const NomineeAppraisalPage = lazy(() =>
  import('../features/dossiers/nominee-appraisal.page.tsx').then((m) => ({
    default: m.NomineeAppraisalPage,
  })),
);
const DecisionsListPage = lazy(() =>
  import('../features/decisions/decisions-list.page.tsx').then((m) => ({ default: m.DecisionsListPage })),
);
const DecisionPage = lazy(() =>
  import('../features/decisions/decision.page.tsx').then((m) => ({ default: m.DecisionPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/notifications.page.tsx').then((m) => ({ default: m.NotificationsPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit.page.tsx').then((m) => ({ default: m.AuditPage })),
);
const CouncilPage = lazy(() =>
  import('../features/council/council.page.tsx').then((m) => ({ default: m.CouncilPage })),
);
const CouncilSessionPage = lazy(() =>
  import('../features/council/session.page.tsx').then((m) => ({ default: m.CouncilSessionPage })),
);

// The public portal: its own light layout, no login (never redirected to the login page).
const PortalLayout = lazy(() =>
  import('../features/portal/portal-layout.tsx').then((m) => ({ default: m.PortalLayout })),
);
const PortalHomePage = lazy(() =>
  import('../features/portal/portal-home.page.tsx').then((m) => ({ default: m.PortalHomePage })),
);
const PortalMovementsPage = lazy(() =>
  import('../features/portal/movements.page.tsx').then((m) => ({ default: m.PortalMovementsPage })),
);
const PortalDisclosuresPage = lazy(() =>
  import('../features/portal/disclosures.page.tsx').then((m) => ({ default: m.PortalDisclosuresPage })),
);
const PortalDisclosurePage = lazy(() =>
  import('../features/portal/disclosures.page.tsx').then((m) => ({ default: m.PortalDisclosurePage })),
);
const HonoursPage = lazy(() =>
  import('../features/portal/honours.page.tsx').then((m) => ({ default: m.HonoursPage })),
);
const VerifyPage = lazy(() =>
  import('../features/portal/verify.page.tsx').then((m) => ({ default: m.VerifyPage })),
);
const PortalStoriesPage = lazy(() =>
  import('../features/portal/stories.page.tsx').then((m) => ({ default: m.PortalStoriesPage })),
);
const PortalStoryPage = lazy(() =>
  import('../features/portal/stories.page.tsx').then((m) => ({ default: m.PortalStoryPage })),
);
const DisclosuresPage = lazy(() =>
  import('../features/disclosures/disclosures.page.tsx').then((m) => ({ default: m.DisclosuresPage })),
);
const DisclosurePage = lazy(() =>
  import('../features/disclosures/disclosure.page.tsx').then((m) => ({ default: m.DisclosurePage })),
);
const StoriesPage = lazy(() =>
  import('../features/disclosures/stories.page.tsx').then((m) => ({ default: m.StoriesPage })),
);

/** Dossiers are read by their unit's officers and viewers, and by the appraisers they are addressed to. */
const DOSSIER_READERS: Permission[] = ['dossier.read', 'dossier.write', 'dossier.appraise'];

/** Logged-in pages; a user who must change the password is held on that page until done. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <FullPageSpin />;
  if (me === null) {
    const next = location.pathname + location.search;
    return (
      <Navigate to={`/login${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />
    );
  }
  if (me.mustChangePassword && location.pathname !== '/account/password')
    return <Navigate to="/account/password" replace />;
  return <>{children}</>;
}

function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? children : <ErrorPage status={403} />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<PortalLayout />}>
          <Route path="cong-khai" element={<PortalHomePage />} />
          <Route path="cong-khai/phong-trao" element={<PortalMovementsPage />} />
          <Route path="cong-khai/lay-y-kien" element={<PortalDisclosuresPage />} />
          <Route path="cong-khai/lay-y-kien/:id" element={<PortalDisclosurePage />} />
          <Route path="cong-khai/guong-sang" element={<PortalStoriesPage />} />
          <Route path="cong-khai/guong-sang/:id" element={<PortalStoryPage />} />
          <Route path="vinh-danh" element={<HonoursPage />} />
          <Route path="xac-minh" element={<VerifyPage />} />
          <Route path="xac-minh/:code" element={<VerifyPage />} />
        </Route>
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route
            path="units"
            element={
              <RequirePermission permission="unit.read">
                <UnitsPage />
              </RequirePermission>
            }
          />
          <Route
            path="people"
            element={
              <RequirePermission permission="person.read">
                <PeopleListPage />
              </RequirePermission>
            }
          />
          <Route
            path="people/:id"
            element={
              <RequirePermission permission="person.read">
                <PersonPage />
              </RequirePermission>
            }
          />
          <Route
            path="imports"
            element={
              <RequirePermission permission="import.run">
                <ImportPage />
              </RequirePermission>
            }
          />
          <Route
            path="users"
            element={
              <RequirePermission permission="user.read">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route
            path="eligibility"
            element={
              <RequirePermission permission="eligibility.read">
                <EligibilityPage />
              </RequirePermission>
            }
          />
          <Route
            path="eligibility/suggestions"
            element={
              <RequirePermission permission="eligibility.read">
                <SuggestionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="catalog"
            element={
              <RequirePermission permission="eligibility.read">
                <CatalogPage />
              </RequirePermission>
            }
          />
          <Route
            path="parameters"
            element={
              <RequirePermission permission="eligibility.read">
                <ParametersPage />
              </RequirePermission>
            }
          />
          <Route
            path="movements"
            element={
              <RequirePermission permission="movement.read">
                <MovementsListPage />
              </RequirePermission>
            }
          />
          <Route
            path="movements/new-from-text"
            element={
              <RequirePermission permission="movement.write">
                <PlanWizardPage />
              </RequirePermission>
            }
          />
          <Route
            path="movements/:id"
            element={
              <RequirePermission permission="movement.read">
                <MovementPage />
              </RequirePermission>
            }
          />
          <Route
            path="registrations"
            element={
              <RequireAny anyOf={['registration.write', 'registration.review']}>
                <RegistrationsPage />
              </RequireAny>
            }
          />
          <Route
            path="blocs"
            element={
              <RequirePermission permission="bloc.read">
                <BlocsPage />
              </RequirePermission>
            }
          />
          <Route
            path="blocs/:id"
            element={
              <RequirePermission permission="bloc.read">
                <BlocPage />
              </RequirePermission>
            }
          />
          <Route
            path="scoring"
            element={
              <RequireAny anyOf={['score.self', 'score.review']}>
                <ScoringPage />
              </RequireAny>
            }
          />
          <Route
            path="scoring/sheets/:id"
            element={
              <RequireAny anyOf={['score.self', 'score.review']}>
                <SheetPage />
              </RequireAny>
            }
          />
          <Route
            path="scoring/assessments/:id"
            element={
              <RequireAny anyOf={['score.self', 'score.review']}>
                <AssessmentPage />
              </RequireAny>
            }
          />
          <Route
            path="dossiers"
            element={
              <RequireAny anyOf={DOSSIER_READERS}>
                <DossiersListPage />
              </RequireAny>
            }
          />
          <Route
            path="dossiers/inbox"
            element={
              <RequirePermission permission="dossier.appraise">
                <DossiersListPage inbox />
              </RequirePermission>
            }
          />
          <Route
            path="dossiers/:id"
            element={
              <RequireAny anyOf={DOSSIER_READERS}>
                <DossierPage />
              </RequireAny>
            }
          />
          <Route
            path="dossiers/:id/nominees/:nomineeId"
            element={
              <RequireAny anyOf={DOSSIER_READERS}>
                <NomineeAppraisalPage />
              </RequireAny>
            }
          />
          <Route
            path="decisions"
            element={
              <RequirePermission permission="decision.read">
                <DecisionsListPage />
              </RequirePermission>
            }
          />
          <Route
            path="decisions/:id"
            element={
              <RequirePermission permission="decision.read">
                <DecisionPage />
              </RequirePermission>
            }
          />
          <Route
            path="council"
            element={
              <RequirePermission permission="council.read">
                <CouncilPage />
              </RequirePermission>
            }
          />
          <Route
            path="council/sessions/:id"
            element={
              <RequirePermission permission="council.read">
                <CouncilSessionPage />
              </RequirePermission>
            }
          />
          <Route
            path="disclosures"
            element={
              <RequirePermission permission="disclosure.manage">
                <DisclosuresPage />
              </RequirePermission>
            }
          />
          <Route
            path="disclosures/:id"
            element={
              <RequirePermission permission="disclosure.manage">
                <DisclosurePage />
              </RequirePermission>
            }
          />
          <Route
            path="stories"
            element={
              <RequirePermission permission="story.write">
                <StoriesPage />
              </RequirePermission>
            }
          />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="403" element={<ErrorPage status={403} />} />
          <Route path="*" element={<ErrorPage status={404} />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
