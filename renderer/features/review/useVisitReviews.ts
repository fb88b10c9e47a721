import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

/** A visit's review decisions and amendments, oldest first, live (they arrive by sync). */
export function useVisitReviews(visitId: string) {
  const { repos } = useServices();
  const reviews = useLive(() => repos.reviews.reviewsFor(visitId), [repos, visitId], []);
  const amendments = useLive(() => repos.reviews.amendmentsFor(visitId), [repos, visitId], []);
  return { reviews, amendments };
}
