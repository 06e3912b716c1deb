import { EmptyText } from '../../components/EmptyText.tsx';

/** The procedure catalog (being built). */
export default function ProceduresPage() {
  return <EmptyText loading>…</EmptyText>;
}
