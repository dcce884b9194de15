/**
 * A drop-down whose chosen text is never cut off: a native `<select>` (keyboard, screen readers,
 * the system's option list) laid transparent over a box that shows the chosen option's text on as
 * many lines as it needs. A native select alone shows one line cut to its width, and a rule set's
 * full title or a sheet's long name does not fit a 320 px task pane. Looks like Fluent's outline
 * Select; inside a Fluent `Field` it takes the field's label, hint and validation.
 */
import {
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useFieldControlProps_unstable,
} from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";

export interface WrapOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface WrapSelectProps {
  value: string;
  options: readonly WrapOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  size?: "small" | "medium";
  className?: string;
  /** Shown dimmed (an ignored column). */
  muted?: boolean;
  "aria-label"?: string;
  "data-testid"?: string;
  id?: string;
}

const useStyles = makeStyles({
  root: {
    position: "relative",
    display: "flex",
    alignItems: "center",
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    minHeight: "32px",
    padding: `5px calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXS}) 5px calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessible,
    },
    ":focus-within": {
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -1px 0 0 ${tokens.colorCompoundBrandStroke}`,
    },
    ":has(select:focus-visible)": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "1px",
    },
  },
  small: {
    minHeight: "24px",
    padding: `2px calc(${tokens.spacingHorizontalSNudge} + 16px + ${tokens.spacingHorizontalXS}) 2px calc(${tokens.spacingHorizontalSNudge} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  disabled: {
    color: tokens.colorNeutralForegroundDisabled,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    backgroundColor: tokens.colorTransparentBackground,
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled) },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { minWidth: 0, overflowWrap: "anywhere", whiteSpace: "normal" },
  native: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    margin: 0,
    padding: 0,
    border: "none",
    opacity: 0,
    cursor: "pointer",
    fontSize: "inherit",
    ":disabled": { cursor: "not-allowed" },
  },
  icon: {
    position: "absolute",
    right: tokens.spacingHorizontalMNudge,
    top: "50%",
    transform: "translateY(-50%)",
    fontSize: "20px",
    pointerEvents: "none",
    color: tokens.colorNeutralStrokeAccessible,
  },
  iconSmall: { right: tokens.spacingHorizontalSNudge, fontSize: "16px" },
});

export function WrapSelect(props: WrapSelectProps) {
  const { value, options, onChange, disabled, size = "medium", className, muted } = props;
  const styles = useStyles();
  const control = useFieldControlProps_unstable(
    { id: props.id, "aria-label": props["aria-label"] },
    { supportsLabelFor: true },
  );
  const chosen = options.find((o) => o.value === value) ?? options[0];
  return (
    <span
      className={mergeClasses(
        styles.root,
        size === "small" && styles.small,
        disabled && styles.disabled,
        muted && styles.muted,
        className,
      )}
      data-wrap-select=""
    >
      <span className={styles.text} aria-hidden="true" data-select-text={props["data-testid"]}>
        {chosen?.label ?? ""}
      </span>
      <select
        {...control}
        className={styles.native}
        value={value}
        disabled={disabled}
        data-testid={props["data-testid"]}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <ChevronDownRegular
        className={mergeClasses(styles.icon, size === "small" && styles.iconSmall)}
        aria-hidden
      />
    </span>
  );
}
