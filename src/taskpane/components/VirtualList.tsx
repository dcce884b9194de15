/**
 * A list of fixed-height rows that keeps only the visible rows (plus a few of overscan) in the DOM,
 * so that a province's 20.000 units scroll as lightly as 20. All rows are rendered when they fit.
 * The scroller takes the keyboard focus (arrows, Page Up/Down, Home/End scroll it).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode, type UIEvent } from "react";
import { listWindow } from "../view/virtualWindow";

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Largest height of the list in pixels; smaller when all rows fit. */
  height: number;
  renderRow: (item: T, index: number) => ReactNode;
  ariaLabel: string;
}

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflowY: "auto",
    overflowX: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "-2px",
    },
  },
  spacer: { position: "relative", width: "100%" },
  row: { position: "absolute", left: 0, right: 0, overflow: "hidden", boxSizing: "border-box" },
});

export function VirtualList<T>({ items, rowHeight, height, renderRow, ariaLabel }: VirtualListProps<T>) {
  const styles = useStyles();
  const [scrollTop, setScrollTop] = useState(0);
  const win = listWindow({ count: items.length, rowHeight, height, scrollTop });
  const onScroll = (e: UIEvent<HTMLDivElement>): void => setScrollTop(e.currentTarget.scrollTop);
  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i++) {
    rows.push(
      <div
        key={i}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        className={styles.row}
        style={{ top: i * rowHeight, height: rowHeight }}
      >
        {renderRow(items[i] as T, i)}
      </div>,
    );
  }
  return (
    <div
      role="list"
      aria-label={ariaLabel}
      tabIndex={0}
      className={styles.scroller}
      style={{ height: win.viewport }}
      onScroll={onScroll}
    >
      <div className={styles.spacer} style={{ height: win.total }}>
        {rows}
      </div>
    </div>
  );
}
