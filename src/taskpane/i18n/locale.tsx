import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { pick, type Locale, type Text } from './text';

const LocaleContext = createContext<Locale>('vi');

export function LocaleProvider(props: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={props.locale}>{props.children}</LocaleContext.Provider>;
}

/** The pane's language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A function that renders a {@link Text} in the pane's language. */
export function useT(): (text: Text) => string {
  const locale = useLocale();
  return useCallback((text: Text) => pick(text, locale), [locale]);
}
