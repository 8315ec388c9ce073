/** A wizard's progress: finished steps can be revisited, later ones only through "Next". */
export function Steps({ titles, current, onSelect }: { titles: readonly string[]; current: number; onSelect: (step: number) => void }) {
  return (
    <ol className="steps" aria-label="Progress">
      {titles.map((title, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={title} className={`steps__item steps__item--${state}`} aria-current={i === current ? 'step' : undefined}>
            <span className="steps__number" aria-hidden="true">
              {i + 1}
            </span>
            {state === 'done' ? (
              <button type="button" className="steps__link" onClick={() => onSelect(i)}>
                {title}
                <span className="visually-hidden"> (completed)</span>
              </button>
            ) : (
              <span className="steps__title">{title}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
