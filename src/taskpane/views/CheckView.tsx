import { PlanSource } from './_lib/PlanSource';

/** Placeholder until the view is built (issue 6). */
export function CheckView() {
  return <PlanSource />;
}
