import { useEffect, useId, useState } from 'react';
import type { SwitchState } from '../../lib/db/switches';
import { useT } from '../i18n';

export interface SwitchControls {
  /** the current tab's host; null on pages the extension does not run on (browser pages, the extension's own) */
  host: string | null;
  get(host: string | null): Promise<SwitchState>;
  /** host null: the global switch */
  set(host: string | null, enabled: boolean): Promise<void>;
}

/** The two highlight switches: this site, and every site. */
export function HighlightSwitches({ controls }: { controls: SwitchControls }) {
  const t = useT();
  const [state, setState] = useState<SwitchState | null>(null);
  const siteId = useId();
  const globalId = useId();
  const { host } = controls;

  useEffect(() => {
    let live = true;
    controls.get(host).then(
      (s) => live && setState(s),
      (error: unknown) => console.error('Minutes Lens: cannot read the switches', error),
    );
    return () => {
      live = false;
    };
  }, [controls, host]);

  const change = async (target: string | null, enabled: boolean) => {
    setState((s) => s && (target === null ? { ...s, global: enabled } : { ...s, site: enabled }));
    await controls.set(target, enabled);
  };

  return (
    <fieldset className="ml-switches">
      <legend>{t('switches')}</legend>
      <label className="ml-switch" htmlFor={siteId}>
        <span>{host ? t('siteSwitch', { host }) : t('noSite')}</span>
        <input
          id={siteId}
          type="checkbox"
          role="switch"
          checked={host !== null && (state?.site ?? true)}
          disabled={host === null || state === null || !state.global}
          onChange={(e) => host && change(host, e.currentTarget.checked)}
        />
      </label>
      <label className="ml-switch" htmlFor={globalId}>
        <span>{t('globalSwitch')}</span>
        <input id={globalId} type="checkbox" role="switch" checked={state?.global ?? true} disabled={state === null} onChange={(e) => change(null, e.currentTarget.checked)} />
      </label>
    </fieldset>
  );
}
