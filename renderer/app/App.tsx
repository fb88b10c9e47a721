import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { UnlockGate } from '../features/unlock/UnlockGate';
import { BootGate } from './boot/BootGate';
import { WriterGate } from './session/WriterGate';
import { AppRoutes } from './AppRoutes';
import { LocaleDatesProvider } from './time/LocaleDatesProvider';
import { theme } from './theme';

/**
 * Root: theme, notifications, the boot gate (database + demo data), who writes here, the offline unlock,
 * then the routed shell.
 */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <BootGate>
        <WriterGate>
          <UnlockGate>
            <HashRouter>
              <LocaleDatesProvider>
                <AppRoutes />
              </LocaleDatesProvider>
            </HashRouter>
          </UnlockGate>
        </WriterGate>
      </BootGate>
    </MantineProvider>
  );
}
