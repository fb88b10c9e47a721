import { Alert } from '@mantine/core';
import { IconShieldCheck, IconShieldX, IconAlertTriangle } from '@tabler/icons-react';

type Props = {
  /** intact: the chain checks out; broken: a version was altered; failed: the check could not run. */
  tone: 'intact' | 'broken' | 'failed';
  title: string;
  detail?: string;
};

/** The answer of "Verify integrity", unmistakable at a glance: green shield, or red with the version. */
export function VerificationResult({ tone, title, detail }: Props) {
  const look = {
    intact: { color: 'teal', icon: <IconShieldCheck size={20} /> },
    broken: { color: 'red', icon: <IconShieldX size={20} /> },
    failed: { color: 'yellow', icon: <IconAlertTriangle size={20} /> },
  }[tone];
  return (
    <Alert
      color={look.color}
      variant={tone === 'broken' ? 'filled' : 'light'}
      icon={look.icon}
      title={title}
      data-testid="history-verification"
      data-state={tone}
      role={tone === 'broken' ? 'alert' : 'status'}
    >
      {detail}
    </Alert>
  );
}
