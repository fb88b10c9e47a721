import { Navigate, Route, Routes } from 'react-router';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { ConflictPage } from '../features/conflicts/ConflictPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { CaseHistoryPrintPage } from '../features/history/CaseHistoryPrintPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { VisitPage } from '../features/visits/VisitPage';
import { VisitPrintPage } from '../features/visits/VisitPrintPage';
import { VisitsPage } from '../features/visits/VisitsPage';
import { AppLayout } from './shell/AppLayout';
import { ReviewPage } from '../features/review/ReviewPage';
import { ReviewQueuePage } from '../features/review/ReviewQueuePage';

export function AppRoutes() {
  return (
    <Routes>
      {/* The printed record stands outside the app frame: the paper carries the record alone. */}
      <Route path="/visits/:visitId/print" element={<VisitPrintPage />} />
      <Route path="/cases/:caseId/history/print" element={<CaseHistoryPrintPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/cases" replace />} />
        <Route path="/cases" element={<CaseListPage />} />
        <Route path="/cases/:caseId" element={<CasePage />} />
        <Route path="/visits" element={<VisitsPage />} />
        <Route path="/visits/:visitId" element={<VisitPage />} />
        <Route path="/review" element={<ReviewQueuePage />} />
        <Route path="/review/:visitId" element={<ReviewPage />} />
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/sync" element={<SyncPage />} />
        <Route path="/conflicts/:conflictId" element={<ConflictPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/cases" replace />} />
      </Route>
    </Routes>
  );
}
