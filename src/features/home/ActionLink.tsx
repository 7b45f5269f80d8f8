interface Props {
  href: string;
  title: string;
  hint: string;
  urgent?: boolean;
}

/** A large, plain link-button on the home screen: what it is, and one line on when to use it. */
export function ActionLink({ href, title, hint, urgent = false }: Props) {
  return (
    <li>
      <a class={urgent ? 'action action-urgent' : 'action'} href={href}>
        <span class="action-title">{title}</span>
        <span class="action-hint">{hint}</span>
      </a>
    </li>
  );
}
