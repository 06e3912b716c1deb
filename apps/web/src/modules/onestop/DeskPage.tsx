import { EmptyText } from '../../components/EmptyText.tsx';

/** The officer's desk: queues by step (being built). */
export default function DeskPage() {
  return <EmptyText loading>…</EmptyText>;
}
