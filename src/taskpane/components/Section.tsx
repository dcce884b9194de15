/** A titled part of the pane: an h2 heading, an optional line under it, then its content. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  h: { margin: 0, flexGrow: 1, minWidth: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface SectionProps {
  title: ReactNode;
  description?: ReactNode;
  /** Controls at the right of the heading (a refresh button). */
  actions?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

export function Section({ title, description, actions, children, testId }: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id} data-testid={testId}>
      <div className={styles.head}>
        <Text as="h2" id={id} weight="semibold" size={400} className={styles.h}>
          {title}
        </Text>
        {actions}
      </div>
      {description !== undefined && (
        <Text as="p" size={200} className={styles.description}>
          {description}
        </Text>
      )}
      {children}
    </section>
  );
}
