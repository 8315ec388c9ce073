import { useAssistedTaskCount } from '../../api/get-assisted-tasks';

/** How many assisted sends wait, as a pill in the navigation; screen readers hear ", 3 waiting" after the link's name. */
export function AssistedTaskCount() {
  const count = useAssistedTaskCount();
  if (count <= 0) return null;
  return (
    <span className="count-badge">
      <span className="visually-hidden">, </span>
      {count > 99 ? '99+' : count}
      <span className="visually-hidden"> waiting</span>
    </span>
  );
}
